import { expect } from '@open-wc/testing';
import { analyse, createSearchIndex, fold, stem } from '../../src/core/search/index.js';
import { topK } from '../../src/core/search/top-k.js';

interface Doc {
  id: string;
  name: string;
  description: string;
}

const docs: Doc[] = [
  { id: 'scheidingsloket', name: 'Scheidingsloket', description: 'Hulp bij een scheiding: wat regelt u eerst?' },
  { id: 'kinderen', name: 'Praatgroep', description: 'Een groep voor kinderen van gescheiden ouders.' },
  { id: 'omgang', name: 'Afspraken over de kinderen', description: 'Hulp bij de omgangsregeling na de breuk.' },
  { id: 'alimentatie', name: 'Alimentatie berekenen', description: 'Uitleg over kinderalimentatie en partneralimentatie.' },
  { id: 'wonen', name: 'Woonloket', description: 'Een nieuwe woning zoeken na het uit elkaar gaan.' },
  { id: 'ruzie', name: 'Ruziën over opvoeding', description: 'Cursus voor ouders die vaak ruzie hebben.' },
  { id: 'mediation', name: 'Mediation', description: 'Een mediator helpt u samen afspraken te maken.' },
];

const index = (synonyms: string[][] = []) =>
  createSearchIndex(docs, {
    id: 'id',
    fields: { name: 3, description: 1 },
    text: (doc, field) => doc[field as 'name' | 'description'],
    synonyms,
  });

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('core/search: Dutch normalisation', () => {
  it('folds case and diacritics', () => {
    expect(fold('Ruziën CAFÉ')).to.equal('ruzien cafe');
  });

  it('brings related Dutch forms to one stem', () => {
    const same = (...words: string[]) => expect(new Set(words.map(stem)).size, words.join(' ')).to.equal(1);
    same('scheiden', 'scheiding', 'scheidingen');
    same('kind', 'kinderen', 'kindje', 'kindjes');
    same('ouder', 'ouders');
    same('woning', 'wonen', 'woon', 'woningen');
    same('huis', 'huizen');
    same('gesprek', 'gesprekken');
    same('vraag', 'vragen');
    same('advocaat', 'advocaten');
    same('ruzie', 'ruzies');
    same('omgangsregeling', 'omgangsregelingen');
  });

  it('keeps words that merely look like plurals', () => {
    expect(stem('huis')).to.equal('huis');
    expect(stem('adres')).to.equal('adres');
    expect(stem('geld')).to.equal('geld');
  });

  it('gives one key per word: a past participle meets its verb, other ge- words keep their ge-', () => {
    expect(analyse('Ik ben gescheiden')).to.deep.equal([stem('scheiden')]);
    expect(analyse('geregeld')).to.deep.equal([stem('regelen')]);
    expect(analyse('gewerkt')).to.deep.equal([stem('werken')]);
    expect(analyse('gesprek gemeente')).to.deep.equal([stem('gesprek'), stem('gemeente')]);
    expect(stem('huur')).to.equal(stem('huren'));
  });
});

