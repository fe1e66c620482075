import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { deskRoutesResponse, deskSiteConfigResponse, formatCode, membership } from '../../core/api/routes.js';
import type { DeskRouteSummary, Membership } from '../../core/api/routes.js';
import type { DeskSession } from '../../core/api/desk.js';
import { ApiRequestError } from '../../core/api/errors.js';
import { I18nController } from '../../core/i18n/index.js';
import { amsterdamFormat } from '../../core/time/amsterdam.js';
import type { Translation } from '../../core/i18n/index.js';
import '../../widgets/stap-tracker/define.js';
import { nationalSteps } from '../../content/route.js';
import { deskFetch } from '../api.js';
import { deskStyles } from '../styles.js';

const nl = {
  heading: 'Gedeelde stappenplannen',
  intro: 'De stappenplannen van ouders die u begeleidt. Ouders geven u de code van hun stappenplan.',
  join: 'Stappenplan koppelen',
  code: 'Code van de ouders',
  codeHint: 'Bijvoorbeeld K7M4-X9QP',
  codeMissing: 'Vul de code in die de ouders u gaven.',
  openedHeading: 'Stappenplan {{code}}',
  joinSubmit: 'Koppelen',
  joined: 'Het stappenplan is gekoppeld.',
  list: 'Uw stappenplannen',
  none: 'U begeleidt nog geen gedeelde stappenplannen.',
  progress: '{{finished}} van {{total}} stappen klaar',
  family: {
    getrouwd: 'Getrouwd',
    geregistreerd: 'Geregistreerd partners',
    samenwonend: 'Samenwonend',
    children: 'met kinderen onder de 18',
    noChildren: 'zonder kinderen onder de 18',
  },
  members: 'Doen mee',
  role: { parent1: 'ouder 1', parent2: 'ouder 2', begeleider: 'begeleider', self: 'ouder' },
  latest: 'Laatste wijzigingen',
  noChanges: 'Nog geen wijzigingen.',
  change: '{{who}}: {{step}} ({{field}}) om {{time}}',
  changeStatus: '{{who}}: {{step}} → {{status}} om {{time}}',
  field: { status: 'status', who: 'wie', date: 'datum', notes: 'notities', add: 'stap toegevoegd', comment: 'opmerking' },
  status: {
    'not-started': 'nog niet begonnen',
    busy: 'bezig',
    done: 'klaar',
    'not-applicable': 'niet van toepassing',
    waiting: 'wacht op iemand',
  },
  closed: 'Gesloten',
  open: 'Openen',
  openLabel: 'Stappenplan {{code}} openen',
  back: 'Terug naar de lijst',
  loading: 'Even geduld…',
};
const en: Translation<typeof nl> = {
  heading: 'Shared step plans',
  intro: 'The step plans of parents you guide. Parents give you the code of their step plan.',
  join: 'Link a step plan',
  code: 'Code from the parents',
  codeHint: 'For example K7M4-X9QP',
  codeMissing: 'Fill in the code the parents gave you.',
  openedHeading: 'Step plan {{code}}',
  joinSubmit: 'Link',
  joined: 'The step plan is linked.',
  list: 'Your step plans',
  none: 'You do not guide any shared step plans yet.',
  progress: '{{finished}} of {{total}} steps finished',
  family: {
    getrouwd: 'Married',
    geregistreerd: 'Registered partners',
    samenwonend: 'Living together',
    children: 'with children under 18',
    noChildren: 'without children under 18',
  },
  members: 'Taking part',
  role: { parent1: 'parent 1', parent2: 'parent 2', begeleider: 'begeleider', self: 'parent' },
  latest: 'Latest changes',
  noChanges: 'No changes yet.',
  change: '{{who}}: {{step}} ({{field}}) at {{time}}',
  changeStatus: '{{who}}: {{step}} → {{status}} at {{time}}',
  field: { status: 'status', who: 'who', date: 'date', notes: 'notes', add: 'step added', comment: 'comment' },
  status: {
    'not-started': 'not started',
    busy: 'in progress',
    done: 'done',
    'not-applicable': 'does not apply',
    waiting: 'waiting for someone',
  },
  closed: 'Closed',
  open: 'Open',
  openLabel: 'Open step plan {{code}}',
  back: 'Back to the list',
  loading: 'One moment…',
};

