import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/training/define.js';
import '../../../src/widgets/stap-tracker/define.js';
import type { DigipleinStapTracker } from '../../../src/widgets/stap-tracker/define.js';
import type { DigipleinTraining } from '../../../src/widgets/training/define.js';
import { clearAllData, storedKeys } from '../../../src/core/storage/storage.js';
import { trainingChapter } from '../../../src/core/config/schema/training.js';
import { nationalTraining } from '../../../src/content/training-chapters.js';
import { nationalTrainingOutline } from '../../../src/content/training.js';
import { setApiFetch } from '../../../src/core/api/client.js';

type El = DigipleinTraining;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: El, label: string) => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
  if (!found)
    throw new Error(
      `no button "${label}"; there are: ${$$(el, 'button')
        .map((b) => text(b))
        .join(' | ')}`,
    );
  return found;
};
const click = async (el: El, label: string) => {
  button(el, label).click();
  await el.updateComplete;
  await el.updateComplete;
};

/** A small training of the gemeente's own (fictional), so the test does not depend on the national text. */
const config = {
  version: 1,
  organisation: { name: 'Wijkteam Test (fictief)', phone: '0123 456 789' },
  hide: ['kinderen', 'samen-praten', 'afspraken', 'zorg-voor-jezelf'],
  training: {
    title: { nl: 'Training van de test', en: 'The test training' },
    intro: { nl: 'In twee korte hoofdstukken.', en: 'In two short chapters.' },
    chapters: [
      {
        id: 'een',
        title: { nl: 'Eerste hoofdstuk', en: 'First chapter' },
        intro: { nl: 'Over het begin.', en: 'About the start.' },
        minutes: 10,
        sections: [
          {
            id: 'een-a',
            title: { nl: 'Deel A', en: 'Part A' },
            body: { nl: 'Tekst A.\n\nNog een alinea.', en: 'Text A.' },
            source: ['https://www.rijksoverheid.nl/onderwerpen/scheiden'],
          },
          { id: 'een-b', title: { nl: 'Deel B', en: 'Part B' }, body: { nl: 'Tekst B.', en: 'Text B.' } },
        ],
        reflections: [{ id: 'een-r1', prompt: { nl: 'Wat vindt u nu het moeilijkst?', en: 'What is hardest for you now?' } }],
        selfCheck: [
          {
            id: 'een-c1',
            question: { nl: 'Wie vertelt het de kinderen?', en: 'Who tells the children?' },
            options: [
              {
                id: 'samen',
                label: { nl: 'Wij samen', en: 'Both of us' },
                feedback: { nl: 'Samen vertellen geeft rust.', en: 'Telling them together gives calm.' },
              },
              {
                id: 'ik',
                label: { nl: 'Ik alleen', en: 'Just me' },
                feedback: { nl: 'Dat kan ook; probeer het samen.', en: 'That is possible too.' },
              },
            ],
          },
        ],
        suggestedSteps: [
          {
            id: 'stap-gesprek',
            title: { nl: 'Plan een gesprek', en: 'Plan a talk' },
            description: { nl: 'Spreek een moment af.', en: 'Agree on a moment.' },
          },
        ],
      },
      {
        id: 'twee',
        title: { nl: 'Tweede hoofdstuk', en: 'Second chapter' },
        intro: { nl: 'Verder.', en: 'Further.' },
        minutes: 12,
        sections: [{ id: 'twee-a', title: { nl: 'Deel C', en: 'Part C' }, body: { nl: 'Tekst C.', en: 'Text C.' } }],
      },
    ],
  },
};

async function render(attrs: { lang?: string } = {}): Promise<El> {
  const el = await fixture<El>(html`<digiplein-training .config=${config} lang=${attrs.lang ?? 'nl'}></digiplein-training>`);
  await el.updateComplete;
  return el;
}

async function toQuestions(el: El): Promise<void> {
  await click(el, 'Begin met de training');
  await click(el, 'Volgende');
  await click(el, 'Volgende');
}

