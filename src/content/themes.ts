import type { Theme } from '../core/config/schema/index.js';

/** The themes a parent can choose in the hulpzoeker ("what is on your mind"). */
export const nationalThemes: Theme[] = [
  { id: 'kinderen', label: { nl: 'Kinderen en ouderschapsplan', en: 'Children and parenting plan' } },
  { id: 'geld', label: { nl: 'Geld en alimentatie', en: 'Money and alimony' } },
  { id: 'wonen', label: { nl: 'Wonen', en: 'Housing' } },
  { id: 'juridisch', label: { nl: 'Regels en procedure', en: 'Rules and legal procedure' } },
  { id: 'emoties', label: { nl: 'Emoties en ruzie', en: 'Emotions and conflict' } },
  { id: 'veiligheid', label: { nl: 'Veiligheid', en: 'Safety' } },
];
