import { setViewport } from '@web/test-runner-commands';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/desk/views/signups-define.js';
import type { DeskSignupsView } from '../../src/desk/views/signups.js';
import type { DeskSignup } from '../../src/core/api/signups.js';

const session = {
  account: { id: 'acc-1', name: 'Sanne (fictief)', email: 'balie@voorbeeld.example', role: 'professional' as const },
  organisation: { id: 'gemeente-voorbeeld', name: 'Gemeente Voorbeeld (fictief)' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
};

const signup = (n: number, spreekuur: { id: string; name: string }, extra: Partial<DeskSignup> = {}): DeskSignup => ({
  id: `id-${n}`,
  reference: `DP-AAAA${n}${n}`,
  spreekuur,
  slot: {
    start: new Date(Date.now() + n * 86_400_000).toISOString(),
    end: new Date(Date.now() + n * 86_400_000 + 1_800_000).toISOString(),
  },
  status: 'booked',
  handled: false,
  name: `Ouder ${n}`,
  email: `ouder${n}@voorbeeld.example`,
  theme: 'kinderen',
  contactBy: 'email',
  createdAt: new Date().toISOString(),
  ...extra,
});

const wijkteam = { id: 'wijkteam', name: 'Spreekuur wijkteam' };
const avond = { id: 'avond', name: 'Bijeenkomst' };

describe('desk: sign-ups view', () => {
  const original = window.fetch;
  const posts: { url: string; body: unknown }[] = [];
  before(() => {
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (init?.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { handled: boolean };
        posts.push({ url, body });
        return Response.json({ ...signup(2, wijkteam), handled: body.handled });
      }
      return Response.json({
        spreekuren: [avond, wijkteam, { id: 'lang', name: 'Bijeenkomst: kinderen vertellen wat hielp bij de scheiding van hun ouders' }],
        signups: [
          signup(1, avond),
          signup(2, wijkteam, {
            phone: '0612345678',
            contactBy: 'phone',
            question: 'Ik ben bang voor hem. Hoe begin ik?',
            safety: 'possible',
          }),
          signup(3, wijkteam, { status: 'cancelled', cancelledBy: 'parent' }),
          signup(4, wijkteam, { status: 'cancelled', cancelledBy: 'organisation' }),
          signup(5, avond, { status: 'cancelled' }),
        ],
      });
    }) as typeof fetch;
  });
  after(() => (window.fetch = original));

  async function mount() {
    const el = await fixture<DeskSignupsView>(html`<digiplein-desk-signups lang="nl" .session=${session}></digiplein-desk-signups>`);
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await nextFrame();
    }
    return el;
  }

  it('lists sign-ups per spreekuur with contact details, and filters', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Bijeenkomst (1 aanmelding, 1 afgemeld of geannuleerd)',
      'Spreekuur wijkteam (1 aanmelding, 2 afgemeld of geannuleerd)',
    ]);
    expect(root.textContent).to.contain('liefst: telefoon');
    expect(root.textContent).to.contain('Hoe begin ik?');
    const flags = [...root.querySelectorAll('.safety-flag')];
    expect(
      flags.map((f) => f.textContent!.trim()),
      "the server's danger flag, in words",
    ).to.deep.equal(['Mogelijk onveilig']);
    // who cancelled: a time the organisation cancelled is no parent's doing (older rows do not say)
    const status = (reference: string) =>
      [...root.querySelectorAll('tr')]
        .find((tr) => tr.textContent!.includes(reference))!
        .querySelector('td[data-label="Status"]')!
        .textContent!.trim();
    expect(status('DP-AAAA33')).to.equal('Afgemeld door de ouder');
    expect(status('DP-AAAA44')).to.equal('Tijd geannuleerd door de organisatie');
    expect(status('DP-AAAA55')).to.equal('Afgemeld');
    // the reference is read out on the phone: never broken over two lines
    const lines = document.createRange();
    lines.selectNodeContents(root.querySelector('td.reference')!);
    expect(lines.getClientRects().length, 'lines of the reference').to.equal(1);
    expect(root.querySelector<HTMLAnchorElement>('a[download]')!.getAttribute('href')).to.equal('/api/desk/signups.csv');
    await expect(el).to.be.accessible();

    const select = root.querySelector<HTMLSelectElement>('#filter')!;
    select.value = 'wijkteam';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root.querySelectorAll('h3')).to.have.length(1);
    expect(root.querySelector<HTMLAnchorElement>('a[download]')!.getAttribute('href')).to.equal('/api/desk/signups.csv?spreekuur=wijkteam');
  });

  it('on a phone shows each sign-up as a card with labels, without sideways scrolling', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await mount();
      const root = el.shadowRoot!;
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(360);
      expect(root.querySelector('#filter')!.getBoundingClientRect().right, 'the filter with a long spreekuur name').to.be.at.most(361);
      const row = root.querySelector('tbody tr')!;
      expect(getComputedStyle(row).display).to.equal('block');
      const cell = row.querySelector('td')!;
      expect(getComputedStyle(cell, '::before').content).to.contain('Wanneer');
      for (const td of root.querySelectorAll('td')) expect(td.getBoundingClientRect().right).to.be.at.most(361);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('marks a sign-up handled and says so in a live region', async () => {
    const el = await mount();
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[aria-label="Afgehandeld: DP-AAAA22"]')!;
    box.click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(posts.at(-1)).to.deep.equal({ url: '/api/desk/signups/id-2/handled', body: { handled: true } });
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Aanmelding DP-AAAA22 is afgehandeld.');
    expect(el.shadowRoot!.querySelector('tr.handled')).to.exist;
  });
});
