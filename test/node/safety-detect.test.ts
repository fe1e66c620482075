// The danger detector's own rules (src/core/safety/detect.ts) and the national lexicon on plain
// cases: word forms, compounds, typos, words apart, look-alikes and the two strengths. How well
// it does on realistic messages is measured by `npm run eval` (bench/eval), not here.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { nationalSafetySignals } from '../../src/content/safety-lexicon.js';
import { contactsFor, createSafetyDetector, phraseSignals, wordForms } from '../../src/core/safety/detect.js';
import type { SafetySignal } from '../../src/core/safety/detect.js';
import { modelScore, safetyFeatures } from '../../src/core/safety/model.js';
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
    ]) {
      assert.equal(found(text), undefined, text);
    }
  });

  it('orders the help: 112 and Veilig Thuis for violence, 113 for suicidal thoughts, the Kindertelefoon first for a child', () => {
    assert.deepEqual(contactsFor({ strength: 'strong', categories: ['acute-violence'], byChild: false }), ['112', 'veilig-thuis']);
    assert.deepEqual(contactsFor({ strength: 'possible', categories: ['suicide-self-harm'], byChild: false }), ['113']);
    assert.deepEqual(contactsFor({ strength: 'strong', categories: ['suicide-self-harm'], byChild: false }), ['113', '112']);
    assert.equal(found('mijn papa slaat mij als mama weg is')?.byChild, true);
    assert.equal(contactsFor(found('mijn papa slaat mij als mama weg is')!)[0], 'kindertelefoon');
  });
});

describe('safety detector: the on-device classifier next to the lexicon', () => {
  const model: SafetyModel = {
    prior: -2,
    weights: { durf: 1.5, durf_niet: 1.5, thuis: 0.5 },
    threshold: 1,
    categories: { 'acute-violence': { thuis: 1 } },
  };

  it('takes stems and pairs of neighbouring words as features', () => {
    const f = safetyFeatures('Ik durf niet naar huis, gescheiden');
    for (const feature of ['ik', 'durf', 'niet', 'durf_niet', 'gesche', 'scheid']) assert.ok(f.has(feature), feature);
    assert.equal(modelScore(model, 'ik durf niet thuis'), -2 + 1.5 + 1.5 + 0.5);
  });

  it('adds a possible signal only where the lexicon found nothing, with the category its words fit', () => {
    const withModel = createSafetyDetector([], model);
    assert.deepEqual(withModel.assess('ik durf niet thuis te zijn'), {
      strength: 'possible',
      categories: ['acute-violence'],
      byChild: false,
    });
    assert.equal(
      withModel.assess('ik durf het niet te vragen aan de rechter'),
      undefined,
      'one telling word alone stays under the threshold',
    );
    assert.equal(withModel.assess('hoe lang duurt een scheiding'), undefined);
    const both = createSafetyDetector(nationalSafetySignals, model);
    assert.equal(
      both.assess('hij heeft me geslagen, ik durf niet thuis')?.strength,
      'strong',
      'the lexicon decides where it finds something',
    );
  });

  it('the trained national model leaves plain questions and look-alikes alone', () => {
    const shipped = createSafetyDetector(nationalSafetySignals, nationalSafetyModel);
    for (const text of [
      'hoeveel alimentatie moet ik betalen',
      'mijn ex dreigt met een advocaat',
      'Wie mag in het huis blijven wonen?',
      'ouderschapsplan',
    ]) {
      assert.equal(shipped.assess(text), undefined, text);
    }
  });
});
