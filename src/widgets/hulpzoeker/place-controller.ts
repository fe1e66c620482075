import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { Gemeente } from '../../core/config/schema/index.js';
import { PDOK_FREE_URL, gemeenteForPostcode, lookupPdok, postcodeDigits } from '../../core/config/postcode.js';

/** What the place question shows under the postcode field. */
export type PlaceStatus =
  | { kind: 'idle' }
  | { kind: 'invalid' | 'unknown' | 'looking' | 'failed' }
  /** "Ik woon ergens anders": the national help shows. */
  | { kind: 'elsewhere' }
  | { kind: 'found' | 'outside'; name: string };

/**
 * The postcode the parent types and its lookup: first the config's own postcode areas, then
 * (only when the config enables it) PDOK, with a pending lookup aborted when a new one starts
 * or the element leaves the page. The postcode lives only here, in memory: it is never stored.
 */
export class PlaceController implements ReactiveController {
  status: PlaceStatus = { kind: 'idle' };
  postcode = '';
  private lookup?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.lookup?.abort();
  }

  /**
   * True when the typed postcode still has to be looked up before moving on. A postcode that
   * was looked up and is not in the region does not block: moving on then shows the national
   * help (the message said so), so the parent is never trapped at this question.
   */
  get pending(): boolean {
    return (
      Boolean(this.postcode.trim()) && (this.status.kind === 'idle' || this.status.kind === 'invalid' || this.status.kind === 'looking')
    );
  }

  get error(): boolean {
    return this.status.kind === 'invalid' || this.status.kind === 'unknown' || this.status.kind === 'failed';
  }

  private set(status: PlaceStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /** The parent typed: forget the previous result. */
  type(value: string): void {
    this.postcode = value;
    if (this.status.kind !== 'idle') this.set({ kind: 'idle' });
  }

  /** The parent chose a gemeente from the list, or "elsewhere" (undefined): a typed postcode no longer counts. */
  choose(gemeente: Gemeente | undefined): void {
    if (!gemeente) this.postcode = '';
    this.set(gemeente ? { kind: 'found', name: gemeente.name } : { kind: 'elsewhere' });
  }

  reset(): void {
    this.lookup?.abort();
    this.postcode = '';
    this.set({ kind: 'idle' });
  }

  /** Resolves the typed postcode to a CBS code; undefined (with a status to show) when it cannot. */
  async find(config: ResolvedConfig): Promise<string | undefined> {
    const digits = postcodeDigits(this.postcode);
    if (!digits) return void this.set({ kind: 'invalid' });
    const local = gemeenteForPostcode(this.postcode, config.gemeenten);
    if (local) {
      this.set({ kind: 'found', name: local.name });
      return local.code;
    }
    if (!config.hulpzoeker.pdok) return void this.set({ kind: 'unknown' });
    this.lookup?.abort();
    const controller = (this.lookup = new AbortController());
    this.set({ kind: 'looking' });
    try {
      const found = await lookupPdok(digits, { url: config.hulpzoeker.pdokUrl ?? PDOK_FREE_URL, signal: controller.signal });
      if (!found) return void this.set({ kind: 'unknown' });
      const inRegion = config.gemeenten.find((g) => g.code === found.code);
      this.set({ kind: inRegion ? 'found' : 'outside', name: inRegion?.name ?? found.name });
      return found.code;
    } catch {
      if (!controller.signal.aborted) this.set({ kind: 'failed' });
      return undefined;
    }
  }
}
