import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { I18nController } from '../../core/i18n/index.js';
import type { PlaceController } from './place-controller.js';

/** The list's last option: the parent lives outside the region (the national help shows). */
const ELSEWHERE = 'elders';

/** What the place question does when the parent acts: look the postcode up, or choose a gemeente. */
export interface PlaceHandlers {
  find(): void;
  choose(code: string | undefined): void;
}

/**
 * The place question (step 4): a postcode with its lookup message, and the region's gemeenten to
 * choose from. `chosen` is the gemeente already answered.
 */
export function renderPlace(
  config: ResolvedConfig,
  i18n: I18nController,
  place: PlaceController,
  chosen: string | undefined,
  on: PlaceHandlers,
): TemplateResult {
  const p = place.status;
  const error = place.error;
  const message =
    p.kind === 'idle'
      ? ''
      : p.kind === 'elsewhere'
        ? i18n.t('questions.woonplaats.elsewhereChosen')
        : p.kind === 'found' || p.kind === 'outside'
          ? i18n.t(`questions.woonplaats.${p.kind}`, { name: p.name })
          : i18n.t(`questions.woonplaats.${p.kind}`);
  return html`<div class="field">
      <label for="postcode">${i18n.t('questions.woonplaats.postcode')}</label>
      <span class="hint" id="postcode-hint">${i18n.t('questions.woonplaats.postcodeHint')}</span>
      <span class="inline">
        <input
          id="postcode"
          name="postcode"
          inputmode="text"
          autocomplete="postal-code"
          size="8"
          maxlength="7"
          .value=${live(place.postcode)}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'postcode-hint place-message' : 'postcode-hint'}
          @input=${(e: Event) => place.type((e.target as HTMLInputElement).value)}
        />
        <button type="button" class="button secondary" @click=${on.find}>${i18n.t('questions.woonplaats.find')}</button>
      </span>
    </div>
    <p id="place-message" class=${error ? 'error' : 'hint'} role=${error ? 'alert' : 'status'}>${message}</p>
    ${
      config.gemeenten.length
        ? html`<div class="field">
          <label for="gemeente">${i18n.t('questions.woonplaats.gemeente')}</label>
          <select
            id="gemeente"
            @change=${(e: Event) => {
              const code = (e.target as HTMLSelectElement).value;
              const g = config.gemeenten.find((x) => x.code === code);
              place.choose(g);
              on.choose(g?.code);
            }}
          >
            <option value="" ?selected=${!chosen && p.kind !== 'elsewhere'}>${i18n.t('questions.woonplaats.choose')}</option>
            ${config.gemeenten.map((g) => html`<option value=${g.code} ?selected=${chosen === g.code}>${g.name}</option>`)}
            <option value=${ELSEWHERE} ?selected=${p.kind === 'elsewhere'}>${i18n.t('questions.woonplaats.elsewhere')}</option>
          </select>
        </div>`
        : nothing
    }`;
}
