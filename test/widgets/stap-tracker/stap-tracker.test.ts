import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/stap-tracker/define.js';
import type { DigipleinStapTracker } from '../../../src/widgets/stap-tracker/define.js';
import { clearAllData, storedKeys } from '../../../src/core/storage/storage.js';
import { toExportFile } from '../../../src/widgets/stap-tracker/persistence.js';
import type { Membership } from '../../../src/core/api/routes.js';
import { API, FakeRoutesServer } from './fake-server.js';

type El = DigipleinStapTracker;
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
const settle = async (el: El) => {
  await el.updateComplete;
  await el.updateComplete;
};

const localConfig = { version: 1, organisation: { name: 'Gemeente Test (fictief)' } };
const sharedConfig = { ...localConfig, endpoints: { api: API }, stapTracker: { pollSeconds: 3600 } };

async function render(
  config: unknown = localConfig,
  attrs: { lang?: string; ephemeral?: boolean; membership?: Membership } = {},
): Promise<El> {
  const el = await fixture<El>(
    html`<digiplein-stap-tracker .config=${config} lang=${attrs.lang ?? 'nl'} ?ephemeral=${attrs.ephemeral} .membership=${attrs.membership}></digiplein-stap-tracker>`,
  );
  await settle(el);
  return el;
}

async function answer(el: El, relation = 'getrouwd', children = 'yes', help = 'no'): Promise<void> {
  $<HTMLInputElement>(el, `input[name="relation"][value="${relation}"]`)!.click();
  $<HTMLInputElement>(el, `input[name="minorChildren"][value="${children}"]`)!.click();
  $<HTMLInputElement>(el, `input[name="help"][value="${help}"]`)!.click();
  $<HTMLButtonElement>(el, 'form.start button[type="submit"]')!.click();
  await settle(el);
}

const stepTitles = (el: El) => $$(el, 'details .step-title').map((s) => text(s).replace(/^(Stap|Step) \d+: /, ''));
const tagOf = (el: El, id: string) => text($(el, `#step-${id} summary .tag[data-status]`)).replace(/^Status: /, '');
const progressText = (el: El) => text($(el, '#progress-label'));

async function openStep(el: El, id: string): Promise<void> {
  const details = $<HTMLDetailsElement>(el, `#step-${id}`)!;
  if (!details.open) {
    details.querySelector('summary')!.click();
    await waitUntil(() => $(el, `#status-${id}`), `step ${id} did not open`);
  }
}

