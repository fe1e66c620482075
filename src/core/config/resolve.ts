import type {
  ChatSettings,
  Conversation,
  DigipleinConfig,
  Gemeente,
  KnowledgeEntry,
  Offer,
  Organisation,
  RoutePhase,
  RouteStep,
  Spreekuur,
  Text,
  Theme,
  TrainingChapterEntry,
} from './schema/index.js';
import type { NationalPack } from '../../content/index.js';
import { phraseSignals } from '../safety/signals.js';
import type { SafetySignal } from '../safety/signals.js';
import { registeredContent, registryVersion } from '../../content/registry.js';

/** Where an offer is available: the gemeente's own, the whole region, or everywhere. */
export type Scope = 'gemeente' | 'regio' | 'landelijk';
export type ScopedOffer = Offer & { scope: Scope };

/**
 * The config a widget works with: the gemeente's config merged over the national pack, every
 * list present. Widgets read this and never the raw document.
 */
export interface ResolvedConfig {
  organisation: Organisation;
  gemeenten: Gemeente[];
  themes: Theme[];
  offers: ScopedOffer[];
  /** The gemeente's own synonyms (the search joins the national list to them). */
  synonyms: string[][];
  knowledgeBase: KnowledgeEntry[];
  conversations: Conversation[];
  route: { phases: RoutePhase[]; steps: RouteStep[] };
  spreekuren: Spreekuur[];
  /** `signals`: the gemeente's own danger signals (the national ones load on demand: core/safety). */
  safety: { signals: SafetySignal[]; quickExitUrl: string };
  endpoints: NonNullable<DigipleinConfig['endpoints']>;
  theme: NonNullable<DigipleinConfig['theme']>;
  hulpzoeker: NonNullable<DigipleinConfig['hulpzoeker']>;
  chat: ChatSettings;
  stapTracker: NonNullable<DigipleinConfig['stapTracker']>;
  /**
   * The training's title and introduction, and its chapters in order (national merged with the
   * config's). A national chapter is an outline until its body has loaded (widgets/training/chapters.ts).
   */
  training: {
    title?: Text;
    intro?: Text;
    chapters: TrainingChapterEntry[];
    followUp?: NonNullable<DigipleinConfig['training']>['followUp'];
  };
  spreekuurAanmelding: NonNullable<DigipleinConfig['spreekuurAanmelding']>;
}

/**
 * National items first, then the config's: an item with the same id replaces the national
 * one in place, a new id is added, and ids in `hide` are left out.
 */
function byId<T extends { id: string }>(national: readonly T[], own: readonly T[] | undefined, hidden: ReadonlySet<string>): T[] {
  const ownById = new Map((own ?? []).map((item) => [item.id, item]));
  const merged = national.map((item) => ownById.get(item.id) ?? item);
  const nationalIds = new Set(national.map((i) => i.id));
  for (const item of own ?? []) if (!nationalIds.has(item.id)) merged.push(item);
  return merged.filter((item) => !hidden.has(item.id));
}

/**
 * A section merged with national content that its widget registers; recomputed only when
 * the registry changed, so widgets can cache work (a search index) per array identity.
 */
function registeredSection<T>(merge: () => T): () => T {
  let cached: T | undefined;
  let at = -1;
  return () => {
    if (at !== registryVersion()) {
      cached = merge();
      at = registryVersion();
    }
    return cached as T;
  };
}

/** An `endpoints.api` path (`/`) becomes an absolute URL on the page's own site. */
function resolveEndpoints(endpoints: DigipleinConfig['endpoints']): ResolvedConfig['endpoints'] {
  const api = endpoints?.api;
  if (!api || !api.startsWith('/') || typeof document === 'undefined') return endpoints ?? {};
  return { ...endpoints, api: new URL(api, document.baseURI).href };
}

/** Merges a validated gemeente config over the national pack. */
export function resolveConfig(config: DigipleinConfig, pack: NationalPack): ResolvedConfig {
  const hidden = new Set(config.hide ?? []);
  const knowledgeBase = registeredSection(() => byId(registeredContent().knowledgeBase ?? [], config.knowledgeBase, hidden));
  const conversations = registeredSection(() => byId(registeredContent().conversations ?? [], config.conversations, hidden));
  const route = registeredSection(() => ({
    phases: byId(registeredContent().routePhases ?? [], config.route?.phases, hidden),
    steps: byId(registeredContent().routeSteps ?? [], config.route?.steps, hidden),
  }));
  const training = registeredSection(() => {
    const national = registeredContent().training;
    const chapters = byId(national?.chapters ?? [], config.training?.chapters, hidden);
    const order = config.training?.order ?? [];
    const rank = (c: TrainingChapterEntry) => (order.includes(c.id) ? order.indexOf(c.id) : order.length + chapters.indexOf(c));
    return {
      title: config.training?.title ?? national?.title,
      intro: config.training?.intro ?? national?.intro,
      chapters: [...chapters].sort((a, b) => rank(a) - rank(b)),
      followUp: config.training?.followUp,
    };
  });
  const nationalOfferIds = new Set(pack.offers.map((o) => o.id));
  const ownOfferIds = new Set((config.offers ?? []).map((o) => o.id));
  const offers = byId(pack.offers, config.offers, hidden).map((offer): ScopedOffer => ({
    ...offer,
    scope: offer.gemeenten?.length ? 'gemeente' : nationalOfferIds.has(offer.id) && !ownOfferIds.has(offer.id) ? 'landelijk' : 'regio',
  }));
  return {
    organisation: config.organisation,
    gemeenten: config.gemeenten ?? [],
    themes: byId(pack.themes, config.themes, hidden),
    offers,
    // the gemeente's own; the search adds the national list (content/synonyms.ts) where it is used
    synonyms: config.synonyms ?? [],
    get knowledgeBase() {
      return knowledgeBase();
    },
    get conversations() {
      return conversations();
    },
    get route() {
      return route();
    },
    spreekuren: config.spreekuren ?? [],
    safety: {
      // the gemeente's own; the national lexicon and model join them when they have loaded (core/safety)
      signals: [...phraseSignals(config.safety?.phrases ?? []), ...(config.safety?.signals ?? [])],
      quickExitUrl: config.safety?.quickExitUrl ?? pack.safety.quickExitUrl,
    },
    endpoints: resolveEndpoints(config.endpoints),
    theme: config.theme ?? {},
    hulpzoeker: config.hulpzoeker ?? {},
    chat: config.chat ?? {},
    stapTracker: config.stapTracker ?? {},
    get training() {
      return training();
    },
    spreekuurAanmelding: config.spreekuurAanmelding ?? {},
  };
}

/** The config used when a gemeente's config is missing or unusable: the national pack alone. */
export function nationalOnly(pack: NationalPack): ResolvedConfig {
  return resolveConfig({ version: 1, organisation: { name: 'DigiPlein' } }, pack);
}
