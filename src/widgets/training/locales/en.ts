import type { Translation } from '../../../core/i18n/index.js';
import type { nl } from './nl.js';

/** Strings of `<digiplein-training>`, English. */
export const en: Translation<typeof nl> = {
  privacy: 'What you fill in here stays on this device. Nobody else sees it, not the municipality either. You can always delete it.',
  start: 'Start the training',
  resume: 'Continue where you were',
  overview: 'Overview of the chapters',
  toOverview: 'Back to the overview',
  chapterOf: 'Chapter {{n}} of {{total}}',
  minutes: 'about {{count}} minutes',
  progress: '{{done}} of {{total}} chapters done',
  status: { new: 'Not started', busy: 'In progress', done: 'Done' },
  open: 'Open',
  partOf: 'Part {{n}} of {{total}}',
  previous: 'Previous',
  next: 'Next',
  questions: 'Questions and a next step',
  sources: 'Sources',
  reflect: {
    heading: 'Take a moment to think',
    hint: 'You do not have to fill in anything. Your answers stay on this device.',
    saved: 'Kept on this device.',
  },
  check: {
    heading: 'A quick check',
    hint: 'There is no right or wrong. Each answer gives you something that may help.',
  },
  steps: {
    heading: 'A next step',
    add: 'Put this on my step plan',
    added: 'It is on your step plan.',
    afterStart: 'Your step plan on this page takes the step as soon as you have answered its three questions.',
    noTracker: 'There is no step plan on this page. Write the step down, or print your answers later.',
  },
  finish: 'Finish this chapter',
  finished: 'You finished "{{title}}".',
  allDone: 'You finished all chapters. Good that you took the time for this.',
  person: {
    heading: 'Would you rather talk to someone?',
    text: 'You always can. {{name}} will think along with you.',
    call: 'Call {{number}}',
    mail: 'Email {{address}}',
    website: 'To the website',
  },
  print: {
    button: 'Print my answers',
    heading: 'My answers from the training',
    note: 'For yourself only. Made on {{date}}.',
    nothing: 'You have not filled in anything here yet.',
    chosen: 'My choice:',
    steps: 'Put on my step plan:',
  },
  wipe: {
    button: 'Delete my answers',
    confirm: 'Are you sure? Your answers and where you were will be deleted from this device.',
    yes: 'Yes, delete everything',
    no: 'No, go back',
    done: 'Your answers have been deleted.',
  },
  empty: 'No training has been set up.',
};
