import { css, html, nothing } from 'lit';
import { heading } from './heading.js';
import type { TemplateResult } from 'lit';
import type { ConfigIssue } from '../config/issues.js';
import type { ResolvedConfig, ScopedOffer } from '../config/resolve.js';
import type { I18nController } from '../i18n/controller.js';
import { safetyContacts } from '../../content/index.js';
import type { SafetyContact } from '../../content/index.js';
import { contactsFor } from '../safety/signals.js';
import type { SafetyAssessment } from '../safety/signals.js';
import { quickExit } from './quick-exit.js';
import { safeHref, telHref, wrappableAddress } from './links.js';

/** Styles of the shared parts below; part of every widget's base styles. */
export const partStyles = css`
  .loading {
    padding: var(--_space);
    color: var(--_color-subtle);
  }
  .debug {
    border: 2px dashed var(--_danger);
    background: var(--_danger-bg);
    padding: var(--_space);
    margin-block-end: var(--_space);
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  .debug ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .lazy-failed {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    border-inline-start: 4px solid var(--_danger);
  }
  .lazy-failed p {
    margin-block: 0 0.75em;
  }
  /* another way to get there, under the failure */
  .lazy-failed:not(:last-child) {
    margin-block-end: 1em;
  }
  .fallback,
  .safety {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
  }
  .safety {
    border-inline-start: 6px solid var(--_danger);
    background: var(--_danger-bg);
  }
  .contacts {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .contacts li {
    display: grid;
    gap: 0.15em;
  }
  /* when the card is brought into view, keep its first contacts clear of a fixed chat launcher */
  .safety .contacts li {
    scroll-margin-block: 1em 5em;
  }
  .contacts .name {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;

/** The list of config problems, shown inside the widget only with the `debug` attribute. */
export function renderIssues(issues: readonly ConfigIssue[], i18n: I18nController): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  const lang = i18n.lang.startsWith('en') ? 'en' : 'nl';
  return html`<div class="debug" part="debug" role="region" aria-label=${i18n.t('core:debug.heading')}>
    <p><strong>${i18n.t('core:debug.heading')}</strong></p>
    <ul>
      ${issues.map(
        (issue) => html`<li>
          <code>${issue.path || i18n.t('core:debug.document')}</code>: ${issue.message[lang]}${
            issue.found === undefined ? nothing : html` (${i18n.t('core:debug.found')}: <code>${issue.found}</code>)`
          }${issue.fatal ? nothing : html` — ${i18n.t('core:debug.skipped')}`}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Which way of contact a link is (for analytics events such as `digiplein-hulpzoeker-result-click`). */
export type ContactKind = 'phone' | 'email' | 'website' | 'chat';

/** The ways to reach someone, as an offer's `contact` or the organisation holds them. */
export interface ContactWays {
  phone?: string;
  email?: string;
  website?: string;
  chat?: string;
}

/**
 * Every way to reach an offer or the organisation (`name`, said to screen readers with its
 * website) as real links. `onContact` is called when the parent follows one (the link itself
 * still works as usual).
 */
export function renderContactLinks(
  ways: ContactWays,
  name: string,
  i18n: I18nController,
  onContact?: (kind: ContactKind) => void,
): TemplateResult {
  const c = ways;
  const track = (kind: ContactKind) => (onContact ? () => onContact(kind) : undefined);
  return html`${
    c.phone
      ? html`<a class="button secondary" href=${telHref(c.phone)} @click=${track('phone')}>${i18n.t('core:contact.call', { number: c.phone })}</a>`
      : nothing
  }
  ${c.email ? html`<a class="button secondary" href=${`mailto:${c.email}`} @click=${track('email')}>${i18n.t('core:contact.email', { address: wrappableAddress(c.email) })}</a>` : nothing}
  ${
    safeHref(c.website)
      ? html`<a class="button secondary" href=${safeHref(c.website)!} target="_blank" rel="noopener noreferrer" @click=${track('website')}
        >${i18n.t('core:contact.website')}<span class="visually-hidden"> ${i18n.t('core:contact.websiteOf', { name })} ${i18n.t('core:contact.external')}</span></a
      >`
      : nothing
  }
  ${
    safeHref(c.chat)
      ? html`<a class="button secondary" href=${safeHref(c.chat)!} target="_blank" rel="noopener noreferrer" @click=${track('chat')}>${i18n.t('core:contact.chat')}<span class="visually-hidden"> ${i18n.t('core:contact.external')}</span></a>`
      : nothing
  }`;
}

/** The calm fallback a parent sees when the gemeente's config cannot be used: national help. */
export function renderFallback(config: ResolvedConfig, i18n: I18nController, onRetry?: () => void): TemplateResult {
  const ids = ['juridisch-loket', 'veilig-thuis', 'kindertelefoon', 'zelfmoordpreventie-113', 'rijksoverheid-scheiden'];
  const offers = ids.map((id) => config.offers.find((o) => o.id === id)).filter((o): o is ScopedOffer => Boolean(o));
  return html`<section class="fallback" part="fallback" aria-labelledby="fallback-heading">
    <h2 id="fallback-heading">${i18n.t('core:fallback.heading')}</h2>
    <p>${i18n.t('core:fallback.intro')}</p>
    <ul class="contacts">
      ${offers.map(
        (o) => html`<li>
          <span class="name">${i18n.text(o.name)}</span>
          <span>${i18n.text(o.description)}</span>
          <span class="actions">${renderContactLinks(o.contact, i18n.text(o.name), i18n)}</span>
        </li>`,
      )}
    </ul>
    <p><strong>${i18n.t('core:fallback.danger')}</strong></p>
    ${onRetry ? html`<button type="button" class="button secondary" @click=${onRetry}>${i18n.t('core:fallback.retry')}</button>` : nothing}
  </section>`;
}

/** The safety contacts in the order that fits what was found (all of them when nothing is known). */
function contactsInOrder(assessment: SafetyAssessment | undefined): SafetyContact[] {
  if (!assessment) return safetyContacts;
  const first = contactsFor(assessment);
  const rank = (c: SafetyContact) => (first.includes(c.id) ? first.indexOf(c.id) : first.length);
  return [...safetyContacts].sort((a, b) => rank(a) - rank(b));
}

function renderContact(c: SafetyContact, i18n: I18nController): TemplateResult {
  return html`<li>
    <span class="name">${i18n.text(c.name)}</span>
    <span>${i18n.text(c.note)}</span>
    <span class="actions">
      <a class="button ${c.id === '112' ? 'danger' : 'secondary'}" href=${telHref(c.phone)}>${i18n.t('core:contact.call', { number: c.phone })}</a>
    </span>
  </li>`;
}

/**
 * The safety card: 112, Veilig Thuis, 113 and the Kindertelefoon, with a quick-exit button.
 * Shown before anything else when a parent says they do not feel safe, or types a strong danger
 * signal; with an `assessment` the help that fits comes first (113 for suicidal thoughts, the
 * Kindertelefoon when a child writes). The heading has `id="safety-heading"` (scoped by
 * `idPrefix` where one view holds several cards) so a widget can move focus to it.
 */
export function renderSafetyCard(
  config: ResolvedConfig,
  i18n: I18nController,
  headingLevel = 2,
  assessment?: SafetyAssessment,
  idPrefix = '',
): TemplateResult {
  const headingId = `${idPrefix}safety-heading`;
  const hintId = `${idPrefix}quick-exit-hint`;
  return html`<section class="safety" part="safety" aria-labelledby=${headingId}>
    ${heading(headingLevel, i18n.t('core:safety.heading'), { id: headingId, focusable: true })}
    <p>${i18n.t('core:safety.intro')}</p>
    <ul class="contacts">
      ${contactsInOrder(assessment).map((c) => renderContact(c, i18n))}
    </ul>
    <button type="button" class="button danger quick-exit" part="quick-exit" aria-describedby=${hintId} @click=${() => quickExit(config.safety.quickExitUrl)}>
      ${i18n.t('core:safety.quickExit')}
    </button>
    <p class="hint" id=${hintId}>${i18n.t('core:safety.quickExitHint')}</p>
  </section>`;
}

/**
 * How long after a safety card appears a tap on it counts as one aimed at what was there before:
 * the card shows once the parent pauses typing, and pushes the form below it down, so a finger
 * already on its way to the next field could land on "Bel 112" (found by trying the sign-up on a
 * phone). Half a second, as long as a layout shift after a tap still counts as expected.
 */
const TAP_THROUGH_MS = 500;

/**
 * Ignores taps and clicks on `card` for a moment after it appeared (not keys: focus is not in
 * the card yet, so a key there was meant for it).
 */
function guardAgainstTapThrough(card: Element): void {
  const until = performance.now() + TAP_THROUGH_MS;
  const ignore = (e: Event) => {
    if (performance.now() >= until) card.removeEventListener('click', ignore, true);
    else if ((e as MouseEvent).detail > 0) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  card.addEventListener('click', ignore, true);
}

/**
 * Brings a safety card (or notice) that just appeared into view without taking focus from where
 * the parent types: its first two contacts (112 and Veilig Thuis, or what fits) and its heading.
 * A tap that lands on it in its first half second is ignored (see `TAP_THROUGH_MS`).
 */
export function revealSafety(card: Element | null | undefined): void {
  if (!card) return;
  guardAgainstTapThrough(card);
  (card.querySelector('.contacts li:nth-child(2)') ?? card).scrollIntoView({ block: 'nearest' });
  const heading = card.querySelector('h2, h3, h4, strong');
  if (heading && heading.getBoundingClientRect().top < 0) heading.scrollIntoView({ block: 'start' });
}

/**
 * The calm safety line for a *possible* danger signal: it stands above the answer (which stays),
 * with the two contacts that fit best and the quick exit.
 */
export function renderSafetyNotice(
  config: ResolvedConfig,
  i18n: I18nController,
  assessment: SafetyAssessment,
  idPrefix = '',
): TemplateResult {
  const first = contactsInOrder(assessment).slice(0, 2);
  const headingId = `${idPrefix}safety-notice-heading`;
  return html`<section class="safety possible" part="safety" aria-labelledby=${headingId}>
    <p><strong id=${headingId} tabindex="-1">${i18n.t('core:safety.noticeHeading')}</strong> ${i18n.t('core:safety.notice')}</p>
    <ul class="contacts">
      ${first.map((c) => renderContact(c, i18n))}
    </ul>
    <button type="button" class="button danger quick-exit" part="quick-exit" @click=${() => quickExit(config.safety.quickExitUrl)}>
      ${i18n.t('core:safety.quickExit')}
    </button>
  </section>`;
}
