import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { nationalThemes } from '../content/themes.js';
import { nationalTrainingOutline } from '../content/training.js';
import { audiences, levels } from '../core/config/schema/index.js';
import { localize } from '../core/i18n/i18n.js';
import { tokens } from '../core/theme/tokens.js';
import type { JsonObject, Path } from './document.js';
import { freshId, getAt, isObject, pathKey } from './document.js';
import type { FormContext } from './fields.js';
import { checkboxField, choicesField, errorsFor, fieldId, inputField, selectField, textField } from './fields.js';

/** The documented theming surface, read from the library's own token stylesheet. */
export const tokenNames = [...new Set(tokens.cssText.match(/--digiplein-[a-z0-9-]+/g) ?? [])];

const itemsAt = (ctx: FormContext, path: Path): unknown[] => {
  const list = getAt(ctx.doc, path);
  return Array.isArray(list) ? list : [];
};

/**
 * A list of items (gemeenten, offers, …): each item in its own disclosure, with a remove
 * button, and an add button that appends a new item with the required fields started.
 */
function listSection(
  ctx: FormContext,
  path: Path,
  labels: { item: string; add: string },
  title: (item: unknown, index: number) => string,
  renderItem: (itemPath: Path, item: unknown) => TemplateResult,
  newItem: () => JsonObject,
): TemplateResult {
  const items = itemsAt(ctx, path);
  return html`${items.map((item, i) => {
    const itemPath = [...path, i];
    const { template } = errorsFor(ctx, itemPath);
    const fields = renderItem(itemPath, item);
    return html`<details class="item" data-path=${pathKey(itemPath)} ?open=${ctx.isOpen(itemPath)} @toggle=${(e: Event) => ctx.setOpen(itemPath, (e.target as HTMLDetailsElement).open)}>
        <summary id=${fieldId(itemPath)}>${labels.item} ${i + 1}: ${title(item, i) || ctx.t('untitled')}</summary>
        ${template}
        ${fields}
        <button type="button" class="button secondary remove" @click=${() => ctx.set(itemPath, undefined)}>
          ${ctx.t('remove', { what: `${labels.item} ${i + 1}` })}
        </button>
      </details>`;
  })}
    <button type="button" class="button secondary add" @click=${() => ctx.set([...path, items.length], newItem())}>${labels.add}</button>`;
}

const nameOf = (ctx: FormContext, item: unknown, key = 'name') => (isObject(item) ? localize(item[key] as never, ctx.lang) : '');

export function organisationSection(ctx: FormContext): TemplateResult {
  const kinds = ['gemeente', 'regio', 'cjg', 'wijkteam', 'anders'].map((k) => ({ value: k, label: ctx.t(`kinds.${k}`) }));
  return html`${textField(ctx, ['organisation', 'name'], ctx.t('org.name'), { required: true, hint: ctx.t('org.nameHint') })}
    ${selectField(ctx, ['organisation', 'kind'], ctx.t('org.kind'), kinds)}
    ${inputField(ctx, ['organisation', 'website'], ctx.t('org.website'), { type: 'url', placeholder: 'https://www.gemeente.nl' })}
    ${inputField(ctx, ['organisation', 'privacyStatementUrl'], ctx.t('org.privacy'), { type: 'url', hint: ctx.t('org.privacyHint') })}
    ${inputField(ctx, ['organisation', 'email'], ctx.t('org.email'), { type: 'email' })}
    ${inputField(ctx, ['organisation', 'phone'], ctx.t('org.phone'), { type: 'tel' })}`;
}

