/**
 * Dutch-aware text normalisation for search: folding, tokenising and a small, predictable
 * stemmer. It is deliberately light (a handful of suffix rules, not a full Snowball port):
 * both the index and the query pass through the same functions, so a rule only has to map
 * related forms to the same key, not produce a real word.
 *
 * - `scheiden`, `scheiding`, `scheidingen`, `gescheiden` → `scheid`
 * - `kind`, `kinderen`, `kindje` → `kind`;  `ouder`, `ouders` → `ouder`
 * - `woning`, `wonen`, `woon` → `won`;  `huis`, `huizen` → `huis`;  `gesprek`, `gesprekken` → `gesprek`
 */

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ascii = /^[\x00-\x7f]*$/;

/** Lower case, diacritics removed (`ruziën` → `ruzien`, `café` → `cafe`). */
export function fold(text: string): string {
  // most catalogue text is plain ASCII: skip the Unicode normalisation there (index build time)
  return ascii.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

/** Splits folded text into words: letters and digits; everything else separates. */
export function tokenize(text: string): string[] {
  const folded = fold(text);
  return folded.split(ascii.test(folded) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Words that carry no meaning for finding help; left out of index and query alike. */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'de het een en of van in op aan met voor bij naar om te tot uit over als dan dat die dit deze er ' +
    'ik je jij u we wij ze zij hij mijn jouw uw ons onze hun is zijn ben bent was wordt worden kan kun ' +
    'wil hoe wat wie waar wanneer niet geen wel ook nog al heel erg mij me na door sinds tijdens naast zo dus maar want omdat hem haar hen ' +
    // English, for parents who ask in English on a Dutch page
    'the a an of to for my your his her after about and with on at by from are am be it its this that these those do does did what how who which why'
  ).split(' '),
);

/** Irregular forms the suffix rules cannot reach. */
const irregular: Record<string, string> = {
  kinderen: 'kind',
  kinder: 'kind',
  kinders: 'kind',
  kids: 'kind',
  eieren: 'ei',
  mensen: 'mens',
  steden: 'stad',
  schepen: 'schip',
};

const vowel = /[aeiouy]/;

function stripSuffix(w: string): string {
  if (w.length > 7 && w.endsWith('heden')) return `${w.slice(0, -5)}heid`; // mogelijkheden
  if (w.length > 7 && w.endsWith('ingen')) return w.slice(0, -5); // scheidingen, regelingen
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3); // scheiding, woning
  if (w.length > 5 && /[^aeiouy]jes$/.test(w)) return w.slice(0, -3); // kindjes
  if (w.length > 4 && /[^aeiouy]je$/.test(w)) return w.slice(0, -2); // kindje, gesprekje
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -1); // ruzies, activities
  if (w.length > 4 && /[^aeiouy]en$/.test(w)) return w.slice(0, -2); // scheiden, ouderen, praten
  if (w.length > 4 && /[^aeiouyjs]s$/.test(w)) return w.slice(0, -1); // ouders, mediators (not huis, adres)
  if (w.length > 3 && /[^aeiouy]e$/.test(w)) return w.slice(0, -1); // oudere, lieve, kinde(r…)
  return w;
}

/**
 * The stem of one folded word. Idempotent enough for search: the same rules run on the
 * index and on the query, so related forms meet on the same key.
 */
export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  const known = Object.hasOwn(irregular, word) ? irregular[word] : undefined; // never "constructor" from the prototype
  if (known) return known;
  let w = stripSuffix(word);
  // verb forms in -d/-t meet: betaalt / betaald → betaal, wordt → word
  if (w.length >= 6 && /[aeiouy]l[dt]$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('dt')) w = w.slice(0, -1);
  // undouble a final consonant: gesprekk → gesprek, bell → bel, adress → adres
  if (/([bdfgklmnprst])\1$/.test(w)) w = w.slice(0, -1);
  // final z/v as in the singular: huiz → huis, briev → brief
  if (w.length > 3 && vowel.test(w.slice(-2, -1)) && w.endsWith('z')) w = `${w.slice(0, -1)}s`;
  if (w.length > 3 && vowel.test(w.slice(-2, -1)) && w.endsWith('v')) w = `${w.slice(0, -1)}f`;
  // open and closed syllables meet: vraag / vragen → vrag, advocaat / advocaten → advocat, huur / huren → hur
  w = w.replace(/([aou])\1/g, '$1').replace(/ee(?=[^aeiouy]*$)/, 'e');
  return w;
}

/**
 * The one key of a token (already folded), or undefined for a stopword or a single letter. A
 * past participle meets its verb (`gescheiden` → `scheid`, `geregeld` → `regel`): the ge- goes
 * only where the word ends like a participle (-d, -t, -en), so `gesprek` and `gemeente` keep it.
 */
export function termKey(token: string): string | undefined {
  if (token.length < 2 || stopwords.has(token)) return undefined;
  if (token.length >= 7 && token.startsWith('ge') && !vowel.test(token[2]!) && /(?:[^aeiouy][dt]|en)$/.test(token)) {
    const rest = token.slice(2);
    const bare = stem(/[^aeiouy][dt]$/.test(rest) ? rest.slice(0, -1) : rest);
    if (bare.length >= 4) return bare;
  }
  return stem(token);
}

/** Every key of a text, in order (for tests and for callers that match by hand). */
export function analyse(text: string): string[] {
  return tokenize(text)
    .map(termKey)
    .filter((k): k is string => Boolean(k));
}
