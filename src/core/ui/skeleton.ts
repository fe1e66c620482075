import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * The rough outline of a widget's first screen, drawn while its config loads, so the page does
 * not jump when the content arrives: a heading bar, `lines` lines of text and `rows` blocks
 * (choices, cards, steps), and a button when `action` is set.
 */
export interface SkeletonShape {
  lines: number;
  rows: number;
  action?: boolean;
  /** Draws the shapes instead, heading included (a first screen that is mostly text: core/ui/skeleton-text.ts). */
  draw?: (withHeading: boolean) => TemplateResult;
}

export const defaultSkeleton: SkeletonShape = { lines: 2, rows: 2, action: true };

/**
 * The calm placeholder of every widget while its config loads: grey shapes in the theme's subtle
 * background, and one short line for assistive technology ("Laden…"). The region around it has
 * `aria-busy` (see DigipleinElement); the shapes are hidden from assistive technology. It moves
 * only with `prefers-reduced-motion: no-preference`, and then slowly.
 */
export function renderSkeleton(label: string, shape: SkeletonShape, withHeading: boolean): TemplateResult {
  const bars = (n: number, cls: string) => Array.from({ length: n }, () => html`<span class=${cls}></span>`);
  return html`<div class="loading skeleton" part="skeleton">
    <p class="visually-hidden" role="status">${label}</p>
    <div class="skeleton-shapes" aria-hidden="true">
      ${shape.draw?.(withHeading)} ${withHeading && !shape.draw ? html`<span class="skeleton-heading"></span>` : nothing}
      ${bars(shape.lines, 'skeleton-line')}
      ${bars(shape.rows, 'skeleton-row')} ${shape.action ? html`<span class="skeleton-action"></span>` : nothing}
    </div>
  </div>`;
}

/** Styles of the skeleton; part of every widget's base styles (through partStyles). */
export const skeletonStyles = css`
  .skeleton {
    padding: 0;
  }
  .skeleton-shapes {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .skeleton-shapes > span {
    display: block;
    inline-size: 100%;
    block-size: 1em;
    border-radius: var(--_radius);
    /* the theme's subtle text colour, faint: visible on white and on a tinted page alike */
    background: color-mix(in srgb, var(--_color-subtle) 16%, transparent);
  }
  .skeleton-shapes > .skeleton-heading {
    inline-size: 60%;
    block-size: 1.5em;
    margin-block-end: 0.25em;
  }
  .skeleton-shapes > .skeleton-line:nth-of-type(even) {
    inline-size: 85%;
  }
  .skeleton-shapes > .skeleton-row {
    block-size: var(--_target-size, 2.75em);
  }
  .skeleton-shapes > .skeleton-action {
    inline-size: 10em;
    max-inline-size: 100%;
    block-size: var(--_target-size, 2.75em);
    border-radius: var(--_button-radius, var(--_radius));
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-shapes {
      animation: digiplein-skeleton 2.4s ease-in-out infinite alternate;
    }
  }
  @keyframes digiplein-skeleton {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.55;
    }
  }
  @media (forced-colors: active) {
    .skeleton-shapes > span {
      border: 1px solid GrayText;
    }
  }
`;
