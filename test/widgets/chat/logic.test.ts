import { expect } from '@open-wc/testing';
import type { Conversation } from '../../../src/core/config/schema/index.js';
import { createSafetyDetector } from '../../../src/core/safety/detect.js';
import { nationalSafetySignals } from '../../../src/content/safety-lexicon.js';
import { nationalKnowledge } from '../../../src/content/knowledge/index.js';
import { nationalConversations } from '../../../src/content/conversations.js';
import { createRetriever } from '../../../src/widgets/chat/retrieve.js';
import { loadQuestionModel } from '../../../src/core/search/classifier.js';
import { nationalQuestionModel } from '../../../src/content/knowledge/model.js';
import type { KnowledgeEntry } from '../../../src/core/config/schema/index.js';
import { answer, choose, normalizePostcode, run } from '../../../src/widgets/chat/flow.js';
import { availability } from '../../../src/widgets/chat/availability.js';
import { wallClock } from '../../../src/core/time/amsterdam.js';
import { answerToPlainText, parseAnswer } from '../../../src/widgets/chat/format.js';
import { botReply } from '../../../src/widgets/chat/bot.js';

describe('chat retrieval (answers from content only)', () => {
  const retriever = createRetriever(nationalKnowledge, 'nl', { synonyms: [['omgangsregeling', 'zorgregeling']] });

  it('answers a confident match with that entry', () => {
    const r = retriever.ask('Moeten wij een ouderschapsplan maken?');
    expect(r.kind).to.equal('answer');
    expect(r.kind === 'answer' && r.entry.id).to.equal('ouderschapsplan-verplicht');
    const r2 = retriever.ask('hoe lang duurt partneralimentatie');
    expect(r2.kind === 'answer' && r2.entry.id).to.equal('partneralimentatie-duur');
  });

  it('matches Dutch word forms, typos and synonyms', () => {
    const typo = retriever.ask('ex betaald de alimentatei niet');
    expect(typo.kind === 'answer' && typo.entry.id).to.equal('alimentatie-niet-betaald');
    const syn = retriever.ask('omgangsregeling');
    expect(syn.kind).to.not.equal('none');
    const ids = syn.kind === 'answer' ? [syn.entry.id] : syn.kind === 'suggest' ? syn.entries.map((e) => e.id) : [];
    expect(ids).to.include('zorgregeling-uitleg'); // a synonym of zorgregeling finds the care-arrangement entry
  });

  it('offers the top few questions for a weak match ("Bedoelt u…?")', () => {
    const r = retriever.ask('ouderschapsplan');
    expect(r.kind).to.equal('suggest');
    if (r.kind !== 'suggest') return;
    expect(r.entries.length).to.be.within(2, 3);
    expect(r.entries.map((e) => e.id)).to.include.members(['ouderschapsplan-verplicht', 'ouderschapsplan-inhoud']);
  });

  it('says "none" when nothing in the content fits', () => {
    expect(retriever.ask('parkeervergunning aanvragen').kind).to.equal('none');
    expect(retriever.ask('hallo').kind).to.equal('none');
    expect(retriever.ask('').kind).to.equal('none');
  });

  it('answers English questions on an English page', () => {
    const en = createRetriever(nationalKnowledge, 'en');
    const r = en.ask('How long does partner alimony last?');
    expect(r.kind === 'answer' && r.entry.id).to.equal('partneralimentatie-duur');
  });

  it('every national entry has a source, both languages, and legal/money entries point to advice', () => {
    for (const e of nationalKnowledge) {
      expect(e.source, e.id).to.match(/^https:\/\//);
      expect(e.answer, e.id).to.have.keys(['nl', 'en']);
      if (e.themes?.some((t) => t === 'juridisch' || t === 'geld')) {
        expect((e.answer as { nl: string }).nl, e.id).to.match(/Juridisch Loket|mediator|advocaat/);
      }
    }
  });
});

describe('chat retrieval with the question classifier (as the panel runs it)', () => {
  const model = loadQuestionModel(nationalQuestionModel);
  const retriever = createRetriever(nationalKnowledge, 'nl', { model });
  const idsOf = (r: ReturnType<typeof retriever.ask>) =>
    r.kind === 'answer' ? [r.entry.id] : r.kind === 'suggest' ? r.entries.map((e) => e.id) : [];

  it('knows every national entry, and "none" as its last class', () => {
    expect(model.classes.slice(0, -1)).to.have.members(nationalKnowledge.map((e) => e.id));
    expect(model.classes.at(-1)).to.equal('none');
    const p = model.classify('hoe vertel ik het de kinderen');
    expect([...p].reduce((a, b) => a + b, 0)).to.be.closeTo(1, 1e-9);
  });

  it('answers or offers the entry a plain question is about', () => {
    expect(idsOf(retriever.ask('Moeten wij een ouderschapsplan maken als we uit elkaar gaan?'))).to.include('ouderschapsplan-verplicht');
    expect(idsOf(retriever.ask('hoe lang duurt partneralimentatie'))).to.include('partneralimentatie-duur');
  });

  it('says honestly it does not know what the content does not cover', () => {
    expect(retriever.ask('hoe laat gaat het zwembad open op zondag').kind).to.equal('none');
    expect(retriever.ask('parkeervergunning aanvragen').kind).to.equal('none');
  });

  it("answers a gemeente's own entry, which the classifier has never seen, by its words", () => {
    const own: KnowledgeEntry = {
      id: 'inloopspreekuur-bibliotheek',
      question: 'Wanneer is het inloopspreekuur in de bibliotheek?',
      answer: 'Elke dinsdag van 10 tot 12 uur in de bibliotheek aan het Marktplein.',
      keywords: ['inloopspreekuur', 'bibliotheek'],
    };
    const withOwn = createRetriever([...nationalKnowledge, own], 'nl', { model });
    const r = withOwn.ask('wanneer is het inloopspreekuur in de bibliotheek');
    expect(r.kind === 'answer' && r.entry.id).to.equal('inloopspreekuur-bibliotheek');
  });

  it("does not put a gemeente's off-topic entry before the national one a question is about", () => {
    const parking: KnowledgeEntry = {
      id: 'parkeervergunning',
      question: 'Hoe vraag ik een parkeervergunning aan bij de gemeente?',
      answer: 'Via het digitale loket van de gemeente.',
    };
    const withParking = createRetriever([...nationalKnowledge, parking], 'nl', { model });
    const ids = idsOf(withParking.ask('wat doet de gemeente voor gezinnen bij een scheiding'));
    expect(ids[0]).to.not.equal('parkeervergunning');
    expect(idsOf(withParking.ask('parkeervergunning aanvragen'))[0]).to.equal('parkeervergunning');
  });

  it("gives no neighbour's answer to a question about an entry the gemeente hid", () => {
    const question = 'hoe lang duurt partneralimentatie';
    expect(retriever.ask(question).kind).to.equal('answer'); // with the entry: answered
    const without = createRetriever(
      nationalKnowledge.filter((e) => e.id !== 'partneralimentatie-duur'),
      'nl',
      { model },
    );
    const r = without.ask(question);
    expect(r.kind).to.not.equal('answer');
    expect(idsOf(r)).to.not.include('partneralimentatie-duur');
  });
});

describe('safety in the bot (the detector itself: test/node/safety-detect.test.ts)', () => {
  const detector = createSafetyDetector(nationalSafetySignals);
  const assess = (text: string) => detector.assess(text);
  const retriever = createRetriever(nationalKnowledge, 'nl');

  it('checks danger first and keeps the answer the content gives', () => {
    const reply = botReply('Mijn ex slaat me. Hoe lang duurt partneralimentatie?', assess, retriever);
    expect(reply.safety?.strength).to.equal('strong');
    // the danger is answered by the safety help; the other sentence by the content
    expect(reply.reply.kind === 'answer' && reply.reply.entry.id).to.equal('partneralimentatie-duur');
  });

  it('finds no danger in an ordinary question, and knows a request for a person', () => {
    expect(botReply('Hoe maak ik een ouderschapsplan?', assess, retriever).safety).to.equal(undefined);
    expect(botReply('Ik wil iemand spreken', assess, retriever).reply.kind).to.equal('person');
  });
});

describe('guided-conversation interpreter', () => {
  const conv: Conversation = {
    id: 'test',
    title: 'Test',
    start: 'hello',
    nodes: {
      hello: { type: 'message', text: 'Hallo', next: 'go' },
      go: { type: 'jump', to: 'pick' },
      pick: {
        type: 'choice',
        text: 'Kies',
        choices: [
          { label: 'Postcode', next: 'pc' },
          { label: 'Persoon', next: 'person' },
          { label: 'Kapot', next: 'missing' },
        ],
      },
      pc: { type: 'question', text: 'Uw postcode?', input: 'postcode', store: 'postcode', next: 'show' },
      show: { type: 'widget', text: 'Hulp bij u', widget: 'hulpzoeker', options: { postcode: '{postcode}' }, next: 'bye' },
      bye: { type: 'message', text: 'Tot ziens' },
      person: { type: 'handoff', text: 'Ik zoek iemand' },
      loop: { type: 'jump', to: 'loop' },
      free: { type: 'question', text: 'Vertel', input: 'text', next: 'bye' },
    },
  };

  it('message and jump: walks until the parent must choose', () => {
    const step = run(conv);
    expect(step.outputs).to.deep.equal([{ kind: 'message', text: 'Hallo' }]);
    expect(step.wait.kind).to.equal('choice');
    expect(step.wait.kind === 'choice' && step.wait.choices.length).to.equal(3);
  });

  it('choice leads to its next node; an unknown choice is refused', () => {
    const r = choose(conv, 'pick', 0);
    expect(r.ok && r.step.wait.kind).to.equal('question');
    expect(choose(conv, 'pick', 9)).to.deep.equal({ ok: false, reason: 'unknown-choice' });
    expect(choose(conv, 'hello', 0)).to.deep.equal({ ok: false, reason: 'not-waiting' });
  });

  it('question (postcode): checks, normalises, stores and fills a widget node', () => {
    expect(answer(conv, 'pc', 'hallo')).to.deep.equal({ ok: false, reason: 'postcode' });
    expect(answer(conv, 'pc', '  ')).to.deep.equal({ ok: false, reason: 'empty' });
    const r = answer(conv, 'pc', '1234ab');
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.answers).to.deep.equal({ postcode: '1234 AB' });
    expect(r.step.outputs).to.deep.equal([
      { kind: 'message', text: 'Hulp bij u' },
      { kind: 'widget', widget: 'hulpzoeker', options: { postcode: '1234 AB' } },
      { kind: 'message', text: 'Tot ziens' },
    ]);
    expect(r.step.wait.kind).to.equal('end');
    expect(normalizePostcode('1234')).to.equal('1234');
    expect(normalizePostcode('0123')).to.equal(undefined);
  });

  it('question (text) takes any non-empty answer', () => {
    const r = answer(conv, 'free', 'Het gaat niet goed');
    expect(r.ok && r.step.wait.kind).to.equal('end');
  });

  it('handoff stops with its text', () => {
    const r = choose(conv, 'pick', 1);
    expect(r.ok && r.step.wait).to.deep.equal({ kind: 'handoff', text: 'Ik zoek iemand' });
  });

  it('bad config: a missing node or a loop of jumps ends calmly with an error wait', () => {
    const r = choose(conv, 'pick', 2);
    expect(r.ok && r.step.wait).to.deep.equal({ kind: 'error', node: 'missing' });
    expect(run(conv, 'loop').wait).to.deep.equal({ kind: 'error', node: 'loop' });
  });

  it('the national conversations run to a wait without errors', () => {
    for (const c of nationalConversations) {
      const seen = new Set<string>();
      const walk = (from: string) => {
        if (seen.has(from)) return;
        seen.add(from);
        const step = run(c, from);
        expect(step.wait.kind, `${c.id}:${from}`).to.not.equal('error');
        if (step.wait.kind === 'choice') step.wait.choices.forEach((ch) => walk(ch.next));
      };
      walk(c.start);
    }
  });
});

