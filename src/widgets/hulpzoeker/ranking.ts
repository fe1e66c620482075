import { safetyContacts } from '../../content/index.js';
import type { SafetyAssessment } from '../../core/safety/index.js';
import { contactsFor } from '../../core/safety/index.js';
import type { Gemeente, Level } from '../../core/config/schema/index.js';
import type { ScopedOffer } from '../../core/config/resolve.js';
import type { Answers } from './flow.js';
import { levelFor, unsafe } from './flow.js';

/**
 * Ranking of offers for a parent's answers: pure, so it is tested without a browser page.
 *
 * Which offers match: every answered question narrows (an offer must cover one of the chosen
 * themes, serve the chosen audience, and serve the chosen gemeente or the whole region or
 * country). How they are ordered, in turn:
 * 1. safety first when the parent does not feel safe (offers with the theme `veiligheid`);
 * 2. how many of the chosen themes the offer covers;
 * 3. level: light help first, unless the situation calls for heavier help (then the level
 *    the situation calls for first, and the distance from it after; ties go to lighter help);
 * 4. place: the own gemeente, then the region, then national;
 * 5. audience: an offer made just for this audience before one for everybody;
 * 6. name, so the order is stable.
 */

export type Place = 'gemeente' | 'regio' | 'landelijk';

export interface RankedOffer {
  offer: ScopedOffer;
  place: Place;
  themeMatches: number;
}

const levels: readonly Level[] = ['licht', 'midden', 'zwaar'];
const places: readonly Place[] = ['gemeente', 'regio', 'landelijk'];
export const SAFETY_THEME = 'veiligheid';

/** Where an offer is, seen from the parent's gemeente (or from nowhere in particular). */
export function placeOf(offer: ScopedOffer): Place {
  return offer.scope;
}

/** True when an offer serves this gemeente (offers without `gemeenten` serve everyone). */
export function serves(offer: ScopedOffer, gemeente: string | undefined): boolean {
  return !gemeente || !offer.gemeenten?.length || offer.gemeenten.includes(gemeente);
}

function levelDistance(level: Level, wanted: Level | undefined): number {
  const i = levels.indexOf(level);
  if (!wanted) return i; // light first
  const d = Math.abs(i - levels.indexOf(wanted));
  return d * 2 + (i > levels.indexOf(wanted) ? 1 : 0); // ties: lighter first
}

export interface RankOptions {
  /** Themes to match: by default the answered ones (the filter chips change this). */
  themes?: readonly string[];
  /** Sort language for names. */
  lang?: string;
  /** Localised name, for the stable last key. */
  nameOf?: (offer: ScopedOffer) => string;
}

/** The offers that match the answers, best first. An empty result means: show the no-match help. */
export function rankOffers(offers: readonly ScopedOffer[], answers: Answers, options: RankOptions = {}): RankedOffer[] {
  const themes = options.themes ?? answers.themas ?? [];
  const wanted = levelFor(answers.situatie);
  const safetyFirst = unsafe(answers);
  const nameOf =
    options.nameOf ?? ((o: ScopedOffer) => (typeof o.name === 'string' ? o.name : (o.name.nl ?? Object.values(o.name)[0] ?? '')));
  const collator = new Intl.Collator(options.lang ?? 'nl');

  const matched: RankedOffer[] = [];
  for (const offer of offers) {
    if (!serves(offer, answers.gemeente)) continue;
    if (answers.voorWie && !offer.audience.includes(answers.voorWie)) continue;
    const themeMatches = themes.filter((t) => offer.themes.includes(t)).length;
    const isSafety = safetyFirst && offer.themes.includes(SAFETY_THEME);
    if (themes.length && !themeMatches && !isSafety) continue;
    matched.push({ offer, place: placeOf(offer), themeMatches });
  }

  const keys = (r: RankedOffer): number[] => [
    safetyFirst && r.offer.themes.includes(SAFETY_THEME) ? 0 : 1,
    safetyFirst ? safetyRank(r.offer) : 0,
    -r.themeMatches,
    levelDistance(r.offer.level, wanted),
    places.indexOf(r.place),
    answers.voorWie ? r.offer.audience.length : 0,
  ];
  return matched
    .map((r) => ({ r, k: keys(r) }))
    .sort((a, b) => {
      for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return a.k[i]! - b.k[i]!;
      return collator.compare(nameOf(a.r.offer), nameOf(b.r.offer));
    })
    .map(({ r }) => r);
}

const offerOf = (contactId: string): string => safetyContacts.find((c) => c.id === contactId)?.offer ?? contactId;

/**
 * Offers that are safety contacts (Veilig Thuis, 113, De Kindertelefoon) in the safety card's
 * order, or in the order that fits what was found (`first`: contact ids, see `contactsFor`).
 */
function safetyRank(offer: ScopedOffer, first: readonly string[] = []): number {
  const fits = first.map(offerOf).indexOf(offer.id);
  if (fits >= 0) return fits;
  const at = safetyContacts.findIndex((c) => (c.offer ?? c.id) === offer.id);
  return first.length + (at < 0 ? safetyContacts.length : at);
}

/**
 * Search hits after a strong danger signal: the safety offers of the catalogue first, the help
 * that fits what was found leading (113 for suicidal thoughts, De Kindertelefoon when a child
 * writes, else Veilig Thuis), then the hits.
 */
export function safetyFirst(hits: readonly ScopedOffer[], all: readonly ScopedOffer[], assessment?: SafetyAssessment): ScopedOffer[] {
  const first = assessment ? contactsFor(assessment) : [];
  const safety = all.filter((o) => o.themes.includes(SAFETY_THEME)).sort((a, b) => safetyRank(a, first) - safetyRank(b, first));
  return [...new Set([...safety, ...hits])];
}

/**
 * The search results as the hulpzoeker shows them: on a strong danger signal that a pattern of
 * the lexicon backs, the safety offers first ({@link safetyFirst}); otherwise the hits' own
 * order. A strong signal from the words alone (`byWordsAlone`) still shows the safety card, but
 * does not reorder the results: a short search query is where the words alone mislead most.
 */
export function shownOffers(hits: readonly ScopedOffer[], all: readonly ScopedOffer[], safety?: SafetyAssessment): ScopedOffer[] {
  return safety?.strength === 'strong' && !safety.byWordsAlone ? safetyFirst(hits, all, safety) : [...hits];
}

/**
 * Never a dead end: when nothing matches, the gemeente's own wijkteam (or every wijkteam of
 * the region when the gemeente is not known) followed by the national offers for this audience.
 */
export function noMatchHelp(offers: readonly ScopedOffer[], gemeenten: readonly Gemeente[], answers: Answers): ScopedOffer[] {
  const own = gemeenten.filter((g) => !answers.gemeente || g.code === answers.gemeente);
  const wijkteams = own.map((g) => g.wijkteam && offers.find((o) => o.id === g.wijkteam)).filter((o): o is ScopedOffer => Boolean(o));
  const national = offers.filter(
    (o) => o.scope === 'landelijk' && (!answers.voorWie || o.audience.includes(answers.voorWie)) && !wijkteams.includes(o),
  );
  return [...new Set([...wijkteams, ...national])];
}
