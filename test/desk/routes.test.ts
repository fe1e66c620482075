// The desk's shared routes view (src/desk/views/routes.ts): linking a route without a code says
// so at the field, with focus there.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/desk/views/routes-define.js';
import type { DeskRoutesView } from '../../src/desk/views/routes.js';

const session = {
  account: { id: 'acc-1', name: 'Sanne (fictief)', email: 'balie@voorbeeld.example', role: 'professional' as const },
  organisation: { id: 'gemeente-voorbeeld', name: 'Gemeente Voorbeeld (fictief)' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
};

describe('desk: shared routes view', () => {
  const original = window.fetch;
  const posts: string[] = [];
  before(() => {
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST') posts.push(String(input));
      return Response.json({ routes: [] });
    }) as typeof fetch;
  });
  after(() => (window.fetch = original));

  it('names the empty code at its field, puts focus there, and sends nothing', async () => {
    const el = await fixture<DeskRoutesView>(html`<digiplein-desk-routes lang="nl" .session=${session}></digiplein-desk-routes>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.textContent!.includes('U begeleidt nog geen gedeelde stappenplannen.'), 'the empty list shows');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root.querySelector('#route-code-error'), 'the error shows');
    const input = root.querySelector<HTMLInputElement>('#route-code')!;
    expect(root.querySelector('#route-code-error')!.textContent).to.equal('Vul de code in die de ouders u gaven.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('route-code-error');
    expect(root.activeElement).to.equal(input);
    expect(posts).to.deep.equal([]);
    await expect(el).to.be.accessible();
    input.value = 'K7M4';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root.querySelector('#route-code-error'), 'gone once the professional types').to.equal(null);
  });

  it('links with what the field holds, not with a code typed before the form was drawn again', async () => {
    const el = await fixture<DeskRoutesView>(html`<digiplein-desk-routes lang="nl" .session=${session}></digiplein-desk-routes>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('#route-code'), 'the form shows');
    const input = root.querySelector<HTMLInputElement>('#route-code')!;
    input.value = 'K7M4-X9QP';
    input.dispatchEvent(new Event('input'));
    input.value = ''; // as after opening a route and going back: a new, empty field
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root.querySelector('#route-code-error'), 'the empty field is named');
    expect(posts).to.deep.equal([]);
  });
});
