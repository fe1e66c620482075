import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './test-element.js';
import type { TestWidget } from './test-element.js';
import { clearConfigCache, resetLoaderOptions, setLoaderOptions } from '../../src/core/config/loader.js';
import { clearConfigStates } from '../../src/core/config/controller.js';

/** Captures console.error output while a test runs. */
function captureErrors() {
  const original = console.error;
  const lines: string[] = [];
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.error = original) };
}

const settle = (el: TestWidget) =>
  waitUntil(() => el.shadowRoot?.querySelector('.greeting, .fallback'), 'widget did not settle', { timeout: 8000 });
const debugItems = (el: TestWidget) =>
  [...(el.shadowRoot?.querySelectorAll('.debug li') ?? [])].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('bad config', () => {
  let errors: ReturnType<typeof captureErrors>;
  beforeEach(() => {
    clearConfigCache();
    clearConfigStates();
    setLoaderOptions({ retryDelaysMs: [], timeoutMs: 3000 });
    errors = captureErrors();
  });
  afterEach(() => {
    errors.restore();
    resetLoaderOptions();
  });

  async function withConfig(config: unknown) {
    const el = await fixture<TestWidget>(html`<test-widget debug .config=${config}></test-widget>`);
    await settle(el);
    return el;
  }

  it('names a wrong type with its path, what was found and what was expected', async () => {
    const el = await withConfig({ version: 1, organisation: { name: 'X' }, gemeenten: 'Utrecht' });
    expect(el.shadowRoot!.querySelector('.fallback'), 'calm fallback for the parent').to.exist;
    expect(errors.lines).to.have.length(1);
    expect(errors.lines[0]).to.include(
      'gemeenten: verwacht een lijst [ … ], maar gevonden een tekst / expected a list [ … ], but found a text',
    );
    expect(debugItems(el)[0]).to.include('gemeenten: verwacht een lijst');
    expect(debugItems(el)[0]).to.include('"Utrecht"');
    await expect(el).to.be.accessible();
  });

  it('names an unknown section and suggests the one probably meant', async () => {
    const el = await withConfig({ version: 1, organisation: { name: 'X' }, hulpzoekr: {} });
    expect(errors.lines[0]).to.include('hulpzoekr: onbekend veld "hulpzoekr"; bedoelt u "hulpzoeker"?');
    expect(errors.lines[0]).to.include('unknown field "hulpzoekr"; did you mean "hulpzoeker"?');
    expect(el.shadowRoot!.querySelector('.fallback')).to.exist;
  });

  it('refuses a conversation that would set an event handler or style on a widget, named with its path', async () => {
    const conv = {
      id: 'boos',
      title: 'Hulp',
      start: 'w',
      nodes: {
        w: {
          type: 'widget',
          widget: 'hulpzoeker',
          options: { onclick: 'alert(1)', style: 'background:url(https://evil.example/x)', postcode: '1234' },
        },
      },
    };
    await withConfig({ version: 1, organisation: { name: 'X' }, conversations: [conv] });
    const all = errors.lines.join('\n');
    expect(all).to.include('conversations[0].nodes.w.options.onclick: onbekende optie voor hulpzoeker');
    expect(all).to.include('conversations[0].nodes.w.options.style');
    expect(all).not.to.include('options.postcode');
  });

  it('refuses theme token values that load from another host (url, image-set, escapes)', async () => {
    const el = await withConfig({
      version: 1,
      organisation: { name: 'X' },
      theme: { tokens: { '--digiplein-accent-color': 'url(https://evil.example/track.png)' } },
    });
    expect(errors.lines.join()).to.include('kleur, maat, getal of lettertype; url(…)');
    expect(el.style.getPropertyValue('--digiplein-accent-color')).to.equal('');
  });

  it('names mistakes that used to pass silently: duplicate ids, overlapping postcodes, impossible dates and hours, a slot ending before it starts, jump loops', async () => {
    const slot = { start: '2026-12-10T10:00:00+01:00', end: '2026-12-10T09:00:00+01:00' };
    await withConfig({
      version: 1,
      organisation: { name: 'X' },
      gemeenten: [
        { code: 'GM9901', name: 'Een', postcodes: ['9991-9995'] },
        { code: 'GM9902', name: 'Twee', postcodes: ['9994-9996'] },
        { code: 'GM9901', name: 'Een weer' },
      ],
      spreekuren: [{ id: 's', kind: 'spreekuur', name: 'S', organisation: 'O', email: 'a@b.nl', slots: [slot] }],
      conversations: [{ id: 'rond', title: 'Rond', start: 'a', nodes: { a: { type: 'jump', to: 'b' }, b: { type: 'jump', to: 'a' } } }],
    });
    await withConfig({
      version: 1,
      organisation: { name: 'X' },
      chat: { openingHours: { ma: ['17:00-09:00'], di: ['09:00-24:01'] }, closedDays: ['2026-02-30'] },
    });
    const all = errors.lines.join('\n');
    expect(all, 'impossible date').to.include('chat.closedDays[0]: deze datum bestaat niet');
    expect(all, 'duplicate id').to.include('gemeenten[2].code: dit id staat er al');
    expect(all, 'overlap').to.include('gemeenten[1].postcodes[0]: overlapt met de postcodes van Een');
    expect(all, 'hours backwards').to.include('chat.openingHours.ma[0]: de eindtijd moet na de begintijd liggen');
    expect(all, '24:01').to.match(/chat\.openingHours\.di\[0\]: (verwacht tijden|de eindtijd moet)/);
    expect(all, 'slot').to.include('spreekuren[0].slots[0].end: de eindtijd ligt niet na de begintijd');
    expect(all, 'jump loop').to.include('conversations[0].nodes.a.to: deze sprongen verwijzen alleen naar elkaar');
  });

  it('names a missing required field', async () => {
    await withConfig({ version: 1 });
    expect(errors.lines[0]).to.include('organisation: ontbreekt: dit veld is verplicht (verwacht een object { … })');
    expect(errors.lines[0]).to.include('missing: this field is required');
  });

  it('explains format mistakes in plain words', async () => {
    await withConfig({
      version: 1,
      organisation: { name: 'X', website: 'www.gemeente.nl' },
      gemeenten: [{ code: '0363', name: 'Amsterdam' }],
    });
    const log = errors.lines.join('\n');
    // gemeenten[0] is a list item: it is skipped; organisation.website is not, so the config is unusable
    expect(log).to.include('organisation.website: verwacht een volledig webadres dat begint met https://');
    expect(log).to.include('gemeenten[0].code: verwacht een CBS-gemeentecode zoals "GM0363"');
  });

  it('leaves out a broken offer, reports it with its path, and keeps the rest working', async () => {
    const el = await fixture<TestWidget>(html`<test-widget debug config="/test/fixtures/bad-offer.json"></test-widget>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.greeting')).to.exist;
    // 12 national offers + the one good offer
    expect(el.shadowRoot!.querySelector('.offers')!.textContent).to.equal('13');
    const items = debugItems(el);
    expect(items.some((i) => i.startsWith('offers[1].contact: verwacht minstens één manier van contact'))).to.be.true;
    expect(items.some((i) => i.startsWith('offers[2].themes[0]: onbekend thema') && i.includes('"astrologie"'))).to.be.true;
    expect(items.every((i) => i.endsWith('overgeslagen'))).to.be.true;
    expect(errors.lines[0]).to.include('deze onderdelen zijn overgeslagen');
    await expect(el).to.be.accessible();
  });

  it('shows config problems inside the widget only with the debug attribute', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .config=${{ version: 2, organisation: { name: 'X' } }}></test-widget>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.debug')).to.not.exist;
    expect(el.shadowRoot!.querySelector('.fallback')).to.exist;
    expect(errors.lines[0]).to.include('version: verwacht versie 1');
  });

  it('reports broken JSON with line and column', async () => {
    const el = await fixture<TestWidget>(html`<test-widget debug config="/test/fixtures/broken.json"></test-widget>`);
    await settle(el);
    expect(errors.lines.join()).to.match(/het bestand is geen geldige JSON \(regel 1, kolom \d+/);
    expect(debugItems(el)[0]).to.include('geen geldige JSON');
    expect(el.shadowRoot!.querySelector('.fallback')).to.exist;
  });

  it('reports a 404 at once (it cannot pass by asking again) and shows the fallback with national help in under 1 s', async () => {
    resetLoaderOptions(); // the real retry schedule: a 404 must not wait for it
    const original = window.fetch;
    let attempts = 0;
    window.fetch = (input, init) => {
      if (String(input).includes('missing.json')) attempts++;
      return original(input, init);
    };
    try {
      const started = performance.now();
      const el = await fixture<TestWidget>(html`<test-widget debug config="/test/fixtures/missing.json"></test-widget>`);
      await settle(el);
      expect(performance.now() - started, 'fallback shown within 1 s').to.be.below(1000);
      expect(attempts).to.equal(1);
      expect(errors.lines.join()).to.include('de server antwoordde met HTTP 404: het bestand bestaat niet op dit adres');
      const fallback = el.shadowRoot!.querySelector('.fallback')!;
      expect(fallback.textContent).to.include('Het Juridisch Loket');
      expect(fallback.querySelector('a[href="tel:08002000"]'), 'Veilig Thuis can be called').to.exist;
      expect(fallback.querySelector('button')!.textContent!.trim()).to.equal('Opnieuw proberen');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });

  it('asks a failing server again with backoff before it gives up', async () => {
    setLoaderOptions({ retryDelaysMs: [10, 20], timeoutMs: 3000 });
    const original = window.fetch;
    let attempts = 0;
    window.fetch = (input, init) => {
      if (!String(input).includes('busy.json')) return original(input, init);
      attempts++;
      return Promise.resolve(new Response('busy', { status: 503 }));
    };
    try {
      const el = await fixture<TestWidget>(html`<test-widget debug config="/test/fixtures/busy.json"></test-widget>`);
      await settle(el);
      expect(attempts).to.equal(3);
      expect(errors.lines.join()).to.include('de server antwoordde met HTTP 503');
    } finally {
      window.fetch = original;
    }
  });

  it('reports a network error (or CORS refusal) in plain words', async () => {
    const el = await fixture<TestWidget>(html`<test-widget config="http://127.0.0.1:9/digiplein.json"></test-widget>`);
    await settle(el);
    expect(errors.lines.join()).to.include(
      'kon het bestand niet ophalen: geen netwerk, of de server staat ophalen vanaf deze site niet toe (CORS)',
    );
    expect(el.shadowRoot!.querySelector('.fallback')).to.exist;
  });

  it('uses the remembered copy when the site opted in and the URL fails later', async () => {
    localStorage.clear();
    const good = await fixture<TestWidget>(
      html`<test-widget remember-config config="/test/fixtures/voorbeeld.json?remember"></test-widget>`,
    );
    await settle(good);
    const key = Object.keys(localStorage).find((k) => k.startsWith('digiplein:config:'));
    expect(key, 'kept only because remember-config is set').to.exist;
    // Simulate the next visit with the server down.
    clearConfigCache();
    clearConfigStates();
    const original = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const el = await fixture<TestWidget>(
        html`<test-widget remember-config config="/test/fixtures/voorbeeld.json?remember"></test-widget>`,
      );
      await settle(el);
      expect(el.shadowRoot!.querySelector('.greeting')!.textContent).to.equal('Hallo Gemeente Testdorp');
    } finally {
      window.fetch = original;
      localStorage.clear();
    }
  });

  it('writes nothing to storage without the opt-in', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await fixture<TestWidget>(html`<test-widget config="/test/fixtures/voorbeeld.json?nostore"></test-widget>`);
    await settle(el);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });
});
