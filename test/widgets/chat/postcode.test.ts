import { expect } from '@open-wc/testing';
import '../../../src/widgets/hulpzoeker/define.js';
import { testConfig } from '../hulpzoeker/config.js';
import { $, $$, inlineChat, resetStorage, say, waitFor } from './helpers.js';

describe('<digiplein-chat> hands the postcode to the hulpzoeker it opens', () => {
  beforeEach(resetStorage);
  afterEach(resetStorage);

  it('"Ik zoek hulp in mijn gemeente": the postcode typed in the chat gives that gemeente\'s help, without asking again', async () => {
    const { panel } = await inlineChat(structuredClone(testConfig));
    $$<HTMLButtonElement>(panel, '.starters button').find((b) => b.textContent!.includes('Ik zoek hulp in mijn gemeente'))!.click();
    await panel.updateComplete;
    await say(panel, '9995');
    const finder = await waitFor(() => $(panel, '.log digiplein-hulpzoeker'));
    expect(finder.getAttribute('postcode')).to.equal('9995');
    const results = await waitFor(() => finder.shadowRoot?.querySelector('.results'));
    const names = [...results.querySelectorAll('h4, h3')].map((h) => h.textContent!.trim()).join(' | ');
    const text = results.textContent!;
    expect(text, 'the wijkteam of Proefdorp (postcode 9995)').to.contain('Proefdorp');
    expect(names).not.to.contain('Wijkteam Voorbeeld');
    expect(finder.shadowRoot!.querySelector('#postcode, input[name="postcode"]'), 'the postcode is not asked again').to.equal(null);
  });
});
