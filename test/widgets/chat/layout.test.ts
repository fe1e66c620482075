import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { DigipleinChat } from '../../../src/widgets/chat/define.js';
import type { DigipleinChatPanel } from '../../../src/widgets/chat/panel-define.js';
import { setChatTransport } from '../../../src/widgets/chat/handoff.js';
import type { EventSourceLike } from '../../../src/core/api/events.js';
import { $, $$, FakeEventSource, chatConfig, fakeFetch, msg, resetStorage, say, waitFor } from './helpers.js';
import type { RecordedRequest } from './helpers.js';

/**
 * The open launcher panel at every size a parent may use, from 400 % zoom (320×256) to a
 * desktop: in each state every control can be brought into view inside the panel and the
 * viewport and is not covered, a new answer shows its first line, and panes take focus.
 */

const allDay = ['00:00-24:00'];
const alwaysOpen = { ma: allDay, di: allDay, wo: allDay, do: allDay, vr: allDay, za: allDay, zo: allDay };
const longAnswer = Array.from(
  { length: 14 },
  (_, i) => `Regel ${i + 1} van een lang antwoord over wonen na de scheiding, met uitleg in gewone woorden.`,
).join('\n\n');
const config = (openingHours: Record<string, string[]>) =>
  chatConfig({
    endpoints: { api: 'https://api.testdorp.example' },
    chat: { organisation: 'testdorp', openingHours },
    knowledgeBase: [
      {
        id: 'huis-wie-blijft',
        question: { nl: 'Wie mag er in het huis blijven wonen?', en: 'Who may stay in the house?' },
        answer: { nl: `Begin van het antwoord.\n\n${longAnswer}`, en: `Start of the answer.\n\n${longAnswer}` },
        keywords: ['huis', 'woning', 'blijven wonen'],
        source: 'https://www.testdorp.example/wonen',
      },
      // two entries a question can fall between (for "Bedoelt u…?")
      {
        id: 'zwembadpas',
        question: { nl: 'Waar haal ik een zwembadpas?', en: 'Where do I get a swimming pass?' },
        answer: { nl: 'Bij de balie.', en: 'At the desk.' },
        keywords: ['zwembadpas', 'pas'],
        source: 'https://www.testdorp.example/zwembad',
      },
      {
        id: 'zwembad-open',
        question: { nl: 'Wanneer is het zwembad open?', en: 'When is the pool open?' },
        answer: { nl: 'Elke dag.', en: 'Every day.' },
        keywords: ['zwembad', 'openingstijden'],
        source: 'https://www.testdorp.example/zwembad',
      },
    ],
  });

const sizes: [string, number, number][] = [
  ['320×256 (400 % zoom)', 320, 256],
  ['360×740 phone', 360, 740],
  ['640×450 (200 % zoom of 1280×900)', 640, 450],
  ['1280×720 laptop', 1280, 720],
  ['1280×900 desktop', 1280, 900],
];

