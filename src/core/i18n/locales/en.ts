import type { Translation } from '../i18n.js';
import type { nl } from './nl.js';

/** Shared strings (namespace `core`), English. */
export const en: Translation<typeof nl> = {
  loading: 'One moment, loading the help…',
  view: {
    loading: 'Loading…',
    failed: 'This part could not load. Check your connection and try again. What you filled in is kept.',
    retry: 'Try again',
  },
  fallback: {
    heading: 'Where to find help',
    intro: 'We cannot show the help of your gemeente right now. You can turn to this national help:',
    retry: 'Try again',
    danger: 'In danger right now? Call 112.',
  },
  debug: {
    heading: 'Errors in the configuration (only visible with the debug attribute)',
    skipped: 'skipped',
    found: 'found',
    document: '(whole document)',
  },
  contact: {
    call: 'Call {{number}}',
    email: 'E-mail {{address}}',
    website: 'Website',
    websiteOf: 'Website of {{name}}',
    chat: 'Chat',
    external: '(opens another website)',
  },
  safety: {
    heading: 'Your safety comes first',
    intro: 'You do not have to do this alone. You can turn to:',
    quickExit: 'Leave quickly',
    quickExitHint: 'Goes straight to another website and clears what this page kept.',
    noticeHeading: 'Do you not feel safe?',
    notice: 'You can turn to them, for yourself or for someone else:',
  },
  privacy: {
    clear: 'Clear my data',
    cleared: 'Your data on this device has been cleared.',
  },
  offline: 'You are offline. What you filled in is kept.',
  example: 'Made-up example',
};
