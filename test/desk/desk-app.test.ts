// The desk's shell (src/desk/desk-app.ts): logging out says "logged out" only when the server
// ended the session; on a shared computer anything else would hand the account to the next person.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/desk/index.js';
import type { DeskApp } from '../../src/desk/desk-app.js';

const session = {
  account: { id: 'acc-1', name: 'Noor (fictief)', email: 'coordinator@voorbeeld.example', role: 'professional' },
  organisation: { id: 'gemeente-voorbeeld', name: 'Gemeente Voorbeeld (fictief)' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
};

describe('desk: logging out', () => {
  const originalFetch = window.fetch;
  const originalEventSource = window.EventSource;
  let logout: 'unreachable' | 'ok' | 'gone' = 'ok';
  const embedded = document.createElement('script');
  before(() => {
    // the session as the server embeds it in the desk page
    embedded.type = 'application/json';
    embedded.id = 'digiplein-desk-session';
    embedded.textContent = JSON.stringify(session);
    document.body.append(embedded);
    // the views' live streams stay quiet here
    window.EventSource = class extends EventTarget {
      readyState = 1;
      close() {}
    } as unknown as typeof EventSource;
    window.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url === '/api/desk/logout') {
        if (logout === 'unreachable') throw new TypeError('Failed to fetch');
        if (logout === 'gone')
          return Response.json({ error: { code: 'unauthenticated', message: { nl: 'Log in.', en: 'Log in.' } } }, { status: 401 });
        return new Response(null, { status: 204 });
      }
      return Response.json({ conversations: [], questions: [] });
    }) as typeof fetch;
  });
  after(() => {
    window.fetch = originalFetch;
    window.EventSource = originalEventSource;
    embedded.remove();
  });

  const logoutButton = (el: DeskApp) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Uitloggen');

  async function mount(): Promise<DeskApp> {
    const el = await fixture<DeskApp>(html`<digiplein-desk lang="nl"></digiplein-desk>`);
    await waitUntil(() => logoutButton(el), 'logged in');
    return el;
  }

  it('says that logging out failed, and stays logged in, when the server cannot be reached', async () => {
    logout = 'unreachable';
    const el = await mount();
    logoutButton(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.logout-error'), 'the error shows', { timeout: 15_000 });
    const error = el.shadowRoot!.querySelector('.logout-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Uitloggen is niet gelukt: u bent nog ingelogd.');
    expect(el.shadowRoot!.textContent).to.not.contain('U bent uitgelogd.');
    expect(logoutButton(el), 'the button is there to try again').to.exist;
    await expect(el).to.be.accessible();
  }).timeout(20_000);

  it('shows the login form with "logged out" once the server ended the session', async () => {
    logout = 'ok';
    const el = await mount();
    logoutButton(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('digiplein-desk-login'), 'the login form shows');
    const login = el.shadowRoot!.querySelector('digiplein-desk-login')!;
    await login.updateComplete;
    expect(login.shadowRoot!.textContent).to.contain('U bent uitgelogd.');
    expect(logoutButton(el)).to.equal(undefined);
  });

  it('counts a session the server had ended already as logged out', async () => {
    logout = 'gone';
    const el = await mount();
    logoutButton(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('digiplein-desk-login'), 'the login form shows');
    expect(el.shadowRoot!.querySelector('.logout-error')).to.equal(null);
  });
});