/** The innermost element at a point, through shadow roots. */
function deepElementAt(x: number, y: number): Element | null {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

const controls = (panel: DigipleinChatPanel) =>
  $$(panel, '.chat button, .chat input, .chat textarea, .chat a[href], .chat [tabindex="0"]').filter(
    (el) => el.getClientRects().length > 0,
  );

/** Every control, scrolled into view, lies inside the panel and the viewport and is the one a pointer hits. */
function expectAllReachable(chat: DigipleinChat, panel: DigipleinChatPanel, state: string): void {
  const box = chat.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
  const found = controls(panel);
  expect(found.length, `${state}: controls`).to.be.above(0);
  for (const el of found) {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    const name = `${state}: ${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}"`;
    expect(r.left, `${name} left inside panel`).to.be.at.least(box.left - 1);
    expect(r.right, `${name} right inside panel`).to.be.at.most(box.right + 1);
    if (el.matches('.log')) continue; // the scrolling log itself is taller than the view: its items are checked
    expect(r.top, `${name} top inside panel`).to.be.at.least(box.top - 1);
    expect(r.bottom, `${name} bottom inside panel`).to.be.at.most(box.bottom + 1);
    expect(r.top, `${name} top in viewport`).to.be.at.least(-1);
    expect(r.bottom, `${name} bottom in viewport`).to.be.at.most(innerHeight + 1);
    const line = el.getClientRects()[0]!; // a link that wraps: its first line
    const hit = deepElementAt(line.left + Math.min(line.width / 2, 12), line.top + line.height / 2);
    expect(hit && (hit === el || el.contains(hit)), `${name} is not covered`).to.equal(true);
  }
}

/** The element focused inside the panel. */
const focused = (panel: DigipleinChatPanel) => panel.shadowRoot!.activeElement as HTMLElement | null;

async function openLauncher(openingHours: Record<string, string[]>): Promise<{ chat: DigipleinChat; panel: DigipleinChatPanel }> {
  const chat = await fixture<DigipleinChat>(html`<digiplein-chat mode="launcher" .config=${config(openingHours)}></digiplein-chat>`);
  await chat.show();
  const panel = await waitFor(() => chat.shadowRoot!.querySelector('digiplein-chat-panel'));
  await waitFor(() => panel.shadowRoot!.querySelector('#input'));
  await panel.updateComplete;
  // the panel rises into place (0.15 s): measure where it ends up
  await Promise.all(
    chat
      .shadowRoot!.querySelector('.panel')!
      .getAnimations()
      .map((a) => a.finished),
  );
  return { chat, panel };
}

describe('<digiplein-chat> panel layout at every size', () => {
  let requests: RecordedRequest[];
  beforeEach(() => {
    resetStorage();
    requests = [];
    FakeEventSource.all = [];
    setChatTransport({
      fetch: fakeFetch(
        {
          '/api/chat/conversations': () => ({ status: 201, body: { id: 'c1', token: 'tok', state: { status: 'waiting', position: 0 } } }),
          '/api/chat/conversations/c1/messages': (r) => ({ body: msg(20, 'parent', r.body.text, { clientId: r.body.clientId }) }),
          '/api/chat/conversations/c1/close': () => ({ status: 204 }),
          '/api/chat/questions': () => ({ status: 201, body: { id: 'q1' } }),
        },
        requests,
      ),
      eventSource: (url) => new FakeEventSource(url) as unknown as EventSourceLike,
    });
  });
  afterEach(async () => {
    setChatTransport(undefined);
    await setViewport({ width: 800, height: 600 });
  });

  for (const [label, width, height] of sizes) {
    it(`${label}: welcome, answer, suggestions, safety card, waiting and a person all fit`, async () => {
      await setViewport({ width, height });
      const { chat, panel } = await openLauncher(alwaysOpen);
      expectAllReachable(chat, panel, 'welcome');

      await say(panel, 'Wie mag er in het huis blijven wonen?');
      const answer = $$(panel, '.log .msg.bot').at(-1)!;
      const body = $(panel, '.body')!;
      const scroller = getComputedStyle(body).overflowY === 'visible' ? $(panel, '.chat')! : body;
      const view = scroller.getBoundingClientRect();
      const first = answer.getBoundingClientRect();
      expect(answer.textContent).to.contain('Begin van het antwoord.');
      expect(first.top, 'the answer starts in view').to.be.at.least(view.top - 1);
      expect(first.top + 20, 'its first line is in view').to.be.at.most(Math.min(view.bottom, innerHeight));
      expectAllReachable(chat, panel, 'answer');

      await say(panel, 'zwembad pas');
      expect(
        $(panel, '.suggestions'),
        `suggestions; last: ${$$(panel, '.log .msg').at(-1)?.textContent?.replace(/\s+/g, ' ').slice(0, 300)}`,
      ).to.exist;
      expectAllReachable(chat, panel, 'suggestions');

      await say(panel, 'mijn ex heeft me geslagen');
      const card = $$(panel, '.log .safety-msg').at(-1)!;
      const cardTop = card.getBoundingClientRect().top;
      expect(cardTop, 'the safety card starts in view').to.be.at.least(scroller.getBoundingClientRect().top - 1);
      expectAllReachable(chat, panel, 'safety card');

      $$<HTMLButtonElement>(panel, '.foot button').at(-1)!.click();
      await panel.updateComplete;
      await waitFor(() => $(panel, '.consent'));
      await waitFor(() => focused(panel)?.closest('.consent'));
      expectAllReachable(chat, panel, 'consent');
      $$<HTMLButtonElement>(panel, '.consent button')[0]!.click();
      await waitFor(() => FakeEventSource.all.length);
      await panel.updateComplete;
      expectAllReachable(chat, panel, 'waiting');

      FakeEventSource.latest().emit('state', { status: 'active', professional: 'Anna' });
      FakeEventSource.latest().emit('message', msg(9, 'professional', 'Hallo, ik ben Anna. Ik lees met u mee.', { name: 'Anna' }), 9);
      await panel.updateComplete;
      expect($(panel, '#privacy')!.textContent).to.contain('leest de medewerker');
      expectAllReachable(chat, panel, 'with a person');
      const head = $(panel, '.head')!.getBoundingClientRect();
      expect(head.height, 'a compact header during the handoff').to.be.below(width < 400 ? 110 : 90);
    });

    it(`${label}: outside opening hours the leave-a-question form can be filled and sent with a pointer`, async () => {
      await setViewport({ width, height });
      const { chat, panel } = await openLauncher({});
      $$<HTMLButtonElement>(panel, '.foot button').at(-1)!.click();
      await waitFor(() => $(panel, '.closed-hours'));
      await waitFor(() => focused(panel)?.closest('.closed-hours'));
      expectAllReachable(chat, panel, 'closed hours');

      $$<HTMLButtonElement>(panel, '.closed-hours button')
        .find((b) => b.textContent!.includes('Een vraag achterlaten'))!
        .click();
      await waitFor(() => $(panel, 'form.leave'));
      await waitFor(() => focused(panel)?.closest('form.leave'));
      expect($(panel, 'form.composer'), 'one composer at a time').to.equal(null);
      for (const el of $$(panel, '[aria-describedby]')) {
        for (const id of el.getAttribute('aria-describedby')!.split(' '))
          expect(panel.shadowRoot!.getElementById(id), `#${id} referenced by ${el.id}`).to.exist;
      }
      expectAllReachable(chat, panel, 'leave-a-question');

      const click = async (el: HTMLElement) => {
        el.scrollIntoView({ block: 'nearest' });
        const r = el.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(r.left + Math.min(r.width / 2, 12)), Math.round(r.top + r.height / 2)] });
      };
      await click($(panel, '#leave-q')!);
      await sendKeys({ type: 'Wie helpt mij met de kinderen?' });
      await click($(panel, '#leave-email')!);
      await sendKeys({ type: 'ouder@voorbeeld.nl' });
      await click($(panel, '#leave-consent')!);
      expect($<HTMLInputElement>(panel, '#leave-consent')!.checked, 'the consent box takes a click').to.equal(true);
      await click($$<HTMLButtonElement>(panel, 'form.leave button[type="submit"]')[0]!);
      await waitFor(() => requests.some((r) => r.url.endsWith('/api/chat/questions')));
      const sent = requests.find((r) => r.url.endsWith('/api/chat/questions'))!;
      expect(sent.body).to.deep.include({ question: 'Wie helpt mij met de kinderen?', email: 'ouder@voorbeeld.nl' });
      await waitFor(() => $$(panel, '.log .msg').some((m) => m.textContent!.includes('Uw vraag is verstuurd')));
      await waitFor(() => focused(panel)?.id === 'input');
    });
  }

  it('360×740: the leave-a-question form works with the keyboard only, each focused control in view', async () => {
    await setViewport({ width: 360, height: 740 });
    const { panel } = await openLauncher({});
    $$<HTMLButtonElement>(panel, '.foot button').at(-1)!.click();
    await waitFor(() => focused(panel)?.closest('.closed-hours'));
    // to "Een vraag achterlaten" and press it
    while (!focused(panel)?.textContent?.includes('Een vraag achterlaten')) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focused(panel)?.closest('form.leave'));
    // "Toch niet" goes back to the choices with focus there, and in again
    $$<HTMLButtonElement>(panel, 'form.leave button')
      .find((b) => b.textContent!.includes('Toch niet'))!
      .click();
    await waitFor(() => focused(panel)?.closest('.closed-hours'));
    $$<HTMLButtonElement>(panel, '.closed-hours button')
      .find((b) => b.textContent!.includes('Een vraag achterlaten'))!
      .click();
    await waitFor(() => focused(panel)?.closest('form.leave'));
    const inView = () => {
      const r = focused(panel)!.getBoundingClientRect();
      expect(r.top, `${focused(panel)!.id || focused(panel)!.textContent} in view`).to.be.at.least(-1);
      expect(r.bottom).to.be.at.most(innerHeight + 1);
    };
    while (focused(panel)?.id !== 'leave-q') await sendKeys({ press: 'Tab' });
    inView();
    await sendKeys({ type: 'Mag ik verhuizen met de kinderen?' });
    await sendKeys({ press: 'Tab' }); // name
    inView();
    await sendKeys({ press: 'Tab' }); // e-mail
    inView();
    await sendKeys({ type: 'ouder@voorbeeld.nl' });
    await sendKeys({ press: 'Tab' }); // phone
    inView();
    await sendKeys({ press: 'Tab' }); // consent
    inView();
    expect(focused(panel)!.id).to.equal('leave-consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' }); // send
    inView();
    expect(focused(panel)!.textContent).to.contain('Vraag versturen');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => requests.some((r) => r.url.endsWith('/api/chat/questions')));
  });

  it('Escape goes back from the consent question, a second Escape closes; Escape on the launcher closes too', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { chat, panel } = await openLauncher(alwaysOpen);
    $$<HTMLButtonElement>(panel, '.foot button').at(-1)!.click();
    await waitFor(() => focused(panel)?.closest('.consent'));
    await sendKeys({ press: 'Escape' });
    await panel.updateComplete;
    expect($(panel, '.consent'), 'back from the consent question').to.equal(null);
    expect(chat.open, 'still open after the first Escape').to.equal(true);
    await waitFor(() => focused(panel)?.id === 'input');
    await sendKeys({ press: 'Escape' });
    await chat.updateComplete;
    expect(chat.open).to.equal(false);

    // the launcher has focus and the panel is open (a click on it, then Escape)
    await chat.show(false);
    chat.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!.focus();
    await sendKeys({ press: 'Escape' });
    await chat.updateComplete;
    expect(chat.open, 'Escape on the launcher closes the panel').to.equal(false);
  });

  it('a message from the professional while the parent reads further up shows "Nieuw bericht" instead of jumping', async () => {
    await setViewport({ width: 360, height: 740 });
    const { panel } = await openLauncher(alwaysOpen);
    await say(panel, 'Wie mag er in het huis blijven wonen?');
    $$<HTMLButtonElement>(panel, '.foot button').at(-1)!.click();
    await waitFor(() => $(panel, '.consent'));
    $$<HTMLButtonElement>(panel, '.consent button')[0]!.click();
    await waitFor(() => FakeEventSource.all.length);
    const body = $(panel, '.body')!;
    body.scrollTop = 0;
    body.dispatchEvent(new Event('scroll'));
    FakeEventSource.latest().emit('message', msg(9, 'professional', 'Bent u er nog?', { name: 'Anna' }), 9);
    await panel.updateComplete;
    expect(body.scrollTop, 'the log stays where the parent reads').to.equal(0);
    const button = await waitFor(() => $<HTMLButtonElement>(panel, '.new-below'));
    expect(button.textContent).to.contain('Nieuw bericht');
    button.click();
    await panel.updateComplete;
    expect(body.scrollTop + body.clientHeight).to.be.at.least(body.scrollHeight - 2);
    expect($(panel, '.new-below')).to.equal(null);
  });

  it('ends with "U heeft het gesprek beëindigd" when the parent ends it', async () => {
    const { panel } = await openLauncher(alwaysOpen);
    $$<HTMLButtonElement>(panel, '.foot button').at(-1)!.click();
    await waitFor(() => $(panel, '.consent'));
    $$<HTMLButtonElement>(panel, '.consent button')[1]!.click();
    await waitFor(() => $(panel, '.tools .end'));
    $<HTMLButtonElement>(panel, '.tools .end')!.click();
    await panel.updateComplete;
    const last = $$(panel, '.log .msg').at(-1)!.textContent!;
    expect(last).to.contain('U heeft het gesprek met de medewerker beëindigd');
    expect(last).not.to.contain('De medewerker heeft');
    expect($(panel, '#privacy')!.textContent).to.contain('blijft op dit apparaat');
  });
});

