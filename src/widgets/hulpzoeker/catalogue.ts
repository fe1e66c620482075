import type { ResolvedConfig, ScopedOffer } from '../../core/config/resolve.js';
import { localize } from '../../core/i18n/index.js';
import { createSearchIndex } from '../../core/search/index.js';
import type { SearchIndex } from '../../core/search/index.js';

/**
 * The search index over a config's offers (national pack included): name, organisation,
 * description and the labels of the offer's themes, in the parent's language and in Dutch
 * (so a Dutch word typed on an English page still finds its offer). Built once per config
 * and language.
 */
const cache = new WeakMap<ResolvedConfig, Map<string, SearchIndex<ScopedOffer>>>();

export function offerIndex(config: ResolvedConfig, lang: string): SearchIndex<ScopedOffer> {
  let byLang = cache.get(config);
  if (!byLang) cache.set(config, (byLang = new Map()));
  let index = byLang.get(lang);
  if (!index) {
    const labels = new Map(config.themes.map((t) => [t.id, t.label]));
    const both = (value: Parameters<typeof localize>[0]) => {
      const own = localize(value, lang);
      const nl = localize(value, 'nl');
      return own === nl ? own : `${own} ${nl}`;
    };
    index = createSearchIndex(config.offers, {
      id: 'id',
      fields: { name: 4, organisation: 2, themes: 1.5, description: 1 },
      text: (offer, field) => {
        if (field === 'themes') return offer.themes.map((t) => both(labels.get(t))).join(' ');
        return both(offer[field as 'name' | 'organisation' | 'description']);
      },
      synonyms: config.synonyms,
    });
    byLang.set(lang, index);
  }
  return index;
}
