import { expect } from '@open-wc/testing';
import { validateConfig } from '../../../src/core/config/validate.js';
import { resolveConfig } from '../../../src/core/config/resolve.js';
import type { ResolvedConfig } from '../../../src/core/config/resolve.js';
import { nationalIds, nationalPack } from '../../../src/content/index.js';
import { noMatchHelp, rankOffers, safetyFirst, shownOffers } from '../../../src/widgets/hulpzoeker/ranking.js';
import { back, fromHash, levelFor, next, parseFlow, questionsFrom, toHash } from '../../../src/widgets/hulpzoeker/flow.js';
import { gemeenteForPostcode, inArea, lookupPdok, postcodeDigits } from '../../../src/core/config/postcode.js';
import type { SafetyCategory } from '../../../src/core/safety/index.js';
import { offerIndex, offerKeys, rankWithAssociations, searchOffers } from '../../../src/widgets/hulpzoeker/catalogue.js';
import type { SearchAssociations } from '../../../src/widgets/hulpzoeker/catalogue.js';
import { badOfferConfig, testConfig } from './config.js';

function resolved(raw: unknown = testConfig): ResolvedConfig {
  const { config, issues } = validateConfig(raw, nationalIds);
  if (!config) throw new Error(JSON.stringify(issues));
  return resolveConfig(config, nationalPack);
}

const ids = (list: { offer: { id: string } }[]) => list.map((r) => r.offer.id);

describe('hulpzoeker ranking', () => {
  const config = resolved();

  it('puts light help before heavier help when the parents can talk', () => {
    const list = ids(rankOffers(config.offers, { voorWie: 'ouder', themas: ['emoties'], situatie: 'goed', gemeente: 'GM9901' }));
    expect(list.indexOf('ouderschapscursus')).to.be.lessThan(list.indexOf('hoog-conflict'));
    expect(list.indexOf('wijkteam-voorbeeld')).to.be.lessThan(list.indexOf('hoog-conflict'));
    const levels = rankOffers(config.offers, { themas: ['emoties'], situatie: 'goed' }).map((r) => r.offer.level);
    expect(levels).to.deep.equal(
      [...levels].sort((a, b) => ['licht', 'midden', 'zwaar'].indexOf(a) - ['licht', 'midden', 'zwaar'].indexOf(b)),
    );
  });

  it('puts heavier help first when the parents hardly speak', () => {
    const list = ids(rankOffers(config.offers, { voorWie: 'ouder', themas: ['emoties'], situatie: 'nauwelijks', gemeente: 'GM9901' }));
    expect(list[0]).to.equal('hoog-conflict');
    expect(list.indexOf('hoog-conflict')).to.be.lessThan(list.indexOf('ouderschapscursus'));
  });

  it('puts safety help first when the parent does not feel safe, even for other themes', () => {
    const list = rankOffers(config.offers, { voorWie: 'ouder', themas: ['geld'], situatie: 'onveilig' });
    expect(list[0]!.offer.themes).to.include('veiligheid');
    expect(ids(list)).to.include('veilig-thuis');
    expect(ids(list).indexOf('veilig-thuis')).to.be.lessThan(ids(list).indexOf('lbio'));
  });

  it('puts the help that fits a typed danger signal first: 113, the Kindertelefoon, Veilig Thuis', () => {
    const hits = config.offers.filter((o) => o.id === 'juridisch-loket');
    const first = (categories: SafetyCategory[], byChild = false) =>
      safetyFirst(hits, config.offers, { strength: 'strong', categories, byChild })[0]!.id;
    expect(first(['suicide-self-harm'])).to.equal('zelfmoordpreventie-113');
    expect(first(['acute-violence'])).to.equal('veilig-thuis');
    expect(first(['acute-violence'], true)).to.equal('kindertelefoon');
    // without an assessment: the safety card's order, Veilig Thuis first; the hits follow
    const list = safetyFirst(hits, config.offers).map((o) => o.id);
    expect(list[0]).to.equal('veilig-thuis');
    expect(list.at(-1)).to.equal('juridisch-loket');
  });

  it('orders by place: own gemeente, then region, then national', () => {
    const list = rankOffers(config.offers, { themas: ['kinderen'], situatie: 'goed', gemeente: 'GM9901' }).filter(
      (r) => r.offer.level === 'licht',
    );
    const places = list.map((r) => r.place);
    expect(places[0]).to.equal('gemeente');
    expect(places.indexOf('regio')).to.be.lessThan(places.indexOf('landelijk'));
    expect(places.lastIndexOf('gemeente')).to.be.lessThan(places.indexOf('regio'));
  });

  it('leaves out offers for another gemeente and for another audience', () => {
    const list = ids(rankOffers(config.offers, { voorWie: 'kind', gemeente: 'GM9902' }));
    expect(list).to.include('wijkteam-proefdorp');
    expect(list).not.to.include('wijkteam-voorbeeld');
    expect(list).to.include('kindertelefoon');
    expect(list).not.to.include('ouderschapscursus');
  });

  it('ranks offers that cover more of the chosen themes higher', () => {
    const list = ids(rankOffers(config.offers, { themas: ['kinderen', 'juridisch'], situatie: 'moeizaam' }));
    expect(list.indexOf('regio-mediation')).to.be.lessThan(list.indexOf('ouderschapscursus'));
  });

  it('gives the wijkteam and national offers when nothing matches', () => {
    expect(rankOffers(config.offers, { voorWie: 'kind', themas: ['juridisch'] })).to.deep.equal([]);
    const help = noMatchHelp(config.offers, config.gemeenten, { voorWie: 'kind', gemeente: 'GM9901' }).map((o) => o.id);
    expect(help[0]).to.equal('wijkteam-voorbeeld');
    expect(help).to.include('kindertelefoon');
    expect(help).not.to.include('wijkteam-proefdorp');
  });
});

