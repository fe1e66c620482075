import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import type { ConfigIssue } from '../core/config/issues.js';
import type { Json, Path } from './document.js';
import { getAt, listToText, pathKey, textIn, textToList, withText } from './document.js';

/** What the form helpers need from the configurator: the document, its issues and strings. */
export interface FormContext {
  doc: unknown;
  /** Changes one field; `undefined` removes it. */
  set(path: Path, value: Json | undefined): void;
  /** The issues shown at this field (and registers the field, so issues find their way to it). */
  issuesAt(path: Path): ConfigIssue[];
  /**
   * Whether a list item's disclosure is open: it opens by itself when something inside it has
   * a problem (a new item always has), and stays as the webmaster leaves it after that.
   */
  isOpen(path: Path): boolean;
  setOpen(path: Path, open: boolean): void;
  t(key: string, options?: Record<string, unknown>): string;
  /** Language of the issue messages: nl or en. */
  lang: 'nl' | 'en';
}

/** The id of a field's control, from its JSON path (for labels and "go to the field"). */
export function fieldId(path: Path | string): string {
  return `f-${(typeof path === 'string' ? path : pathKey(path)).replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

function errorsFor(
  ctx: FormContext,
  path: Path,
): { issues: ConfigIssue[]; template: TemplateResult | typeof nothing; describedBy?: string } {
  const issues = ctx.issuesAt(path);
  if (!issues.length) return { issues, template: nothing };
  const id = `${fieldId(path)}-fout`;
  return {
    issues,
    describedBy: id,
    template: html`<ul class="field-errors" id=${id}>
      ${issues.map(
        (i) => html`<li>
          ${i.path !== pathKey(path) ? html`<code>${i.path}</code>: ` : nothing}${i.message[ctx.lang]}${i.found === undefined || i.found === '""' ? nothing : html` (${ctx.t('found')}: <code>${i.found}</code>)`}
        </li>`,
      )}
    </ul>`,
  };
}

export interface InputOptions {
  type?: 'text' | 'url' | 'email' | 'tel' | 'number';
  required?: boolean;
  hint?: string;
  placeholder?: string;
  /** Read the value as a list of comma-separated items. */
  list?: boolean;
}

/** A labelled input for one field. Emptying an optional field removes it from the document. */
export function inputField(ctx: FormContext, path: Path, label: string, options: InputOptions = {}): TemplateResult {
  const id = fieldId(path);
  const value = getAt(ctx.doc, path);
  const shown = options.list ? listToText(value) : value === undefined || value === null ? '' : String(value);
  const { issues, template, describedBy } = errorsFor(ctx, path);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const commit = (raw: string) => {
    if (options.list) return ctx.set(path, textToList(raw));
    if (options.type === 'number') return ctx.set(path, raw.trim() === '' ? undefined : Number(raw));
    ctx.set(path, raw === '' && !options.required ? undefined : raw);
  };
  return html`<div class="field ${issues.length ? 'invalid' : ''}" data-path=${pathKey(path)}>
    <label for=${id}>${label}${options.required ? html` <span class="required">(${ctx.t('required')})</span>` : nothing}</label>
    ${options.hint ? html`<span class="hint" id=${hintId!}>${options.hint}</span>` : nothing}
    <input
      id=${id}
      type=${options.type === 'number' ? 'number' : (options.type ?? 'text')}
      .value=${shown}
      placeholder=${ifDefined(options.placeholder)}
      aria-invalid=${issues.length ? 'true' : 'false'}
      aria-describedby=${[hintId, describedBy].filter(Boolean).join(' ') || nothing}
      @input=${options.list || options.type === 'number' ? undefined : (e: Event) => commit((e.target as HTMLInputElement).value)}
      @change=${(e: Event) => commit((e.target as HTMLInputElement).value)}
    />
    ${template}
  </div>`;
}

/** A config text field (plain string or per language), with a Dutch and an English input. */
export function textField(
  ctx: FormContext,
  path: Path,
  label: string,
  options: { required?: boolean; multiline?: boolean; hint?: string } = {},
): TemplateResult {
  const value = getAt(ctx.doc, path);
  const { issues, template, describedBy } = errorsFor(ctx, path);
  const control = (lang: 'nl' | 'en') => {
    const id = lang === 'nl' ? fieldId(path) : `${fieldId(path)}-${lang}`;
    const onInput = (e: Event) => {
      const next = withText(getAt(ctx.doc, path), lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
      ctx.set(path, next === undefined && options.required ? '' : next);
    };
    // an issue about one language (`name.nl`) marks only that input; one about the field, both
    const own = issues.filter((i) => i.path === pathKey(path) || i.path === `${pathKey(path)}.${lang}`);
    const attrs = { invalid: own.length ? ('true' as const) : ('false' as const), described: ifDefined(describedBy) };
    return html`<div class="lang-input">
      <label for=${id}>${ctx.t(lang === 'nl' ? 'dutch' : 'english')}</label>
      ${
        options.multiline
          ? html`<textarea id=${id} rows="4" .value=${textIn(value, lang)} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described} @input=${onInput}></textarea>`
          : html`<input id=${id} type="text" .value=${textIn(value, lang)} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described} @input=${onInput} />`
      }
    </div>`;
  };
  return html`<fieldset class="field text-field ${issues.length ? 'invalid' : ''}" data-path=${pathKey(path)}>
    <legend>${label}${options.required ? html` <span class="required">(${ctx.t('required')})</span>` : nothing}</legend>
    ${options.hint ? html`<p class="hint">${options.hint}</p>` : nothing}
    <div class="lang-inputs">${control('nl')}${control('en')}</div>
    ${template}
  </fieldset>`;
}

/** A select of fixed values; the empty choice removes an optional field. */
export function selectField(
  ctx: FormContext,
  path: Path,
  label: string,
  choices: readonly { value: string; label: string }[],
  options: { required?: boolean } = {},
): TemplateResult {
  const id = fieldId(path);
  const value = getAt(ctx.doc, path);
  const { issues, template, describedBy } = errorsFor(ctx, path);
  const known = choices.some((c) => c.value === value);
  return html`<div class="field ${issues.length ? 'invalid' : ''}" data-path=${pathKey(path)}>
    <label for=${id}>${label}${options.required ? html` <span class="required">(${ctx.t('required')})</span>` : nothing}</label>
    <select
      id=${id}
      aria-invalid=${issues.length ? 'true' : 'false'}
      aria-describedby=${describedBy ?? nothing}
      @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        ctx.set(path, v === '' ? undefined : v);
      }}
    >
      <option value="" ?selected=${value === undefined}>${ctx.t('choose')}</option>
      ${!known && value !== undefined ? html`<option value=${String(value)} selected>${String(value)}</option>` : nothing}
      ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
    </select>
    ${template}
  </div>`;
}

/** A yes/no field; unticking an optional one removes it. */
export function checkboxField(ctx: FormContext, path: Path, label: string): TemplateResult {
  const id = fieldId(path);
  const { issues, template, describedBy } = errorsFor(ctx, path);
  return html`<div class="field checkbox ${issues.length ? 'invalid' : ''}" data-path=${pathKey(path)}>
    <input
      id=${id}
      type="checkbox"
      .checked=${getAt(ctx.doc, path) === true}
      aria-describedby=${describedBy ?? nothing}
      @change=${(e: Event) => ctx.set(path, (e.target as HTMLInputElement).checked ? true : undefined)}
    />
    <label for=${id}>${label}</label>
    ${template}
  </div>`;
}

/**
 * A set of choices stored as a list of values (themes, audiences, gemeenten). Values in the
 * document that are not among the choices stay in the list and are shown as well.
 */
export function choicesField(
  ctx: FormContext,
  path: Path,
  label: string,
  choices: readonly { value: string; label: string }[],
  options: { required?: boolean } = {},
): TemplateResult {
  const current = getAt(ctx.doc, path);
  const selected = Array.isArray(current) ? current.map(String) : [];
  const all = [...choices, ...selected.filter((v) => !choices.some((c) => c.value === v)).map((v) => ({ value: v, label: v }))];
  const { issues, template, describedBy } = errorsFor(ctx, path);
  const toggle = (value: string, on: boolean) => {
    const now = getAt(ctx.doc, path);
    const list = Array.isArray(now) ? now.map(String) : [];
    const next = on ? [...list, value] : list.filter((v) => v !== value);
    ctx.set(path, next.length || options.required ? next : undefined);
  };
  return html`<fieldset class="field choices ${issues.length ? 'invalid' : ''}" data-path=${pathKey(path)} aria-describedby=${describedBy ?? nothing}>
    <legend id=${fieldId(path)} tabindex="-1">${label}${options.required ? html` <span class="required">(${ctx.t('required')})</span>` : nothing}</legend>
    ${
      all.length
        ? html`<div class="choice-list">
          ${all.map((c) => {
            const id = `${fieldId(path)}-${c.value.replace(/[^A-Za-z0-9]+/g, '-')}`;
            return html`<span class="choice">
              <input id=${id} type="checkbox" .checked=${selected.includes(c.value)} @change=${(e: Event) => toggle(c.value, (e.target as HTMLInputElement).checked)} />
              <label for=${id}>${c.label}</label>
            </span>`;
          })}
        </div>`
        : html`<p class="hint">${ctx.t('noChoices')}</p>`
    }
    ${template}
  </fieldset>`;
}

export { errorsFor };