describe('opening hours in Europe/Amsterdam', () => {
  const hours = {
    openingHours: { ma: ['09:00-17:00'], di: ['09:00-12:00', '13:00-17:00'], zo: ['10:00-12:00'] },
    closedDays: ['2026-12-28'],
  };

  it('reads Amsterdam time in winter and summer', () => {
    expect(wallClock(new Date('2026-01-05T08:30:00Z'))).to.deep.equal({ date: '2026-01-05', day: 'ma', minutes: 9 * 60 + 30, seconds: 0 });
    expect(wallClock(new Date('2026-07-06T08:30:00Z'))).to.deep.equal({ date: '2026-07-06', day: 'ma', minutes: 10 * 60 + 30, seconds: 0 });
  });

  it('is open inside the hours and closed outside, with the next opening', () => {
    const open = availability(hours, new Date('2026-11-23T09:00:00Z')); // Monday 10:00 CET
    expect(open.open).to.equal(true);
    expect(open.open && open.until.toISOString()).to.equal('2026-11-23T16:00:00.000Z');
    const lunch = availability(hours, new Date('2026-11-24T11:30:00Z')); // Tuesday 12:30
    expect(lunch.open).to.equal(false);
    expect(!lunch.open && lunch.nextOpen?.toISOString()).to.equal('2026-11-24T12:00:00.000Z');
    const night = availability(hours, new Date('2026-11-24T22:00:00Z')); // Tuesday 23:00 → Sunday 10:00
    expect(!night.open && night.nextOpen?.toISOString()).to.equal('2026-11-29T09:00:00.000Z');
  });

  it('keeps closed days shut', () => {
    const holiday = availability(hours, new Date('2026-12-28T10:00:00Z')); // a Monday, closed
    expect(holiday.open).to.equal(false);
    expect(!holiday.open && holiday.nextOpen?.toISOString()).to.equal('2026-12-29T08:00:00.000Z');
  });

  it('handles the DST switches (29 March and 25 October 2026)', () => {
    // Sunday 29 March 2026: clocks go 02:00 → 03:00; 10:00 local is 08:00 UTC
    const spring = availability(hours, new Date('2026-03-29T08:30:00Z'));
    expect(spring.open).to.equal(true);
    expect(spring.open && spring.until.toISOString()).to.equal('2026-03-29T10:00:00.000Z');
    const beforeSpring = availability(hours, new Date('2026-03-29T01:30:00Z')); // 03:30 CEST
    expect(!beforeSpring.open && beforeSpring.nextOpen?.toISOString()).to.equal('2026-03-29T08:00:00.000Z');
    // Sunday 25 October 2026: clocks go 03:00 → 02:00; 10:00 local is 09:00 UTC
    const autumn = availability(hours, new Date('2026-10-25T08:30:00Z')); // 09:30 CET
    expect(!autumn.open && autumn.nextOpen?.toISOString()).to.equal('2026-10-25T09:00:00.000Z');
  });

  it('without opening hours nobody is available', () => {
    expect(availability({}, new Date())).to.deep.equal({ open: false });
  });
});

describe('safe answer format', () => {
  it('parses paragraphs, lists and links', () => {
    const blocks = parseAnswer('Eerste alinea\nloopt door.\n\n- een\n- [twee](https://x.example)\n\nSlot');
    expect(blocks).to.deep.equal([
      { kind: 'p', inlines: [{ kind: 'text', text: 'Eerste alinea loopt door.' }] },
      { kind: 'ul', items: [[{ kind: 'text', text: 'een' }], [{ kind: 'link', label: 'twee', url: 'https://x.example' }]] },
      { kind: 'p', inlines: [{ kind: 'text', text: 'Slot' }] },
    ]);
    expect(answerToPlainText('Zie [site](https://x.example).')).to.equal('Zie site (https://x.example).');
  });
});
