// The handoff to a person is a chunk of its own (src/widgets/chat/person.ts): it loads when the
// parent first asks for a person, or at once for a stored conversation with a person, through
// the one lazy loader (LazyView), with its loading line, its failure and "try again".
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setChatTransport } from '../../../src/widgets/chat/handoff.js';
import { setPersonImport } from '../../../src/widgets/chat/panel.js';
import type { EventSourceLike } from '../../../src/core/api/events.js';
import {
  $,
  FakeEventSource,
  controlledImport,
  storeHandoffSession,
  chatConfig,
  fakeFetch,
  inlineChat,
  logText,
  msg,
  resetStorage,
  say,
  waitFor,
} from './helpers.js';
import type { RecordedRequest } from './helpers.js';

const realImport = () => import('../../../src/widgets/chat/person.js');

const controlled = () => controlledImport(setPersonImport, realImport);

const allDay = ['00:00-24:00'];
const alwaysOpen = { ma: allDay, di: allDay, wo: allDay, do: allDay, vr: allDay, za: allDay, zo: allDay };
const serverConfig = () =>
  chatConfig({ endpoints: { api: 'https://api.testdorp.example' }, chat: { organisation: 'testdorp', openingHours: alwaysOpen } });

const focused = (root: ShadowRoot): Element | null => root.activeElement;

function askPersonButton(root: ShadowRoot): HTMLButtonElement {
  return [...root.querySelectorAll<HTMLButtonElement>('.foot button')].find((b) => b.textContent!.includes('Iemand spreken'))!;
}

/** A chat in which the parent just asked for a person, while the handoff's code is on its way. */
async function askedWhileLoading() {
  const calls = controlled();
  const { panel } = await inlineChat(serverConfig());
  const root = panel.shadowRoot!;
  askPersonButton(root).click();
  await panel.updateComplete;
  return { calls, panel, root };
}

