import { requestElement } from '../core/lazy/elements.js';
import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { nationalIds } from '../content/index.js';
import type { ConfigIssue } from '../core/config/issues.js';
import { ConfigLoadError, parseConfigText } from '../core/config/loader.js';
import { validateConfig } from '../core/config/validate.js';
import { previewConfig } from '../core/config/process.js';
import { I18nController } from '../core/i18n/index.js';
import { localize } from '../core/i18n/i18n.js';
import { baseStyles } from '../core/theme/tokens.js';
import type { Json, JsonObject, Path, WidgetName } from './document.js';
import {
  assignIssues,
  cloneJson,
  configText,
  embedSnippet,
  freshId,
  getAt,
  isObject,
  isWithin,
  pathKey,
  setAt,
  slugify,
  textIn,
  widgetNames,
  widgetTags,
} from './document.js';
import type { FormContext } from './fields.js';
import { fieldId } from './fields.js';
import { translations } from './locales/index.js';
import {
  endpointsSection,
  gemeentenSection,
  knowledgeSection,
  offersSection,
  organisationSection,
  spreekurenSection,
  themeSection,
  trainingSection,
} from './sections.js';
import { configuratorStyles } from './styles.js';

/** The library next to this script: what the snippet loads unless the page says otherwise. */
const defaultScriptUrl = new URL('./digiplein.js', import.meta.url).href;
const schemaUrl = new URL('./digiplein.schema.json', import.meta.url).href;

/** A new, nearly empty config: the national help already works with only a name. */
function newDocument(): JsonObject {
  return { $schema: schemaUrl, version: 1, organisation: { name: '' } };
}

/**
 * The configurator: a webmaster chooses widgets, fills in their organisation, gemeenten,
 * offers, spreekuren, knowledge base and theme, sees the widgets live, and downloads the
 * config and copies the embed snippet. An existing config is edited as a deep copy, field by
 * field, so whatever the forms do not show is kept exactly.
 *
 * The live widgets come from the DigiPlein library loaded on the same page (`digiplein.js`).
 *
 * @tagname digiplein-configurator
 * @summary Builds a DigiPlein config and embed snippet in forms, with a live preview.
 * @csspart preview - The area with the live widgets.
 *
 * @example
 * ```html
 * <script type="module" src="/dist/digiplein.js"></script>
 * <script type="module" src="/dist/configurator.js"></script>
 * <digiplein-configurator src="/digiplein.json"></digiplein-configurator>
 * ```
 */
export class DigipleinConfigurator extends LitElement {
  static override styles = [...baseStyles, configuratorStyles];

  /** URL of a config to start from; without it the configurator starts with an empty one. */
  @property() src?: string;

  /** The script URL in the snippet. Default: `digiplein.js` next to the configurator's script. */
  @property({ attribute: 'script-url' }) scriptUrl = defaultScriptUrl;

  /** Where the webmaster will publish the config: the `config` URL in the snippet. */
  @property({ attribute: 'config-url' }) configUrl = 'https://www.uw-gemeente.nl/digiplein.json';

  @state() private doc: JsonObject = newDocument();
  @state() private widgets: WidgetName[] = ['hulpzoeker'];
  @state() private revision = 0;
  @state() private message?: { kind: 'ok' | 'error'; text: string };
  @state() private pasted = '';
  @state() private loadUrl = '';
  /** A config URL is being fetched: the preview waits for it (no widget gets the empty start). */
  @state() private loading = false;

  protected readonly i18n = new I18nController(this, 'configurator', translations);
  private validated?: { revision: number; issues: ConfigIssue[] };
  private fieldPaths = new Set<string>();
  /** List items the webmaster has open (by JSON path). */
  private openItems = new Set<string>();
  private assignedFor = '';
  private assigned = new Map<string, ConfigIssue[]>();
  private previews = new Map<WidgetName, HTMLElement & { config?: unknown }>();
  private previewTimer?: ReturnType<typeof setTimeout>;
  private downloadUrl?: string;
  private loadedSrc?: string;