describe('hulpzoeker question flow', () => {
  const questions = questionsFrom(undefined);

  it('maps the situation to a level of help', () => {
    expect(levelFor('goed')).to.equal('licht');
    expect(levelFor('moeizaam')).to.equal('midden');
    expect(levelFor('nauwelijks')).to.equal('zwaar');
    expect(levelFor('onveilig')).to.equal('zwaar');
    expect(levelFor(undefined)).to.equal(undefined);
  });

  it('goes forward and back keeping the answers', () => {
    let s = next({ step: 0, answers: { voorWie: 'ouder' } }, questions);
    s = next(s, questions);
    expect(back(s)).to.deep.equal({ step: 1, answers: { voorWie: 'ouder' } });
    expect(next(next(next(s, questions), questions), questions).step).to.equal(4);
  });

  it('uses the configured questions, ignoring unknown and repeated ones', () => {
    expect(questionsFrom(['situatie', 'woonplaats', 'situatie', 'onzin'])).to.deep.equal(['situatie', 'woonplaats']);
  });

  it('writes and reads the URL hash, but never "not safe"', () => {
    const hash = toHash({ step: 4, answers: { voorWie: 'ouder', themas: ['kinderen', 'geld'], situatie: 'goed', gemeente: 'GM9901' } });
    expect(hash).to.equal('#hulp=voor:ouder;themas:kinderen,geld;situatie:goed;gemeente:GM9901;stap:4');
    expect(fromHash(hash, questions)).to.deep.equal({
      step: 4,
      answers: { voorWie: 'ouder', themas: ['kinderen', 'geld'], situatie: 'goed', gemeente: 'GM9901' },
    });
    expect(toHash({ step: 3, answers: { situatie: 'onveilig' } })).to.equal('#hulp=stap:3');
    expect(fromHash('#contact', questions)).to.equal(undefined);
  });

  it('drops unknown or unsafe values from stored answers', () => {
    expect(
      parseFlow({ step: 99, answers: { voorWie: 'hacker', themas: ['<b>', 'geld'], gemeente: 'x', situatie: 'goed' } }, questions),
    ).to.deep.equal({
      step: 4,
      answers: { themas: ['geld'], situatie: 'goed' },
    });
    expect(parseFlow('nonsense', questions)).to.equal(undefined);
  });
});