describe('<digiplein-chat> the handoff to a person loads when asked for', () => {
  let requests: RecordedRequest[];
  let errors: unknown[][];
  const original = console.error;
  beforeEach(() => {
    resetStorage();
    requests = [];
    FakeEventSource.all = [];
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
    setChatTransport({
      fetch: fakeFetch(
        {
          '/api/chat/conversations/c1/messages': (r) => ({ body: msg(8, 'parent', r.body.text, { clientId: r.body.clientId }) }),
          '/api/chat/conversations/c1/typing': () => ({ status: 204 }),
        },
        requests,
      ),
      eventSource: (url) => new FakeEventSource(url) as unknown as EventSourceLike,
    });
  });
  afterEach(() => {
    console.error = original;
    setChatTransport(undefined);
    setPersonImport(realImport);
    resetStorage(); // a session left in sessionStorage would be restored by the next test file
  });

  it('does not load with the panel, nor with a question to the bot', async () => {
    const calls = controlled();
    const { panel } = await inlineChat(serverConfig());
    await say(panel, 'Wie mag in het huis blijven wonen?');
    expect(logText(panel).at(-1)).to.contain('Dat spreekt u samen af.');
    expect(calls, 'no import before a person is asked for').to.have.length(0);
    expect($(panel, '.person-loading')).to.equal(null);
  });

  it('loading: a calm line in place of the button that asked, then the consent question with focus in it', async () => {
    const { calls, panel, root } = await askedWhileLoading();
    expect(calls, 'imported on the first ask').to.have.length(1);
    const loading = await waitFor(() => $(panel, '.person-loading [role="status"]'));
    expect(loading.textContent).to.equal('Even laden…');
    await waitFor(() => focused(root)?.closest('.person-loading'));
    expect(askPersonButton(root), 'the button that asked is gone while it loads').to.equal(undefined);
    await expect(panel).to.be.accessible();

    calls[0]!.resolve();
    const consent = await waitFor(() => $(panel, '.consent'));
    expect(consent.textContent).to.contain('Mag de medewerker lezen wat u hier al schreef?');
    await waitFor(() => focused(root)?.closest('.consent'));
    expect($(panel, '.person-loading')).to.equal(null);
    await expect(panel).to.be.accessible();
  });

  it('error: says plainly that it could not load, with "try again"; Escape goes back to the chat', async () => {
    const { calls, panel, root } = await askedWhileLoading();
    calls[0]!.reject();
    const failure = await waitFor(() => $(panel, '.person-loading .lazy-failed'));
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain('Dit deel kon niet laden');
    expect(failure.querySelector('button')!.textContent!.trim()).to.equal('Opnieuw proberen');
    // a parent who asked for a person still has a way to one: the organisation's own number and address
    // (under the alert, which announces the failure only)
    const pane = $(panel, '.person-loading')!;
    expect(pane.textContent).to.contain('Of neem zelf contact op:');
    expect(failure.textContent).not.to.contain('Of neem zelf contact op:');
    expect(pane.querySelector('a[href^="tel:"]')!.textContent).to.contain('0900-1234567');
    expect(pane.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:scheiden@testdorp.example');
    expect(errors.flat().join(' ')).to.include('could not load');
    await expect(panel).to.be.accessible();

    // Escape goes back: the button to ask is there again, and a new ask tries the import again
    expect(focused(root)?.closest('.person-loading'), 'focus stays with the failure').to.exist;
    await sendKeys({ press: 'Escape' });
    await panel.updateComplete;
    expect($(panel, '.person-loading')).to.equal(null);
    askPersonButton(root).click();
    await panel.updateComplete;
    expect(calls, 'asking again imports again').to.have.length(2);
    calls[1]!.reject();
    await waitFor(() => $(panel, '.person-loading .lazy-failed'));

    // "try again" imports once more and the consent question follows
    $(panel, '.person-loading .lazy-failed button')!.click();
    await panel.updateComplete;
    expect(calls).to.have.length(3);
    expect($(panel, '.person-loading [role="status"]')!.textContent).to.equal('Even laden…');
    calls[2]!.resolve();
    await waitFor(() => $(panel, '.consent'));
    await waitFor(() => focused(root)?.closest('.consent'));
    await expect(panel).to.be.accessible();
  });

  it('a stored conversation with a person: loads at once, keeps what the parent sends meanwhile, and resumes', async () => {
    storeHandoffSession([{ id: 's5', from: 'professional', seq: 5, name: 'Anna', text: 'Hallo, ik ben Anna.' }], {
      lastSeq: 5,
      state: { status: 'active', professional: 'Anna' },
    });
    const calls = controlled();
    const { panel } = await inlineChat(serverConfig());
    expect(calls, 'imported without any click').to.have.length(1);
    expect($(panel, '.person-loading [role="status"]')!.textContent).to.equal('Even laden…');
    await expect(panel).to.be.accessible();

    // the parent writes to Anna before the code is there: shown as pending, not lost
    $<HTMLInputElement>(panel, '#input')!.value = 'Bent u er nog?';
    $<HTMLFormElement>(panel, 'form.composer')!.requestSubmit();
    await waitFor(() => logText(panel).some((t) => t.includes('Bent u er nog?')));
    expect($(panel, '.log .msg.parent.pending')!.textContent).to.contain('wordt verstuurd');
    expect(FakeEventSource.all, 'no stream before the code is there').to.have.length(0);

    calls[0]!.resolve();
    const source = await waitFor(() => FakeEventSource.all.at(-1));
    expect(source.url).to.equal('https://api.testdorp.example/api/chat/conversations/c1/events?token=secret-token&since=5');
    await waitFor(() => requests.some((r) => r.url.endsWith('/c1/messages')));
    expect(requests.find((r) => r.url.endsWith('/c1/messages'))!.body.text).to.equal('Bent u er nog?');
    await waitFor(() => !$(panel, '.log .msg.parent.pending'));
    expect($(panel, '.person-loading')).to.equal(null);
    source.emit('message', msg(9, 'professional', 'Ja, ik ben er.', { name: 'Anna' }), 9);
    await panel.updateComplete;
    expect(logText(panel).at(-1)).to.contain('Ja, ik ben er.');
    await expect(panel).to.be.accessible();
  });

  it('a stored conversation with a person whose code could not load: the failure with "try again", then it resumes', async () => {
    storeHandoffSession([], { lastSeq: 2, state: { status: 'waiting' } });
    const calls = controlled();
    const { panel } = await inlineChat(serverConfig());
    calls[0]!.reject();
    await waitFor(() => $(panel, '.person-loading .lazy-failed'));
    await expect(panel).to.be.accessible();
    $(panel, '.person-loading .lazy-failed button')!.click();
    await panel.updateComplete;
    calls[1]!.resolve();
    const source = await waitFor(() => FakeEventSource.all.at(-1));
    expect(source.url).to.contain('since=2');
    await waitFor(() => !$(panel, '.person-loading'));
  });
});
