import { css } from 'lit';

/**
 * The theming surface every widget shares. Each `--digiplein-*` property falls back to the
 * NL Design System basis token of the same meaning, then to the calm default theme, so a
 * gemeente's NL Design System theme class on its page flows into the widgets by itself.
 *
 * Documented in the README ("Theming"); keep that table and this list in step.
 */
export const tokens = css`
  /* Light or dark follows the page's own color-scheme (inherited), or the color-scheme attribute. */
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  :host {
    --_font-family: var(--digiplein-font-family, var(--basis-text-font-family-default, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_font-size: var(--digiplein-font-size, var(--basis-text-font-size-md, max(1rem, 16px)));
    --_line-height: var(--digiplein-line-height, var(--basis-text-line-height-md, 1.5));
    --_color: var(--digiplein-color, var(--basis-color-default-color-document, light-dark(#1b1b1f, #ececf1)));
    --_color-subtle: var(--digiplein-color-subtle, var(--basis-color-default-color-subtle, light-dark(#4a4a55, #c3c3cc)));
    --_bg: var(--digiplein-background-color, var(--basis-color-default-bg-document, light-dark(#ffffff, #17171c)));
    --_bg-subtle: var(--digiplein-background-color-subtle, var(--basis-color-default-bg-subtle, light-dark(#f3f5f8, #23232b)));
    --_border-color: var(--digiplein-border-color, var(--basis-color-default-border-default, #8b8b99));
    --_radius: var(--digiplein-border-radius, var(--basis-border-radius-md, 6px));
    --_accent: var(--digiplein-accent-color, var(--basis-color-accent-1-inverse-bg-default, light-dark(#1f5c99, #8cc0f2)));
    --_on-accent: var(--digiplein-on-accent-color, var(--basis-color-accent-1-inverse-color-default, light-dark(#ffffff, #0b1a29)));
    --_accent-subtle: var(--digiplein-accent-background-color, var(--basis-color-accent-1-bg-subtle, light-dark(#e8f0f8, #1d2d3d)));
    --_link: var(--digiplein-link-color, var(--basis-color-action-1-color-default, light-dark(#1f5c99, #9ccaf5)));
    --_danger: var(--digiplein-danger-color, var(--basis-color-negative-color-default, light-dark(#a4001f, #ffb3bf)));
    --_on-danger: var(--digiplein-on-danger-color, light-dark(#ffffff, #1b1b1f));
    --_danger-bg: var(--digiplein-danger-background-color, var(--basis-color-negative-bg-subtle, light-dark(#fdecee, #3a1d22)));
    --_success: var(--digiplein-success-color, var(--basis-color-positive-color-default, light-dark(#1e6b32, #9ee0ad)));
    --_focus-color: var(--digiplein-focus-outline-color, var(--basis-focus-outline-color, light-dark(#1b1b1f, #ffffff)));
    --_focus-width: var(--digiplein-focus-outline-width, var(--basis-focus-outline-width, 3px));
    --_focus-offset: var(--digiplein-focus-outline-offset, var(--basis-focus-outline-offset, 2px));
    --_control-bg: var(--digiplein-form-control-background-color, var(--basis-form-control-background-color, light-dark(#ffffff, #23232b)));
    --_control-border: var(--digiplein-form-control-border-color, var(--basis-form-control-border-color, light-dark(#6b6b78, #a3a3b0)));
    --_control-border-width: var(--digiplein-form-control-border-width, var(--basis-form-control-border-width, 1px));
    --_control-radius: var(--digiplein-form-control-border-radius, var(--basis-form-control-border-radius, 4px));
    --_target-size: var(--digiplein-pointer-target-min-size, var(--basis-pointer-target-min-block-size, 44px));
    --_space: var(--digiplein-space, 1em);
    /*
     * Component tokens: buttons, links and fields take a gemeente's NL Design System component
     * tokens (the nl-* candidates, then Utrecht's) before the basis tokens behind --_accent and
     * friends, so its button padding, weight, radius and hover come through. The --digiplein-*
     * colour tokens still win over both. Never below the target size: that is accessibility.
     */
    --_button-bg: var(--digiplein-accent-color, var(--nl-button-primary-background-color, var(--utrecht-button-primary-action-background-color, var(--_accent))));
    --_button-color: var(--digiplein-on-accent-color, var(--nl-button-primary-color, var(--utrecht-button-primary-action-color, var(--_on-accent))));
    --_button-border: var(--digiplein-accent-color, var(--nl-button-primary-border-color, var(--utrecht-button-primary-action-border-color, var(--_button-bg))));
    --_button-hover-bg: var(--nl-button-primary-hover-background-color, var(--utrecht-button-primary-action-hover-background-color, var(--_button-bg)));
    --_button-hover-color: var(--nl-button-primary-hover-color, var(--utrecht-button-primary-action-hover-color, var(--_button-color)));
    --_button-secondary-bg: var(--nl-button-secondary-background-color, var(--utrecht-button-secondary-action-background-color, transparent));
    --_button-secondary-color: var(--digiplein-accent-color, var(--nl-button-secondary-color, var(--utrecht-button-secondary-action-color, var(--_accent))));
    --_button-secondary-border: var(--digiplein-accent-color, var(--nl-button-secondary-border-color, var(--utrecht-button-secondary-action-border-color, var(--_accent))));
    --_button-radius: var(--digiplein-border-radius, var(--nl-button-border-radius, var(--utrecht-button-border-radius, var(--_radius))));
    --_button-weight: var(--nl-button-primary-font-weight, var(--utrecht-button-font-weight, 600));
    --_button-padding-block: var(--nl-button-padding-block-start, var(--utrecht-button-padding-block-start, 0.5em));
    --_button-padding-inline: var(--nl-button-padding-inline-start, var(--utrecht-button-padding-inline-start, 1em));
    --_link-color: var(--digiplein-link-color, var(--nl-link-color, var(--utrecht-link-color, var(--_link))));
    --_link-hover-color: var(--nl-link-hover-color, var(--utrecht-link-hover-color, var(--_link-color)));
    --_field-bg: var(--digiplein-form-control-background-color, var(--utrecht-textbox-background-color, var(--_control-bg)));
    --_field-border: var(--digiplein-form-control-border-color, var(--utrecht-textbox-border-color, var(--_control-border)));
    --_field-border-width: var(--digiplein-form-control-border-width, var(--utrecht-textbox-border-width, var(--_control-border-width)));
    --_field-radius: var(--digiplein-form-control-border-radius, var(--utrecht-textbox-border-radius, var(--_control-radius)));
  }
`;
