/**
 * The steps after a time is chosen (details, check, confirmation with its calendar file), the
 * e-mail sign-up and the cancel link: a chunk of their own, which loads on the parent's first
 * touch in the widget (see LazyView in core/lazy/view.ts), not with the page.
 */
export { renderCancelLink } from './steps/cancel.js';
export { renderCheck } from './steps/check.js';
export { renderDetails } from './steps/details.js';
export { renderDone } from './steps/done.js';
export { signupMailto } from './mailto.js';
