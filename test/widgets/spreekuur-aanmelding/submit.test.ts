import { setViewport } from '@web/test-runner-commands';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { clearAllData, storedKeys } from '../../../src/core/storage/storage.js';
import type { SpreekuurAanmelding } from '../../../src/widgets/spreekuur-aanmelding/define.js';
import { $, $$, check, clickButton, fillDetails, mount, settle, slotAt, testConfig, text } from './helpers.js';

const API = 'https://api.example.org/';
const free = slotAt(2, 9, { id: 'slot-a', capacity: 1, remaining: 1 });
const full = slotAt(2, 10, { id: 'slot-b', capacity: 2, remaining: 0 });
const later = slotAt(4, 8, { id: 'slot-c', capacity: 3, remaining: 2 });

interface Call {
  url: string;
  method: string;
  body?: Record<string, unknown>;
}

/** Replaces `fetch` with a scripted server; each POST answer is taken from `posts` in order. */
function stubFetch(posts: (() => Response | Promise<Response>)[], slots = [free, full, later]) {
  const calls: Call[] = [];
  const original = window.fetch;
  let currentSlots = slots;
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    calls.push({ url, method, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (method === 'GET') return Response.json({ spreekuur: 'wijkteam-spreekuur', slots: currentSlots });
    const next = posts.shift();
    if (!next) throw new Error('unexpected request ' + url);
    return next();
  }) as typeof fetch;
  return {
    calls,
    posts: () => calls.filter((c) => c.method === 'POST' && c.url.endsWith('/api/signups')),
    setSlots: (s: typeof slots) => (currentSlots = s),
    restore: () => (window.fetch = original),
  };
}

const booked = (slot = free) =>
  Response.json(
    {
      reference: 'DP-7K3M9Q',
      cancelToken: 'c'.repeat(32),
      spreekuur: 'wijkteam-spreekuur',
      slot: { id: slot.id, start: slot.start, end: slot.end },
      status: 'booked',
    },
    { status: 201 },
  );

async function toCheck(el: SpreekuurAanmelding) {
  await check(el, '#slot-first');
  await clickButton(el, 'Verder');
  await fillDetails(el);
  await clickButton(el, 'Verder');
}

