/**
 * The writer's audience for the hulpzoeker's search (the offers made for them first), on explicit
 * words only. A module of its own so that it loads with the search, not with every widget.
 */
import type { Audience } from '../config/schema/index.js';
import { saysChild } from './writer.js';

/**
 * Someone close to the family who says so: their grandchildren or pupils, "als oma", "ik ben
 * de buurvrouw", "grandma here" (not "de juf zegt…" or "ruzie met de buren").
 */
const relative =
  /\b(?:mijn|mn|my|our|onze) (?:kleinkind\w*|kleinzoon|kleindochter|kleinkids|grandson|granddaughter|grandkids?|grandchild(?:ren)?|leerlingen?|pupils?)\b|\b(?:als|as an?|as the) (?:oma|opa|grootouders?|grootmoeder|grootvader|grandma|grandpa|grandparents?|grandmother|grandfather|tante|oom|aunt|uncle|juf|meester|leerkracht|teacher|buurvrouw|buurman|neighbou?r)\b|\b(?:oma|opa|grandma|grandpa|granny) (?:hier|here)\b|\b(?:i am|i m|im|ik ben) (?:a |an |the |de |een )?(?:oma|opa|grandma|grandpa|grandmother|grandfather|grandparent|teacher|leerkracht|juf|buurvrouw|buurman|neighbou?r|tante|oom|aunt|uncle)\b|\bschoon(?:zoon|dochter)\b/;

/**
 * The writer's audience, as the offers' `audience` names it, on explicit words only (an age,
 * "mijn ouders", "als oma"); undefined when nothing says so (most likely a parent).
 */
export function writerAudience(text: string): Audience | undefined {
  if (saysChild(text)) return 'kind';
  if (relative.test(text)) return 'naaste';
  return undefined;
}
