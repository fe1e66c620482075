import type { DigipleinConfig } from '../../src/core/config/schema/index.js';

/**
 * Small inline configs for stories (no network). Widget stories may reuse these or write
 * their own next to the story.
 */
export const smallConfig: DigipleinConfig = {
  version: 1,
  organisation: { name: { nl: 'Gemeente Voorbeeld (fictief)', en: 'Gemeente Voorbeeld (fictional)' }, kind: 'gemeente' },
  gemeenten: [{ code: 'GM9901', name: 'Voorbeeld', postcodes: ['9991-9994'] }],
  offers: [
    {
      id: 'voorbeeld-wijkteam',
      name: 'Wijkteam Voorbeeld',
      organisation: 'Gemeente Voorbeeld (fictief)',
      description: { nl: 'Een gesprek over uw situatie, gratis en dichtbij.', en: 'A talk about your situation, free and close by.' },
      themes: ['kinderen', 'emoties'],
      level: 'licht',
      audience: ['ouder'],
      gemeenten: ['GM9901'],
      contact: { website: 'https://www.voorbeeld.example/wijkteam' },
      example: true,
    },
  ],
};

/** Mistakes a webmaster could make: a wrong type, an unknown section and a missing field. */
export const brokenConfig: unknown = {
  version: 1,
  organisation: { kind: 'gemeente', website: 'www.voorbeeld.example' },
  gemeenten: 'GM9901',
  hulpzoekr: { pdok: false },
};

/** A config whose only problem is one broken offer: that offer is skipped, the rest works. */
export const configWithBrokenOffer: unknown = {
  ...smallConfig,
  offers: [
    ...(smallConfig.offers ?? []),
    {
      id: 'Kapot Aanbod',
      name: '',
      organisation: 'Voorbeeld',
      description: 'x',
      themes: [],
      level: 'heel zwaar',
      audience: ['ouder'],
      contact: {},
    },
  ],
};
