import type { RoutePhase } from '../core/config/schema/index.js';

export const nationalPhases: RoutePhase[] = [
  { id: 'besluiten', title: { nl: 'Besluiten en het de kinderen vertellen', en: 'Deciding and telling the children' } },
  { id: 'hulp', title: { nl: 'Hulp en advies zoeken', en: 'Getting help and advice' } },
  { id: 'afspraken', title: { nl: 'Afspraken maken', en: 'Making agreements' } },
  { id: 'procedure', title: { nl: 'De juridische procedure', en: 'The legal procedure' } },
  { id: 'praktisch', title: { nl: 'Praktische zaken', en: 'Practical matters' } },
  { id: 'daarna', title: { nl: 'Na de scheiding', en: 'After the separation' } },
];
