/**
 * Who is writing, as far as a message says: a child (De Kindertelefoon is for ages 8 to 18), a
 * relative or someone else close to the family (a grandparent, a teacher, a neighbour), or a
 * parent (the default). The safety card puts De Kindertelefoon first for a child; the
 * hulpzoeker's search puts the offers made for the writer first. Text as `normalizeText` gives it.
 */
import type { Audience } from '../config/schema/index.js';

/** How a child names their parents. */
const childWords =
  /\b(?:papa|mama|pappa|mamma|mam|pap|daddy|mommy|mummy|mums|moms|dads|stepdad|stepmom|stepmum)\b|\b(?:mum|mom|dad) (?:and|en|&) (?:mum|mom|dad)\b|^(?:mum|mom|dad) /;
const childAge =
  /\bik ben (?:[89]|1[0-7])(?: jaar)?\b(?! (?:weken|maanden|dagen|keer|jaar getrouwd))|\bi am (?:[89]|1[0-7])(?: years)?\b|\bi ?m (?:[89]|1[0-7])(?: years| yo)?\b(?! (?:weeks|months))/;
/** A child's school, or their parents as a child names them ("my parents"): unless the writer names a child of their own. */
const childWorld =
  /\bgroep [5-8]\b|\bmy parents\b|\bmijn ouders\b|\bmn ouders\b|\b(?:uit|in) (?:mijn|mn|m n) (?:klas|brugklas)\b|\bmy class\b/;
/**
 * A writer who names their own parent or little brother or sister writes as a child ("mijn
 * vader slaat mijn moeder"); one who names a child or partner of their own, or a pupil, writes as
 * an adult ("mijn dochter zegt dat papa…"), unless they give a child's age.
 */
const ownParent =
  /\b(?:mijn|mn|m n|my) (?:vader|moeder|stiefvader|stiefmoeder|father|mother|mom|mum|dad|broertje|zusje|little (?:brother|sister)|baby (?:brother|sister))\b/;
const ownFamily =
  /\b(?:mijn|mn|m n|my|our|onze|ons) (?:kinderen|kids|kind|kindje|zoon|zoontje|dochter|dochtertje|children|child|son|daughter|baby|man|vrouw|husband|wife|ex|partner|vriend|vriendin|boyfriend|girlfriend|kleindochter|kleinzoon|grandson|granddaughter)\b|\b(?:leerling|leerlingen|leerkracht|teacher|pupil|pupils)\b/;
/** Someone close to the family who is not a parent of the children: a grandparent, a teacher, a neighbour. */
const relative =
  /\b(?:kleinkind\w*|kleinzoon|kleindochter|kleinkids|oma|opa|grootouders?|grootmoeder|grootvader|grandma|grandpa|granny|grandparents?|grand(?:son|daughter|kids?|children|child)|schoonzoon|schoondochter|buurvrouw|buurman|buren|neighbou?rs?|juf|leerkracht|teacher|leerlingen?|pupils?|tante|oom|aunt|uncle)\b/;

export function writesAsChild(text: string): boolean {
  return childAge.test(text) || (!ownFamily.test(text) && (ownParent.test(text) || childWorld.test(text) || childWords.test(text)));
}

/** The writer's audience, as the offers' `audience` names it; undefined when nothing says (most likely a parent). */
export function writerAudience(text: string): Audience | undefined {
  if (writesAsChild(text)) return 'kind';
  if (relative.test(text)) return 'naaste';
  return undefined;
}
