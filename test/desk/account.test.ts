import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/desk/views/account-define.js';
import type { DeskAccountView } from '../../src/desk/views/account.js';

const session = (role: 'admin' | 'professional') => ({
  account: { id: 'acc-admin', name: 'Ayse (fictief)', email: 'beheer@voorbeeld.example', role },
  organisation: { id: 'gemeente-voorbeeld', name: 'Gemeente Voorbeeld (fictief)' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
});

const colleague = { id: 'acc-2', name: 'Sanne (fictief)', email: 'balie@voorbeeld.example', role: 'professional' as const };

describe('desk: account view', () => {
  const original = window.fetch;
  const posts: { url: string; body: unknown }[] = [];
  let failNext = false;
  before(() => {
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (init?.method === 'POST') {
        if (failNext) {
          failNext = false;
          return Response.json(
            { error: { code: 'forbidden', message: { nl: 'Dat mag alleen een beheerder.', en: 'Only an admin may do that.' } } },
            { status: 403 },
          );
        }
        const body = JSON.parse(String(init.body)) as { disabled: boolean };
        posts.push({ url, body });
        return Response.json({ ...colleague, disabled: body.disabled });
      }
      return Response.json({ accounts: [{ ...session('admin').account }, colleague] });
    }) as typeof fetch;
  });
  after(() => (window.fetch = original));

  async function mount(role: 'admin' | 'professional') {
    const el = await fixture<DeskAccountView>(html`<digiplein-desk-account lang="nl" .session=${session(role)}></digiplein-desk-account>`);
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await nextFrame();
    }
    return el;
  }
  const buttons = (el: DeskAccountView) => [...el.shadowRoot!.querySelectorAll('button')];

  it('lets an admin switch a colleague off and on again, never their own account', async () => {
    const el = await mount('admin');
    const root = el.shadowRoot!;
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Zet Sanne (fictief) uit']);
    await expect(el).to.be.accessible();
    buttons(el)[0]!.click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(posts.at(-1)).to.deep.equal({ url: '/api/desk/accounts/acc-2/disabled', body: { disabled: true } });
    expect(root.querySelector('li:nth-child(2)')!.textContent).to.contain('uitgezet');
    expect(root.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain('Het account van Sanne (fictief) staat uit.');
    expect(buttons(el)[0]!.textContent!.trim()).to.equal('Zet Sanne (fictief) weer aan');
    buttons(el)[0]!.click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(posts.at(-1)!.body).to.deep.equal({ disabled: false });
    expect(root.querySelector('li:nth-child(2)')!.textContent).not.to.contain('uitgezet');
  });

  it('says why when the server refuses', async () => {
    const el = await mount('admin');
    failNext = true;
    buttons(el)[0]!.click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Dat mag alleen een beheerder.');
    expect(buttons(el), 'the list stays, so the admin can try again').to.have.length(1);
  });

  it('shows a professional only their own account', async () => {
    const el = await mount('professional');
    expect(buttons(el)).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain('beheer@voorbeeld.example');
    expect(el.shadowRoot!.textContent).not.to.contain('balie@voorbeeld.example');
    await expect(el).to.be.accessible();
  });
});
