import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { SkeletonShape } from './skeleton.js';

/**
 * A skeleton for a first screen that is mostly text (the sign-up's choices, the stap-tracker's
 * questions): its heading, paragraphs and boxes are drawn as text that wraps like the widget's
 * own, sized in em, so the outline keeps about the widget's height on a phone and on a wide
 * screen, and at any zoom. A widget that uses it sets `skeleton = textSkeleton({…})` and adds
 * `textSkeletonStyles` to its styles; the other widgets keep the plain bars of
 * core/ui/skeleton.ts and do not load this.
 */
export interface TextSkeleton {
  /** The heading's length in characters. */
  heading: number;
  /** Paragraphs under the heading: each one's length in characters. */
  text: readonly number[];
  /** Boxes (cards, choices with a description, a panel of questions): each box's parts. */
  boxes: readonly (readonly SkeletonPart[])[];
  /** A button at the end. */
  action?: boolean;
}

/**
 * A part of a box: text of this many characters, a row of choices each this many characters long
 * (side by side, onto more rows on a narrow screen, as radio buttons do), a full-width `field`,
 * or a `button`.
 */
export type SkeletonPart = number | readonly number[] | 'field' | 'button';

/** Word lengths of the stand-in text: about those of Dutch text, so it wraps at the same places. */
const WORDS = [5, 3, 7, 4, 9, 2, 6, 4, 8, 3];

/** Stand-in text of about `length` characters (never shown: it is transparent, under a bar). */
export function placeholderText(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${text ? ' ' : ''}${'x'.repeat(WORDS[i % WORDS.length]!)}`;
  return text;
}

/** Text that wraps like the text it stands for: a bar on each line (its characters come from CSS). */
const textShape = (length: number, cls = 'skeleton-text') =>
  html`<span class=${cls}><span class="skeleton-words" data-text=${placeholderText(length)}></span></span>`;

function partShape(part: SkeletonPart): TemplateResult {
  if (part === 'field') return html`<span class="skeleton-row"></span>`;
  if (part === 'button') return html`<span class="skeleton-action"></span>`;
  if (typeof part === 'number') return textShape(part);
  return html`<span class="skeleton-choices">${part.map((length) => html`<span class="skeleton-choice" data-text=${placeholderText(length)}></span>`)}</span>`;
}

/** The widget's `skeleton`: these shapes, drawn as text that wraps. */
export const textSkeleton = (shape: TextSkeleton): SkeletonShape => ({
  lines: 0,
  rows: 0,
  draw: (withHeading) => textSkeletonShapes(shape, withHeading),
});

function textSkeletonShapes(shape: TextSkeleton, withHeading: boolean): TemplateResult {
  return html`${withHeading ? textShape(shape.heading, 'skeleton-text skeleton-heading') : nothing}
  ${shape.text.map((length) => textShape(length))}
  ${shape.boxes.map((parts) => html`<span class="skeleton-box">${parts.map(partShape)}</span>`)}
  ${shape.action ? html`<span class="skeleton-action"></span>` : nothing}`;
}

/** Added to core/ui/skeleton.ts's styles by the widgets that use a text skeleton. */
export const textSkeletonStyles = css`
  .skeleton-shapes {
    --_skeleton-color: color-mix(in srgb, var(--_color-subtle) 16%, transparent);
    /* never wider than the widget, whatever the stand-in text (a phone at 200 % zoom) */
    grid-template-columns: minmax(0, 1fr);
  }
  .skeleton-shapes span {
    border-radius: var(--_radius);
  }
  .skeleton-box > span {
    display: block;
    inline-size: 100%;
    background: var(--_skeleton-color);
  }
  .skeleton-shapes .skeleton-text,
  .skeleton-shapes .skeleton-box,
  .skeleton-shapes .skeleton-choices {
    inline-size: 100%;
    block-size: auto;
    background: none;
  }
  .skeleton-box > .skeleton-row,
  .skeleton-box > .skeleton-action {
    block-size: var(--_target-size, 2.75em);
  }
  .skeleton-box > .skeleton-action {
    inline-size: 10em;
  }
  /* a bar on each line of the text, the characters themselves transparent; a choice is as long
     as its label, with room for the radio button, one line high */
  .skeleton-words,
  .skeleton-choice {
    color: transparent;
    background: var(--_skeleton-color);
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .skeleton-words::before,
  .skeleton-choice::before {
    content: attr(data-text);
  }
  .skeleton-shapes > .skeleton-heading {
    font-size: 1.375em;
    line-height: 1.25;
  }
  .skeleton-shapes > .skeleton-box,
  .skeleton-shapes .skeleton-choices {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    justify-items: start;
    padding: 0.75em;
    border: 1px solid var(--_skeleton-color);
  }
  .skeleton-shapes .skeleton-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    border: 0;
  }
  .skeleton-shapes .skeleton-choice {
    padding: 0.6em 0.5em 0.6em 1.75em;
    white-space: nowrap;
    overflow: hidden;
  }
  @media (forced-colors: active) {
    /* the stand-in characters stay hidden: a grey bar on each line, a grey outline per choice */
    .skeleton-words,
    .skeleton-choice {
      forced-color-adjust: none;
      color: transparent;
      background: GrayText;
    }
    .skeleton-shapes > .skeleton-text {
      border: 0;
    }
  }
`;
