import type { ResolvedConfig, ScopedOffer } from '../../core/config/resolve.js';
import { localize } from '../../core/i18n/index.js';
import { createSearchIndex } from '../../core/search/index.js';
import type { SearchIndex } from '../../core/search/index.js';
import { nationalSynonyms } from '../../content/synonyms.js';

/**
 * The search index over a config's offers (national pack included): name, organisation,
 * description, keywords (each its own unit, so one that fits the query is not diluted by the
 * others), phone number and the labels of the offer's themes, in the parent's language, Dutch and English
 * (so a Dutch word typed on an English page, or an English one on a Dutch page, finds its offer). Built once per config
 * and language. A chunk of its own with the search itself: it loads when search mode opens.
 */
const cache = new WeakMap<ResolvedConfig, Map<string, SearchIndex<ScopedOffer>>>();

export function offerIndex(config: ResolvedConfig, lang: string): SearchIndex<ScopedOffer> {
  let byLang = cache.get(config);
  if (!byLang) cache.set(config, (byLang = new Map()));
  let index = byLang.get(lang);
  if (!index) {
    const labels = new Map(config.themes.map((t) => [t.id, t.label]));
    // the page's language, Dutch and English: a parent may search in either on any page
    const both = (value: Parameters<typeof localize>[0]) =>
      [...new Set([localize(value, lang), localize(value, 'nl'), localize(value, 'en')])].join(' ');
    index = createSearchIndex(config.offers, {
      id: 'id',
      fields: { name: 2, organisation: 1.2, themes: 0.8, description: 1, keywords: 1.2, phone: 0.5 },
      text: (offer, field) => {
        if (field === 'themes') return offer.themes.map((t) => both(labels.get(t))).join(' ');
        if (field === 'keywords') return offer.keywords ?? [];
        // a parent may type the number they saw on a poster: "0800-2000"
        if (field === 'phone') return offer.contact.phone ?? '';
        return both(offer[field as 'name' | 'organisation' | 'description']);
      },
      synonyms: [...nationalSynonyms, ...config.synonyms],
    });
    byLang.set(lang, index);
  }
  return index;
}