async function setStatus(el: El, id: string, value: string): Promise<void> {
  await openStep(el, id);
  const select = $<HTMLSelectElement>(el, `#status-${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

describe('<digiplein-stap-tracker>', () => {
  afterEach(async () => {
    clearAllData();
    await setViewport({ width: 800, height: 600 });
  });

  describe('start questions', () => {
    it('asks three questions as fieldsets with legends, stores nothing yet, and is accessible', async () => {
      const el = await render();
      expect($$(el, 'fieldset legend').map(text)).to.deep.equal([
        'Wat is uw situatie?',
        'Heeft u samen kinderen onder de 18 jaar?',
        'Heeft u al hulp, zoals een mediator, advocaat of scheidingsbegeleider?',
      ]);
      expect(storedKeys()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('lists what is missing, linked to each question, and is accessible then too', async () => {
      const el = await render();
      $<HTMLInputElement>(el, 'input[name="relation"][value="samenwonend"]')!.click();
      $<HTMLButtonElement>(el, 'form.start button[type="submit"]')!.click();
      await settle(el);
      const summary = $(el, '.error-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect($$(el, '.error-summary a').map(text)).to.deep.equal([
        'Heeft u samen kinderen onder de 18 jaar?',
        'Heeft u al hulp, zoals een mediator, advocaat of scheidingsbegeleider?',
      ]);
      expect($(el, '#q-children')!.getAttribute('aria-describedby')).to.equal('err-children');
      // focus on the summary (as in the sign-up), unanswered radios invalid, the answered one not
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(summary.getAttribute('aria-labelledby')).to.equal('start-errors-heading');
      expect($$(el, '#q-children input').every((i) => i.getAttribute('aria-invalid') === 'true')).to.equal(true);
      expect($$(el, '#q-relation input').every((i) => i.getAttribute('aria-invalid') === 'false')).to.equal(true);
      // no control named "children" shadows form.children
      expect($<HTMLFormElement>(el, 'form.start')!.children).to.be.instanceOf(HTMLCollection);
      expect(storedKeys()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('selects the steps for the family: married with children gets the required parenting plan', async () => {
      const el = await render();
      await answer(el, 'getrouwd', 'yes', 'no');
      const titles = stepTitles(el);
      expect(titles).to.include.members(['Het ouderschapsplan maken', 'De echtscheiding via de rechter', 'Partneralimentatie bespreken']);
      expect(titles).not.to.include('Het geregistreerd partnerschap beëindigen');
      expect(text($(el, '#step-ouderschapsplan summary'))).to.contain('Verplicht');
      expect($$(el, 'ol.phases > li > h3').map(text)[0]).to.equal('Fase 1: Besluiten en het de kinderen vertellen');
      expect(storedKeys()).to.deep.equal(['digiplein:stap-tracker:route']);
      expect(text($(el, '.next'))).to.contain('Begin met: Is het thuis veilig?');
      await expect(el).to.be.accessible();
    });

    it("follows the page's outline: heading-level sets every heading, hide-heading keeps the name for screen readers", async () => {
      const el = await fixture<El>(
        html`<digiplein-stap-tracker .config=${localConfig} lang="nl" heading-level="3" hide-heading></digiplein-stap-tracker>`,
      );
      await settle(el);
      const title = $(el, '#title')!;
      expect(title.localName).to.equal('h3');
      expect(title.classList.contains('visually-hidden'), 'left out of sight').to.equal(true);
      expect(text(title)).to.equal('Uw stappenplan bij scheiden');
      expect($(el, '#start-heading')!.localName).to.equal('h4');
      await answer(el, 'getrouwd', 'yes', 'no');
      expect(el.shadowRoot!.activeElement, 'focus on the first heading one can see after the start').to.equal($(el, '#next-heading'));
      expect($(el, '#next-heading')!.localName).to.equal('h4');
      expect($$(el, 'ol.phases > li > h4').map(text)[0]).to.equal('Fase 1: Besluiten en het de kinderen vertellen');
      expect($(el, '#tools-heading')!.localName).to.equal('h4');
      await openStep(el, 'ouderschapsplan');
      const levels = $$(el, '#step-ouderschapsplan .step-body :is(h2, h3, h4, h5, h6)').map((h) => h.localName);
      expect(levels.length, "a step's own headings").to.be.greaterThan(0);
      expect(new Set(levels), 'one below the phase (h4): none skips a level, none climbs').to.deep.equal(new Set(['h5']));
      await expect(el).to.be.accessible();
    });

    it('living together without children gets no parenting plan and no court steps', async () => {
      const el = await render();
      await answer(el, 'samenwonend', 'no', 'yes');
      const titles = stepTitles(el);
      expect(titles).not.to.include.any.members(['Het ouderschapsplan maken', 'De echtscheiding via de rechter', 'De kinderen vertellen']);
      expect(titles).to.include('Deze route delen met uw begeleider');
      expect($$(el, '.tag.required')).to.have.length(0);
    });
  });

  describe('statuses and progress', () => {
    it('changes a status with a standard select: text tag, progress, live region and the event without notes', async () => {
      const el = await render();
      await answer(el);
      const total = $$(el, 'details').length;
      expect(progressText(el)).to.equal(`Voortgang: 0 van ${total} stappen klaar`);
      await openStep(el, 'ouderschapsplan');
      const select = $<HTMLSelectElement>(el, '#status-ouderschapsplan')!;
      expect([...select.options].map((o) => o.text)).to.deep.equal([
        'Nog niet begonnen',
        'Bezig',
        'Klaar',
        'Niet van toepassing',
        'Wacht op iemand anders',
      ]);
      expect(text(el.shadowRoot!.querySelector(`label[for="status-ouderschapsplan"]`))).to.equal('Status');
      select.value = 'done';
      setTimeout(() => select.dispatchEvent(new Event('change')));
      const event = await oneEvent(el, 'digiplein-stap-changed');
      expect(event.detail).to.deep.equal({ stepId: 'ouderschapsplan', status: 'done' });
      expect(event.bubbles && event.composed).to.equal(true);
      await settle(el);
      expect(tagOf(el, 'ouderschapsplan')).to.equal('Klaar');
      expect(progressText(el)).to.equal(`Voortgang: 1 van ${total} stappen klaar`);
      const live = $(el, '[aria-live="polite"]')!;
      expect(text(live)).to.equal(`Het ouderschapsplan maken: Klaar. 1 van ${total} stappen klaar.`);
      expect(text($(el, '.next'))).not.to.contain('Het ouderschapsplan maken');
      await expect(el).to.be.accessible();
    });

    it('shows progress per phase, what is next, and a calm message when everything is finished', async () => {
      const el = await render();
      await answer(el, 'samenwonend', 'no', 'yes');
      await setStatus(el, 'woning', 'busy');
      expect(text($(el, '.next'))).to.contain('Ga verder met: Afspraken over het huis');
      const ids = $$(el, 'details').map((d) => d.id.replace('step-', ''));
      for (const id of ids) await setStatus(el, id, id === 'inschrijving' ? 'not-applicable' : 'done');
      expect(progressText(el)).to.equal(`Voortgang: ${ids.length} van ${ids.length} stappen klaar`);
      expect(
        $$(el, '.phase-progress')
          .map(text)
          .every((t) => /^(\d+) van \1 klaar$/.test(t)),
      ).to.equal(true);
      expect(text($(el, '.next'))).to.contain('Alle stappen zijn klaar of niet van toepassing');
      await expect(el).to.be.accessible();
    });

    it('keeps who, date and notes, and shows the change in the step history', async () => {
      const el = await render();
      await answer(el);
      await openStep(el, 'woning');
      const who = $<HTMLSelectElement>(el, '#who-woning')!;
      who.value = 'together';
      who.dispatchEvent(new Event('change'));
      const date = $<HTMLInputElement>(el, '#date-woning')!;
      date.value = '2026-12-01';
      date.dispatchEvent(new Event('change'));
      const notes = $<HTMLTextAreaElement>(el, '#notes-woning')!;
      notes.value = 'Makelaar bellen';
      notes.dispatchEvent(new Event('change'));
      await settle(el);
      const history = $$(el, '#step-woning .history li').map(text);
      expect(history).to.have.length(3);
      expect(history.some((h) => /^Wie: Samen — gewijzigd om \d\d:\d\d$/.test(h))).to.equal(true, history.join(' | '));
      expect(history.some((h) => /^Datum: 2026-12-01 — gewijzigd om/.test(h))).to.equal(true);
      expect(history.some((h) => /^Notities: aangepast — gewijzigd om/.test(h))).to.equal(true);
    });

    it('shows the safety help under a note that signals danger, in view on a phone; a harmless note gets none; quick exit clears', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await render();
        await answer(el);
        await openStep(el, 'woning');
        const notes = $<HTMLTextAreaElement>(el, '#notes-woning')!;
        notes.value = 'Makelaar bellen, hij wil het huis verkopen';
        notes.dispatchEvent(new Event('change'));
        await settle(el);
        expect($(el, '#step-woning .free-text-safety')).to.equal(null);
        notes.value = 'Ik durf niet thuis te zijn als hij er is, hij heeft me vorige week geslagen';
        notes.dispatchEvent(new Event('change'));
        await settle(el);
        await new Promise((r) => setTimeout(r, 50));
        const card = $(el, '#step-woning .free-text-safety .safety:not(.possible)')!;
        expect(card).to.exist;
        for (const [sel, what] of [
          ['a[href="tel:112"]', '112'],
          ['a[href="tel:08002000"]', 'Veilig Thuis'],
        ]) {
          const r = card.querySelector(sel!)!.getBoundingClientRect();
          expect(r.top >= -1 && r.bottom <= innerHeight + 1, `${what} in view`).to.equal(true);
        }
        expect(text($(el, '[role="status"]'))).to.contain('op gevaar wijzen');
        await expect(el).to.be.accessible();
        const went: string[] = [];
        const { setQuickExitNavigation } = await import('../../../src/core/ui/quick-exit.js');
        setQuickExitNavigation((url) => went.push(url));
        card.querySelector<HTMLButtonElement>('button.quick-exit')!.click();
        await settle(el);
        expect(went).to.have.length(1);
        expect(storedKeys()).to.deep.equal([]);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('opens and closes every step with "show all", and is accessible with all open', async () => {
      const el = await render();
      await answer(el);
      button(el, 'Alle stappen openen').click();
      await settle(el);
      expect($$<HTMLDetailsElement>(el, 'details').every((d) => d.open)).to.equal(true);
      expect(button(el, 'Alle stappen sluiten').getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      button(el, 'Alle stappen sluiten').click();
      await settle(el);
      expect($$<HTMLDetailsElement>(el, 'details').some((d) => d.open)).to.equal(false);
    });
  });

  describe('kept on this device', () => {
    it('survives a reload', async () => {
      const el = await render();
      await answer(el);
      await setStatus(el, 'toeslagen', 'waiting');
      el.remove();
      const again = await render();
      expect(tagOf(again, 'toeslagen')).to.equal('Wacht op iemand anders');
      expect($(again, 'form.start')).to.equal(null);
    });

    it('imports an exported file, and a broken file changes nothing and says why', async () => {
      const el = await render();
      await answer(el);
      await setStatus(el, 'woning', 'done');
      const exported = JSON.stringify(toExportFile(el.routeSession.family!, el.routeSession.changes));
      await setStatus(el, 'woning', 'busy');
      const before = localStorage.getItem('digiplein:stap-tracker:route');

      for (const [broken, message] of [
        ['{ dit is geen json', 'Dit bestand kunnen we niet lezen. Er is niets veranderd.'],
        ['{"hello": 1}', 'Dit is geen stappenplan van DigiPlein. Er is niets veranderd.'],
        [
          JSON.stringify({ ...JSON.parse(exported), changes: [{ id: 'x', step: 'woning' }] }),
          'Dit bestand is beschadigd of van een andere versie. Er is niets veranderd.',
        ],
      ] as const) {
        expect(await el.importText(broken)).to.equal(false);
        await settle(el);
        expect(text($(el, 'p[role="alert"]'))).to.equal(message);
        // the message stands right under the file field, not at the top out of sight
        const field = $(el, '#import')!.getBoundingClientRect();
        const shown = $(el, 'p[role="alert"]')!.getBoundingClientRect();
        expect(shown.top - field.bottom, 'just under the file field').to.be.within(-1, 80);
        expect($(el, '#import')!.getAttribute('aria-describedby')).to.contain('import-message');
        expect(localStorage.getItem('digiplein:stap-tracker:route')).to.equal(before);
        expect(tagOf(el, 'woning')).to.equal('Bezig');
      }
      await expect(el).to.be.accessible();

      button(el, 'Wis dit stappenplan').click();
      await settle(el);
      button(el, 'Ja, wis het').click();
      await settle(el);
      // a new device: the file can be put back on the start screen, without making a plan first
      const fresh = await render();
      expect($(fresh, 'form.start')).to.exist;
      expect($(fresh, '#import-start'), 'a file field on the start screen').to.exist;
      expect(await fresh.importText(exported)).to.equal(true);
      await settle(fresh);
      expect(text($(fresh, 'p[role="status"]:not([aria-live])'))).to.equal('Het bestand is teruggezet.');
      expect(tagOf(fresh, 'woning')).to.equal('Klaar');
      expect(stepTitles(fresh)).to.include('Het ouderschapsplan maken'); // the family of the file
    });

    /** A route with a note the parent must not leave behind, stored on this device. */
    async function withSecretNote(): Promise<El> {
      const el = await render();
      await answer(el);
      await openStep(el, 'woning');
      const notes = $<HTMLTextAreaElement>(el, '#notes-woning')!;
      notes.value = 'Hij mag niet weten dat ik verhuis';
      notes.dispatchEvent(new Event('change'));
      await settle(el);
      expect(storedKeys()).to.include('digiplein:stap-tracker:route');
      return el;
    }

    it('Back after "Snel weg" on another page: a page from the back/forward cache shows nothing typed', async () => {
      const el = await withSecretNote();
      // another page of the site ran the quick exit: storage is empty, this page was in the bfcache
      for (const k of storedKeys()) (k.startsWith('digiplein:') ? [localStorage, sessionStorage] : []).forEach((s) => s.removeItem(k));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await settle(el);
      expect($(el, 'form.start'), 'back to the start').to.exist;
      expect(el.shadowRoot!.textContent).not.to.contain('Hij mag niet weten dat ik verhuis');
      expect(storedKeys()).to.deep.equal([]);
    });

    it('"Snel weg" in another tab: this tab forgets what was typed as soon as the storage is wiped', async () => {
      const el = await withSecretNote();
      // the other tab empties the storage; the browser tells this tab with a storage event
      for (const k of storedKeys()) [localStorage, sessionStorage].forEach((s) => s.removeItem(k));
      window.dispatchEvent(new StorageEvent('storage', { key: 'digiplein:stap-tracker:route' }));
      await settle(el);
      expect($(el, 'form.start'), 'back to the start').to.exist;
      expect(el.shadowRoot!.textContent).not.to.contain('Hij mag niet weten dat ik verhuis');
    });

    it('two stap-trackers with their own id on one page keep two routes, not one shared key', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <digiplein-stap-tracker id="ouder" .config=${localConfig} lang="nl"></digiplein-stap-tracker>
        <digiplein-stap-tracker id="oefen" .config=${localConfig} lang="nl"></digiplein-stap-tracker>
      </div>`);
      const [one, two] = [...page.querySelectorAll<El>('digiplein-stap-tracker')] as [El, El];
      await settle(one);
      await settle(two);
      await answer(one);
      await settle(two);
      expect(storedKeys()).to.deep.equal(['digiplein:stap-tracker:route-ouder']);
      expect($(two, 'form.start'), 'the second still starts fresh').to.exist;
    });

    it('wipes after a confirmation: back to the start questions, nothing stored', async () => {
      const el = await render();
      await answer(el);
      button(el, 'Wis dit stappenplan').click();
      await settle(el);
      expect(text($(el, '.tools [role="alert"]'))).to.contain('Weet u het zeker?');
      button(el, 'Ja, wis het').click();
      await settle(el);
      expect($(el, 'form.start')).to.exist;
      expect(storedKeys()).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement?.id).to.equal('start-heading');
    });

    it('has a one-page print overview with every step, its status, who, date and notes', async () => {
      const el = await render();
      await answer(el);
      await setStatus(el, 'woning', 'done');
      await openStep(el, 'woning');
      const notes = $<HTMLTextAreaElement>(el, '#notes-woning')!;
      notes.value = 'Makelaar gebeld op dinsdag';
      notes.dispatchEvent(new Event('change'));
      await settle(el);
      expect($(el, '.print-only')).to.equal(null, 'rendered only for print');
      window.dispatchEvent(new Event('beforeprint'));
      const rows = $$(el, '.print-only tbody tr td:first-child');
      expect(rows).to.have.length($$(el, 'details').length);
      const woning = $$(el, '.print-only tbody tr').find((r) => text(r).includes('Afspraken over het huis'))!;
      expect(text(woning)).to.contain('Klaar');
      expect(text(woning), 'the notes are printed too').to.contain('Notities: Makelaar gebeld op dinsdag');
      expect(getComputedStyle($(el, '.print-only')!).display).to.equal('none', 'on screen');
      expect(getComputedStyle($(el, '.screen-only')!).display).not.to.equal('none');
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect($(el, '.print-only')).to.equal(null);
      el.printPreview = true;
      await settle(el);
      expect(getComputedStyle($(el, '.print-only')!).display).to.equal('block');
      expect(getComputedStyle($(el, '.screen-only')!).display).to.equal('none');
    });
  });

  describe('sharing', () => {
    let server: FakeRoutesServer;
    beforeEach(() => {
      server = new FakeRoutesServer().install();
    });
    afterEach(() => server.uninstall());

    async function sharedPair(): Promise<[El, El]> {
      const a = await render(sharedConfig);
      await answer(a);
      button(a, 'Stappenplan delen').click();
      await waitUntil(() => a.routeSession.share, 'not shared');
      await settle(a);
      const b = await render(sharedConfig, { ephemeral: true });
      const code = $<HTMLInputElement>(b, '#join-code')!;
      code.value = a.routeSession.share!.code.toLowerCase();
      code.dispatchEvent(new Event('input'));
      button(b, 'Meedoen').click();
      await waitUntil(() => b.routeSession.share, 'not joined');
      await settle(b);
      return [a, b];
    }

    it('shares with a code and link; the other parent joins and both see each other’s changes', async () => {
      const [a, b] = await sharedPair();
      expect(text($(a, '.sync'))).to.contain('U doet mee als Ouder 1');
      expect(text($(a, '.sync .code'))).to.equal('TEST-2221');
      expect(text($(b, '.sync'))).to.contain('U doet mee als Ouder 2');
      expect(stepTitles(b)).to.deep.equal(stepTitles(a));
      await setStatus(b, 'woning', 'done');
      await a.routeSession.sync();
      await settle(a);
      expect(tagOf(a, 'woning')).to.equal('Klaar');
      await openStep(a, 'woning');
      expect(text($(a, '#step-woning .history li'))).to.match(/Status: Klaar — gewijzigd door Ouder 2 om \d\d:\d\d/);
      expect($<HTMLSelectElement>(a, '#status-woning')!.value).to.equal('done');
      await setStatus(a, 'woning', 'busy');
      await setStatus(b, 'woning', 'waiting');
      await a.routeSession.sync();
      await settle(a);
      expect($<HTMLSelectElement>(a, '#status-woning')!.value).to.equal(
        'waiting',
        'the open select follows a change from the other parent',
      );
      await expect(a).to.be.accessible();
    });

    it('shows the other parent’s change at once through the server’s stream, with no poll; polling takes over when the stream drops', async () => {
      server.uninstall();
      server = new FakeRoutesServer().install({ events: true });
      const [a, b] = await sharedPair(); // polling once an hour: only the stream can bring it in time
      await waitUntil(() => a.routeSession.live && b.routeSession.live, 'streams not open');
      await setStatus(b, 'woning', 'done');
      await waitUntil(() => tagOf(a, 'woning') === 'Klaar', 'the change did not arrive through the stream');
      await setStatus(a, 'toeslagen', 'busy');
      await waitUntil(() => tagOf(b, 'toeslagen') === 'Bezig', 'nor the other way');
      const streamOfA = server.streams.find((s) => s.url.includes(encodeURIComponent(a.routeSession.share!.token)) && s.readyState === 1)!;
      streamOfA.fail();
      expect(a.routeSession.live).to.equal(false, 'back to polling at the configured interval');
      await expect(a).to.be.accessible();
    });

    it('a wrong code gets a clear message and nothing changes', async () => {
      const el = await render(sharedConfig);
      const code = $<HTMLInputElement>(el, '#join-code')!;
      code.value = 'ABCD-EFGH';
      code.dispatchEvent(new Event('input'));
      button(el, 'Meedoen').click();
      await waitUntil(() => $(el, '#join-error'));
      expect(text($(el, '#join-error'))).to.equal('Deze code kennen we niet. Kijk of u de code goed heeft overgenomen.');
      expect(code.getAttribute('aria-invalid')).to.equal('true');
      expect(storedKeys()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('merges concurrent changes to the same field of the same step: the later wins on both, with a visible history', async () => {
      const [a, b] = await sharedPair();
      const now = Date.now();
      a.routeSession.change('woning', 'status', 'busy', now);
      b.routeSession.change('woning', 'status', 'waiting', now + 1000);
      await Promise.all([a.routeSession.sync(), b.routeSession.sync()]);
      await Promise.all([a.routeSession.sync(), b.routeSession.sync()]);
      await settle(a);
      await settle(b);
      expect(tagOf(a, 'woning')).to.equal('Wacht op iemand anders');
      expect(tagOf(b, 'woning')).to.equal('Wacht op iemand anders');
      await openStep(a, 'woning');
      const history = $$(a, '#step-woning .history li').map(text);
      expect(history[0]).to.match(/^Status: Wacht op iemand anders — gewijzigd door Ouder 2 om/);
      expect(history[1]).to.match(/^Status: Bezig — gewijzigd door Ouder 1 om .*\(overschreven door een latere wijziging\)$/);
      await expect(a).to.be.accessible();
    });

    it('queues changes made offline and sends them when back online', async () => {
      const [a, b] = await sharedPair();
      server.offline = true;
      await setStatus(a, 'toeslagen', 'done');
      await a.routeSession.sync();
      await settle(a);
      // the device is online; the server does not answer: it says so, not "U bent offline"
      expect(text($(a, '.sync'))).to.contain('De server is nu niet bereikbaar. 1 wijziging wordt verstuurd zodra het weer lukt.');
      await expect(a).to.be.accessible();
      server.offline = false;
      window.dispatchEvent(new Event('online'));
      // (a loaded machine may take more than the default second to send after coming online)
      await waitUntil(() => a.routeSession.pending.size === 0, 'not sent after coming online', { timeout: 10_000 });
      await b.routeSession.sync();
      await settle(b);
      expect(tagOf(b, 'toeslagen')).to.equal('Klaar');
    });

    it('the begeleider opens the route with the begeleider role, adds a step and a comment, and closes it', async () => {
      const [a] = await sharedPair();
      const membership = server.begeleider(a.routeSession.share!.routeId);
      const beg = await render(sharedConfig, { ephemeral: true, membership });
      await waitUntil(() => beg.routeSession.share, 'begeleider did not open');
      await settle(beg);
      expect(text($(beg, '.family + p'))).to.equal('U bekijkt dit stappenplan als begeleider.');
      expect($(beg, '#import')).to.equal(null, 'nothing is imported at the desk');
      await expect(beg).to.be.accessible();

      $<HTMLInputElement>(beg, '#add-title')!.value = 'Afspraak bij de bank';
      $<HTMLFormElement>(beg, '#add-title')!.closest('form')!.requestSubmit();
      await settle(beg);
      await openStep(beg, 'woning');
      $<HTMLTextAreaElement>(beg, '#comment-woning')!.value = 'Bespreken we donderdag.';
      $<HTMLFormElement>(beg, '#comment-woning')!.closest('form')!.requestSubmit();
      await settle(beg);
      await beg.routeSession.sync();
      await a.routeSession.sync();
      await settle(a);
      expect(stepTitles(a)).to.include('Afspraak bij de bank');
      await openStep(a, 'woning');
      expect(text($(a, '#step-woning .step-body'))).to.contain('Bespreken we donderdag.');
      expect($(a, '#add-title')).to.equal(null, 'a parent cannot add steps');

      button(beg, 'Stappenplan sluiten voor iedereen').click();
      await settle(beg);
      button(beg, 'Ja, sluiten').click();
      await waitUntil(() => beg.routeSession.status === 'closed');
      await a.routeSession.sync();
      await settle(a);
      expect(text($(a, '.sync'))).to.contain('De begeleider heeft dit stappenplan gesloten.');
      expect($<HTMLSelectElement>(a, '#status-woning')!.disabled).to.equal(true);
      await expect(a).to.be.accessible();
      button(a, 'Verder als mijn eigen stappenplan').click();
      await settle(a);
      expect($<HTMLSelectElement>(a, '#status-woning')!.disabled).to.equal(false);
      expect(tagOf(a, 'woning')).to.equal('Nog niet begonnen');
    });

    it('a parent can leave; their copy stays on the device', async () => {
      const [a, b] = await sharedPair();
      await setStatus(b, 'woning', 'done');
      button(b, 'Stoppen met delen').click();
      await waitUntil(() => !b.routeSession.share);
      await settle(b);
      expect(text($(b, '[role="status"]:not([aria-live])'))).to.contain('U deelt het stappenplan niet meer.');
      expect(tagOf(b, 'woning')).to.equal('Klaar');
      expect(server.routes.get(a.routeSession.share!.routeId)!.tokens.size).to.equal(1);
    });
  });

  it('speaks English with lang="en"', async () => {
    const el = await render(localConfig, { lang: 'en' });
    expect(text($(el, 'legend'))).to.equal('What is your situation?');
    await answer(el, 'geregistreerd', 'no', 'no');
    expect(stepTitles(el)).to.include('Ending the registered partnership');
    expect(progressText(el)).to.match(/^Progress: 0 of \d+ steps finished$/);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render();
    await answer(el);
    button(el, 'Alle stappen openen').click();
    await settle(el);
    const root = $(el, '.root')!;
    const wide = $$(el, '*')
      .filter((n) => n.getBoundingClientRect().right > root.getBoundingClientRect().right + 1)
      .map((n) => `${n.tagName}.${n.className}`);
    expect(wide).to.deep.equal([]);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
