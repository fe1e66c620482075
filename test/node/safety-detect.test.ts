// The danger detector's own rules (src/core/safety/detect.ts) and the national lexicon on plain
// cases: word forms, compounds, typos, words apart, look-alikes and the two strengths. How well
// it does on realistic messages is measured by `npm run eval` (bench/eval), not here.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { nationalSafetySignals } from '../../src/content/safety-lexicon.js';
import { contactsFor, createSafetyDetector, phraseSignals, wordForms } from '../../src/core/safety/detect.js';
import { writesAsChild } from '../../src/core/safety/writer.js';
import { writerAudience } from '../../src/core/safety/audience.js';
import { normalizeText } from '../../src/core/safety/normalize.js';
import type { SafetySignal } from '../../src/core/safety/detect.js';
import { lexiconFeatures, safetyFeatures, safetyScorer, safetySentences } from '../../src/core/safety/model.js';
import { DIGITS, ROWS, featureCheck, featureRow } from '../../src/core/search/classifier.js';
import type { SafetyModel } from '../../src/core/safety/model.js';
import { nationalSafetyModel } from '../../src/content/safety-model.js';

const national = createSafetyDetector(nationalSafetySignals);
const found = (text: string) => national.assess(text);

describe('safety detector: the pattern rules', () => {
  const signal = (match: string[], extra: Partial<SafetySignal> = {}): SafetySignal => ({
    category: 'threats',
    strength: 'strong',
    match,
    ...extra,
  });
  const hits = (signals: SafetySignal[], text: string) => Boolean(createSafetyDetector(signals).assess(text));

  it('brings Dutch verb forms to their stem: ge-…-d/t participles, separable verbs and past tenses', () => {
    assert.ok(wordForms('gewurgd').includes('wurg'));
    assert.ok(wordForms('geschopt').includes('schop'));
    assert.ok(wordForms('bedreigde').includes('bedreig'));
    assert.ok(wordForms('opgesloten').includes('opsloten'));
    const stem = [signal(['wurg*'])];
    for (const text of ['hij wurgt me', 'hij wurgde me', 'ik ben gewurgd', 'hij heeft me gewurgd']) assert.ok(hits(stem, text), text);
  });

  it('finds a part of a compound with *…* and a word end with *…', () => {
    const parts = [signal(['*bedreig*']), signal(['*geweld'])];
    assert.ok(hits(parts, 'ik kreeg een doodsbedreiging'));
    assert.ok(hits(parts, 'er is sprake van partnergeweld'));
    assert.equal(hits(parts, 'het was geweldig'), false);
  });

  it('tolerates one typo in words of six letters or more, not in shorter ones', () => {
    assert.ok(hits([signal(['zelfmoord*'])], 'ik denk aan zelfmord'));
    assert.ok(hits([signal(['verkracht*'])], 'hij heeft me verkarcht'));
    assert.equal(hits([signal(['slaat'])], 'hij slaapt'), false);
  });

  it('finds the words of a pattern a few words apart, in any order, within the window only', () => {
    const hit = [signal(['slaat|sloeg me|mij'], { window: 5 })];
    assert.ok(hits(hit, 'hij sloeg gisteren mij'));
    assert.ok(hits(hit, 'mij sloeg hij'));
    assert.equal(hits(hit, 'hij sloeg de deur dicht en later in de avond belde hij mij'), false);
    // a word that occurs twice: the occurrence that fits the window counts
    const gone = [signal(['wil er niet meer zijn'], { window: 6 })];
    assert.ok(hits(gone, 'ik wil dat niet, ik wil er niet meer zijn'));
    assert.equal(hits(gone, 'ik wil er wel over praten, maar niet nu, dan zijn we meer rustig'), false);
    // each word of the pattern needs a word of its own: one "haar" is not two of them
    const touch = [signal(['zit aan|haar kind|haar'], { window: 5 })];
    assert.ok(hits(touch, 'hij zit aan haar'));
    assert.equal(hits(touch, 'haar vader zit die week in het buitenland'), false);
  });

  it('lets `unless` words nearby make a match harmless, for one pattern or the whole signal', () => {
    const threat = [signal(['dreigt|dreigde ! advocaat|rechter'])];
    assert.ok(hits(threat, 'hij dreigt mij'));
    assert.equal(hits(threat, 'mijn ex dreigt met een advocaat'), false);
    const all = [signal(['dreigt'], { unless: ['rechter'] })];
    assert.equal(hits(all, 'hij dreigt naar de rechter te stappen'), false);
  });

  it("turns a gemeente's plain phrases into strong signals matched at word starts", () => {
    const own = createSafetyDetector(phraseSignals(['huisdieren gebeurd', 'x']));
    assert.equal(own.assess('er is iets met de huisdieren gebeurd')?.strength, 'strong');
    assert.equal(own.assess('er is niets gebeurd'), undefined);
  });
});