export function gemeentenSection(ctx: FormContext): TemplateResult {
  const offerIds = itemsAt(ctx, ['offers'])
    .filter(isObject)
    .map((o) => ({ value: String(o.id), label: nameOf(ctx, o) || String(o.id) }));
  return listSection(
    ctx,
    ['gemeenten'],
    { item: ctx.t('gemeente.item'), add: ctx.t('gemeente.add') },
    (item) => (isObject(item) ? String(item.name ?? '') : ''),
    (p) => html`${inputField(ctx, [...p, 'name'], ctx.t('gemeente.name'), { required: true })}
      ${inputField(ctx, [...p, 'code'], ctx.t('gemeente.code'), { required: true, hint: ctx.t('gemeente.codeHint'), placeholder: 'GM0363' })}
      ${inputField(ctx, [...p, 'postcodes'], ctx.t('gemeente.postcodes'), { list: true, hint: ctx.t('gemeente.postcodesHint') })}
      ${selectField(ctx, [...p, 'wijkteam'], ctx.t('gemeente.wijkteam'), offerIds)}`,
    () => ({ code: '', name: '' }),
  );
}

export function offersSection(ctx: FormContext): TemplateResult {
  const themes = [...nationalThemes, ...itemsAt(ctx, ['themes']).filter(isObject)].map((t) => ({
    value: String((t as JsonObject).id),
    label: localize((t as JsonObject).label as never, ctx.lang) || String((t as JsonObject).id),
  }));
  const gemeenten = itemsAt(ctx, ['gemeenten'])
    .filter(isObject)
    .filter((g) => g.code)
    .map((g) => ({ value: String(g.code), label: `${String(g.name ?? '')} (${String(g.code)})` }));
  const spreekuren = itemsAt(ctx, ['spreekuren'])
    .filter(isObject)
    .map((s) => ({ value: String(s.id), label: nameOf(ctx, s) || String(s.id) }));
  return listSection(
    ctx,
    ['offers'],
    { item: ctx.t('offer.item'), add: ctx.t('offer.add') },
    (item) => nameOf(ctx, item),
    (p) => html`${textField(ctx, [...p, 'name'], ctx.t('offer.name'), { required: true })}
      ${inputField(ctx, [...p, 'id'], ctx.t('id'), { required: true, hint: ctx.t('idHint') })}
      ${textField(ctx, [...p, 'organisation'], ctx.t('offer.organisation'), { required: true })}
      ${textField(ctx, [...p, 'description'], ctx.t('offer.description'), { required: true, multiline: true })}
      ${choicesField(ctx, [...p, 'themes'], ctx.t('offer.themes'), themes, { required: true })}
      ${selectField(
        ctx,
        [...p, 'level'],
        ctx.t('offer.level'),
        levels.map((l) => ({ value: l, label: ctx.t(`levels.${l}`) })),
        { required: true },
      )}
      ${choicesField(
        ctx,
        [...p, 'audience'],
        ctx.t('offer.audience'),
        audiences.map((a) => ({ value: a, label: ctx.t(`audiences.${a}`) })),
        { required: true },
      )}
      ${choicesField(ctx, [...p, 'gemeenten'], ctx.t('offer.gemeenten'), gemeenten)}
      <fieldset class="group" data-path=${pathKey([...p, 'contact'])}>
        <legend id=${fieldId([...p, 'contact'])} tabindex="-1">${ctx.t('offer.contact')}</legend>
        ${errorsFor(ctx, [...p, 'contact']).template}
        ${inputField(ctx, [...p, 'contact', 'phone'], ctx.t('offer.phone'), { type: 'tel' })}
        ${inputField(ctx, [...p, 'contact', 'email'], ctx.t('offer.email'), { type: 'email' })}
        ${inputField(ctx, [...p, 'contact', 'website'], ctx.t('offer.website'), { type: 'url' })}
        ${selectField(ctx, [...p, 'contact', 'spreekuur'], ctx.t('offer.spreekuur'), spreekuren)}
      </fieldset>
      ${costField(ctx, p)}`,
    (): JsonObject => ({
      id: freshId('nieuw-aanbod', getAt(ctx.doc, ['offers'])),
      name: '',
      organisation: '',
      description: '',
      themes: [],
      level: 'licht',
      audience: ['ouder'],
      contact: {},
    }),
  );
}