describe('<digiplein-chat> launcher and the host page', () => {
  beforeEach(resetStorage);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('with reserve-space the end of the page scrolls clear of the launcher; at 320 px it is an icon button', async () => {
    await setViewport({ width: 320, height: 640 });
    const page = await fixture<HTMLElement>(html`<div>
      <p style="block-size: 1200px">Inhoud</p>
      <footer style="text-align: end"><a href="#toegankelijkheid" id="last">Toegankelijkheid</a></footer>
      <digiplein-chat mode="launcher" reserve-space .config=${chatConfig()}></digiplein-chat>
    </div>`);
    const chat = page.querySelector<DigipleinChat>('digiplein-chat')!;
    await chat.updateComplete;
    const launcher = chat.shadowRoot!.querySelector<HTMLElement>('.launcher')!;
    const link = page.querySelector<HTMLElement>('#last')!;
    window.scrollTo(0, document.documentElement.scrollHeight);
    const l = launcher.getBoundingClientRect();
    const a = link.getBoundingClientRect();
    const overlap = !(a.bottom <= l.top || a.top >= l.bottom || a.right <= l.left || a.left >= l.right);
    expect(overlap, 'the last link is not under the launcher').to.equal(false);
    expect(l.width, 'an icon button at 320 px').to.be.at.most(64);
    expect(launcher.textContent).to.contain('Stel uw vraag aan de DigiBegeleider');
    await expect(chat).to.be.accessible();
    window.scrollTo(0, 0);
  });

  it('at 200 % zoom (640×450) the launcher is an icon button too, and has its label on a desktop', async () => {
    await setViewport({ width: 640, height: 450 });
    const chat = await fixture<DigipleinChat>(html`<digiplein-chat mode="launcher" .config=${chatConfig()}></digiplein-chat>`);
    const launcher = chat.shadowRoot!.querySelector<HTMLElement>('.launcher')!;
    expect(launcher.getBoundingClientRect().width, 'covers less of a short screen').to.be.at.most(64);
    await setViewport({ width: 1280, height: 900 });
    expect(launcher.getBoundingClientRect().width, 'the pill with "Vragen?" on a desktop').to.be.above(100);
  });

  it('at 200 % zoom (640×450) the open chat takes the screen, and its conversation keeps room to read', async () => {
    await setViewport({ width: 640, height: 450 });
    const { chat, panel } = await openLauncher({});
    const body = $(panel, '.body')!.getBoundingClientRect();
    expect(body.height, 'the conversation between the header and the input').to.be.at.least(0.4 * innerHeight);
    const box = chat.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    expect([box.top, box.left, box.width], 'the whole screen').to.deep.equal([0, 0, innerWidth]);
    expect(chat.shadowRoot!.querySelector('.panel')!.getAttribute('aria-modal'), 'and modal, like on a phone').to.equal('true');
    await expect(chat).to.be.accessible();
  });

  it('placement="start" puts the launcher in the other corner, and hidden hides it', async () => {
    await setViewport({ width: 1280, height: 900 });
    const chat = await fixture<DigipleinChat>(
      html`<digiplein-chat mode="launcher" placement="start" .config=${chatConfig()}></digiplein-chat>`,
    );
    const launcher = chat.shadowRoot!.querySelector<HTMLElement>('.launcher')!;
    expect(launcher.getBoundingClientRect().left).to.be.below(100);
    chat.hidden = true;
    await chat.updateComplete;
    expect(launcher.getClientRects().length, 'hidden on this page').to.equal(0);
  });

  it('on a phone the open panel is modal: the page beneath is inert until it closes', async () => {
    await setViewport({ width: 360, height: 740 });
    const page = await fixture<HTMLElement>(html`<div>
      <a href="#x" id="page-link">Een link op de pagina</a>
      <digiplein-chat mode="launcher" .config=${chatConfig()}></digiplein-chat>
    </div>`);
    const chat = page.querySelector<DigipleinChat>('digiplein-chat')!;
    await chat.show();
    await chat.updateComplete;
    const link = page.querySelector<HTMLElement>('#page-link')!;
    expect(link.closest('[inert]'), 'page content is inert').to.exist;
    expect(chat.shadowRoot!.querySelector('.panel')!.getAttribute('aria-modal')).to.equal('true');
    chat.hide();
    await chat.updateComplete;
    expect(link.closest('[inert]'), 'page content is back').to.equal(null);
  });
});
