import type { Text } from '../core/config/schema/index.js';

/** A contact on the safety card, in the order shown: 112 first. */
export interface SafetyContact {
  id: string;
  name: Text;
  phone: string;
  note: Text;
  website?: string;
  source: string;
  /** The national offer in the hulpzoeker for the same service, when its id differs from `id`. */
  offer?: string;
}

export const safetyContacts: SafetyContact[] = [
  {
    id: '112',
    name: { nl: 'Direct gevaar? Bel 112', en: 'In danger right now? Call 112' },
    phone: '112',
    note: { nl: 'politie, ambulance, brandweer', en: 'police, ambulance, fire brigade' },
    source: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
  },
  {
    id: 'veilig-thuis',
    name: 'Veilig Thuis',
    phone: '0800-2000',
    note: {
      nl: 'huiselijk geweld of kindermishandeling; gratis, dag en nacht, anoniem mag',
      en: 'domestic violence or child abuse; free, day and night, anonymous if you like',
    },
    website: 'https://veiligthuis.nl',
    source: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
  },
  {
    id: '113',
    offer: 'zelfmoordpreventie-113',
    name: '113 Zelfmoordpreventie',
    phone: '0800-0113',
    note: { nl: 'denkt u aan zelfmoord? Gratis, dag en nacht, anoniem', en: 'thinking about suicide? Free, day and night, anonymous' },
    website: 'https://www.113.nl',
    source: 'https://www.113.nl',
  },
  {
    id: 'kindertelefoon',
    name: { nl: 'Ben je een kind? De Kindertelefoon', en: 'Are you a child? De Kindertelefoon' },
    phone: '0800-0432',
    note: { nl: '8 tot 18 jaar; gratis en anoniem', en: 'ages 8 to 18; free and anonymous' },
    website: 'https://www.kindertelefoon.nl',
    source: 'https://www.vriendenkindertelefoon.nl/kindertelefoon',
  },
];

/** Where quick exit goes by default: a neutral, widely used page. */
export const defaultQuickExitUrl = 'https://www.google.nl/';