describe('safety detector: the national lexicon', () => {
  it('finds direct danger as strong, in Dutch and English, with inflection and typos', () => {
    for (const text of [
      'hij heeft me geslagen',
      'hij sloeg mij weer',
      'my husband hit me again',
      'hij heeft mij gewurgd',
      'ik wil zelfmord plegen',
      'he said he will kill me',
      'hij heeft me verkracht',
      'hij klopt mij als hij gedronken heeft', // Flemish: he hits me
    ]) {
      assert.equal(found(text)?.strength, 'strong', text);
    }
  });

  it('names the category, so the help fits', () => {
    assert.deepEqual(found('ik denk aan zelfmoord')?.categories, ['suicide-self-harm']);
    assert.ok(
      found('hij heeft de kinderen meegenomen naar het buitenland en ik weet niet waar ze zijn')?.categories.includes('child-abduction'),
    );
    assert.ok(found('mijn ex stalkt me')?.categories.includes('stalking-coercive-control'));
  });

  it('leaves harmless look-alikes alone', () => {
    for (const text of [
      'mijn ex dreigt met een advocaat',
      'ik ben bang dat de kosten hoog worden',
      'dat slaat nergens op',
      'I am afraid of the costs',
      'hoe lang duurt een scheiding',
      // "die" is mostly Dutch: not the English verb
      'ik wil die regeling veranderen',
      'hoe krijg ik die papieren snel',
      'mijn zoon wil die fiets voor zijn verjaardag',
      // DigiPlein's own stap-tracker, where parents write notes
      'hoe verwijder ik een stap in de tracker',
      'where do I add the handover dates in the tracker?',
      // "klopt" is "is that right" far more often than the Flemish "hits"
      'klopt het dat papa de helft van het schoolreisje moet betalen?',
      'mama zegt dat ik bij haar moet blijven, klopt dat wel',
    ]) {
      assert.equal(found(text), undefined, text);
    }
    assert.equal(found('hij heeft een tracker onder mijn auto gezet')?.categories[0], 'stalking-coercive-control');
    assert.equal(found('i just want to die')?.categories[0], 'suicide-self-harm');
  });

  it('knows a child who writes about their own parents from a parent who quotes a child', () => {
    for (const text of [
      'mijn vader slaat mijn moeder en mij ook',
      'my stepdad hits me with a belt when mum is at work',
      'hij slaat me, ik ben 13',
      'hij slaat me, ik ben pas 13',
      'my mums boyfriend hits me with his belt',
      'dad threw me against the wall because i was on my phone',
    ]) {
      assert.equal(found(text)?.byChild, true, text);
    }
    for (const text of [
      'mijn dochter zegt dat papa haar slaat',
      'mijn ex slaat me waar de kinderen bij zijn',
      'hij sloeg me 10 keer',
      "I'm 8 months pregnant and he hits me",
      'mijn dochter zegt dat papa haar slaat, de juf zag het in de klas',
      'their dad hits me',
      'mum of two here, he hits me',
      'onze zoon ben 9 wordt geslagen door zijn stiefvader',
      'ik ben 14 jaar getrouwd en hij slaat me',
    ]) {
      assert.equal(found(text)?.byChild, false, text);
    }
  });

  it('finds a shaken baby, shared intimate images, and "er niet meer willen zijn"', () => {
    assert.deepEqual(found('hij heeft de baby door elkaar geschud')?.categories, ['child-danger']);
    assert.deepEqual(found('my ex shared nudes of me')?.categories, ['sexual-violence']);
    assert.deepEqual(found('ex heeft intieme video van mij gedeeld')?.categories, ['sexual-violence']);
    assert.deepEqual(found('bij papa krijg ik klappen als hij boos is')?.categories, ['acute-violence']);
    assert.deepEqual(found('hij geeft me klappen als ik iets zeg')?.categories, ['acute-violence']);
    assert.deepEqual(found('hij heeft me een klap verkocht omdat het eten koud was')?.categories, ['acute-violence']);
    assert.deepEqual(found('mijn ex is met de kids naar het buitenland gegaan zonder toestemming')?.categories, ['child-abduction']);
    assert.equal(found('we zijn met de kinderen op vakantie gegaan, hij gaf zonder problemen toestemming'), undefined);
    for (const text of ['ben zo moe van alles, wil gewoon dood', "i don't want to wake up anymore"])
      assert.deepEqual(found(text)?.categories, ['suicide-self-harm'], text);
    for (const text of ['ik ben dood moe, wil slapen', 'i never want to wake up this early again for school'])
      assert.equal(found(text), undefined, text);
    for (const text of [
      'ik wil niet dat de kinderen de klappen krijgen van onze scheiding',
      'ik krijg de klappen van de scheiding, financieel',
      'als ik slaag voor mijn rijexamen krijg ik een auto',
      'mijn zoon kreeg een pak slaag met voetbal',
      'ik deel liever geen intieme dingen met de rechter',
      'mag ik intieme vragen sturen naar de mediator',
      'de kinderen kregen applaus en klappen in de handen',
    ])
      assert.equal(found(text), undefined, text);
    assert.equal(found('we hebben elkaar de hand geschud bij de mediator'), undefined);
    assert.deepEqual(found('ik wil er niet meer zijn')?.categories, ['suicide-self-harm']);
    assert.equal(found('ik wil er niet meer bij zijn als de rechter beslist'), undefined);
  });

  it('finds violence by its name, as typed in a search box, plurals too', () => {
    assert.deepEqual(found('death threats ex')?.categories, ['threats']);
    for (const text of ['revenge porn', 'sextortion', 'wraakporno', 'loverboy'])
      assert.deepEqual(found(text)?.categories, ['sexual-violence'], text);
    for (const text of [
      'threats of court',
      'threats',
      'how do I protect my kids from online threats',
      'the kids killed it at the school play, no threats',
      'voorlichting over seksuele uitbuiting op school',
      'mijn dochter luistert naar de band Loverboy',
    ])
      assert.equal(found(text)?.strength, undefined, text);
  });

  it('orders the help: 112 and Veilig Thuis for violence, 113 for suicidal thoughts, the Kindertelefoon first for a child', () => {
    assert.deepEqual(contactsFor({ strength: 'strong', categories: ['acute-violence'], byChild: false }), ['112', 'veilig-thuis']);
    assert.deepEqual(contactsFor({ strength: 'possible', categories: ['suicide-self-harm'], byChild: false }), ['113']);
    assert.deepEqual(contactsFor({ strength: 'strong', categories: ['suicide-self-harm'], byChild: false }), ['113', '112']);
    // both: the one that fits best leads ("thinking about killing myself" matches a threat to kill too)
    assert.deepEqual(contactsFor({ strength: 'strong', categories: ['suicide-self-harm', 'threats'], byChild: false }), [
      '113',
      '112',
      'veilig-thuis',
    ]);
    assert.deepEqual(contactsFor({ strength: 'strong', categories: ['threats', 'suicide-self-harm'], byChild: false }), [
      '112',
      'veilig-thuis',
      '113',
    ]);
    assert.equal(found('mijn papa slaat mij als mama weg is')?.byChild, true);
    assert.equal(contactsFor(found('mijn papa slaat mij als mama weg is')!)[0], 'kindertelefoon');
  });
});

