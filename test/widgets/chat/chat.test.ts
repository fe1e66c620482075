import { expect } from '@open-wc/testing';
import { $, $$, chatConfig, inlineChat, logText, resetStorage, say } from './helpers.js';

describe('<digiplein-chat> answers from content', () => {
  beforeEach(resetStorage);

  it('answers a clear question with the entry text, its links and source', async () => {
    const { panel } = await inlineChat();
    await say(panel, 'Wie mag in het huis blijven wonen?');
    const last = $$(panel, '.log .msg').at(-1)!;
    expect(last.textContent).to.contain('Dat spreekt u samen af.');
    expect([...last.querySelectorAll('li')].map((l) => l.textContent!.trim())).to.include.members(['Huurhuis: vraag de verhuurder', 'Koophuis: vraag de bank']);
    const link = [...last.querySelectorAll('a')].find((a) => a.textContent!.includes('Wonen in Testdorp'))!;
    expect(link.getAttribute('href')).to.equal('https://www.testdorp.example/wonen');
    await expect(panel).to.be.accessible();
  });
});