export function spreekurenSection(ctx: FormContext): TemplateResult {
  const gemeenten = itemsAt(ctx, ['gemeenten'])
    .filter(isObject)
    .filter((g) => g.code)
    .map((g) => ({ value: String(g.code), label: `${String(g.name ?? '')} (${String(g.code)})` }));
  return listSection(
    ctx,
    ['spreekuren'],
    { item: ctx.t('spreekuur.item'), add: ctx.t('spreekuur.add') },
    (item) => nameOf(ctx, item),
    (p) => html`${textField(ctx, [...p, 'name'], ctx.t('spreekuur.name'), { required: true })}
      ${inputField(ctx, [...p, 'id'], ctx.t('id'), { required: true, hint: ctx.t('idHint') })}
      ${textField(ctx, [...p, 'organisation'], ctx.t('spreekuur.organisation'), { required: true })}
      ${selectField(
        ctx,
        [...p, 'kind'],
        ctx.t('spreekuur.kind'),
        ['spreekuur', 'bijeenkomst'].map((k) => ({ value: k, label: ctx.t(`spreekuur.kinds.${k}`) })),
        { required: true },
      )}
      ${textField(ctx, [...p, 'description'], ctx.t('spreekuur.description'), { multiline: true })}
      ${textField(ctx, [...p, 'location'], ctx.t('spreekuur.location'))}
      ${checkboxField(ctx, [...p, 'online'], ctx.t('spreekuur.online'))}
      ${inputField(ctx, [...p, 'email'], ctx.t('spreekuur.email'), { type: 'email', hint: ctx.t('spreekuur.emailHint') })}
      ${choicesField(ctx, [...p, 'gemeenten'], ctx.t('spreekuur.gemeenten'), gemeenten)}`,
    (): JsonObject => ({ id: freshId('nieuw-spreekuur', getAt(ctx.doc, ['spreekuren'])), name: '', organisation: '', kind: 'spreekuur' }),
  );
}

/**
 * The training: which national chapters parents see (a chapter left out goes into the config's
 * `hide`, next to any other hidden ids) and who follows up after it.
 */
export function trainingSection(ctx: FormContext): TemplateResult {
  const hidden = (): string[] => {
    const list = getAt(ctx.doc, ['hide']);
    return Array.isArray(list) ? list.map(String) : [];
  };
  const show = (id: string, on: boolean) => {
    const next = on ? hidden().filter((h) => h !== id) : [...hidden().filter((h) => h !== id), id];
    ctx.set(['hide'], next.length ? next : undefined);
  };
  const shown = nationalTrainingOutline.chapters.filter((c) => !hidden().includes(c.id)).length;
  // an emptied follow-up field leaves no empty `followUp` (or `training`) behind to trip validation
  const followUp: FormContext = {
    ...ctx,
    set: (path, value) => {
      ctx.set(path, value);
      for (const at of [['training', 'followUp'], ['training']]) {
        const left = getAt(ctx.doc, at);
        if (isObject(left) && !Object.keys(left).length) ctx.set(at, undefined);
      }
    },
  };
  return html`<p class="hint">${ctx.t('training.intro')}</p>
    <fieldset class="field choices" data-path="training.chapters" aria-describedby="training-chapters-hint">
      <legend>${ctx.t('training.chapters')}</legend>
      <span class="hint" id="training-chapters-hint">${ctx.t(shown ? 'training.chaptersHint' : 'training.noChapters')}</span>
      <div class="choice-list">
        ${nationalTrainingOutline.chapters.map(
          (chapter) => html`<span class="choice">
            <input id=${`training-chapter-${chapter.id}`} type="checkbox" .checked=${!hidden().includes(chapter.id)} @change=${(e: Event) => show(chapter.id, (e.target as HTMLInputElement).checked)} />
            <label for=${`training-chapter-${chapter.id}`}>${localize(chapter.title, ctx.lang)}</label>
          </span>`,
        )}
      </div>
    </fieldset>
    ${inputField(followUp, ['training', 'followUp', 'organisation'], ctx.t('training.organisation'), { hint: ctx.t('training.organisationHint') })}
    ${textField(followUp, ['training', 'followUp', 'consent'], ctx.t('training.consent'), { multiline: true, hint: ctx.t('training.consentHint') })}`;
}

