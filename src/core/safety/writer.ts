/**
 * Who is writing, as far as a message says: a child (De Kindertelefoon is for ages 8 to 18), a
 * relative or someone else close to the family (a grandparent, a teacher, a neighbour), or a
 * parent (the default). The safety card puts De Kindertelefoon first for a child; the
 * hulpzoeker's search puts the offers made for the writer first, on explicit words only
 * (`./audience.ts`, which loads with the search). Text as `normalizeText` gives it.
 */

/**
 * How a child names their parents ("papa" or "dad" alone: a parent may write it of the children's
 * father too), not when someone else's ("their dad", "de papa", "the mum next door") or the
 * writer's own role ("single mum", "als moeder").
 */
const childWords =
  /(?<!\b(?:their|her|his|your|our|the|other|a|an|by|as|every|that|new|proud|single|divorced|working|kids|children|hun|haar|zijn|de|je|jouw|een|geen|die|elke|dat|als|alleenstaande|gescheiden) )\b(?:papa|mama|pappa|mamma|mam|pap|daddy|mommy|mummy|stepdad|stepmom|stepmum|mum|mom|dad)\b(?! (?:of|here|hier|van)\b)/;
/** "mum and dad", "papa en mama": the parents as a child names them together. */
const bothParents = /\b(?:mum|mom|dad|mama|papa) (?:and|en|&) (?:mum|mom|dad|mama|papa)\b/;
/**
 * An age of 8 to 17, not a number of years married or minutes late ("ik ben 10 jaar getrouwd",
 * "I am 15 minutes late").
 */
const childAge =
  /\b(?:ik ben|i ?(?:am|m)) (?:pas |net |nog maar |maar |only |just )?(?:[89]|1[0-7])(?: jaar| years?(?: old)?| yo)?(?! (?:jaar|weken|maanden|dagen|keer|uur|minuten|min|euro|kilo|getrouwd|gescheiden|samen|weg|bij|geleden|in|aan|met|al|years|minutes|mins|hours|days|weeks|months|euros|pounds|times|late|early|married|divorced|separated|together|of)\b)(?!\w)/;
/** A child's school, or their parents as a child names them ("my parents"): unless the writer names a child of their own. */
const childWorld =
  /\bgroep [5-8]\b|\bmy parents\b|\bmijn ouders\b|\bmn ouders\b|\b(?:uit|in) (?:mijn|mn|m n) (?:klas|brugklas)\b|\bmy class\b/;
/**
 * A writer who names their own parent or little brother or sister writes as a child ("mijn
 * vader slaat mijn moeder"); one who names a child or partner of their own, the children as a
 * parent does ("de kinderen"), or a pupil, writes as an adult ("mijn dochter zegt dat papa…",
 * "de kinderen willen niet naar papa"), unless they give a child's age.
 */
const ownParent =
  /\b(?:mijn|mn|m n|my) (?:vader|moeder|stiefvader|stiefmoeder|father|mother|mom|mum|dad|broertje|zusje|little (?:brother|sister)|baby (?:brother|sister))s?\b/;
const ownFamily =
  /\b(?:mijn|mn|m n|my|our|onze|ons) (?:kinderen|kids|kind|kindje|zoon|zoontje|dochter|dochtertje|children|child|son|daughter|baby|man|vrouw|husband|wife|ex|partner|vriend|vriendin|boyfriend|girlfriend|kleindochter|kleinzoon|kleinkinderen|grandson|granddaughter|grandkids)\b|\b(?:de|the) (?:kinderen|kids|children|kleinkinderen|grandkids)\b|\b(?:leerling|leerlingen|leerkracht|teacher|pupil|pupils)\b/;
/**
 * A child on explicit words only: an age, "mijn ouders", their own parent or class (not "papa",
 * which a parent may write of the children's father too). For the hulpzoeker's search
 * (`./audience.ts`).
 */
export function saysChild(text: string): boolean {
  return childAge.test(text) || (!ownFamily.test(text) && (ownParent.test(text) || childWorld.test(text) || bothParents.test(text)));
}

/** Whether the writer seems to be a child, for the safety card (De Kindertelefoon first): "papa" counts too. */
export function writesAsChild(text: string): boolean {
  return saysChild(text) || (!ownFamily.test(text) && childWords.test(text));
}
