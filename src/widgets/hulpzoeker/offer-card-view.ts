import { requestElement } from '../../core/lazy/elements.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../core/ui/heading.js';
import type { ResolvedConfig, ScopedOffer } from '../../core/config/resolve.js';
import type { HulpzoekerContactKind } from '../../core/events/hulpzoeker-result-click.js';
import type { I18nController } from '../../core/i18n/index.js';
import { renderContactLinks } from '../../core/ui/parts.js';
import { safeHref, telHref, wrappableAddress } from '../../core/ui/links.js';

/** The tag of the sign-up widget. Never imported here: the hulpzoeker renders it only when the page defined it. */
export const SIGNUP_TAG = 'digiplein-spreekuur-aanmelding';

export interface OfferCardContext {
  i18n: I18nController;
  config: ResolvedConfig;
  /** Offer ids whose sign-up panel is open. */
  openSignups: ReadonlySet<string>;
  onContact: (offer: ScopedOffer, kind: HulpzoekerContactKind) => void;
  onToggleSignup: (offer: ScopedOffer) => void;
  /** The level of each offer's heading; a sign-up opened in the card goes one below it. */
  level: number;
}

function cost(offer: ScopedOffer, i18n: I18nController): string {
  if (!offer.cost) return i18n.t('offer.costUnknown'); // never invent a cost
  const base = i18n.t(offer.cost.free ? 'offer.free' : 'offer.paid');
  return offer.cost.note ? `${base} (${i18n.text(offer.cost.note)})` : base;
}

/** The sign-up panel: the sign-up widget when the page has it (or can load it), otherwise how to sign up elsewhere. */
function signupPanel(offer: ScopedOffer, ctx: OfferCardContext): TemplateResult {
  const { i18n } = ctx;
  const id = offer.contact.spreekuur!;
  const name = i18n.text(offer.name);
  if (requestElement(SIGNUP_TAG)) {
    // A static tag name keeps Lit's template cache simple; the element upgrades once it is defined
    // (the all-in-one script loads it on this request).
    return html`<div class="signup" id=${`signup-${offer.id}`} part="signup">
      <digiplein-spreekuur-aanmelding
        spreekuur=${id}
        lang=${i18n.lang}
        heading-level=${ctx.level + 1}
      ></digiplein-spreekuur-aanmelding>
    </div>`;
  }
  const spreekuur = ctx.config.spreekuren.find((s) => s.id === id);
  const mail = spreekuur?.email;
  return html`<div class="signup" id=${`signup-${offer.id}`} part="signup">
    <p>${i18n.t('offer.signupElsewhere', { name })}</p>
    <p class="actions">
      ${
        mail
          ? html`<a class="button secondary" href=${`mailto:${mail}`} @click=${() => ctx.onContact(offer, 'email')}>${i18n.t('core:contact.email', { address: wrappableAddress(mail) })}</a>`
          : nothing
      }
      ${
        !mail && offer.contact.phone
          ? html`<a class="button secondary" href=${telHref(offer.contact.phone)} @click=${() => ctx.onContact(offer, 'phone')}>${i18n.t('core:contact.call', { number: offer.contact.phone })}</a>`
          : nothing
      }
      ${
        !mail && !offer.contact.phone && safeHref(offer.contact.website)
          ? html`<a class="button secondary" href=${safeHref(offer.contact.website)!} target="_blank" rel="noopener noreferrer" @click=${() => ctx.onContact(offer, 'website')}
            >${i18n.t('core:contact.websiteOf', { name })}<span class="visually-hidden"> ${i18n.t('core:contact.external')}</span></a
          >`
          : nothing
      }
    </p>
  </div>`;
}

/** One result: name, organisation, one line, for whom, cost, place, and every way to reach it. */
export function renderOfferCard(offer: ScopedOffer, ctx: OfferCardContext): TemplateResult {
  const { i18n, config } = ctx;
  const headingId = `offer-${offer.id}`;
  const gemeenten = offer.gemeenten?.length
    ? offer.gemeenten.map((code) => config.gemeenten.find((g) => g.code === code)?.name ?? code).join(', ')
    : '';
  const open = ctx.openSignups.has(offer.id);
  return html`<li class="offer" part="offer">
    <article aria-labelledby=${headingId}>
      ${heading(ctx.level, html`<span lang=${ifDefined(i18n.textLang(offer.name))}>${i18n.text(offer.name)}</span>`, { id: headingId, focusable: true })}
      <p class="organisation" lang=${ifDefined(i18n.textLang(offer.organisation))}>${i18n.text(offer.organisation)}</p>
      <p class="tags">
        <span class="tag">${i18n.t(`offer.level.${offer.level}`)}</span>
        <span class="tag">${gemeenten ? i18n.t('offer.forGemeenten', { names: gemeenten }) : i18n.t(`offer.place.${offer.scope}`)}</span>
        ${offer.example ? html`<span class="tag example">${i18n.t('core:example')}</span>` : nothing}
      </p>
      <p lang=${ifDefined(i18n.textLang(offer.description))}>${i18n.text(offer.description)}</p>
      <dl class="facts">
        <div>
          <dt>${i18n.t('offer.forWhom')}</dt>
          <dd>${offer.audience.map((a) => i18n.t(`offer.audience.${a}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>${i18n.t('offer.cost')}</dt>
          <dd>${cost(offer, i18n)}</dd>
        </div>
      </dl>
      ${offer.contact.phoneNote ? html`<p class="hint">${offer.contact.phone}: ${i18n.text(offer.contact.phoneNote)}</p>` : nothing}
      <p class="actions" part="contact">
        ${renderContactLinks(offer.contact, i18n.text(offer.name), i18n, (kind) => ctx.onContact(offer, kind))}
        ${
          offer.contact.spreekuur
            ? html`<button
              type="button"
              class="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${ifDefined(open ? `signup-${offer.id}` : undefined)}
              @click=${() => ctx.onToggleSignup(offer)}
            >
              ${i18n.t(open ? 'offer.signupClose' : 'offer.signup')}
            </button>`
            : nothing
        }
      </p>
      ${open && offer.contact.spreekuur ? signupPanel(offer, ctx) : nothing}
    </article>
  </li>`;
}