  /** A copy of the config as it stands. */
  get document(): JsonObject {
    return cloneJson(this.doc);
  }

  /** The JSON text the download gives. */
  get configText(): string {
    return configText(this.doc);
  }

  /** The embed snippet for the chosen widgets. */
  get snippet(): string {
    return embedSnippet(this.scriptUrl, this.configUrl, this.widgets);
  }

  /** Every problem in the config as it stands, with its JSON path. */
  get issues(): ConfigIssue[] {
    if (this.validated?.revision !== this.revision) {
      this.validated = { revision: this.revision, issues: validateConfig(this.doc, nationalIds).issues };
    }
    return this.validated.issues;
  }

  /**
   * Starts from an existing config (an object as parsed from JSON). The configurator edits a
   * deep copy; every field the forms do not show stays as it was.
   */
  load(value: unknown): void {
    if (!isObject(value)) throw new TypeError('expected a JSON object');
    this.doc = cloneJson(value);
    this.previewDoc = undefined;
    this.openItems.clear();
    this.changed(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src && this.src !== this.loadedSrc) {
      this.loadedSrc = this.src;
      void this.loadFromUrl(this.src);
    }
    // The download link's file: made again after every change (changed() revokes the old one).
    this.downloadUrl ??= URL.createObjectURL(new Blob([this.configText], { type: 'application/json' }));
  }

  protected override updated(): void {
    // Issues go to the deepest field that shows them; the fields are known after a render.
    const key = [...this.fieldPaths].sort().join('|') + `#${this.revision}`;
    if (key !== this.assignedFor) {
      this.assignedFor = key;
      this.assigned = assignIssues(this.issues, this.fieldPaths);
      this.requestUpdate();
    }
  }

  private changed(now = false): void {
    this.revision++;
    this.previewDoc = undefined;
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
    clearTimeout(this.previewTimer);
    if (now) this.refreshPreview();
    else this.previewTimer = setTimeout(() => this.refreshPreview(), 300);
  }

  private set(path: Path, value: Json | undefined): void {
    setAt(this.doc, path, value);
    this.followName(path);
    this.changed();
  }

  /**
   * A new offer, spreekuur or question starts with a placeholder id (`nieuw-aanbod`); while it
   * keeps that id, the id follows what the webmaster types as its name or question, so the
   * downloaded config does not end up with `nieuw-aanbod`, `nieuw-aanbod-2`, ….
   */
  private followName(path: Path): void {
    const [list, index, field] = path;
    const lists: Record<string, { base: string; from: string }> = {
      offers: { base: 'nieuw-aanbod', from: 'name' },
      spreekuren: { base: 'nieuw-spreekuur', from: 'name' },
      knowledgeBase: { base: 'nieuwe-vraag', from: 'question' },
    };
    const rule = typeof list === 'string' ? lists[list] : undefined;
    if (!rule || path.length !== 3 || field !== rule.from || typeof index !== 'number') return;
    const items = getAt(this.doc, [list as string]);
    const item = getAt(this.doc, [list as string, index]) as JsonObject | undefined;
    if (!item || typeof item.id !== 'string' || !new RegExp(`^${rule.base}(-\\d+)?$`).test(item.id)) return;
    const slug = slugify(textIn(item[rule.from], 'nl') || textIn(item[rule.from], 'en'));
    if (!slug) return;
    const others = Array.isArray(items) ? items.filter((_, i) => i !== index) : [];
    item.id = freshId(slug, others);
  }

  /**
   * The config as it stands, for the live widgets: one new object per change, shared by all of
   * them (validated once), and marked as a preview so its problems stay out of the console.
   */
  private previewDoc?: JsonObject;
  private previewSnapshot(): JsonObject {
    return (this.previewDoc ??= previewConfig(cloneJson(this.doc)));
  }