describe('spreekuur-aanmelding: sending to the server', () => {
  let server: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => {
    server?.restore();
    clearAllData();
  });

  it('on a phone, 36 times over six days: days first, then one day\'s times, with "Verder" close by', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const many = Array.from({ length: 36 }, (_, i) =>
        slotAt(2 + Math.floor(i / 6), 8 + (i % 6), { id: `s${i}`, capacity: 1, remaining: 1 }),
      );
      server = stubFetch([], many);
      const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
      expect($$(el, 'input[name=day]')).to.have.length(6);
      expect($$(el, 'input[name=slot]')).to.have.length(6);
      const first = $(el, 'input[name=day]')!.getBoundingClientRect().top;
      const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].find((b) => b.textContent!.includes('Verder'))!;
      expect(next.getBoundingClientRect().top - first, '"Verder" within about a screen of the first day').to.be.below(1000);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows full times as full and not choosable', async () => {
    server = stubFetch([]);
    const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
    expect(server.calls[0]!.url).to.equal('https://api.example.org/api/spreekuren/wijkteam-spreekuur/slots');
    // the first day with room shows its times: one free, one full
    expect(
      $$<HTMLInputElement>(el, 'input[name=day]').map((d) => d.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.have.length(2);
    const radios = $$<HTMLInputElement>(el, 'input[name=slot]');
    expect(radios).to.have.length(2);
    const fullRadio = radios.find((r) => r.value === 'slot-b')!;
    expect(fullRadio.disabled).to.equal(true);
    expect(fullRadio.closest('label')!.textContent).to.contain('vol');
    // the other day: its times
    await check(el, 'input[name=day]:not(:checked)');
    expect($$<HTMLInputElement>(el, 'input[name=slot]').map((r) => r.value)).to.deep.equal(['slot-c']);
    expect(text(el)).to.contain('nog 2 plekken');
    await expect(el).to.be.accessible();
  });

  it('books, confirms with a reference and fires an event without personal data', async () => {
    server = stubFetch([() => booked()]);
    const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
    await toCheck(el);
    const event = oneEvent(el, 'digiplein-aanmelding-submitted');
    await clickButton(el, 'Aanmelding versturen');
    const { detail } = await event;
    expect(detail).to.deep.equal({ reference: 'DP-7K3M9Q', spreekuur: 'wijkteam-spreekuur', via: 'api' });
    await settle(el);
    expect(text(el)).to.contain('U bent aangemeld');
    expect($(el, '.reference')!.textContent).to.equal('DP-7K3M9Q');
    expect(text(el)).to.contain('Wat gebeurt er nu?');
    // Only the booking is kept (for a reload), no personal details.
    expect(storedKeys()).to.deep.equal(['digiplein:aanmelding:confirmation']);
    expect(sessionStorage.getItem('digiplein:aanmelding:confirmation')).not.to.contain('sam@example.org');
    const body = server.posts()[0]!.body!;
    expect(body.spreekuur).to.equal('wijkteam-spreekuur');
    expect(body.slot).to.equal('slot-a');
    expect(body.details).to.deep.include({ name: 'Sam', email: 'sam@example.org', contactBy: 'email', consent: true });
    expect(body).not.to.have.property('website');
    await expect(el).to.be.accessible();

    el.remove();
    const reloaded = await mount(testConfig({ api: API }));
    expect($(reloaded, '.reference')!.textContent).to.equal('DP-7K3M9Q');
    await clickButton(reloaded, 'Nog een aanmelding doen');
    expect(text(reloaded)).to.contain('Stap 1 van 4');
    expect(storedKeys()).to.deep.equal([]);
  });

  it('keeps the data, says so, and retries with the same idempotency key after a failure', async () => {
    server = stubFetch([
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => new Response('oops', { status: 503 }),
      () => booked(),
    ]);
    const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
    el.retryDelays = [50, 50];
    await toCheck(el);
    await clickButton(el, 'Aanmelding versturen');
    expect($(el, '.status')!.textContent).to.contain('Versturen lukte niet. Uw gegevens zijn bewaard.');
    expect($(el, '.status')!.getAttribute('role')).to.equal('status');
    expect(storedKeys()).to.deep.equal(['digiplein:aanmelding:draft']);
    await expect(el).to.be.accessible();

    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(text(el)).to.contain('U bent aangemeld');
    const keys = server.posts().map((c) => c.body!.idempotencyKey);
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
  });

  it('stops retrying after the last delay and offers a button and other ways of contact', async () => {
    const down = () => new Response('down', { status: 502 });
    server = stubFetch([down, down, () => booked()]);
    const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
    el.retryDelays = [30];
    await toCheck(el);
    await clickButton(el, 'Aanmelding versturen');
    await new Promise((r) => setTimeout(r, 200));
    await settle(el);
    expect(text(el)).to.contain('Het lukt nu niet om uw aanmelding te versturen. Uw gegevens zijn bewaard.');
    expect($$(el, '.other-ways a').length).to.be.greaterThan(0);
    await clickButton(el, 'Nu opnieuw proberen');
    await settle(el);
    expect(text(el)).to.contain('U bent aangemeld');
    expect(new Set(server.posts().map((c) => c.body!.idempotencyKey)).size).to.equal(1);
  });

  it('sends once on a double click', async () => {
    let release!: () => void;
    server = stubFetch([() => new Promise<Response>((r) => (release = () => r(booked())))]);
    const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
    await toCheck(el);
    const button = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Aanmelding versturen'))!;
    button.click();
    button.click();
    await settle(el);
    release();
    await settle(el);
    expect(server.posts()).to.have.length(1);
    expect(text(el)).to.contain('U bent aangemeld');
  });

  it('goes back to the times with the form kept when the time was just taken', async () => {
    server = stubFetch([
      () => Response.json({ error: { code: 'slot_full', message: { nl: 'Vol', en: 'Full' } } }, { status: 409 }),
      () => booked(later),
    ]);
    const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
    await toCheck(el);
    server.setSlots([{ ...free, remaining: 0 }, full, later]);
    await clickButton(el, 'Aanmelding versturen');
    await settle(el);
    expect(text(el)).to.contain('Deze tijd is net door iemand anders gekozen');
    expect(el.shadowRoot!.activeElement?.id).to.equal('notice');
    // the day of the taken time is now full: the next day with room shows
    const days = $$<HTMLInputElement>(el, 'input[name=day]');
    expect(days[0]!.disabled, 'the full day cannot be chosen').to.equal(true);
    expect(days[0]!.closest('label')!.textContent).to.contain('vol');
    expect($$<HTMLInputElement>(el, 'input[name=slot]').map((r) => r.value)).to.deep.equal(['slot-c']);
    await expect(el).to.be.accessible();

    await check(el, '#slot-first');
    await clickButton(el, 'Verder');
    expect(($(el, '#name') as HTMLInputElement).value).to.equal('Sam');
    await clickButton(el, 'Verder');
    await clickButton(el, 'Aanmelding versturen');
    await settle(el);
    expect(text(el)).to.contain('U bent aangemeld');
    expect(server.posts()[1]!.body!.slot).to.equal('slot-c');
  });

  it('offers a calendar file and cancelling on the confirmation', async () => {
    server = stubFetch([() => booked(), () => booked(), () => booked()]); // book, look up, cancel
    const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
    await toCheck(el);
    await clickButton(el, 'Aanmelding versturen');
    const link = $<HTMLAnchorElement>(el, 'a[download]')!;
    expect(link.getAttribute('download')).to.equal('DP-7K3M9Q.ics');
    const ics = decodeURIComponent(link.getAttribute('href')!.replace('data:text/calendar;charset=utf-8,', ''));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics).to.contain('UID:DP-7K3M9Q@digiplein\r\n');
    expect(ics).to.contain('SUMMARY:Spreekuur wijkteam\r\n');
    expect(ics).to.contain('LOCATION:Wijkcentrum\\, Kerkplein 2\\, Voorbeeld\r\n');
    expect(ics).to.contain('DTSTART;TZID=Europe/Amsterdam:');

    await clickButton(el, 'Afmelden');
    expect(el.shadowRoot!.activeElement?.id).to.equal('cancel-yes');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Ja, meld mij af');
    await settle(el);
    const cancel = server.calls.find((c) => c.url.endsWith('/api/signups/DP-7K3M9Q/cancel'))!;
    expect(cancel.body).to.deep.equal({ token: 'c'.repeat(32) });
    expect(text(el)).to.contain('U bent afgemeld. De plek is weer vrij');
  });

  it('gives a cancel link that, opened later, cancels with the secret token', async () => {
    server = stubFetch([() => booked(), () => booked(), () => booked()]); // book, look up, cancel
    const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
    await toCheck(el);
    await clickButton(el, 'Aanmelding versturen');
    const href = $<HTMLAnchorElement>(el, 'a.cancel-link')!.href;
    expect(href).to.match(/#digiplein-afmelden=DP-7K3M9Q\.c{32}$/);
    const ics = decodeURIComponent($<HTMLAnchorElement>(el, 'a[download]')!.getAttribute('href')!);
    expect(ics.replace(/\r\n /g, '')).to.contain(`Afmelden: ${href.replace(/[,;]/g, (c) => `\\${c}`)}`);
    el.remove();

    const before = location.href;
    history.replaceState(null, '', new URL(href).hash);
    try {
      await setViewport({ width: 360, height: 740 });
      const later = await mount(testConfig({ api: API }));
      await waitUntil(() => text(later).includes('U staat aangemeld met nummer DP-7K3M9Q'), 'the cancel question shows');
      // what is cancelled: the spreekuur, the day and the time; then both buttons, in view on a phone
      const lookup = server.calls.find((c) => c.url.endsWith('/api/signups/DP-7K3M9Q/lookup'))!;
      expect(lookup.body, 'the secret goes in the body, never in the URL').to.deep.equal({ token: 'c'.repeat(32) });
      expect(text(later)).to.contain('Spreekuur wijkteam');
      expect(text(later)).to.contain('10:00 tot 10:30');
      for (const b of [...later.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')]) {
        expect(b.getBoundingClientRect().bottom, `${b.textContent} in view`).to.be.at.most(740);
      }
      await expect(later).to.be.accessible();
      await setViewport({ width: 800, height: 600 });
      await clickButton(later, 'Ja, meld mij af');
      await settle(later);
      const cancel = server.calls.find((c) => c.url.endsWith('/api/signups/DP-7K3M9Q/cancel'))!;
      expect(cancel.body).to.deep.equal({ token: 'c'.repeat(32) });
      expect(text(later)).to.contain('U bent afgemeld');
      await clickButton(later, 'Nog een aanmelding doen');
      expect(location.hash).to.equal('');
      expect(text(later)).to.contain('Stap 1 van 4');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says when the times cannot be loaded and lets the parent try again', async () => {
    const original = window.fetch;
    let fail = true;
    window.fetch = (async (...args: Parameters<typeof fetch>) => {
      if (fail) throw new TypeError('Failed to fetch');
      return original(...args);
    }) as typeof fetch;
    server = { restore: () => (window.fetch = original) } as never;
    const el = await mount(testConfig({ api: API }), { spreekuur: 'wijkteam-spreekuur' });
    // the client asks twice more with backoff (core/api/client.ts) before the widget says so
    await waitUntil(() => text(el).includes('Het lukt nu niet om de tijden op te halen.'), 'the error shows', { timeout: 5000 });
    await expect(el).to.be.accessible();
    fail = false;
    window.fetch = (async () => Response.json({ spreekuur: 'wijkteam-spreekuur', slots: [free] })) as typeof fetch;
    await clickButton(el, 'Opnieuw proberen');
    await settle(el);
    expect($$(el, 'input[name=slot]')).to.have.length(1);
  });
});
