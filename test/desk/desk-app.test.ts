// The desk's shell (src/desk/desk-app.ts): logging out says "logged out" only when the server
// ended the session; on a shared computer anything else would hand the account to the next person.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/desk/index.js';
import { DESK_UNAUTHENTICATED } from '../../src/desk/api.js';
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

  describe('when the session runs out', () => {
    const view = (el: DeskApp) => el.shadowRoot!.querySelector('main > :not(p)')!;
    async function expire(el: DeskApp) {
      window.dispatchEvent(new Event(DESK_UNAUTHENTICATED));
      await waitUntil(() => el.shadowRoot!.querySelector('digiplein-desk-login'), 'the login form shows');
      const login = el.shadowRoot!.querySelector('digiplein-desk-login')!;
      await login.updateComplete;
      return login;
    }
    const logIn = (login: Element, account: typeof session.account) =>
      login.dispatchEvent(new CustomEvent('digiplein-desk-login', { detail: { ...session, account }, bubbles: true, composed: true }));

    it('gives the same professional their views back as they left them, with focus on the login first', async () => {
      const el = await mount();
      const before = view(el) as Element & { sessionResumed?: () => void };
      let resumed = 0;
      before.sessionResumed = () => resumed++; // the view drops its "not logged in" error there
      const login = await expire(el);
      expect(login.shadowRoot!.textContent).to.contain('Uw sessie is verlopen. Log opnieuw in met hetzelfde account');
      await waitUntil(() => login.shadowRoot!.activeElement?.localName === 'h2', 'focus on the login heading');
      logIn(login, session.account);
      await waitUntil(() => logoutButton(el), 'logged in again');
      expect(view(el), 'the same view, with what was typed in it').to.equal(before);
      expect(resumed).to.equal(1);
    });

    it('gives another professional fresh views', async () => {
      const el = await mount();
      const before = view(el);
      const login = await expire(el);
      logIn(login, { ...session.account, id: 'acc-2', name: 'Sanne (fictief)' });
      await waitUntil(() => logoutButton(el), 'logged in');
      expect(view(el)).to.not.equal(before);
    });
  });
});