describe('safety detector: the on-device model weighs the lexicon and the words', () => {
  const classes = ['danger', 'acute-violence', 'threats'];
  /** A hand-made model, packed as the trainer packs one: weights per feature and column. */
  function model(weights: Record<string, Partial<Record<string, number>>>, prior = -1, floorThreshold?: number): SafetyModel {
    const zero = Math.floor(DIGITS.length / 2);
    const lines: string[] = Array.from({ length: ROWS }, () => '');
    for (const [feature, columns] of Object.entries(weights)) {
      for (const [column, w] of Object.entries(columns))
        lines[featureRow(feature)] += `${DIGITS[classes.indexOf(column)]}${DIGITS[Math.round(w! * 5) + zero]}`;
    }
    return {
      classes,
      scale: 5,
      bias: [prior, 0, 0],
      table: lines.join('\n'),
      threshold: 0,
      sentenceThreshold: 1,
      strongThreshold: 2,
      ...(floorThreshold === undefined ? {} : { floorThreshold }),
    };
  }
  const scorer = (...args: Parameters<typeof model>) => safetyScorer(model(...args));
  const hits: SafetySignal = { category: 'acute-violence', strength: 'strong', match: ['slaat me'] };
  const shouts: SafetySignal = { category: 'threats', strength: 'possible', match: ['schreeuwt'] };

  it('takes stems and pairs of neighbouring words as features, and the lexicon matches by pattern, category and strength', () => {
    const f = safetyFeatures('Ik durf niet naar huis, gescheiden');
    for (const feature of ['ik', 'durf', 'niet', 'durf_niet', 'gesche', 'scheid']) assert.ok(f.has(feature), feature);
    assert.deepEqual(lexiconFeatures([{ category: 'threats', strength: 'possible', pattern: 'schreeuwt' }]), [
      'lp:schreeuwt',
      'l:threats:possible',
      'ls:possible',
    ]);
  });

  it('keeps quiet where a pattern matches but the words around it say harmless', () => {
    const detector = createSafetyDetector([shouts], scorer({ 'lp:schreeuwt': { danger: 6 }, voetba: { danger: -8 } }));
    assert.deepEqual(detector.assess('hij schreeuwt tegen me'), { strength: 'possible', categories: ['threats'], byChild: false });
    assert.equal(detector.assess('hij schreeuwt bij het voetbal'), undefined);
  });

  it('says when a strong signal rests on the words alone, with no pattern in the text', () => {
    const detector = createSafetyDetector([hits], scorer({ durf: { danger: 8, 'acute-violence': 4 }, 'lp:slaat me': { danger: 8 } }));
    const alone = detector.assess('ik durf niet');
    assert.equal(alone?.strength, 'strong');
    assert.equal(alone?.byWordsAlone, true);
    const backed = detector.assess('hij slaat me, ik durf niet');
    assert.equal(backed?.strength, 'strong');
    assert.equal(backed?.byWordsAlone, undefined);
  });

  it('finds what no pattern matches, as a possible signal in the category its words fit', () => {
    const detector = createSafetyDetector([], scorer({ durf: { danger: 4, 'acute-violence': 4 }, bedreig: { threats: 2 } }));
    assert.deepEqual(detector.assess('ik durf niet thuis te zijn'), {
      strength: 'possible',
      categories: ['acute-violence'],
      byChild: false,
    });
    assert.equal(detector.assess('hoe lang duurt een scheiding'), undefined);
    const unsure = createSafetyDetector([], scorer({ durf: { danger: 4, 'acute-violence': 1, threats: 0.6 } }));
    assert.deepEqual(
      unsure.assess('ik durf niet thuis te zijn')?.categories,
      ['acute-violence', 'threats'],
      'the help for the two that fit best',
    );
  });

  it('with a check per row, lets a word it never saw add nothing on a row with weights (unless its check matches by chance)', () => {
    // a table of 8 rows, so that another word surely shares the row of "durf"
    const rows = 8;
    const zero = Math.floor(DIGITS.length / 2);
    const lines = Array.from({ length: rows }, () => '');
    const weights = `${DIGITS[0]}${DIGITS[zero + 20]}${DIGITS[1]}${DIGITS[zero + 10]}`; // danger +4, acute violence +2
    lines[featureRow('durf', rows)] = weights;
    const stranger = ['kaas', 'fiets', 'lamp', 'boom', 'deur', 'tafel', 'pen', 'muis', 'raam', 'stoel'].find(
      (w) => featureRow(w, rows) === featureRow('durf', rows) && featureCheck(w, DIGITS.length) !== featureCheck('durf', DIGITS.length),
    )!;
    assert.ok(stranger, 'a word on the same row with another check');
    const base = { classes, scale: 5, bias: [-1, 0, 0], rows, threshold: 0, sentenceThreshold: 1, strongThreshold: 9 };
    // three words: a word or two with no pattern is never enough for the model alone
    const thrice = (word: string) => `${word} ${word} ${word}`;
    const unchecked = createSafetyDetector([], safetyScorer({ ...base, table: lines.join('\n') }));
    assert.equal(unchecked.assess(thrice(stranger))?.strength, 'possible', "without a check, the row's weight counts for any word");
    const checkedLines = lines.map((line, row) =>
      row === featureRow('durf', rows) ? DIGITS[featureCheck('durf', DIGITS.length)] + line : line,
    );
    const checked = createSafetyDetector([], safetyScorer({ ...base, checks: DIGITS.length, table: checkedLines.join('\n') }));
    assert.equal(checked.assess(thrice(stranger)), undefined);
    assert.deepEqual(checked.assess(thrice('durf')), { strength: 'possible', categories: ['acute-violence'], byChild: false });
  });

  it('is strong where a strong pattern matched, or where the score is very high', () => {
    const detector = createSafetyDetector([hits, shouts], scorer({ 'lp:slaat me': { danger: 5 }, 'lp:schreeuwt': { danger: 8.8 } }));
    assert.equal(detector.assess('hij slaat me')?.strength, 'strong');
    assert.equal(detector.assess('hij schreeuwt')?.strength, 'strong', 'above the strong threshold');
    assert.equal(createSafetyDetector([shouts], scorer({ 'lp:schreeuwt': { danger: 4 } })).assess('hij schreeuwt')?.strength, 'possible');
  });

  it('weighs each sentence on its own too, so a practical question does not outweigh a danger sentence', () => {
    const detector = createSafetyDetector(
      [],
      scorer({ durf: { danger: 8, 'acute-violence': 4 }, huis: { danger: -8 }, wonen: { danger: -8 } }),
    );
    const text = 'Wie mag in het huis blijven wonen? Ik durf niet thuis te slapen.';
    assert.deepEqual(safetySentences(text), ['Wie mag in het huis blijven wonen', ' Ik durf niet thuis te slapen']);
    assert.deepEqual(detector.assess(text), { strength: 'possible', categories: ['acute-violence'], byChild: false });
    assert.equal(
      detector.assess('Wie mag in het huis blijven wonen? Ik durf het niet te vragen aan de rechter en zijn advocaat, want die zijn duur.'),
      undefined,
      'one telling word in a long sentence stays under the line',
    );
    assert.deepEqual(safetySentences('Ik durf niet thuis te slapen'), [], 'one sentence: the whole is enough');
  });

  it('may turn a strong pattern down to a possible signal, and off only under the floor line', () => {
    const detector = createSafetyDetector([hits], scorer({ 'lp:slaat me': { danger: -8 } }));
    assert.deepEqual(detector.assess('hij slaat me'), { strength: 'possible', categories: ['acute-violence'], byChild: false });
    // with a floor: a little under the line stays possible, far under it (the words say harmless) is off
    const down = createSafetyDetector([hits], scorer({ 'lp:slaat me': { danger: -3 } }, -1, -3));
    assert.equal(down.assess('hij slaat me')?.strength, 'possible');
    const off = createSafetyDetector([hits], scorer({ 'lp:slaat me': { danger: -8 } }, -1, -3));
    assert.equal(off.assess('hij slaat me'), undefined);
    assert.equal(
      createSafetyDetector([shouts], scorer({ 'lp:schreeuwt': { danger: -8 } })).assess('hij schreeuwt'),
      undefined,
      'a possible pattern it can turn off',
    );
  });

  it("always counts a gemeente's own signals, which the model has never seen", () => {
    const detector = createSafetyDetector([], scorer({}, -20), phraseSignals(['code rood']));
    assert.equal(detector.assess('het is weer code rood hier')?.strength, 'strong');
  });

  it('the trained national model: clear danger strong, plain questions and look-alikes quiet', () => {
    const shipped = createSafetyDetector(nationalSafetySignals, safetyScorer(nationalSafetyModel));
    for (const text of [
      'hij heeft me geslagen',
      'ik wil niet meer leven',
      'he choked me last night',
      'mijn ex heeft gedreigd mij te vermoorden',
    ]) {
      assert.equal(shipped.assess(text)?.strength, 'strong', text);
    }
    assert.ok(shipped.assess('ik zie het niet meer zitten sinds de scheiding')?.categories.includes('suicide-self-harm'));
    // a strong pattern among words the model knows from look-alikes (money, the app's tracker)
    // is turned down at most, never off (the floor lies well under the line)
    for (const text of [
      'we had a fight about the mortgage and he choked me',
      'hoe krijg ik de tracker van mijn ex van mijn telefoon af, ik wil hem verwijderen',
      'ex dreigt kinderen te vermoorden',
      'my dad hits my little brother with his belt',
    ]) {
      assert.ok(shipped.assess(text), text);
    }
    // the help that fits best leads, also where a threat pattern matches too
    for (const text of ['I keep thinking about killing myself', "I'm going to kill myself if he takes the kids"])
      assert.equal(contactsFor(shipped.assess(text)!)[0], '113', text);
    // ordinary messages near the newer patterns (review of round 11)
    // a fall: no pattern; the model's words may add the calm line, never the card
    assert.notEqual(shipped.assess('mijn dochter viel en heeft een kapotte lip')?.strength, 'strong');
    for (const text of [
      'ik zie het niet meer zitten om samen een ouderschapsplan te maken',
      'mijn ex heeft een controlerende baan',
      'it hurts my son that his dad never calls',
      'my son wants to break his arms skateboarding',
    ])
      assert.equal(shipped.assess(text), undefined, text);
    // children who see it do not make hitting harmless; only hurting is said of feelings
    assert.equal(shipped.assess('mijn schoonzoon slaat mijn dochter en de kleinkinderen zien het')?.strength, 'strong');
    assert.equal(shipped.assess('it hurts me to see my kids sad'), undefined);
    for (const text of [
      'hoeveel alimentatie moet ik betalen',
      'mijn ex dreigt met een advocaat',
      'Wie mag in het huis blijven wonen?',
      'ouderschapsplan',
      'afraid of the costs',
      'the mortgage is strangling me',
      'hoe verwijder ik een stap in de tracker',
      // a word or two typed in a search box, with no pattern: too little for the words alone
      'hulp',
      'help',
      'hulp nodig',
    ]) {
      assert.equal(shipped.assess(text), undefined, text);
    }
    // …while a word or two that a pattern names still signals
    for (const text of ['geslagen', 'zelfmoord', 'death threats']) assert.equal(shipped.assess(text)?.strength, 'strong', text);
    // no pattern for a sibling out of sight any more (review of round 10); the model alone may
    // add the calm line here (its words are near those of despair), never the card
    assert.notEqual(shipped.assess('I never see my sister anymore since the divorce')?.strength, 'strong');
  });
});

