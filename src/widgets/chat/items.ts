import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { KnowledgeEntry } from '../../core/config/schema/index.js';
import type { I18nController } from '../../core/i18n/controller.js';
import { renderSafetyCard, renderSafetyNotice } from '../../core/ui/parts.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderFormatted } from './answer.js';
import { amsterdamFormat } from '../../core/time/amsterdam.js';
import { answerToPlainText } from './format.js';
import type { FlowStep } from './flow.js';
import { newId } from './item-id.js';
import type { ChatItem } from './transcript-store.js';

/** How the chat's log shows each kind of item, and the plain transcript shared at a handoff. */
/** The checked sources of an entry, as a list (the config allows one URL or several). */
const sourcesOf = (e: KnowledgeEntry): string[] => (e.source === undefined ? [] : [e.source].flat());

export interface ItemContext {
  config: ResolvedConfig;
  i18n: I18nController;
  askPerson: () => void;
  pick: (entry: KnowledgeEntry) => void;
  widget: (item: Extract<ChatItem, { kind: 'widget' }>) => HTMLElement;
  /** Sends a refused message again. */
  retry: (clientId: string) => void;
}

export function noticeText(i18n: I18nController, key: string, params: Record<string, string | number> = {}): string {
  if (key === 'handoff.waiting') {
    const parts = [i18n.t('handoff.waiting')];
    if (typeof params.position === 'number')
      parts.push(params.position === 0 ? i18n.t('handoff.positionNext') : i18n.t('handoff.position', { count: params.position }));
    if (typeof params.wait === 'number') parts.push(i18n.t('handoff.wait', { count: params.wait }));
    return parts.join(' ');
  }
  return i18n.t(key, params);
}

/** The time of a message as the parent reads it (10:42), in the gemeente's time zone. */
function timeOf(item: ChatItem, lang: string): string {
  return item.at === undefined ? '' : amsterdamFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(item.at);
}

export function renderItem(item: ChatItem, { config, i18n, askPerson, pick, widget, retry }: ItemContext): TemplateResult {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
  const ext = t('core:contact.external');
  const entry = (id: string) => config.knowledgeBase.find((e) => e.id === id);
  const time = timeOf(item, i18n.lang);
  // who wrote it, and when: read out first by a screen reader, the time shown on hover
  const said = (who: string) => (time ? `${who}, ${time}: ` : `${who}: `);
  const hover = time || undefined;
  const bot = (content: unknown, extra = '') =>
    html`<div class="msg bot ${extra}" title=${ifDefined(hover)}><span class="vh">${said(i18n.text(config.chat.botName) || t('bot'))}</span>${content}</div>`;
  switch (item.from) {
    case 'parent':
      // no whitespace around the text: the bubble keeps the parent's own line breaks (pre-wrap)
      return html`<div class="msg parent ${item.pending ? 'pending' : ''} ${item.failed ? 'failed' : ''}" title=${ifDefined(hover)}><span class="vh">${said(t('you'))}</span>${item.text}${item.pending ? html` <span class="hint">(${t('handoff.pending')})</span>` : nothing}${
        item.failed && item.clientId
          ? html`<span class="send-error" role="alert"> ${t('handoff.notSent')} <button type="button" class="button secondary" @click=${() => retry(item.clientId!)}>${t('handoff.sendAgain')}</button></span>`
          : nothing
      }</div>`;
    case 'professional':
      return html`<div class="msg person" title=${ifDefined(hover)}><span class="who">${item.name ? `${item.name} · ${t('professional')}` : t('professional')}<span class="vh">${time ? `, ${time}` : ''}</span>:</span> ${item.text}</div>`;
    case 'system':
      return html`<div class="msg notice">${item.text}</div>`;
  }
  switch (item.kind) {
    case 'welcome':
      return bot(html`<p>${t('welcome')}</p>`);
    case 'answer': {
      const e = entry(item.entry);
      if (!e) return bot(html`<p>${t('none')}</p>`);
      return bot(html`<div class="answer">
        ${renderFormatted(i18n.text(e.answer), ext)}
        ${
          e.links?.length
            ? html`<p class="links-label">${t('answer.links')}:</p>
              <ul class="links">
                ${e.links.map((l) => html`<li>${renderFormatted(`[${i18n.text(l.label)}](${l.url})`, ext)}</li>`)}
              </ul>`
            : nothing
        }
        ${
          sourcesOf(e).length
            ? html`<p class="hint">${renderFormatted(
                `${t('answer.source')}: ${sourcesOf(e)
                  .map((url) => `[${new URL(url).hostname}](${url})`)
                  .join(', ')}`,
                ext,
              )}</p>`
            : nothing
        }
      </div>`);
    }
    case 'suggest':
      return bot(html`<p>${t('suggest.intro')}</p>
        <ul class="suggestions">
          ${item.entries
            .map(entry)
            .filter((e): e is KnowledgeEntry => Boolean(e))
            .map(
              (e) =>
                html`<li><button type="button" class="button secondary" @click=${() => pick(e)}>${i18n.text(e.question)}</button></li>`,
            )}
          <li><button type="button" class="button link" @click=${askPerson}>${t('askPerson')}</button></li>
        </ul>`);
    case 'none':
      return bot(html`<p>${t('none')}</p>
        <button type="button" class="button secondary" @click=${askPerson}>${t('askPerson')}</button>`);
    case 'safety':
      // the id prefix keeps each card's heading id unique in a log that may hold several
      return item.assessment?.strength === 'possible'
        ? bot(renderSafetyNotice(config, i18n, item.assessment, `${item.id}-`), 'safety-msg')
        : bot(renderSafetyCard(config, i18n, 3, item.assessment, `${item.id}-`), 'safety-msg'); // the card's own heading says it: no preface, so 112 and Veilig Thuis fit on a phone
    case 'text':
      return bot(renderFormatted(i18n.text(item.text), ext));
    case 'notice':
      return html`<div class="msg notice">${noticeText(i18n, item.key, item.params)}</div>`;
    case 'widget':
      return html`<div class="msg widget">${widget(item)}</div>`;
  }
}