  /** Gives every chosen live widget the config as it stands (a new object, so it re-reads it). */
  private refreshPreview(): void {
    this.previewDoc = undefined;
    for (const name of this.widgets) this.previewElement(name).config = this.previewSnapshot();
    this.requestUpdate();
  }

  private previewElement(name: WidgetName): HTMLElement & { config?: unknown } {
    let el = this.previews.get(name);
    if (!el) {
      el = document.createElement(widgetTags[name].tag);
      if (name === 'chat') el.setAttribute('mode', 'inline'); // the snippet uses the launcher
      el.config = this.previewSnapshot();
      this.previews.set(name, el);
      if (!customElements.get(widgetTags[name].tag)) void customElements.whenDefined(widgetTags[name].tag).then(() => this.requestUpdate());
    }
    return el;
  }

  private async loadText(text: string, from: string): Promise<void> {
    try {
      const value = parseConfigText(text);
      if (!isObject(value)) throw new Error(this.i18n.t('load.notObject'));
      this.load(value);
      this.message = {
        kind: 'ok',
        text: this.i18n.t('load.done', {
          from,
          name: localize((value.organisation as JsonObject | undefined)?.name as never, this.i18n.lang) || '—',
        }),
      };
    } catch (e) {
      const reason = e instanceof ConfigLoadError ? e.issue.message[this.messageLang] : e instanceof Error ? e.message : String(e);
      this.message = { kind: 'error', text: this.i18n.t('load.failed', { from, reason }) };
    }
  }

  private async loadFromUrl(url: string): Promise<void> {
    this.loading = true;
    try {
      const response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await this.loadText(await response.text(), url);
    } catch (e) {
      this.message = {
        kind: 'error',
        text: this.i18n.t('load.failed', {
          from: url,
          reason: this.i18n.t('load.fetchFailed', { detail: e instanceof Error ? e.message : String(e) }),
        }),
      };
    } finally {
      this.loading = false;
      this.refreshPreview();
    }
  }

  private get messageLang(): 'nl' | 'en' {
    return this.i18n.lang.startsWith('en') ? 'en' : 'nl';
  }

