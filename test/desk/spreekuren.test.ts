import { setViewport } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/desk/views/spreekuren-define.js';
import type { DeskSpreekurenView } from '../../src/desk/views/spreekuren.js';
import type { DeskSpreekuur, DeskTime } from '../../src/core/api/signups.js';

const session = {
  account: { id: 'acc-c', name: 'Noor (fictief)', email: 'coordinator@voorbeeld.example', role: 'coordinator' as const },
  organisation: { id: 'gemeente-voorbeeld', name: 'Gemeente Voorbeeld (fictief)' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
};
const time = (id: string, start: string, extra: Partial<DeskTime> = {}): DeskTime => ({
  id,
  start,
  end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
  capacity: 2,
  booked: 0,
  closed: false,
  signups: [],
  ...extra,
});
const wijkteam = (): DeskSpreekuur => ({
  id: 'wijkteam-voorbeeld',
  name: 'Spreekuur wijkteam Voorbeeld',
  kind: 'spreekuur',
  online: false,
  location: 'Wijkcentrum De Brug',
  defaultCapacity: 2,
  times: [
    // 1 December 2026, 09:00 and 09:30 in Amsterdam (winter time)
    time('t-1', '2026-12-01T08:00:00.000Z', {
      booked: 2,
      signups: [
        { id: 's-1', reference: 'DP-AAAAAA', name: 'Ouder Een', email: 'een@voorbeeld.example', contactBy: 'email' },
        { id: 's-2', reference: 'DP-BBBBBB', name: 'Ouder Twee', phone: '0612345678', contactBy: 'phone' },
      ],
    }),
    time('t-2', '2026-12-01T08:30:00.000Z', { closed: true }),
  ],
});
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What has the keyboard inside the view (its text: a failing check then says where focus is). */
const focused = (el: HTMLElement) => text(el.shadowRoot!.activeElement) || el.shadowRoot!.activeElement?.tagName || '(outside the view)';

describe('desk: manage spreekuren view', () => {
  const original = window.fetch;
  let listed: DeskSpreekuur[] = [];
  let requests: { method: string; url: string; body: Record<string, unknown> }[] = [];
  let answer: (method: string, url: string) => Response | undefined = () => undefined;

  beforeEach(() => {
    listed = [wijkteam()];
    requests = [];
    answer = () => undefined;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const method = init?.method ?? 'GET';
      if (method === 'GET') return Response.json({ spreekuren: listed });
      requests.push({ method, url, body: JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown> });
      return answer(method, url) ?? Response.json({});
    }) as typeof fetch;
  });
  afterEach(() => {
    window.fetch = original;
  });

  async function open() {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<DeskSpreekurenView>(html`<digiplein-desk-spreekuren .session=${session}></digiplein-desk-spreekuren>`);
    await waitUntil(() => el.shadowRoot!.querySelector('ul.spreekuren'), 'no list');
    return el;
  }
  const button = (root: ParentNode, label: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).startsWith(label))!;

  it('shows each time in Amsterdam time with the places taken, closed times and who signed up', async () => {
    const el = await open();
    const times = el.shadowRoot!.querySelectorAll('ul.times > li');
    expect(times.length).to.equal(2);
    expect(text(times[0])).to.contain('dinsdag 1 december 09:00–09:30');
    expect(text(times[0])).to.contain('2 van 2 plaatsen bezet');
    expect(text(times[0]!.querySelector('summary'))).to.contain('2 aanmeldingen');
    expect(times[0]!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:een@voorbeeld.example');
    expect(times[0]!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0612345678');
    expect(text(times[1])).to.contain('Gesloten');
    expect(text(button(times[1]!, 'Weer openzetten'))).to.contain('Weer openzetten');
    expect(text(el.shadowRoot!.querySelector('.meta'))).to.contain('Wijkcentrum De Brug');
    await expect(el).to.be.accessible();
  });

  it('says so when there are no spreekuren yet, and when the list cannot be loaded', async () => {
    listed = [];
    await setViewport({ width: 360, height: 740 });
    const empty = await fixture<DeskSpreekurenView>(html`<digiplein-desk-spreekuren .session=${session}></digiplein-desk-spreekuren>`);
    await waitUntil(() => !empty.shadowRoot!.querySelector('.status'), 'still loading');
    expect(text(empty.shadowRoot!.querySelector('h2 ~ p:last-of-type'))).to.equal(
      'Uw organisatie heeft nog geen spreekuren of bijeenkomsten.',
    );

    window.fetch = (async () =>
      Response.json(
        { error: { code: 'internal', message: { nl: 'Er ging iets mis op de server.', en: 'Something went wrong.' } } },
        { status: 500 },
      )) as typeof fetch;
    const failed = await fixture<DeskSpreekurenView>(html`<digiplein-desk-spreekuren .session=${session}></digiplein-desk-spreekuren>`);
    await waitUntil(() => failed.shadowRoot!.querySelector('.error[role="alert"]'), 'no error shown', { timeout: 8000 });
    expect(failed.shadowRoot!.querySelector('.status')).to.equal(null);
    await expect(failed).to.be.accessible();
  });

  it('creates a spreekuur from the form and shows the field the server names', async () => {
    const el = await open();
    button(el.shadowRoot!, 'Nieuw spreekuur of bijeenkomst').click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form.panel')!;
    expect(el.shadowRoot!.activeElement?.id).to.equal('field-name');
    // a code of one's own starts with the organisation's (the server refuses any other)
    const code = form.querySelector<HTMLInputElement>('#field-id')!;
    expect(text(el.shadowRoot!.getElementById(code.getAttribute('aria-describedby')!))).to.contain(
      'begint met de code van uw organisatie: gemeente-voorbeeld-',
    );
    form.querySelector<HTMLInputElement>('#field-name')!.value = 'Ouderavond';
    form.querySelector<HTMLSelectElement>('#field-kind')!.value = 'bijeenkomst';
    form.querySelector<HTMLInputElement>('input[name="where"][value="online"]')!.checked = true;
    form.querySelector<HTMLInputElement>('#field-link')!.value = 'http://niet-veilig.example';
    form.querySelector<HTMLInputElement>('#field-defaultCapacity')!.value = '12';
    answer = () =>
      Response.json(
        {
          error: {
            code: 'invalid_request',
            message: { nl: 'Niet alle gegevens kloppen.', en: 'Some data is not right.' },
            issues: [{ path: 'link', message: { nl: 'verwacht een volledig webadres dat begint met https://', en: 'expected https://' } }],
          },
        },
        { status: 400 },
      );
    button(form, 'Opslaan').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.field-error'), 'no field error');
    expect(requests[0]).to.deep.equal({
      method: 'POST',
      url: '/api/desk/spreekuren',
      body: { name: 'Ouderavond', kind: 'bijeenkomst', online: true, link: 'http://niet-veilig.example', defaultCapacity: 12 },
    });
    const link = el.shadowRoot!.querySelector<HTMLInputElement>('#field-link')!;
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!))).to.equal(
      'verwacht een volledig webadres dat begint met https://',
    );
    await expect(el).to.be.accessible();

    answer = () =>
      Response.json(
        { ...wijkteam(), id: 'gemeente-voorbeeld-ouderavond', name: 'Ouderavond', kind: 'bijeenkomst', online: true, times: [] },
        { status: 201 },
      );
    link.value = 'https://meet.voorbeeld.example/ouderavond';
    button(el.shadowRoot!.querySelector('form.panel')!, 'Opslaan').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('form.panel'), 'form stays open');
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live]'))).to.equal('Ouderavond is toegevoegd.');
  });

  it('adds a weekly series with the chosen end', async () => {
    const el = await open();
    button(el.shadowRoot!, 'Wekelijkse reeks toevoegen').click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form.panel')!;
    form.querySelector<HTMLSelectElement>('#field-weekday')!.value = 'do';
    form.querySelector<HTMLInputElement>('#field-start')!.value = '19:30';
    form.querySelector<HTMLInputElement>('#field-minutes')!.value = '90';
    form.querySelector<HTMLInputElement>('#field-from')!.value = '2026-12-01';
    form.querySelector<HTMLInputElement>('input[name="lengthBy"][value="until"]')!.checked = true;
    form.querySelector<HTMLInputElement>('#field-until')!.value = '2026-12-31';
    answer = () =>
      Response.json({ times: [time('n1', '2026-12-03T18:30:00.000Z'), time('n2', '2026-12-10T18:30:00.000Z')] }, { status: 201 });
    button(form, 'Opslaan').click();
    await waitUntil(() => requests.length === 1);
    expect(requests[0]).to.deep.equal({
      method: 'POST',
      url: '/api/desk/spreekuren/wijkteam-voorbeeld/series',
      body: { start: '19:30', minutes: 90, capacity: 2, weekday: 'do', from: '2026-12-01', until: '2026-12-31' },
    });
    await waitUntil(() => text(el.shadowRoot!.querySelector('[role="status"][aria-live]')) === '2 tijden toegevoegd.');
    // the keyboard is back on the button that opened the form
    await waitUntil(() => el.shadowRoot!.activeElement === button(el.shadowRoot!, 'Wekelijkse reeks toevoegen'), 'focus lost after saving');
    expect(el.shadowRoot!.querySelector('form.panel')).to.equal(null);
  });

  it('sends the keyboard back to the button that opened a form when it is closed with "Terug"', async () => {
    const el = await open();
    const first = el.shadowRoot!.querySelector('ul.times > li')!;
    button(first, 'Plaatsen wijzigen').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('field-capacity');
    button(el.shadowRoot!.querySelector('form.panel')!, 'Terug').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('form.panel'), 'form stays open');
    await el.updateComplete;
    expect(focused(el)).to.equal(text(button(el.shadowRoot!.querySelector('ul.times > li')!, 'Plaatsen wijzigen')));
  });

  it('an error summary link focuses its field and keeps the address (the desk routes on its #)', async () => {
    const el = await open();
    const before = location.href;
    let hashChanged = false;
    const onHash = () => (hashChanged = true);
    window.addEventListener('hashchange', onHash);
    try {
      button(el.shadowRoot!, 'Tijd toevoegen').click();
      await el.updateComplete;
      answer = () =>
        Response.json(
          {
            error: {
              code: 'invalid_request',
              message: { nl: 'Niet alle gegevens kloppen.', en: 'Some data is not right.' },
              issues: [{ path: 'date', message: { nl: 'deze tijd is al voorbij', en: 'this time has already passed' } }],
            },
          },
          { status: 400 },
        );
      button(el.shadowRoot!.querySelector('form.panel')!, 'Opslaan').click();
      await waitUntil(() => el.shadowRoot!.querySelector('form.panel .error a'), 'no summary');
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('form.panel .error a')!;
      expect(text(link)).to.equal('Datum');
      link.click();
      expect(el.shadowRoot!.activeElement?.id).to.equal('field-date');
      await new Promise((r) => setTimeout(r, 50));
      expect(location.href).to.equal(before);
      expect(hashChanged).to.equal(false);
    } finally {
      window.removeEventListener('hashchange', onHash);
    }
  });

  it('asks before cancelling a time with sign-ups, in a dialog that shows whom to contact', async () => {
    const el = await open();
    const first = el.shadowRoot!.querySelector('ul.times > li')!;
    button(first, 'Tijd annuleren').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'no dialog');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(requests).to.deep.equal([]);
    expect(text(dialog)).to.contain('Voor deze tijd zijn 2 mensen aangemeld.');
    expect([...dialog.querySelectorAll('.contacts strong')].map(text)).to.deep.equal(['Ouder Een', 'Ouder Twee']);
    await expect(el).to.be.accessible();

    answer = () =>
      Response.json({
        cancelled: [
          { id: 's-1', reference: 'DP-AAAAAA', name: 'Ouder Een', email: 'een@voorbeeld.example', contactBy: 'email' },
          { id: 's-2', reference: 'DP-BBBBBB', name: 'Ouder Twee', phone: '0612345678', contactBy: 'phone' },
        ],
      });
    listed = [{ ...wijkteam(), times: wijkteam().times.slice(1) }];
    button(dialog, 'Ja, tijd annuleren').click();
    await waitUntil(() => dialog.querySelector('.done'), 'no result');
    expect(requests).to.deep.equal([
      { method: 'POST', url: '/api/desk/spreekuren/wijkteam-voorbeeld/times/t-1/cancel', body: { confirm: true } },
    ]);
    expect(text(dialog)).to.contain('De tijd is geannuleerd. Neem contact op met deze mensen:');
    expect(dialog.querySelectorAll('.contacts li').length).to.equal(2);
    button(dialog, 'Sluiten').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'dialog stays');
    expect(el.shadowRoot!.querySelectorAll('ul.times > li').length).to.equal(1);
    // the cancelled time's buttons are gone: the keyboard goes to the next time, not the heading
    await waitUntil(
      () => el.shadowRoot!.activeElement === button(el.shadowRoot!.querySelector('ul.times > li')!, 'Tijd annuleren'),
      'focus not on the next time',
    );
  });

  it('keeps the keyboard on the time when the dialog is left without cancelling', async () => {
    const el = await open();
    button(el.shadowRoot!.querySelector('ul.times > li')!, 'Tijd annuleren').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'no dialog');
    button(el.shadowRoot!.querySelector('dialog')!, 'Niet annuleren').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'dialog stays');
    await el.updateComplete;
    expect(requests).to.deep.equal([]);
    expect(focused(el)).to.equal(text(button(el.shadowRoot!.querySelector('ul.times > li')!, 'Tijd annuleren')));
  });

  it('asks after all when a time that looked empty got a sign-up since the list was loaded', async () => {
    const el = await open();
    const late = { id: 's-9', reference: 'DP-CCCCCC', name: 'Ouder Laat', email: 'laat@voorbeeld.example', contactBy: 'email' as const };
    // the list on screen shows the closed time t-2 without sign-ups; meanwhile someone booked it
    const withLate = wijkteam();
    withLate.times[1] = { ...withLate.times[1]!, booked: 1, signups: [late] };
    listed = [withLate];
    answer = (_method, url) =>
      url.endsWith('/times/t-2/cancel') && requests.length === 1
        ? Response.json(
            {
              error: {
                code: 'time_has_signups',
                message: { nl: 'Voor deze tijd is 1 persoon aangemeld.', en: '1 person has signed up for this time.' },
              },
            },
            { status: 409 },
          )
        : Response.json({ cancelled: [late] });
    button(el.shadowRoot!.querySelectorAll('ul.times > li')[1]!, 'Tijd annuleren').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'no dialog: the time was cancelled without asking');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(requests).to.deep.equal([{ method: 'POST', url: '/api/desk/spreekuren/wijkteam-voorbeeld/times/t-2/cancel', body: {} }]);
    expect(text(dialog)).to.contain('Voor deze tijd is 1 persoon aangemeld.');
    expect([...dialog.querySelectorAll('.contacts strong')].map(text)).to.deep.equal(['Ouder Laat']);
    expect(el.shadowRoot!.querySelector('.error')).to.equal(null);

    listed = [{ ...wijkteam(), times: wijkteam().times.slice(0, 1) }];
    button(dialog, 'Ja, tijd annuleren').click();
    await waitUntil(() => dialog.querySelector('.done'), 'no result');
    expect(requests[1]).to.deep.equal({
      method: 'POST',
      url: '/api/desk/spreekuren/wijkteam-voorbeeld/times/t-2/cancel',
      body: { confirm: true },
    });
    expect([...dialog.querySelectorAll('.contacts strong')].map(text)).to.deep.equal(['Ouder Laat']);
    button(dialog, 'Sluiten').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'dialog stays');
    // the last time is gone: the keyboard goes to the time before it
    await waitUntil(
      () => el.shadowRoot!.activeElement === button(el.shadowRoot!.querySelector('ul.times > li')!, 'Tijd annuleren'),
      'focus not on the time before',
    );
  });

  it('cancels a time without sign-ups without confirming, and moves the keyboard to the next time', async () => {
    listed = [{ ...wijkteam(), times: [time('t-0', '2026-11-30T08:00:00.000Z'), ...wijkteam().times] }];
    const el = await open();
    answer = () => Response.json({ cancelled: [] });
    listed = [wijkteam()];
    button(el.shadowRoot!.querySelector('ul.times > li')!, 'Tijd annuleren').click();
    await waitUntil(() => requests.length === 1);
    expect(requests[0]).to.deep.equal({ method: 'POST', url: '/api/desk/spreekuren/wijkteam-voorbeeld/times/t-0/cancel', body: {} });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('ul.times > li').length === 2, 'list not reloaded');
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    await waitUntil(
      () => el.shadowRoot!.activeElement === button(el.shadowRoot!.querySelector('ul.times > li')!, 'Tijd annuleren'),
      'focus lost',
    );
  });

  it('closes a time without sign-ups straight away, and reopens it', async () => {
    const el = await open();
    const closed = el.shadowRoot!.querySelectorAll('ul.times > li')[1]!;
    answer = () => Response.json(time('t-2', '2026-12-01T08:30:00.000Z'));
    button(closed, 'Weer openzetten').click();
    await waitUntil(() => requests.length === 1);
    expect(requests[0]).to.deep.equal({
      method: 'PATCH',
      url: '/api/desk/spreekuren/wijkteam-voorbeeld/times/t-2',
      body: { closed: false },
    });
    await waitUntil(() => text(el.shadowRoot!.querySelector('[role="status"][aria-live]')).includes('staat weer open'));
  });
});