describe('the national training', () => {
  it('has four chapters that pass the config schema, every part with a public source, Dutch and English', () => {
    expect(nationalTraining.chapters.map((c) => c.id)).to.deep.equal(['kinderen', 'samen-praten', 'afspraken', 'zorg-voor-jezelf']);
    for (const chapter of nationalTraining.chapters) {
      const parsed = trainingChapter.safeParse(chapter);
      expect(parsed.success, `${chapter.id}: ${JSON.stringify(parsed.error?.issues?.[0])}`).to.equal(true);
      for (const section of chapter.sections) {
        expect(section.source?.length, section.id).to.be.greaterThan(0);
        for (const url of section.source ?? []) expect(url, section.id).to.match(/^https:\/\//);
        expect(Object.keys(section.body as Record<string, string>).sort(), section.id).to.deep.equal(['en', 'nl']);
      }
    }
  });

  it('has an outline (loaded with the widget) that agrees with the chapters’ bodies', () => {
    expect(nationalTrainingOutline.chapters.map((c) => c.id)).to.deep.equal(nationalTraining.chapters.map((c) => c.id));
    nationalTrainingOutline.chapters.forEach((outline, i) => {
      const chapter = nationalTraining.chapters[i]!;
      expect(outline.parts, outline.id).to.equal(chapter.sections.length + 1);
      expect(outline.answers, outline.id).to.deep.equal([...(chapter.reflections ?? []), ...(chapter.selfCheck ?? [])].map((q) => q.id));
    });
  });

  it('shows the national chapters by default, in order, with their time', async () => {
    const el = await fixture<El>(
      html`<digiplein-training .config=${{ version: 1, organisation: { name: 'Test' } }} lang="nl"></digiplein-training>`,
    );
    await el.updateComplete;
    expect($$(el, '.chapters li strong').map((s) => text(s))).to.deep.equal([
      'Hoofdstuk 1 van 4: Wat een scheiding betekent voor kinderen',
      'Hoofdstuk 2 van 4: Praten met de andere ouder',
      'Hoofdstuk 3 van 4: De afspraken maken',
      'Hoofdstuk 4 van 4: Zorg voor uzelf en vind hulp',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<digiplein-training>', () => {
  beforeEach(() => clearAllData());
  afterEach(() => clearAllData());

  it('shows the chapters with their time and status, keeps nothing before the parent starts, and is accessible', async () => {
    const el = await render();
    expect(text($(el, 'h2'))).to.equal('Training van de test');
    expect($$(el, '.chapters li').map((li) => text(li.querySelector('strong')))).to.deep.equal([
      'Hoofdstuk 1 van 2: Eerste hoofdstuk',
      'Hoofdstuk 2 van 2: Tweede hoofdstuk',
    ]);
    expect($$(el, '.chapters li:first-child .meta > span').map((s) => text(s))).to.deep.equal(['ongeveer 10 minuten', 'Nog niet begonnen']);
    expect(text($(el, '.hint'))).to.contain('blijft op dit apparaat');
    expect(storedKeys()).to.deep.equal([]);
    expect(text($(el, '.panel'))).to.contain('Bel 0123 456 789');
    await expect(el).to.be.accessible();
  });

  it('starts, reads one part at a time with the focus on its heading, and keeps where the parent is', async () => {
    const el = await render();
    await click(el, 'Begin met de training');
    expect(text($(el, '#chapter-heading'))).to.equal('Eerste hoofdstuk');
    expect(text($(el, '#part-heading'))).to.equal('Deel A');
    expect($$(el, '.body p').map((p) => text(p))).to.deep.equal(['Tekst A.', 'Nog een alinea.']);
    expect(text($(el, '.sources'))).to.contain('www.rijksoverheid.nl');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'part-heading', 'focus not on the part heading');
    expect(storedKeys()).to.deep.equal(['digiplein:training:progress']);
    await click(el, 'Volgende');
    expect(text($(el, '#part-heading'))).to.equal('Deel B');
    expect(text($(el, '.where:last-of-type'))).to.equal('Deel 2 van 3');
    await expect(el).to.be.accessible();
  });

  it('keeps the answers on the device, gives feedback without a grade, and resumes after a reload', async () => {
    const el = await render();
    await toQuestions(el);
    expect(text($(el, '#part-heading'))).to.equal('Vragen en een volgende stap');
    const answer = $<HTMLTextAreaElement>(el, '#reflect-een-r1')!;
    answer.value = 'Dat de kinderen het merken.';
    answer.dispatchEvent(new Event('input'));
    $<HTMLInputElement>(el, 'input[name="check-een-c1"][value="ik"]')!.click();
    await el.updateComplete;
    expect(text($(el, '.feedback'))).to.equal('Dat kan ook; probeer het samen.');
    await expect(el).to.be.accessible();

    el.remove();
    const again = await render();
    expect(text($(again, '.where'))).to.equal('0 van 2 hoofdstukken klaar');
    expect(text($(again, '.chapters .tag'))).to.equal('Bezig');
    await click(again, 'Verder waar u was');
    expect(text($(again, '#part-heading'))).to.equal('Vragen en een volgende stap');
    expect($<HTMLTextAreaElement>(again, '#reflect-een-r1')!.value).to.equal('Dat de kinderen het merken.');
    expect($<HTMLInputElement>(again, 'input[value="ik"]')!.checked).to.equal(true);
  });

  it('finishes a chapter and moves on; the overview says what is done', async () => {
    const el = await render();
    await toQuestions(el);
    await click(el, 'Hoofdstuk afronden');
    expect(text($(el, '[role="status"]'))).to.equal('U heeft "Eerste hoofdstuk" afgerond.');
    expect($$(el, '.chapters .tag').map((t) => text(t))).to.deep.equal(['Klaar', 'Nog niet begonnen']);
    await click(el, 'Verder waar u was');
    expect(text($(el, '#chapter-heading'))).to.equal('Tweede hoofdstuk');
  });

  it('offers a step to the stap-tracker on the page: it says whether the step landed', async () => {
    const el = await render();
    await toQuestions(el);
    await click(el, 'Zet dit op mijn stappenplan');
    expect(text($(el, '.step [id^="step-message-"]'))).to.contain('geen stappenplan');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'step-message-stap-gesprek', 'focus not on the message');

    const take = (e: Event) => e.preventDefault();
    document.addEventListener('digiplein-step-suggested', take);
    try {
      let detail: unknown;
      document.addEventListener('digiplein-step-suggested', (e) => (detail = e.detail), { once: true });
      await click(el, 'Zet dit op mijn stappenplan');
      expect(detail).to.deep.equal({
        stepId: 'stap-gesprek',
        title: { nl: 'Plan een gesprek', en: 'Plan a talk' },
        description: { nl: 'Spreek een moment af.', en: 'Agree on a moment.' },
      });
      expect(text($(el, '.step [id^="step-message-"]'))).to.equal('Staat op uw stappenplan.');
    } finally {
      document.removeEventListener('digiplein-step-suggested', take);
    }
  });

  it('puts a suggested step on the stap-tracker on the same page, once, in the phase the parent is in', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <digiplein-stap-tracker .config=${config} lang="nl"></digiplein-stap-tracker>
      <digiplein-training .config=${config} lang="nl"></digiplein-training>
    </div>`);
    const tracker = page.querySelector<DigipleinStapTracker>('digiplein-stap-tracker')!;
    const el = page.querySelector<El>('digiplein-training')!;
    await tracker.updateComplete;
    tracker.routeSession.start({ relation: 'getrouwd', minorChildren: true, hasHelp: false });
    await tracker.updateComplete;
    await el.updateComplete;
    await toQuestions(el);
    await click(el, 'Zet dit op mijn stappenplan');
    expect(text($(el, '.step [id^="step-message-"]'))).to.equal('Staat op uw stappenplan.');
    const added = tracker.routeSession.state.added;
    expect(added.map((s) => [s.id, s.title, s.todo])).to.deep.equal([
      ['training-stap-gesprek', 'Plan een gesprek', 'Spreek een moment af.'],
    ]);
    await tracker.updateComplete;
    const said = [...tracker.shadowRoot!.querySelectorAll('[role="status"]')].map((n) => text(n)).join(' | ');
    expect(said).to.contain('"Plan een gesprek" staat nu op uw stappenplan.');
    expect(text(tracker.shadowRoot!.querySelector('#step-training-stap-gesprek summary'))).to.contain('Plan een gesprek');
    // offered again (another visit, another button): still one step
    el.dispatchEvent(
      new CustomEvent('digiplein-step-suggested', {
        detail: { stepId: 'stap-gesprek', title: 'Plan een gesprek', description: 'x' },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    expect(tracker.routeSession.state.added.length).to.equal(1);
  });

  it('a stap-tracker without a route yet takes the step once the parent answered its questions, and both say so', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <digiplein-stap-tracker .config=${config} lang="nl"></digiplein-stap-tracker>
      <digiplein-training .config=${config} lang="nl"></digiplein-training>
    </div>`);
    const tracker = page.querySelector<DigipleinStapTracker>('digiplein-stap-tracker')!;
    const el = page.querySelector<El>('digiplein-training')!;
    await tracker.updateComplete;
    await toQuestions(el);
    await click(el, 'Zet dit op mijn stappenplan');
    expect(text($(el, '.step [id^="step-message-"]'))).to.equal(
      'Uw stappenplan op deze pagina neemt de stap op zodra u daar de drie vragen heeft beantwoord.',
    );
    await tracker.updateComplete;
    const said = [...tracker.shadowRoot!.querySelectorAll('[role="status"]')].map((n) => text(n)).join(' | ');
    expect(said).to.contain('Beantwoord eerst de drie vragen hieronder. Daarna komt "Plan een gesprek" op uw stappenplan.');
    for (const [name, value] of [
      ['relation', 'samenwonend'],
      ['minorChildren', 'yes'],
      ['help', 'no'],
    ]) {
      tracker.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
    }
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('form.start button[type="submit"]')!.click();
    await tracker.updateComplete;
    expect(tracker.routeSession.state.added.map((s) => s.id)).to.deep.equal(['training-stap-gesprek']);
  });

  it('shows the safety help under an answer that signals danger, in view on a phone; a harmless answer gets none', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await render();
    await toQuestions(el);
    const answer = $<HTMLTextAreaElement>(el, '#reflect-een-r1')!;
    answer.value = 'Ik ben moe van alle papieren.';
    answer.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#safety-een-r1')).to.equal(null);
    answer.value = 'Hij heeft me gisteren geslagen en ik durf niet naar huis.';
    answer.dispatchEvent(new Event('input'));
    await el.updateComplete;
    // the national lexicon loads on the first input: on a busy machine it may come a moment later
    await waitUntil(() => text($(el, '#safety-een-r1')).includes('112'), 'the safety help names 112');
    const help = $(el, '#safety-een-r1')!;
    await waitUntil(() => help.getBoundingClientRect().top < 740, 'the safety help is not in view');
    await expect(el).to.be.accessible();
  });

  it('prints a summary of the parent’s own answers only', async () => {
    const el = await render();
    await toQuestions(el);
    const answer = $<HTMLTextAreaElement>(el, '#reflect-een-r1')!;
    answer.value = 'Mijn eigen antwoord.';
    answer.dispatchEvent(new Event('input'));
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const summary = text($(el, '.print-summary'));
    expect(summary).to.contain('Mijn antwoorden uit de training');
    expect(summary).to.contain('Wat vindt u nu het moeilijkst?');
    expect(summary).to.contain('Mijn eigen antwoord.');
    expect(summary).not.to.contain('Tekst A');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '.print-summary')).to.equal(null);
  });

  it('wipes the answers after asking, and says so', async () => {
    const el = await render();
    await toQuestions(el);
    await click(el, 'Naar het overzicht');
    await click(el, 'Wis mijn antwoorden');
    expect(text($(el, '.confirm'))).to.contain('Weet u het zeker?');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'wipe-question', 'focus not on the question');
    await click(el, 'Nee, terug');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'wipe-button', 'focus not back on the button');
    await click(el, 'Wis mijn antwoorden');
    await expect(el).to.be.accessible();
    await click(el, 'Ja, wis alles');
    expect(storedKeys()).to.deep.equal([]);
    expect(text($(el, '[role="status"]'))).to.equal('Uw antwoorden zijn gewist.');
    expect(button(el, 'Begin met de training')).to.exist;
  });

  it('speaks English', async () => {
    const el = await render({ lang: 'en' });
    expect(text($(el, 'h2'))).to.equal('The test training');
    await click(el, 'Start the training');
    expect(text($(el, '#part-heading'))).to.equal('Part A');
    expect(button(el, 'Next')).to.exist;
    await expect(el).to.be.accessible();
  });

  describe('the follow-up ("Mag het wijkteam contact met u opnemen?")', () => {
    const withServer = {
      ...config,
      organisation: { ...config.organisation, email: 'wijkteam@test.example' },
      endpoints: { api: 'https://api.test.example/' },
      gemeenten: [{ code: 'GM0002', name: 'Tweestad', postcodes: ['2000-2999'] }],
      training: { ...config.training, followUp: { organisation: 'wijkteam-regio', byGemeente: { GM0002: 'wijkteam-tweestad' } } },
    };
    let sent: { url: string; body: unknown }[] = [];
    let offline = false;
    beforeEach(() => {
      sent = [];
      offline = false;
      setApiFetch(async (input, init) => {
        if (offline) throw new TypeError('Failed to fetch');
        sent.push({ url: String(input), body: JSON.parse(String(init?.body)) });
        return new Response(JSON.stringify({ id: 'fu-1' }), { status: 201, headers: { 'content-type': 'application/json' } });
      });
    });
    afterEach(() => setApiFetch(undefined));

    const type = async (el: El, sel: string, value: string) => {
      const input = $<HTMLInputElement>(el, sel)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };

    it('names what is missing, then sends only the contact details to the wijkteam of the parent’s gemeente', async () => {
      const el = await fixture<El>(html`<digiplein-training .config=${withServer} lang="nl"></digiplein-training>`);
      await toQuestions(el);
      const answer = $<HTMLTextAreaElement>(el, '#reflect-een-r1')!;
      answer.value = 'Iets heel persoonlijks.';
      answer.dispatchEvent(new Event('input'));
      await click(el, 'Ja, neem contact met mij op');
      await waitUntil(() => $(el, '#fu-name'), 'the form shows (its code loads when it opens)');
      await click(el, 'Versturen');
      expect($$(el, '.followup .error').map((e) => text(e))).to.deep.equal([
        'Vul uw naam in.',
        'Vul een telefoonnummer in, bijvoorbeeld 06 12345678.',
        'Zet een vinkje als u het goed vindt dat het wijkteam contact opneemt.',
      ]);
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'fu-name', 'focus not on the first missing field');
      expect(sent).to.deep.equal([]);
      await expect(el).to.be.accessible();

      await type(el, '#fu-name', 'Sam');
      await type(el, '#fu-phone', '06 12345678');
      await type(el, '#fu-postcode', '2345 AB');
      await type(el, '#fu-times', 'dinsdagochtend');
      $<HTMLInputElement>(el, '#fu-consent')!.click();
      await click(el, 'Versturen');
      await waitUntil(() => text($(el, '.followup [role="status"]')).startsWith('Verstuurd.'), 'not sent');
      expect(sent).to.deep.equal([
        {
          url: 'https://api.test.example/api/followups',
          body: {
            organisation: 'wijkteam-tweestad',
            gemeente: 'GM0002',
            name: 'Sam',
            contactBy: 'phone',
            phone: '06 12345678',
            times: 'dinsdagochtend',
            lang: 'nl',
            consent: true,
          },
        },
      ]);
      expect(JSON.stringify(sent)).not.to.contain('persoonlijks');
    });

    it('keeps what was typed when the server cannot be reached, and offers e-mail', async () => {
      offline = true;
      const el = await fixture<El>(html`<digiplein-training .config=${withServer} lang="nl"></digiplein-training>`);
      await click(el, 'Ja, neem contact met mij op');
      await waitUntil(() => $(el, '#fu-name'), 'the form shows (its code loads when it opens)');
      await type(el, '#fu-name', 'Sam');
      await type(el, '#fu-phone', '06 12345678');
      $<HTMLInputElement>(el, '#fu-consent')!.click();
      await click(el, 'Versturen');
      await waitUntil(() => $(el, '.followup [role="alert"]'), 'no error shown', { timeout: 20000 });
      expect(text($(el, '.followup [role="alert"]'))).to.contain('er is geen verbinding');
      expect($<HTMLAnchorElement>(el, '.followup [role="alert"] a')!.href).to.match(/^mailto:wijkteam@test\.example/);
      expect($<HTMLInputElement>(el, '#fu-name')!.value).to.equal('Sam');
      await expect(el).to.be.accessible();
    });

    it('without a server: an e-mail link to the organisation', async () => {
      const el = await fixture<El>(html`<digiplein-training .config=${{ ...withServer, endpoints: {} }} lang="nl"></digiplein-training>`);
      const link = $<HTMLAnchorElement>(el, '.followup a')!;
      expect(text(link)).to.equal('Mail wijkteam@test.example');
      expect(link.href).to.match(/^mailto:wijkteam@test\.example\?subject=/);
    });
  });
});
