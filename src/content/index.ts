import { nationalThemes } from './themes.js';
import { nationalOffers } from './offers.js';
import { nationalPhases } from './route-phases.js';
import { defaultQuickExitUrl, safetyContacts } from './safety.js';

// The national safety lexicon and model load on demand: src/content/safety-data.ts.
export { safetyContacts, defaultQuickExitUrl };
export type { SafetyContact } from './safety.js';

export { registerNationalContent, registeredContent, registryVersion } from './registry.js';
export type { WidgetContent } from './registry.js';

/**
 * The national content pack that every widget needs, merged under every gemeente's config.
 * Widget-specific national content comes through `registerNationalContent`.
 */
export const nationalPack = {
  themes: nationalThemes,
  offers: nationalOffers,
  safety: { quickExitUrl: defaultQuickExitUrl },
};
export type NationalPack = typeof nationalPack;

/** The ids a gemeente config may refer to without declaring them itself. */
export const nationalIds = {
  themes: new Set(nationalThemes.map((t) => t.id)),
  offers: new Set(nationalOffers.map((o) => o.id)),
  phases: new Set(nationalPhases.map((p) => p.id)),
};
