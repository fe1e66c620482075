import { nationalThemes } from './themes.js';
import { nationalOffers } from './offers.js';
import { nationalKnowledge } from './knowledge.js';
import { nationalConversations } from './conversations.js';
import { nationalPhases, nationalSteps } from './route.js';
import { defaultQuickExitUrl, safetyContacts, safetyPhrases } from './safety.js';

export { safetyContacts, safetyPhrases, defaultQuickExitUrl };
export type { SafetyContact } from './safety.js';

/** The national content pack, merged under every gemeente's config. */
export const nationalPack = {
  themes: nationalThemes,
  offers: nationalOffers,
  knowledgeBase: nationalKnowledge,
  conversations: nationalConversations,
  route: { phases: nationalPhases, steps: nationalSteps },
  safety: { phrases: safetyPhrases, quickExitUrl: defaultQuickExitUrl },
};
export type NationalPack = typeof nationalPack;

/** The ids a gemeente config may refer to without declaring them itself. */
export const nationalIds = {
  themes: new Set(nationalThemes.map((t) => t.id)),
  offers: new Set(nationalOffers.map((o) => o.id)),
  phases: new Set(nationalPhases.map((p) => p.id)),
};