describe('core/search: createSearchIndex', () => {
  it('finds by stem: scheiden finds scheiding, kind finds kinderen, ouder finds ouders', () => {
    const s = index();
    expect(ids(s.search('scheiden'))).to.include('scheidingsloket');
    expect(ids(s.search('scheiden'))).to.include('kinderen'); // "gescheiden ouders"
    expect(ids(s.search('kind'))).to.include.members(['kinderen', 'omgang']);
    expect(ids(s.search('ouder'))).to.include.members(['kinderen', 'ruzie']);
  });

  it('tolerates typos', () => {
    const s = index();
    expect(ids(s.search('alimentatei'))[0]).to.equal('alimentatie');
    expect(ids(s.search('scheidng'))).to.include('scheidingsloket');
    expect(ids(s.search('medaition'))[0]).to.equal('mediation');
  });

  it('matches a prefix of the word being typed', () => {
    const s = index();
    expect(ids(s.search('alimen'))[0]).to.equal('alimentatie');
    expect(ids(s.search('wo'))).to.include('wonen');
    expect(ids(s.search('scheidi'))).to.include('scheidingsloket');
  });

  it('finds through synonyms, both ways, only when the config gives them', () => {
    expect(ids(index().search('zorgregeling'))).not.to.include('omgang');
    const s = index([
      ['omgangsregeling', 'zorgregeling'],
      ['bemiddeling', 'mediation'],
    ]);
    expect(ids(s.search('zorgregeling'))[0]).to.equal('omgang');
    expect(ids(s.search('bemiddeling'))[0]).to.equal('mediation');
  });

  it('supports synonyms of several words', () => {
    const s = index([['samen afspraken maken', 'overleg']]);
    expect(ids(s.search('overleg'))).to.deep.equal(['mediation']);
    const t = index([['uit elkaar gaan', 'breuk']]);
    expect(ids(t.search('breuk'))).to.include.members(['omgang', 'wonen']);
  });

  it('ranks documents that match more words, and name matches, higher', () => {
    const s = index();
    expect(ids(s.search('mediation'))[0]).to.equal('mediation');
    expect(ids(s.search('woning zoeken'))[0]).to.equal('wonen');
  });

  it('gives nothing for an empty or stopword-only query, and honours limit and filter', () => {
    const s = index();
    expect(s.search('')).to.deep.equal([]);
    expect(s.search('  ik de het ')).to.deep.equal([]);
    expect(s.search('hulp', { limit: 1 })).to.have.length(1);
    expect(ids(s.search('hulp', { filter: (d) => d.id !== 'omgang' }))).to.deep.equal(['scheidingsloket']);
    expect(s.search('xyzzy')).to.deep.equal([]);
  });

  it('returns the document itself and keeps the first of duplicate ids', () => {
    const s = createSearchIndex([...docs, { id: 'wonen', name: 'Dubbel', description: '' }], {
      id: (d) => d.id,
      fields: { name: 1 },
      text: (d) => d.name,
    });
    expect(s.size).to.equal(docs.length);
    const hit = s.search('woonloket')[0]!;
    expect(hit.doc.name).to.equal('Woonloket');
    expect(hit.score).to.be.greaterThan(0);
    expect(s.search('dubbel')).to.deep.equal([]);
  });
});

describe('core/search: matching as parents type', () => {
  const offers = [
    { id: 'kinderalimentatie', name: 'Kinderalimentatie berekenen', description: 'Hoeveel betaalt u voor de kinderen?' },
    { id: 'woonhuis', name: 'Woonhuis verkopen', description: 'Wat gebeurt er met de koopwoning?' },
    { id: 'huisarts', name: 'Huisarts', description: 'Praat met uw dokter over slapen en stress.' },
    { id: 'scheidingsplan', name: 'Scheidingsplan', description: 'Een plan voor de scheiding.' },
    { id: 'mediation', name: 'Mediation', description: 'Samen afspraken maken met een bemiddelaar.' },
    { id: 'mediator-lijst', name: 'Mediators zoeken', description: 'Een lijst met mediators.' },
    { id: 'ruzie', name: 'Ruziescheiding', description: 'Hulp als u veel ruzie heeft.' },
    { id: 'veilig-thuis', name: 'Veilig Thuis', description: 'Bel bij geweld.' },
  ];
  const search = createSearchIndex(offers, {
    id: 'id',
    fields: { name: 3, description: 1 },
    text: (o, f) => o[f as 'name' | 'description'],
  });
  const first = (q: string) => search.search(q, { prefix: false })[0]?.id;

  it('matches a part of a compound, both ways, the head of a compound above a modifier', () => {
    expect(first('alimentatie')).to.equal('kinderalimentatie');
    expect(first('partneralimentatie')).to.equal('kinderalimentatie'); // shares the head
    const house = search.search('huis', { prefix: false }).map((h) => h.id);
    expect(house.indexOf('woonhuis')).to.be.lessThan(house.indexOf('huisarts'));
    expect(first('scheidingsplannen')).to.equal('scheidingsplan');
    // one letter around a word makes no compound: a house is not "thuis"
    expect(search.search('huis', { prefix: false }).map((h) => h.id)).not.to.include('veilig-thuis');
    // …but while a compound is being typed, its first part keeps finding: "huisa(rts)"
    const typing = createSearchIndex([{ id: 'huis', name: 'Een huis zoeken' }], { id: 'id', fields: { name: 1 }, text: (o) => o.name });
    expect(typing.search('huisa').map((h) => h.id)).to.deep.equal(['huis']);
    expect(typing.search('huisa', { prefix: false })).to.deep.equal([]);
  });

  it('puts an exact match ahead of a typo match, and uses typos only for words the content lacks', () => {
    // "mediator" is in the content, so it does not also match "mediation" as a typo
    expect(first('mediators')).to.equal('mediator-lijst');
    expect(first('mediaton')).to.equal('mediation');
    expect(search.search('ruzie', { prefix: false }).map((h) => h.id)[0]).to.equal('ruzie');
  });

  it('scores from 0 to 1, so a relevance floor keeps weak matches out', () => {
    const hits = search.search('kinderalimentatie berekenen', { prefix: false });
    expect(hits[0]!.score).to.be.within(0.5, 1);
    expect(search.search('de hond uitlaten in het park', { prefix: false, floor: 0.3 })).to.deep.equal([]);
  });

  it('scores a long message on its best sentence, so a story with the question in it finds it', () => {
    const story =
      'We waren tien jaar samen en hebben twee kinderen. Het gaat niet goed met ons en er is veel verdriet in huis. ' +
      'Mijn schoonmoeder bemoeit zich overal mee en de buren praten. Ik wil weten hoeveel kinderalimentatie ik moet betalen.';
    expect(first(story)).to.equal('kinderalimentatie');
  });
});

