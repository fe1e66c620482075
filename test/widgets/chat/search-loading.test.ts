// The chat bot's search (src/widgets/chat/answer-search.ts) is a chunk of its own that loads with
// the knowledge base on the first input. When it cannot load, the log says so calmly with "try
// again" (the one lazy loader's failure), the question stays in the field, and the input shows
// no error: it was not the parent's mistake.
import { expect } from '@open-wc/testing';
import { setAnswerSearchImport } from '../../../src/widgets/chat/knowledge.js';
import { setChatTransport } from '../../../src/widgets/chat/handoff.js';
import type { EventSourceLike } from '../../../src/core/api/events.js';
import type { DigipleinChatPanel } from '../../../src/widgets/chat/panel.js';
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
  waitFor,
} from './helpers.js';
import type { RecordedRequest } from './helpers.js';

const realImport = () => import('../../../src/widgets/chat/answer-search.js');

const controlled = () => controlledImport(setAnswerSearchImport, realImport);

const question = 'Wie mag er in het huis blijven wonen?';

/** Types a question and presses "Versturen" (without waiting for an answer). */
async function send(panel: DigipleinChatPanel, text: string): Promise<HTMLInputElement> {
  const input = $<HTMLInputElement>(panel, '#input')!;
  input.value = text;
  $<HTMLFormElement>(panel, 'form.composer')!.requestSubmit();
  await panel.updateComplete;
  return input;
}

/** A chat whose question could not be answered: the bot's search failed to load. */
async function failedSearch() {
  const calls = controlled();
  const { panel } = await inlineChat(chatConfig());
  const input = await send(panel, question);
  await waitFor(() => calls.length);
  calls.forEach((c) => c.reject());
  const failure = await waitFor(() => $(panel, '.log .lazy-failed'));
  return { calls, panel, input, failure };
}

describe('<digiplein-chat> when the bot’s search cannot load', () => {
  let errors: unknown[][];
  const original = console.error;
  beforeEach(() => {
    resetStorage();
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = original;
    setAnswerSearchImport(realImport);
    resetStorage(); // a session left in sessionStorage would be restored by the next test file
  });

  it('error: a calm message in the log with "try again"; the question stays in the field, which shows no error', async () => {
    const { panel, input, failure } = await failedSearch();
    expect(failure.textContent).to.contain('Dit deel kon niet laden');
    expect(failure.textContent).to.contain('Wat u al invulde, blijft bewaard.');
    expect(failure.querySelector('button')!.textContent!.trim()).to.equal('Opnieuw proberen');
    expect(input.value, 'the typed question is kept').to.equal(question);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect($(panel, '#input-error'), 'no error on the input').to.equal(null);
    expect(logText(panel), 'the question is not sent yet').to.have.length(1);
    expect(errors.flat().join(' ')).to.include('could not load');
    await expect(panel).to.be.accessible();
  });

  it('loading and after: "try again" shows the loading line in the log, then the answer to the held question', async () => {
    const { calls, panel, input } = await failedSearch();
    const tries = calls.length;

    $(panel, '.log .lazy-failed button')!.click();
    await panel.updateComplete;
    expect(calls.length, 'imported again').to.equal(tries + 1);
    expect($(panel, '.log .lazy-loading')!.textContent).to.equal('Even laden…');
    expect($(panel, '.log .lazy-failed')).to.equal(null);
    await expect(panel).to.be.accessible();

    calls.at(-1)!.resolve();
    await waitFor(() => logText(panel).some((t) => t.includes('Dat spreekt u samen af.')));
    expect(
      logText(panel).filter((t) => t.includes(question)),
      'the question once',
    ).to.have.length(1);
    expect(input.value, 'sent: the field is empty').to.equal('');
    expect($(panel, '.log .lazy-loading')).to.equal(null);
    expect($(panel, '.log .lazy-failed')).to.equal(null);
    await waitFor(() => panel.shadowRoot!.activeElement === input);
    await expect(panel).to.be.accessible();
  });

  it('sending again tries again too, and answers once', async () => {
    const { calls, panel } = await failedSearch();
    const tries = calls.length;
    $<HTMLFormElement>(panel, 'form.composer')!.requestSubmit();
    await panel.updateComplete;
    expect(calls.length).to.equal(tries + 1);
    expect($(panel, '.log .lazy-loading'), 'loading again').to.exist;
    calls.at(-1)!.resolve();
    await waitFor(() => logText(panel).some((t) => t.includes('Dat spreekt u samen af.')));
    await new Promise((r) => setTimeout(r, 100));
    expect(logText(panel).filter((t) => t.includes(question))).to.have.length(1);
    expect($(panel, '#input-error'), 'no "type your question" error from a second send').to.equal(null);
  });

  it('with a person in the conversation, a message goes to the person without the bot’s search', async () => {
    const requests: RecordedRequest[] = [];
    setChatTransport({
      fetch: fakeFetch(
        { '/api/chat/conversations/c1/messages': (r) => ({ body: msg(8, 'parent', r.body.text, { clientId: r.body.clientId }) }) },
        requests,
      ),
      eventSource: (url) => new FakeEventSource(url) as unknown as EventSourceLike,
    });
    storeHandoffSession([], { lastSeq: 5, state: { status: 'active', professional: 'Anna' } });
    const calls = controlled();
    try {
      const { panel } = await inlineChat(
        chatConfig({ endpoints: { api: 'https://api.testdorp.example' }, chat: { organisation: 'testdorp' } }),
      );
      calls.forEach((c) => c.reject());
      await send(panel, 'Bent u er nog?');
      await waitFor(() => requests.some((r) => r.url.endsWith('/c1/messages')));
      expect($(panel, '.log .lazy-failed')).to.equal(null);
      expect(logText(panel).at(-1)).to.contain('Bent u er nog?');
    } finally {
      setChatTransport(undefined);
    }
  });
});