/**
 * The desk's view of shared routes: link a route with the parents' code, see the routes you
 * guide with progress and the latest changes, and open one in `<digiplein-stap-tracker>` with
 * the begeleider role (nothing of it is kept in this browser).
 *
 * @tagname digiplein-desk-routes
 */
export class DeskRoutesView extends LitElement {
  static override styles = [
    ...deskStyles,
    css`
      :host {
        display: block;
      }
      ul.routes {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 1em;
      }
      ul.routes > li {
        border: 1px solid var(--_border-color);
        border-radius: var(--_radius);
        padding: 1em;
      }
      progress {
        inline-size: 100%;
        max-inline-size: 24em;
      }
      .code {
        font-family: ui-monospace, Menlo, Consolas, monospace;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: end;
      }
    `,
  ];

  @property({ attribute: false }) session?: DeskSession;
  protected readonly i18n = new I18nController(this, 'desk-routes', { nl, en });
  @state() private routes?: DeskRouteSummary[];
  @state() private error?: string;
  @state() private notice?: string;
  @state() private opened?: { membership: Membership; code: string };
  /** The code field is empty: said at the field, not only above the form. */
  @state() private codeMissing = false;

  /** The server's site config (the gemeente's own steps and offers), with the API on this server. */
  private siteConfig?: unknown;
  private code = '';

  /** Called by the shell when the same account is back after its session ran out. */
  sessionResumed(): void {
    this.error = undefined; // (kept as text: whatever the last action said, it was before logging in again)
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private message(error: unknown): string {
    return error instanceof ApiRequestError ? error.messageIn(this.i18n.lang) : String(error);
  }

  async load(): Promise<void> {
    try {
      this.routes = (await deskFetch('/api/desk/routes', { schema: deskRoutesResponse })).routes;
    } catch (error) {
      this.error = this.message(error);
    }
  }

  private async onJoin(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement; // read before awaiting: a shadow-DOM event's target is reset after dispatch
    this.error = this.notice = undefined;
    // the field's own value: `code` would still hold what was typed before a route was opened
    this.code = form.querySelector<HTMLInputElement>('#route-code')?.value ?? '';
    this.codeMissing = !this.code.trim();
    if (this.codeMissing) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#route-code')?.focus();
      return;
    }
    try {
      await deskFetch('/api/desk/routes/join', { body: { code: this.code }, schema: membership });
      this.notice = this.i18n.t('joined');
      this.code = '';
      form.reset();
      await this.load();
    } catch (error) {
      this.error = this.message(error);
    }
  }

  private async open(route: DeskRouteSummary): Promise<void> {
    this.error = undefined;
    try {
      if (this.siteConfig === undefined) {
        const { config } = await deskFetch('/api/desk/routes/config', { schema: deskSiteConfigResponse });
        this.siteConfig = config ? { ...config, endpoints: { ...(config.endpoints as object | undefined), api: '/' } } : null;
      }
      const m = await deskFetch(`/api/desk/routes/${encodeURIComponent(route.routeId)}/open`, { body: {}, schema: membership });
      this.opened = { membership: m, code: route.code };
      // the button is gone with the list: focus goes to the heading of what opened
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#opened-heading')?.focus();
    } catch (error) {
      this.error = this.message(error);
    }
  }

  private async closeRoute(): Promise<void> {
    const code = this.opened?.code;
    this.opened = undefined;
    await this.load();
    await this.updateComplete;
    // back where the professional was: the route they opened
    this.renderRoot.querySelector<HTMLElement>(`#route-${CSS.escape(this.routes?.find((r) => r.code === code)?.routeId ?? '')}`)?.focus();
  }

