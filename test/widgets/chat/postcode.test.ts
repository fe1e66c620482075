import { expect } from '@open-wc/testing';
import '../../../src/widgets/hulpzoeker/define.js';
import { testConfig } from '../hulpzoeker/config.js';
import { createWidgetElement } from '../../../src/widgets/chat/embed.js';
import { $, $$, inlineChat, resetStorage, say, waitFor } from './helpers.js';

describe('<digiplein-chat> hands the postcode to the hulpzoeker it opens', () => {
  beforeEach(resetStorage);
  afterEach(resetStorage);

  it('"Ik zoek hulp in mijn gemeente": the postcode typed in the chat gives that gemeente\'s help, without asking again', async () => {
    const { panel } = await inlineChat(structuredClone(testConfig));
    $$<HTMLButtonElement>(panel, '.starters button')
      .find((b) => b.textContent!.includes('Ik zoek hulp in mijn gemeente'))!
      .click();
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

  it('never sets an undocumented attribute on an opened widget, also not from a session stored before the config was fixed', () => {
    const el = createWidgetElement({
      id: 'w',
      from: 'bot',
      kind: 'widget',
      widget: 'hulpzoeker',
      options: { onclick: 'alert(1)', style: 'background:url(https://evil.example/x)', postcode: '9995' },
    });
    expect(el.getAttribute('onclick')).to.equal(null);
    expect(el.getAttribute('style')).to.equal(null);
    expect(el.getAttribute('postcode')).to.equal('9995');
  });
});