describe('hulpzoeker postcode to gemeente', () => {
  const config = resolved();

  it('reads the four digits of a postcode as people type it', () => {
    expect(postcodeDigits('9992')).to.equal('9992');
    expect(postcodeDigits(' 9992 ab ')).to.equal('9992');
    expect(postcodeDigits('9992AB')).to.equal('9992');
    expect(postcodeDigits('0992')).to.equal(undefined);
    expect(postcodeDigits('99')).to.equal(undefined);
    expect(postcodeDigits('9992 A')).to.equal(undefined);
  });

  it('finds the gemeente from single areas and ranges, inclusive', () => {
    expect(inArea('1011', '1011-1019')).to.equal(true);
    expect(inArea('1019', '1011-1019')).to.equal(true);
    expect(inArea('1020', '1011-1019')).to.equal(false);
    expect(gemeenteForPostcode('9991 AA', config.gemeenten)?.code).to.equal('GM9901');
    expect(gemeenteForPostcode('9994', config.gemeenten)?.code).to.equal('GM9901');
    expect(gemeenteForPostcode('9995', config.gemeenten)?.code).to.equal('GM9902');
    expect(gemeenteForPostcode('9997ZZ', config.gemeenten)?.code).to.equal('GM9902');
    expect(gemeenteForPostcode('9998', config.gemeenten)).to.equal(undefined);
  });

  it('asks PDOK for the four digits only and reads its answer (recorded response served locally)', async () => {
    const url = new URL('/test/fixtures/pdok/free-9401.json', location.origin).href;
    const requested: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
    try {
      expect(await lookupPdok('9401', { url })).to.deep.equal({ code: 'GM0106', name: 'Assen' });
    } finally {
      window.fetch = original;
    }
    const q = new URL(requested[0]!).searchParams;
    expect(q.get('q')).to.equal('postcode:9401*');
    expect(q.get('fq')).to.equal('type:postcode');
    expect(await lookupPdok('9999', { url: new URL('/test/fixtures/pdok/free-none.json', location.origin).href })).to.equal(undefined);
  });

  it('rejects when PDOK fails, so the widget can offer the list', async () => {
    let failed = false;
    await lookupPdok('9401', { url: new URL('/test/fixtures/pdok/missing.json', location.origin).href }).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});

describe('hulpzoeker search over the catalogue', () => {
  const config = resolved();
  const search = (q: string) =>
    offerIndex(config, 'nl')
      .search(q)
      .map((h) => h.doc.id);

  it('finds offers with typos, stemming, prefixes and config synonyms', () => {
    expect(search('mediaton')[0]).to.equal('regio-mediation');
    expect(search('scheiden')).to.include('ouderschapscursus');
    expect(search('kinderen')).to.include('kies');
    expect(search('kindertel')[0]).to.equal('kindertelefoon');
    // the config's synonym: the course says "omgangsregeling" only (the national offer with the
    // keyword "zorgregeling" itself comes first)
    expect(search('zorgregeling').slice(0, 3)).to.include('ouderschapscursus');
    expect(search('zorgregeling')[0]).to.equal('rijksoverheid-ouderschapsplan');
  });

  it('finds offers by their keywords and phone number, words their name and description lack', () => {
    // national keywords in parents' words, Dutch and English
    expect(search('ex betaalt niet')[0]).to.equal('lbio');
    expect(search('child support not paid')[0]).to.equal('lbio');
    // the number from a poster
    expect(search('0800-2000')[0]).to.equal('veilig-thuis');
    // a gemeente's own keywords
    const own = resolved({
      ...testConfig,
      offers: [
        ...(testConfig as { offers: object[] }).offers,
        { ...(testConfig as { offers: object[] }).offers[0], id: 'eigen-loket', keywords: ['klussendienst'] },
      ],
    });
    expect(offerIndex(own, 'nl').search('klussendienst')[0]?.doc.id).to.equal('eigen-loket');
    expect(offerIndex(config, 'nl').search('klussendienst')[0]?.doc.id).to.not.equal('eigen-loket');
  });

  it('finds offers through the labels of their themes', () => {
    expect(search('alimentatie')).to.include('lbio');
  });

  it('puts the safety offers first on a strong signal a pattern backs, and keeps the order for the words alone', () => {
    const hits = offerIndex(config, 'nl')
      .search('alimentatie')
      .map((h) => h.doc);
    const strong = { strength: 'strong' as const, categories: ['acute-violence' as const], byChild: false };
    expect(shownOffers(hits, config.offers, strong)[0]?.id).to.equal('veilig-thuis');
    expect(shownOffers(hits, config.offers, { ...strong, byWordsAlone: true }).map((o) => o.id)).to.deep.equal(hits.map((o) => o.id));
    expect(shownOffers(hits, config.offers, { ...strong, strength: 'possible' }).map((o) => o.id)).to.deep.equal(hits.map((o) => o.id));
  });

  it('puts the offers made for the writer first when the query says who writes', () => {
    const found = (q: string) => searchOffers(config, 'nl', q, { learned: { table: { signatures: [], lifts: {} }, weight: 0 } });
    const plain = found('hulp bij de scheiding').map((h) => h.doc.id);
    const child = found('hulp bij de scheiding van mijn ouders').map((h) => h.doc);
    // a child ("mijn ouders"): an offer for children comes first, none of them lower than for
    // an adult's words, and at least one higher
    expect(child[0]?.audience).to.include('kind');
    const forChildren = child.filter((o) => o.audience.includes('kind')).map((o) => o.id);
    const at = (list: readonly string[], id: string) => (list.includes(id) ? list.indexOf(id) : Infinity);
    const childIds = child.map((o) => o.id);
    expect(forChildren.every((id) => at(childIds, id) <= at(plain, id))).to.equal(true);
    expect(forChildren.some((id) => at(childIds, id) < at(plain, id))).to.equal(true);
  });

  it('moves an offer up when the learned words of a query point to it, and leaves the rest of the list alone', () => {
    const hits = offerIndex(config, 'nl').search('hulp nodig');
    expect(hits.length).to.be.greaterThan(2);
    // the lowest hit with a word no other offer has: a table in which "hulp" points to that word
    const unique = (id: string) => {
      const others = new Set(config.offers.filter((o) => o.id !== id).flatMap((o) => [...offerKeys(o)]));
      return [...offerKeys(config.offers.find((o) => o.id === id)!)].find((k) => !others.has(k));
    };
    const last = [...hits].reverse().find((h) => unique(h.id))!.doc;
    expect(hits[0]!.id).to.not.equal(last.id);
    const table: SearchAssociations = { signatures: [unique(last.id)!], lifts: { hulp: [[0, 3]] } };
    const moved = rankWithAssociations(hits, 'hulp nodig', table, 1);
    expect(moved[0]!.id).to.equal(last.id);
    expect(moved.map((h) => h.id).sort()).to.deep.equal(hits.map((h) => h.id).sort());
    // weight 0, or a query without learned words: the index's order
    expect(rankWithAssociations(hits, 'hulp nodig', table, 0).map((h) => h.id)).to.deep.equal(hits.map((h) => h.id));
    expect(rankWithAssociations(hits, 'iets anders', table, 1).map((h) => h.id)).to.deep.equal(hits.map((h) => h.id));
  });
});

describe('hulpzoeker bad offer data', () => {
  it('drops broken offers with their path and keeps the rest', () => {
    const { config, issues } = validateConfig(badOfferConfig, nationalIds);
    const paths = issues.map((i) => i.path);
    expect(paths).to.include('offers[5].contact');
    expect(paths).to.include('offers[6].themes[0]');
    expect(issues.every((i) => !i.fatal)).to.equal(true);
    expect(config!.offers!.map((o) => o.id)).to.deep.equal(testConfig.offers.map((o) => o.id));
  });
});