describe('who writes', () => {
  const norm = (t: string) => normalizeText(t);
  it('reads a child from an age, their parents or their class, and a parent from "de kinderen" or their own children', () => {
    for (const text of [
      'ik ben 12',
      'ik ben 12 jaar en mn ouders maken ruzie',
      "I'm 15 and my parents fight",
      'mum and dad fight',
      'papa slaat mama',
    ])
      assert.equal(writesAsChild(norm(text)), true, text);
    for (const text of [
      'de kinderen willen niet naar papa',
      'mijn moeder helpt me met de kinderen',
      'help for divorced dads',
      'single mum needs help with the rent',
      'the dad hit me again',
      'dad of 3 here and she hit me',
      'I am a new mum and he pushed me',
      'ik ben 8 jaar getrouwd',
      'ik ben 14 uur per week weg',
      'I am 15 minutes late',
    ])
      assert.equal(writesAsChild(norm(text)), false, text);
  });

  it('gives the search an audience on explicit words only', () => {
    assert.equal(writerAudience(norm('ik ben 13, waar kan ik praten')), 'kind');
    assert.equal(writerAudience(norm('ik mis mijn papa')), undefined, 'a parent may write "papa" too');
    assert.equal(writerAudience(norm('als oma wil ik helpen')), 'naaste');
    assert.equal(writerAudience(norm('mijn kleinzoon is stil sinds de scheiding')), 'naaste');
    assert.equal(writerAudience(norm('ruzie met de buren')), undefined);
    assert.equal(writerAudience(norm('de juf zegt dat hij stil is')), undefined);
  });
});