  /** The title of a national step; a step a begeleider added (or a gemeente's own) shows its id. */
  private stepTitle(id: string): string {
    const step = nationalSteps.find((s) => s.id === id);
    return step ? this.i18n.text(step.title) : id;
  }

  private time(at: number): string {
    return amsterdamFormat(this.i18n.lang, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      at,
    );
  }

  protected override render(): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    if (this.opened) {
      const config = this.siteConfig ?? {
        version: 1,
        organisation: { name: this.session?.organisation.name ?? 'DigiPlein' },
        endpoints: { api: '/' },
      };
      return html`<h2 id="opened-heading" tabindex="-1">${t('openedHeading', { code: formatCode(this.opened.code) })}</h2>
        <p><button type="button" class="button secondary" @click=${() => void this.closeRoute()}>${t('back')}</button></p>
        <digiplein-stap-tracker ephemeral heading-level="3" hide-heading lang=${this.i18n.lang} .config=${config} .membership=${this.opened.membership}></digiplein-stap-tracker>`;
    }
    return html`
      <h2>${t('heading')}</h2>
      <p>${t('intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.notice ? html`<p class="status" role="status">${this.notice}</p>` : nothing}
      <form class="row" @submit=${this.onJoin} aria-labelledby="join-heading">
        <h3 id="join-heading" class="visually-hidden">${t('join')}</h3>
        <div class="field">
          <label for="route-code">${t('code')}</label>
          <span class="status" id="route-code-hint">${t('codeHint')}</span>
          ${this.codeMissing ? html`<span class="error" id="route-code-error">${t('codeMissing')}</span>` : nothing}
          <input
            id="route-code"
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${this.codeMissing ? 'true' : 'false'}
            aria-describedby=${this.codeMissing ? 'route-code-error route-code-hint' : 'route-code-hint'}
            @input=${(e: Event) => ((this.code = (e.target as HTMLInputElement).value), (this.codeMissing = false))}
          />
        </div>
        <div class="field"><button class="button" type="submit">${t('joinSubmit')}</button></div>
      </form>
      <h3>${t('list')}</h3>
      ${!this.routes ? html`<p class="status">${t('loading')}</p>` : this.routes.length ? html`<ul class="routes">${this.routes.map((r) => this.renderRoute(r))}</ul>` : html`<p>${t('none')}</p>`}
    `;
  }

  private renderRoute(r: DeskRouteSummary): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const code = formatCode(r.code);
    const id = `route-${r.routeId}`;
    return html`<li aria-labelledby=${id}>
      <h4 id=${id} tabindex="-1"><span class="code">${code}</span>${r.closed ? html` — ${t('closed')}` : nothing}</h4>
      <p>${t(`family.${r.family.relation}`)}, ${t(r.family.minorChildren ? 'family.children' : 'family.noChildren')}. ${t('members')}: ${r.members.map((m) => t(`role.${m}`)).join(', ')}.</p>
      <p id=${`${id}-progress`}>${t('progress', { finished: r.finished, total: r.total })}</p>
      <progress max=${r.total} .value=${r.finished} aria-labelledby=${`${id}-progress`}></progress>
      <p><strong>${t('latest')}</strong></p>
      ${
        r.latest.length
          ? html`<ul>${r.latest.map(
              (c) =>
                html`<li>${
                  c.status
                    ? t('changeStatus', {
                        who: t(`role.${c.by}`),
                        step: this.stepTitle(c.step),
                        status: t(`status.${c.status}`),
                        time: this.time(c.at),
                      })
                    : t('change', {
                        who: t(`role.${c.by}`),
                        step: this.stepTitle(c.step),
                        field: t(`field.${c.field}`),
                        time: this.time(c.at),
                      })
                }</li>`,
            )}</ul>`
          : html`<p>${t('noChanges')}</p>`
      }
      <button type="button" class="button" aria-label=${t('openLabel', { code })} @click=${() => this.open(r)}>${t('open')}</button>
    </li>`;
  }
}