describe('core/search: keeping only the top results', () => {
  // scores with many ties, so the order by id decides often, as it does in a large catalogue
  const items = Array.from({ length: 200 }, (_, i) => ({ id: `item-${(i * 37) % 200}`, score: ((i * 7919) % 13) / 13 }));
  const before = (a: { id: string; score: number }, b: { id: string; score: number }) => b.score - a.score || a.id.localeCompare(b.id);
  const fullSort = [...items].sort(before);

  it('gives the first items of a full sort, in order, for limits smaller and larger than the items', () => {
    for (const limit of [0, 1, 2, 5, 50, 199, 200, 201, 1000]) {
      const top = topK(before, limit);
      for (const item of items) top.add(item);
      expect(top.sorted(), `limit ${limit}`).to.deep.equal(fullSort.slice(0, limit));
    }
    const unbounded = topK(before);
    for (const item of items) unbounded.add(item);
    expect(unbounded.sorted()).to.deep.equal(fullSort);
  });

  it('gives the same hits with a limit as the first of all hits, for a catalogue with many equal scores', () => {
    const words = ['kinderen', 'geld', 'wonen', 'ouderschapsplan', 'mediation', 'ruzie', 'school', 'huis'];
    const catalogue = Array.from({ length: 400 }, (_, i) => ({
      id: `offer-${i}`,
      name: `${words[i % 8]} ${words[(i * 3) % 8]}`,
      description: `${words[(i * 5) % 8]} en ${words[(i * 7) % 8]} voor ouders`,
    }));
    const s = createSearchIndex(catalogue, {
      id: 'id',
      fields: { name: 3, description: 1 },
      text: (doc, field) => doc[field as 'name' | 'description'],
    });
    for (const query of ['kinderen', 'ouders', 'geld wonen', 'huis school ruzie', 'med']) {
      const all = s.search(query);
      expect(all.length, query).to.be.greaterThan(20);
      for (const limit of [1, 10, all.length - 1, all.length, all.length + 10]) {
        const limited = s.search(query, { limit });
        expect(limited, `${query}, limit ${limit}`).to.deep.equal(all.slice(0, limit));
        expect(limited.total, `${query}, limit ${limit}: every match counted`).to.equal(all.length);
      }
    }
  });
});