/** The conversation so far as plain text, shared with a professional only with consent. */
export function transcript(
  items: readonly ChatItem[],
  config: ResolvedConfig,
  i18n: I18nController,
): { from: 'parent' | 'bot'; text: string }[] {
  const entry = (id: string) => config.knowledgeBase.find((e) => e.id === id);
  return items
    .flatMap((item): { from: 'parent' | 'bot'; text: string }[] => {
      if (item.from === 'parent') return [{ from: 'parent', text: item.text }];
      if (item.from !== 'bot') return [];
      switch (item.kind) {
        case 'answer': {
          const e = entry(item.entry);
          return e ? [{ from: 'bot', text: answerToPlainText(i18n.text(e.answer)) }] : [];
        }
        case 'text':
          return [{ from: 'bot', text: answerToPlainText(i18n.text(item.text)) }];
        case 'safety':
          return [{ from: 'bot', text: `[${i18n.t('core:safety.heading')}] ${i18n.t('safety')}` }];
        case 'none':
          return [{ from: 'bot', text: i18n.t('none') }];
        case 'suggest':
          return [
            {
              from: 'bot',
              text: `${i18n.t('suggest.intro')} ${item.entries
                .map((id) => entry(id))
                .filter(Boolean)
                .map((e) => `"${i18n.text(e!.question)}"`)
                .join(', ')}`,
            },
          ];
        default:
          return [];
      }
    })
    .map((h) => ({ ...h, text: h.text.slice(0, 4000) }));
}

/** What a step of a guided conversation adds to the log: its messages and widgets, then the prompt it waits on. */
export function stepItems(step: FlowStep): ChatItem[] {
  const items: ChatItem[] = step.outputs.map((o) =>
    o.kind === 'message'
      ? { id: newId(), from: 'bot', kind: 'text', text: o.text }
      : { id: newId(), from: 'bot', kind: 'widget', widget: o.widget, options: o.options },
  );
  const wait = step.wait;
  if (wait.kind === 'choice' || wait.kind === 'question') items.push({ id: newId(), from: 'bot', kind: 'text', text: wait.text });
  if (wait.kind === 'handoff' && wait.text) items.push({ id: newId(), from: 'bot', kind: 'text', text: wait.text });
  if (wait.kind === 'error') items.push({ id: newId(), from: 'bot', kind: 'notice', key: 'flow.error' });
  return items;
}
