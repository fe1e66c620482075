import { setViewport } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/desk/views/followups-define.js';
import type { DeskFollowUpsView } from '../../src/desk/views/followups.js';
import type { DeskFollowUp } from '../../src/core/api/followups.js';

const session = {
  account: { id: 'acc-1', name: 'Joris (fictief)', email: 'wijkteam@voorbeeld.example', role: 'professional' as const },
  organisation: { id: 'regio-voorbeeld', name: 'Wijkteam Voorbeeld (fictief)' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
};
const request = (n: number, extra: Partial<DeskFollowUp> = {}): DeskFollowUp => ({
  id: `fu-${n}`,
  createdAt: new Date(Date.now() - n * 3600_000).toISOString(),
  updatedAt: new Date(Date.now() - n * 3600_000).toISOString(),
  name: `Ouder ${n}`,
  contactBy: 'phone',
  phone: `06 1234567${n}`,
  times: 'dinsdagochtend',
  lang: 'nl',
  status: 'new',
  ...extra,
});
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('desk: follow-up requests view', () => {
  const original = window.fetch;
  const posts: { url: string; body: { status: string; notes?: string } }[] = [];
  before(() => {
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (init?.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { status: 'contacted'; notes?: string };
        posts.push({ url, body });
        return Response.json({ ...request(1), ...body });
      }
      return Response.json({
        followUps: [
          request(1),
          request(2, { contactBy: 'email', phone: undefined, email: 'ouder2@voorbeeld.example', status: 'contacted', notes: 'Gebeld.' }),
        ],
      });
    }) as typeof fetch;
  });
  after(() => {
    window.fetch = original;
  });

  it('lists the requests with a way to reach each parent, and keeps a status and notes per request', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<DeskFollowUpsView>(html`<digiplein-desk-followups .session=${session}></digiplein-desk-followups>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('ul.requests > li').length === 2, 'no list');
    const first = el.shadowRoot!.querySelector('ul.requests > li')!;
    expect(text(first.querySelector('h3'))).to.equal('Ouder 1');
    expect(first.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0612345671');
    expect(text(first)).to.contain('Wanneer het uitkomt: dinsdagochtend');
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#notes-fu-2')!.value).to.equal('Gebeld.');
    await expect(el).to.be.accessible();

    first.querySelector<HTMLSelectElement>('select')!.value = 'contacted';
    first.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Vrijdag teruggebeld.';
    first.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => posts.length === 1, 'not saved');
    expect(posts[0]).to.deep.equal({ url: '/api/desk/followups/fu-1', body: { status: 'contacted', notes: 'Vrijdag teruggebeld.' } });
    await waitUntil(() => text(el.shadowRoot!.querySelector('[role="status"][aria-live]')).startsWith('Opgeslagen'), 'no confirmation');
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live]'))).to.equal('Opgeslagen: Ouder 1, Contact gehad.');
  });
});