  private focusField(fieldPath: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(fieldPath)}`);
    const details = target?.closest('details');
    if (details && !details.open) details.open = true;
    target?.focus();
  }

  private async copySnippet(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.message = { kind: 'ok', text: this.i18n.t('output.copied') };
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet');
      area?.focus();
      area?.select();
      this.message = { kind: 'error', text: this.i18n.t('output.copyManually') };
    }
  }

  private toggleWidget(name: WidgetName, on: boolean): void {
    this.widgets = widgetNames.filter((w) => (w === name ? on : this.widgets.includes(w)));
    if (on) this.previewElement(name).config = this.previewSnapshot();
  }

  private context(): FormContext {
    this.fieldPaths = new Set();
    return {
      doc: this.doc,
      set: (path, value) => this.set(path, value),
      issuesAt: (path) => {
        const key = pathKey(path);
        this.fieldPaths.add(key);
        return this.assigned.get(key) ?? [];
      },
      isOpen: (path) => {
        const key = pathKey(path);
        if (!this.openItems.has(key) && this.issues.some((i) => isWithin(i.path, key))) this.openItems.add(key);
        return this.openItems.has(key);
      },
      setOpen: (path, open) => {
        if (open) this.openItems.add(pathKey(path));
        else this.openItems.delete(pathKey(path));
      },
      t: (key, options) => this.i18n.t(key, options),
      lang: this.messageLang,
    };
  }

  private renderIssueList(issues: readonly ConfigIssue[], withLinks: boolean): TemplateResult {
    const fieldOf = (issue: ConfigIssue) => [...this.assigned].find(([, list]) => list.includes(issue))?.[0] ?? '';
    return html`<ul class="issue-list">
      ${issues.map((issue) => {
        const field = fieldOf(issue);
        return html`<li>
          <code>${issue.path || this.i18n.t('wholeDocument')}</code>: ${issue.message[this.messageLang]}${issue.found === undefined ? nothing : html` (${this.i18n.t('found')}: <code>${issue.found}</code>)`}
          ${withLinks && field ? html`<button type="button" class="button link" @click=${() => this.focusField(field)}>${this.i18n.t('issues.goTo')}</button>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderIssues(): TemplateResult {
    const issues = this.issues;
    if (!issues.length) return html`<p class="ok" role="status">${this.i18n.t('issues.none')}</p>`;
    const unshown = this.assigned.get('') ?? [];
    const fatal = issues.some((i) => i.fatal);
    return html`<div class="issues">
      <p><strong>${this.i18n.t('issues.count', { count: issues.length })}</strong> ${fatal ? this.i18n.t('issues.fatal') : this.i18n.t('issues.skipped')}</p>
      ${this.renderIssueList(issues, true)}
      ${unshown.length ? html`<p class="hint">${this.i18n.t('issues.unshown')}</p>` : nothing}
    </div>`;
  }

  private renderStart(): TemplateResult {
    const t = (k: string) => this.i18n.t(k);
    return html`<section class="step" aria-labelledby="step-start">
      <h2 id="step-start">${t('load.heading')}</h2>
      <p>${t('load.intro')}</p>
      <div class="actions">
        <button type="button" class="button secondary" @click=${() => {
          this.load(newDocument());
          this.message = { kind: 'ok', text: t('load.new') };
        }}>${t('load.newButton')}</button>
      </div>
      <div class="field">
        <label for="load-file">${t('load.file')}</label>
        <input id="load-file" type="file" accept=".json,application/json" @change=${async (e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) await this.loadText(await file.text(), file.name);
        }} />
      </div>
      <div class="field">
        <label for="load-url">${t('load.url')}</label>
        <span class="hint" id="load-url-hint">${t('load.urlHint')}</span>
        <div class="inline">
          <input id="load-url" type="url" aria-describedby="load-url-hint" .value=${this.loadUrl} @input=${(e: Event) => (this.loadUrl = (e.target as HTMLInputElement).value)} />
          <button type="button" class="button secondary" @click=${() => this.loadUrl && this.loadFromUrl(this.loadUrl)}>${t('load.fetch')}</button>
        </div>
      </div>
      <div class="field">
        <label for="load-paste">${t('load.paste')}</label>
        <textarea id="load-paste" rows="5" .value=${this.pasted} @input=${(e: Event) => (this.pasted = (e.target as HTMLTextAreaElement).value)}></textarea>
        <div class="actions"><button type="button" class="button secondary" @click=${() => this.loadText(this.pasted, t('load.pastedText'))}>${t('load.usePasted')}</button></div>
      </div>
    </section>`;
  }

  private renderWidgetChoice(): TemplateResult {
    return html`<section class="step" aria-labelledby="step-widgets">
      <h2 id="step-widgets">${this.i18n.t('widgets.heading')}</h2>
      <fieldset>
        <legend>${this.i18n.t('widgets.legend')}</legend>
        ${widgetNames.map(
          (name) => html`<div class="widget-choice">
            <input id=${`widget-${name}`} type="checkbox" .checked=${this.widgets.includes(name)} aria-describedby=${`widget-${name}-hint`} @change=${(e: Event) => this.toggleWidget(name, (e.target as HTMLInputElement).checked)} />
            <label for=${`widget-${name}`}>${this.i18n.t(`widgets.${name}.name`)}</label>
            <span class="hint" id=${`widget-${name}-hint`}>${this.i18n.t(`widgets.${name}.goal`)}</span>
          </div>`,
        )}
      </fieldset>
    </section>`;
  }

  private renderForms(): TemplateResult {
    const ctx = this.context();
    const section = (id: string, content: TemplateResult, open = false) => html`<details class="section" ?open=${open}>
      <summary id=${`section-${id}`}>${this.i18n.t(`sections.${id}`)}</summary>
      <div class="section-body">${content}</div>
    </details>`;
    return html`<section class="step" aria-labelledby="step-forms">
      <h2 id="step-forms">${this.i18n.t('sections.heading')}</h2>
      <p>${this.i18n.t('sections.intro')}</p>
      ${section('organisation', organisationSection(ctx), true)}
      ${section('gemeenten', gemeentenSection(ctx))}
      ${section('offers', offersSection(ctx))}
      ${section('spreekuren', spreekurenSection(ctx))}
      ${section('knowledge', knowledgeSection(ctx))}
      ${section('training', trainingSection(ctx))}
      ${section('theme', themeSection(ctx))}
      ${section('endpoints', endpointsSection(ctx))}
    </section>`;
  }

  private renderPreview(): TemplateResult {
    return html`<section class="step preview" part="preview" aria-labelledby="step-preview">
      <h2 id="step-preview">${this.i18n.t('preview.heading')}</h2>
      <p class="hint">${this.i18n.t('preview.intro')}</p>
      ${this.loading ? html`<p>${this.i18n.t('preview.loading')}</p>` : this.widgets.length ? nothing : html`<p>${this.i18n.t('preview.none')}</p>`}
      ${(this.loading ? [] : this.widgets).map(
        (name) => html`<figure class="live">
          <figcaption>${this.i18n.t(`widgets.${name}.name`)}</figcaption>
          ${requestElement(widgetTags[name].tag) ? this.previewElement(name) : html`<p class="hint">${this.i18n.t('preview.notLoaded', { tag: widgetTags[name].tag })}</p>`}
        </figure>`,
      )}
    </section>`;
  }

  private renderOutput(): TemplateResult {
    const text = this.configText;
    return html`<section class="step" aria-labelledby="step-output">
      <h2 id="step-output">${this.i18n.t('output.heading')}</h2>
      ${this.renderIssues()}
      <p><a class="button" id="download" download="digiplein.json" href=${ifDefined(this.downloadUrl)}>${this.i18n.t('output.download')}</a></p>
      <details>
        <summary>${this.i18n.t('output.showJson')}</summary>
        <pre class="json" tabindex="0" aria-label=${this.i18n.t('output.json')}><code>${text}</code></pre>
      </details>
      <div class="field">
        <label for="script-url">${this.i18n.t('output.scriptUrl')}</label>
        <input id="script-url" type="url" .value=${this.scriptUrl} @input=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="config-url">${this.i18n.t('output.configUrl')}</label>
        <span class="hint" id="config-url-hint">${this.i18n.t('output.configUrlHint')}</span>
        <input id="config-url" type="url" aria-describedby="config-url-hint" .value=${this.configUrl} @input=${(e: Event) => (this.configUrl = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="snippet">${this.i18n.t('output.snippet')}</label>
        <textarea id="snippet" class="snippet" rows="6" readonly .value=${this.widgets.length ? this.snippet : ''}></textarea>
        <div class="actions"><button type="button" class="button" ?disabled=${!this.widgets.length} @click=${() => this.copySnippet()}>${this.i18n.t('output.copy')}</button></div>
      </div>
    </section>`;
  }

  protected override render(): TemplateResult {
    return html`<div class="configurator" lang=${this.i18n.servedLang} dir=${this.i18n.dir}>
      <p class="message ${this.message?.kind === 'error' ? 'error' : ''}" role="status" aria-live="polite">${this.message?.text ?? ''}</p>
      <div class="layout">
        <div class="work">${this.renderStart()} ${this.renderWidgetChoice()} ${this.renderForms()} ${this.renderOutput()}</div>
        ${this.renderPreview()}
      </div>
    </div>`;
  }
}
