// The national safety lexicon loads on demand (src/core/safety): the chat's safety check runs
// before any reply, also while it loads. Each test file runs in a fresh page: here it starts unloaded.
import { expect } from '@open-wc/testing';
import { safetyLoaded, safetyReady } from '../../src/core/safety/index.js';
import { clearAllData } from '../../src/core/storage/storage.js';
import { $$, chatConfig, inlineChat, logText, waitFor } from '../widgets/chat/helpers.js';

const danger = 'Hij heeft me gisteren geslagen';

describe('the safety lexicon, loaded on demand: the chat', () => {
  afterEach(() => clearAllData());

  it('the chat holds its reply to a question sent while the lexicon loads, and still shows the safety card', async () => {
    expect(safetyReady(), 'not loaded before anyone typed').to.equal(false);
    const { panel } = await inlineChat(chatConfig());
    const input = panel.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
    input.value = `Wie mag in het huis blijven wonen? ${danger}.`;
    panel.shadowRoot!.querySelector<HTMLFormElement>('form.composer')!.requestSubmit();
    await panel.updateComplete;
    expect(logText(panel).length, 'no reply before the check').to.equal(1);
    await safetyLoaded();
    await waitFor(() => $$(panel, '.log .msg .safety:not(.possible)').length > 0);
    const messages = $$(panel, '.log .msg');
    const cardAt = messages.findIndex((m) => m.querySelector('.safety:not(.possible)'));
    const answerAt = messages.findIndex((m) => m.textContent!.includes('Dat spreekt u samen af'));
    expect(cardAt).to.be.greaterThan(0);
    expect(answerAt, 'the answer comes after the card').to.be.greaterThan(cardAt);
  });
});