export function knowledgeSection(ctx: FormContext): TemplateResult {
  return listSection(
    ctx,
    ['knowledgeBase'],
    { item: ctx.t('knowledge.item'), add: ctx.t('knowledge.add') },
    (item) => nameOf(ctx, item, 'question'),
    (p) => html`${textField(ctx, [...p, 'question'], ctx.t('knowledge.question'), { required: true })}
      ${inputField(ctx, [...p, 'id'], ctx.t('id'), { required: true, hint: ctx.t('idHint') })}
      ${textField(ctx, [...p, 'answer'], ctx.t('knowledge.answer'), { required: true, multiline: true, hint: ctx.t('knowledge.answerHint') })}
      ${inputField(ctx, [...p, 'keywords'], ctx.t('knowledge.keywords'), { list: true, hint: ctx.t('knowledge.keywordsHint') })}
      ${inputField(ctx, [...p, 'source'], ctx.t('knowledge.source'), { type: 'url' })}`,
    (): JsonObject => ({ id: freshId('nieuwe-vraag', getAt(ctx.doc, ['knowledgeBase'])), question: '', answer: '' }),
  );
}

export function themeSection(ctx: FormContext): TemplateResult {
  return html`<p class="hint">${ctx.t('theme.intro')}</p>
    <div class="token-grid">
      ${tokenNames.map((name) => tokenField(ctx, name))}
    </div>`;
}

/**
 * One theme token: a plain-language label with the token's name as hint, and for colours a
 * colour picker beside the text field (which still takes any CSS colour, or stays empty).
 */
function tokenField(ctx: FormContext, name: string): TemplateResult {
  const key = name.replace('--digiplein-', '');
  const path = ['theme', 'tokens', name];
  const field = inputField(ctx, path, ctx.t(`theme.tokens.${key}`, { defaultValue: key }), {
    placeholder: ctx.t('theme.placeholder'),
    hint: name,
  });
  if (!key.includes('color')) return field;
  const value = getAt(ctx.doc, path);
  const hex = typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : '#000000';
  return html`<div class="token-color">
    ${field}
    <input
      type="color"
      .value=${hex}
      aria-label=${ctx.t('theme.picker', { name: ctx.t(`theme.tokens.${key}`, { defaultValue: key }) })}
      @input=${(e: Event) => ctx.set(path, (e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function endpointsSection(ctx: FormContext): TemplateResult {
  return html`${inputField(ctx, ['endpoints', 'api'], ctx.t('endpoints.api'), { type: 'url', hint: ctx.t('endpoints.apiHint') })}`;
}

/**
 * Whether an offer is free: unknown (no `cost`, the widget then points to the website), free,
 * or not free. A `cost.note` the document has is kept.
 */
function costField(ctx: FormContext, p: Path): TemplateResult {
  const path = [...p, 'cost'];
  const cost = getAt(ctx.doc, path);
  const current = isObject(cost) && typeof cost.free === 'boolean' ? String(cost.free) : '';
  const id = fieldId([...path, 'free']);
  const { issues, template, describedBy } = errorsFor(ctx, path);
  const choose = (value: string) => {
    const now = getAt(ctx.doc, path);
    if (value === '') ctx.set(path, undefined);
    else ctx.set(path, { ...(isObject(now) ? now : {}), free: value === 'true' });
  };
  return html`<div class="field ${issues.length ? 'invalid' : ''}" data-path=${pathKey(path)}>
    <label for=${id}>${ctx.t('offer.cost')}</label>
    <select id=${id} aria-invalid=${issues.length ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing} @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${current === ''}>${ctx.t('offer.costUnknown')}</option>
      <option value="true" ?selected=${current === 'true'}>${ctx.t('offer.costFree')}</option>
      <option value="false" ?selected=${current === 'false'}>${ctx.t('offer.costPaid')}</option>
    </select>
    ${template}
  </div>`;
}
