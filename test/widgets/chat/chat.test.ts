import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { DigipleinChat } from '../../../src/widgets/chat/define.js';
import { setQuickExitNavigation } from '../../../src/core/ui/quick-exit.js';
import { storedKeys } from '../../../src/core/storage/storage.js';
import { $, $$, chatConfig, inlineChat, logText, resetStorage, say, waitFor } from './helpers.js';

describe('<digiplein-chat> answers from content', () => {
  beforeEach(resetStorage);

  it('greets, offers topics, and is accessible', async () => {
    const { panel } = await inlineChat();
    expect(logText(panel)[0]).to.contain('Ik ben de DigiBegeleider');
    const topics = $$(panel, '.starters button').map((b) => b.textContent!.trim());
    expect(topics).to.include.members([
      'Hoe vertel ik het de kinderen?',
      'Wat moet er allemaal geregeld worden?',
      'Ik zoek hulp in mijn gemeente',
      'Ik wil iemand spreken',
    ]);
    expect($(panel, '[role="log"]')).to.exist;
    await expect(panel).to.be.accessible();
  });

  it('answers a clear question with the entry text, its links and source', async () => {
    const { panel } = await inlineChat();
    await say(panel, 'Wie mag in het huis blijven wonen?');
    const last = $$(panel, '.log .msg').at(-1)!;
    expect(last.textContent).to.contain('Dat spreekt u samen af.');
    expect([...last.querySelectorAll('li')].map((l) => l.textContent!.trim())).to.include.members([
      'Huurhuis: vraag de verhuurder',
      'Koophuis: vraag de bank',
    ]);
    const link = [...last.querySelectorAll('a')].find((a) => a.textContent!.includes('Wonen in Testdorp'))!;
    expect(link.getAttribute('href')).to.equal('https://www.testdorp.example/wonen');
    expect(last.textContent).to.contain('Bron');
    await expect(panel).to.be.accessible();
  });

  it("shows the parent's own message as one clean line, without stray whitespace", async () => {
    const { panel } = await inlineChat();
    await say(panel, 'Wie mag in het huis blijven wonen?');
    const bubble = $$(panel, '.log .msg.parent').at(-1)!;
    const text = [...bubble.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('');
    expect(text).to.equal('Wie mag in het huis blijven wonen?');
    const line = parseFloat(getComputedStyle(bubble).lineHeight);
    const padding = parseFloat(getComputedStyle(bubble).paddingBlockStart) + parseFloat(getComputedStyle(bubble).paddingBlockEnd);
    expect(bubble.getBoundingClientRect().height - padding, 'no empty first or last line').to.be.below(line * 2.5);
  });

  it('offers "Bedoelt u…?" for a weak match, and answers the picked question', async () => {
    const { panel } = await inlineChat();
    await say(panel, 'ouderschapsplan');
    expect(logText(panel).at(-1)).to.contain('Bedoelt u');
    const options = $$<HTMLButtonElement>(panel, '.suggestions button');
    const plan = options.find((b) => b.textContent!.includes('Wat staat er in een ouderschapsplan?'))!;
    expect(plan).to.exist;
    await expect(panel).to.be.accessible();
    plan.click();
    await panel.updateComplete;
    expect(logText(panel).at(-1)).to.contain('hoe u de zorg en opvoeding verdeelt');
  });

  it('says honestly when it has no answer, and offers a person', async () => {
    const { panel } = await inlineChat();
    await say(panel, 'Waar kan ik een parkeervergunning aanvragen?');
    const last = $$(panel, '.log .msg').at(-1)!;
    expect(last.textContent).to.contain('Daar heb ik geen antwoord op');
    expect([...last.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Iemand spreken');
    await expect(panel).to.be.accessible();
  });

  it('shows the safety card before the answer on a strong signal, and quick exit clears the chat', async () => {
    const { panel } = await inlineChat();
    await say(panel, 'Wie mag in het huis blijven wonen? Hij heeft me gisteren geslagen.');
    const messages = $$(panel, '.log .msg');
    const cardAt = messages.findIndex((m) => m.querySelector('.safety:not(.possible)'));
    const answerAt = messages.findIndex((m) => m.textContent!.includes('Dat spreekt u samen af'));
    expect(cardAt, 'a safety card').to.be.greaterThan(0);
    expect(answerAt, 'the answer stays, below the card').to.be.greaterThan(cardAt);
    const last = messages[cardAt]!;
    expect(last.textContent).to.contain('112');
    expect(last.textContent).to.contain('0800-2000');
    await expect(panel).to.be.accessible();
    expect(storedKeys()).to.include('digiplein:chat:session');
    let went = '';
    setQuickExitNavigation((url) => (went = url));
    last.querySelector<HTMLButtonElement>('.quick-exit')!.click();
    await panel.updateComplete;
    expect(went).to.equal('https://www.google.nl/');
    expect(storedKeys()).to.deep.equal([]);
    expect(logText(panel).length).to.equal(1, 'only the welcome is left');
  });

  it('keeps the answer on a possible signal, with a calm safety line above it', async () => {
    const { panel } = await inlineChat();
    await say(panel, 'Wie mag in het huis blijven wonen? Ik ben bang voor hem.');
    const messages = $$(panel, '.log .msg');
    const noticeAt = messages.findIndex((m) => m.querySelector('.safety.possible'));
    const answerAt = messages.findIndex((m) => m.textContent!.includes('Dat spreekt u samen af'));
    expect(noticeAt).to.be.greaterThan(0);
    expect(answerAt).to.be.greaterThan(noticeAt);
    expect(
      messages.some((m) => m.querySelector('.safety:not(.possible)')),
      'no full card',
    ).to.equal(false);
    await expect(panel).to.be.accessible();
  });

  it('answers a look-alike without any safety help', async () => {
    const { panel } = await inlineChat();
    await say(panel, 'Mijn ex dreigt met een advocaat. Wie mag in het huis blijven wonen?');
    expect(logText(panel).at(-1)).to.contain('Dat spreekt u samen af');
    expect($$(panel, '.log .safety')).to.have.length(0);
  });

  it('on a 360×740 phone, shows the card from its start, with 112 and Veilig Thuis in view, even after a long conversation', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const { panel } = await inlineChat();
      for (let i = 0; i < 3; i++) await say(panel, 'Wie mag in het huis blijven wonen?');
      await say(panel, 'hij heeft me geslagen en ik durf niet naar huis');
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const log = $(panel, '.log')!.getBoundingClientRect();
      // the card, and after it the knowledge base's own safety answer: the card is what shows
      const card = $$(panel, '.log .msg.safety-msg').at(-1)!;
      const inView = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.top >= Math.max(0, log.top) - 1 && r.bottom <= Math.min(innerHeight, log.bottom) + 1;
      };
      const links = [...card.querySelectorAll('a')];
      const call112 = links.find((a) => a.getAttribute('href') === 'tel:112')!;
      const veiligThuis = links.find((a) => a.getAttribute('href') === 'tel:08002000')!;
      expect(inView(card.querySelector('h3')!), 'the card heading').to.equal(true);
      expect(inView(call112), '112').to.equal(true);
      expect(inView(veiligThuis), 'Veilig Thuis').to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('renders answers without HTML injection and drops unsafe links', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const config = chatConfig({
      knowledgeBase: [
        {
          id: 'boos',
          question: 'Test injectie vraag',
          answer:
            'Hallo <img src=x onerror="window.pwned=true"> daar.\n\n- [klik](javascript:window.pwned=true)\n- [mail](mailto:a@b.example) en [bel](tel:0800-2000)',
          keywords: ['injectie'],
        },
      ],
    });
    const { panel } = await inlineChat(config);
    await say(panel, 'test injectie vraag');
    const last = $$(panel, '.log .msg').at(-1)!;
    expect(last.querySelector('img')).to.equal(null);
    expect(last.textContent).to.contain('<img src=x onerror="window.pwned=true">');
    const hrefs = [...last.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['mailto:a@b.example', 'tel:0800-2000']);
    expect(last.textContent).to.contain('klik');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });

  it('answers in English on an English page', async () => {
    const { panel } = await inlineChat(chatConfig(), 'en');
    expect(logText(panel)[0]).to.contain('I am the DigiBegeleider');
    await say(panel, 'Who may stay in the house?');
    expect(logText(panel).at(-1)).to.contain('You agree on that together.');
    await expect(panel).to.be.accessible();
  });
});

describe('<digiplein-chat> privacy and persistence', () => {
  beforeEach(resetStorage);

  it('stores nothing before the first message, keeps the conversation across pages, and "gesprek wissen" wipes it', async () => {
    const first = await inlineChat();
    expect(storedKeys()).to.deep.equal([]);
    await say(first.panel, 'Wie mag in het huis blijven wonen?');
    expect(storedKeys()).to.deep.equal(['digiplein:chat:session']);
    first.chat.remove();

    // the next page
    const second = await inlineChat();
    expect(logText(second.panel).join(' ')).to.contain('Dat spreekt u samen af.');
    const clear = $$<HTMLButtonElement>(second.panel, '.tools button').find((b) => b.textContent!.includes('gesprek wissen'))!;
    clear.click();
    await second.panel.updateComplete;
    expect(storedKeys()).to.deep.equal([]);
    expect(logText(second.panel).join(' ')).to.not.contain('Dat spreekt u samen af.');
    expect($(second.panel, '[role="status"].vh')!.textContent).to.contain('Het gesprek is gewist.');
  });
});

describe('<digiplein-chat> guided conversations', () => {
  beforeEach(resetStorage);

  it('walks a conversation: question with a checked postcode, then opens the hulpzoeker by its element', async () => {
    const { panel } = await inlineChat();
    $$<HTMLButtonElement>(panel, '.starters button')
      .find((b) => b.textContent!.includes('Ik zoek hulp in mijn gemeente'))!
      .click();
    await panel.updateComplete;
    expect(logText(panel).at(-1)).to.contain('Wat is uw postcode?');
    expect($(panel, 'label[for="input"]')!.textContent).to.equal('Uw antwoord');
    await say(panel, 'ergens');
    expect($(panel, '#input-error')!.textContent).to.contain('Vul een postcode in');
    expect($(panel, '#input')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(panel).to.be.accessible();
    await say(panel, '9991 ab');
    const hulp = $(panel, '.log digiplein-hulpzoeker')!;
    expect(hulp).to.exist;
    expect(hulp.getAttribute('postcode')).to.equal('9991 AB');
  });

  it('offers choices as buttons and follows the picked one', async () => {
    const { panel } = await inlineChat();
    $$<HTMLButtonElement>(panel, '.starters button')
      .find((b) => b.textContent!.includes('Hoe vertel ik het de kinderen?'))!
      .click();
    await panel.updateComplete;
    const choices = $$<HTMLButtonElement>(panel, '.choices button');
    expect(choices.map((c) => c.textContent!.trim())).to.deep.equal([
      'Hulp voor mij als ouder',
      'Steun voor mijn kind',
      'Ik wil iemand spreken',
    ]);
    await expect(panel).to.be.accessible();
    choices[1]!.click();
    await panel.updateComplete;
    expect(logText(panel).join(' ')).to.contain('Kindertelefoon');
  });

  it('a conversation with a missing node (bad config) is reported, and the chat stays calm', async () => {
    const errors: unknown[][] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      const config = chatConfig({
        conversations: [
          { id: 'kapot', title: 'Kapot gesprek', start: 'a', nodes: { a: { type: 'message', text: 'Hoi', next: 'nergens' } } },
        ],
      });
      const { panel } = await inlineChat(config);
      expect(JSON.stringify(errors)).to.contain('conversations[0].nodes.a.next');
      expect($$(panel, '.starters button').map((b) => b.textContent!.trim())).to.not.include('Kapot gesprek');
    } finally {
      console.error = orig;
    }
  });
});

describe('<digiplein-chat mode="launcher">', () => {
  beforeEach(resetStorage);

  it('is a named button that opens the panel, moves focus in, and Escape returns focus', async () => {
    const chat = await fixture<DigipleinChat>(html`<digiplein-chat mode="launcher" .config=${chatConfig()}></digiplein-chat>`);
    const button = chat.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Vragen? Stel uw vraag aan de DigiBegeleider');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(chat.shadowRoot!.querySelector('digiplein-chat-panel')).to.equal(null, 'the panel loads on first open');
    await expect(chat).to.be.accessible();

    setTimeout(() => button.click());
    const opened = await oneEvent(chat, 'digiplein-chat-open');
    expect(opened.detail).to.deep.equal({ mode: 'launcher' });
    const panel = await waitFor(() => chat.shadowRoot!.querySelector('digiplein-chat-panel'));
    await waitFor(() => panel.shadowRoot!.activeElement?.id === 'input');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await expect(chat).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await chat.updateComplete;
    expect(chat.open).to.equal(false);
    await waitFor(() => chat.shadowRoot!.activeElement === button);
  });

  it('shows an unread marker when a professional writes while it is closed', async () => {
    const chat = await fixture<DigipleinChat>(html`<digiplein-chat mode="launcher" .config=${chatConfig()}></digiplein-chat>`);
    await chat.show();
    const panel = await waitFor(() => chat.shadowRoot!.querySelector('digiplein-chat-panel'));
    chat.hide();
    await chat.updateComplete;
    panel.dispatchEvent(new CustomEvent('chat-unread', { detail: true, bubbles: true, composed: true }));
    await chat.updateComplete;
    expect(chat.shadowRoot!.querySelector('[part="unread"]')).to.exist;
    expect(chat.shadowRoot!.querySelector('.launcher')!.textContent).to.contain('nieuw bericht van een medewerker');
    await expect(chat).to.be.accessible();
  });

  it('fills a 320 px wide screen without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const chat = await fixture<DigipleinChat>(html`<digiplein-chat mode="launcher" .config=${chatConfig()}></digiplein-chat>`);
      await chat.show();
      const panel = await waitFor(() => chat.shadowRoot!.querySelector('digiplein-chat-panel'));
      await waitFor(() => $(panel, 'form.composer'));
      await say(panel, 'Wie mag in het huis blijven wonen?');
      const box = chat.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      expect(box.width).to.equal(320);
      expect(box.left).to.equal(0);
      const log = $(panel, '.log')!;
      expect(log.scrollWidth).to.be.at.most(log.clientWidth);
      const send = $(panel, 'form.composer button')!.getBoundingClientRect();
      expect(send.right).to.be.at.most(320);
      expect(send.bottom).to.be.at.most(640);
      await expect(chat).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('moves focus into the chat even when its config is still loading from a URL', async () => {
    const chat = await fixture<DigipleinChat>(html`<digiplein-chat mode="launcher" config="/test/fixtures/minimal.json"></digiplein-chat>`);
    chat.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!.click();
    const panel = await waitFor(() => chat.shadowRoot!.querySelector('digiplein-chat-panel'));
    await waitFor(() => panel.shadowRoot!.activeElement?.id === 'input');
    expect(logText(panel)[0]).to.contain('Ik ben de DigiBegeleider');
  });

  it('names the launcher in the page’s language, also after the language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><digiplein-chat mode="launcher" .config=${chatConfig()}></digiplein-chat></div>`,
    );
    const chat = wrapper.querySelector('digiplein-chat')!;
    const label = () => chat.shadowRoot!.querySelector('.launcher')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label()).to.equal('Questions? Ask the DigiBegeleider your question');
    wrapper.lang = 'nl';
    await waitFor(() => label().startsWith('Vragen?'));
  });
});
