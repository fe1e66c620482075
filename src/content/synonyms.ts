/**
 * The national synonym list: groups of words and short phrases that mean the same to a parent,
 * merged with a gemeente's own `synonyms`. Only true equivalents: a group that joins words of
 * different meaning makes search worse.
 */
export const nationalSynonyms: string[][] = [
  ['omgangsregeling', 'zorgregeling', 'bezoekregeling', 'omgang', 'omgangsrecht'],
  ['mediator', 'bemiddelaar', 'scheidingsbemiddelaar'],
  ['mediation', 'bemiddeling'],
  ['kinderalimentatie', 'onderhoudsgeld', 'child support'],
  ['partneralimentatie', 'spousal support', 'spousal maintenance'],
  ['toevoeging', 'gesubsidieerde rechtsbijstand', 'pro deo', 'legal aid'],
  ['schuldhulp', 'schuldhulpverlening', 'schuldsanering'],
  ['wijkteam', 'buurtteam', 'sociaal team', 'gebiedsteam'],
  ['vechtscheiding', 'conflictscheiding', 'high conflict divorce'],
];
