import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/hulpzoeker/define.js';
import type { DigipleinHulpzoeker } from '../../../src/widgets/hulpzoeker/define.js';
import { clearAllData, storedKeys } from '../../../src/core/storage/storage.js';
import { setQuickExitNavigation } from '../../../src/core/ui/quick-exit.js';
import { badOfferConfig, testConfig } from './config.js';

type El = DigipleinHulpzoeker;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const legend = (el: El) => text($(el, 'legend'));
const offerNames = (el: El) => $$(el, '.offer h4').map((h) => text(h));
/** `count` light offers for parents about emotions, named `<name> 1`, `<name> 2`, … */
const lightGroups = (name: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${name.toLowerCase()}-${i + 1}`,
    name: `${name} ${i + 1}`,
    organisation: 'Gemeente Voorbeeld',
    description: `Een ${name.toLowerCase()} voor ouders die uit elkaar gaan.`,
    themes: ['emoties'],
    level: 'licht',
    audience: ['ouder'],
    contact: { phone: '0999-123456' },
    example: true,
  }));
/** Every offer of the results: "Toon meer hulp" until the list is whole. */
async function showAllResults(el: El): Promise<void> {
  for (let more = moreButton(el); more; more = moreButton(el)) {
    more.click();
    await el.updateComplete;
  }
}
const moreButton = (el: El) => $$<HTMLButtonElement>(el, '.results .actions button').find((b) => text(b).startsWith('Toon meer hulp'));
const button = (el: El, label: string) => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
  if (!found)
    throw new Error(
      `no button "${label}"; there are: ${$$(el, 'button')
        .map((b) => text(b))
        .join(' | ')}`,
    );
  return found;
};

/** Fails unless the element lies inside the viewport (the parent sees it without scrolling). */
function inViewport(el: El, sel: string, what: string): void {
  const target = $(el, sel);
  expect(target, what).to.exist;
  const r = target!.getBoundingClientRect();
  expect(
    r.top >= -1 && r.bottom <= innerHeight + 1 && r.left >= -1 && r.right <= innerWidth + 1,
    `${what} in view (${Math.round(r.top)}–${Math.round(r.bottom)} of ${innerHeight})`,
  ).to.equal(true);
}

async function render(config: unknown = testConfig, attrs: { lang?: string; syncUrl?: boolean; debug?: boolean } = {}): Promise<El> {
  return fixture<El>(
    html`<digiplein-hulpzoeker .config=${config} lang=${attrs.lang ?? 'nl'} ?sync-url=${attrs.syncUrl} ?debug=${attrs.debug}></digiplein-hulpzoeker>`,
  );
}

async function choose(el: El, label: string): Promise<void> {
  const input = $$<HTMLLabelElement>(el, 'label.choice')
    .find((l) => text(l) === label)
    ?.querySelector('input');
  if (!input) throw new Error(`no choice "${label}"`);
  input.click();
  await el.updateComplete;
}

async function next(el: El): Promise<void> {
  $<HTMLButtonElement>(el, 'form.question button[type="submit"]')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Answers the four questions through the form: parent, themes, situation, gemeente from the list. */
async function answerAll(
  el: El,
  { themes = ['Emoties en ruzie'], situation = 'We kunnen goed praten', gemeente = 'GM9901' } = {},
): Promise<void> {
  await choose(el, 'Ik ben ouder');
  await next(el);
  for (const t of themes) await choose(el, t);
  await next(el);
  await choose(el, situation);
  await next(el);
  const select = $<HTMLSelectElement>(el, 'select#gemeente')!;
  select.value = gemeente;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await next(el);
}

describe('<digiplein-hulpzoeker>', () => {
  afterEach(async () => {
    clearAllData();
    history.replaceState(null, '', location.pathname + location.search);
    await setViewport({ width: 800, height: 600 });
  });

  it('starts with the first question as a fieldset with a legend, and is accessible', async () => {
    const el = await render();
    expect(legend(el)).to.equal('Voor wie zoekt u hulp?');
    expect($(el, 'fieldset input[type="radio"]')).to.exist;
    expect(text($(el, '.progress'))).to.equal('Vraag 1 van 4');
    await expect(el).to.be.accessible();
  });

  it('asks only the questions the config names, in its order', async () => {
    const el = await render({ ...testConfig, hulpzoeker: { questions: ['woonplaats', 'themas'] } });
    expect(legend(el)).to.equal('Waar woont u?');
    expect(text($(el, '.progress'))).to.equal('Vraag 1 van 2');
    button(el, 'Overslaan').click();
    await el.updateComplete;
    expect(legend(el)).to.equal('Waar denkt u aan?');
    expect(text($(el, 'form.question button[type="submit"]'))).to.equal('Toon de hulp');
  });

  it('can be used with the keyboard alone, and back keeps the answers', async () => {
    const el = await render();
    $<HTMLInputElement>(el, 'input[value="ouder"]')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // moves to and selects "kind"
    await sendKeys({ press: 'Tab' }); // skip
    await sendKeys({ press: 'Tab' }); // next
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(legend(el)).to.equal('Waar denkt u aan?');
    expect(el.shadowRoot!.activeElement?.localName).to.equal('fieldset');
    await sendKeys({ press: 'Tab' }); // first theme
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[value="kinderen"]')!.checked).to.equal(true);
    button(el, 'Vorige vraag').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(legend(el)).to.equal('Voor wie zoekt u hulp?');
    expect($<HTMLInputElement>(el, 'input[value="kind"]')!.checked).to.equal(true);
    await next(el);
    expect($<HTMLInputElement>(el, 'input[value="kinderen"]')!.checked).to.equal(true);
  });

  it('lets every question be skipped and still shows help', async () => {
    const el = await render();
    for (let i = 0; i < 4; i++) {
      button(el, 'Overslaan').click();
      await el.updateComplete;
    }
    expect(text($(el, '#results-heading'))).to.equal('Hulp die bij u past');
    expect(offerNames(el).length).to.be.greaterThan(5);
  });

  it('shows the safety card above everything at once for "I do not feel safe", with a quick exit that clears', async () => {
    const el = await render();
    await choose(el, 'Ik ben ouder');
    await next(el);
    await next(el);
    await choose(el, 'Ik voel me niet veilig');
    // the card stands right under the answer, where the parent looks
    expect($(el, 'form.question fieldset + section.safety')).to.exist;
    expect(text($(el, 'section.safety'))).to.contain('0800-2000');
    expect($(el, 'section.safety a[href="tel:112"]')).to.exist;
    await expect(el).to.be.accessible();
    expect(storedKeys()).to.include('digiplein:hulpzoeker:answers');
    let went = '';
    setQuickExitNavigation((url) => (went = url));
    $<HTMLButtonElement>(el, 'button.quick-exit')!.click();
    await el.updateComplete;
    expect(went).to.match(/^https:\/\//);
    expect(storedKeys()).to.deep.equal([]);
    expect(legend(el)).to.equal('Voor wie zoekt u hulp?');
    expect($(el, 'section.safety')).to.equal(null);
  });

  it('on a 360×740 phone, brings the card into view when "Ik voel me niet veilig" is chosen, and puts Veilig Thuis first in the results', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await render();
    await choose(el, 'Ik ben ouder');
    await next(el);
    await next(el);
    await choose(el, 'Ik voel me niet veilig');
    await aTimeout(50);
    inViewport(el, 'section.safety h3', 'the card heading');
    inViewport(el, 'section.safety a[href="tel:112"]', '112');
    inViewport(el, 'section.safety a[href="tel:08002000"]', 'Veilig Thuis');
    expect(text($(el, '[role="status"]'))).to.contain('niet veilig');
    await next(el);
    await next(el);
    expect(offerNames(el)[0]).to.equal('Veilig Thuis');
    expect($(el, '.results section.safety')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('search: a danger message brings the safety card into view on a phone, Veilig Thuis first; quick exit clears it all', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await render();
    button(el, 'Zelf zoeken').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input#query')!.focus();
    await sendKeys({ type: 'hij heeft me gisteren geslagen' });
    await el.updateComplete;
    await aTimeout(50);
    expect($(el, 'section.safety:not(.possible)')).to.exist;
    inViewport(el, 'section.safety h3', 'the card heading');
    inViewport(el, 'section.safety a[href="tel:112"]', '112');
    inViewport(el, 'section.safety a[href="tel:08002000"]', 'Veilig Thuis');
    expect(el.shadowRoot!.activeElement?.id, 'focus stays in the search box').to.equal('query');
    expect(offerNames(el)[0]).to.equal('Veilig Thuis');
    await expect(el).to.be.accessible();
    let went = '';
    setQuickExitNavigation((url) => (went = url));
    $<HTMLButtonElement>(el, 'section.safety button.quick-exit')!.click();
    await el.updateComplete;
    expect(went).to.match(/^https:\/\//);
    expect(storedKeys()).to.deep.equal([]);
  });

  it('search: a possible signal keeps the results with a calm safety line above them; a look-alike gets none', async () => {
    const el = await render();
    button(el, 'Zelf zoeken').click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input#query')!;
    input.focus();
    await sendKeys({ type: 'ik voel me niet veilig mediation' });
    await el.updateComplete;
    expect($(el, 'section.safety.possible')).to.exist;
    expect(offerNames(el)).to.include('Mediation Regio Test');
    await expect(el).to.be.accessible();
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await sendKeys({ type: 'mijn ex dreigt met een advocaat' });
    await el.updateComplete;
    expect($(el, 'section.safety')).to.equal(null);
    expect(offerNames(el).length).to.be.greaterThan(0);
  });

  it('shows ranked results, moves focus to their heading and announces the count politely', async () => {
    const el = await render();
    await answerAll(el);
    const heading = $(el, '#results-heading')!;
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    const count = text($(el, '.results .count'));
    expect(count).to.match(/^\d+ plekken waar u terecht kunt$/);
    await showAllResults(el);
    expect(Number(count.split(' ')[0])).to.equal($$(el, '.offer').length);
    await waitUntil(() => text($(el, '[role="status"][aria-live="polite"]')) === count, 'count announced');
    const names = offerNames(el);
    expect(names[0]).to.equal('Wijkteam Voorbeeld'); // light, own gemeente, fits the theme
    expect(names).not.to.include('Wijkteam Proefdorp');
    expect(names.indexOf('Cursus Ouders blijven')).to.be.lessThan(names.indexOf('Traject bij vechtscheiding'));
    await expect(el).to.be.accessible();
  });

  it('shows the best 10 results of the answers first, more on request with focus on the first new one', async () => {
    const groups = lightGroups('Gespreksgroep', 15);
    const el = await render({ ...testConfig, offers: [...testConfig.offers, ...groups] });
    for (let i = 0; i < 4; i++) {
      button(el, 'Overslaan').click();
      await el.updateComplete;
    }
    const total = Number(/^(\d+) plekken/.exec(text($(el, '.results .count')))?.[1]);
    expect(total, 'the count says how many there are in all').to.be.above(15);
    expect(offerNames(el)).to.have.length(10);
    const firstPage = offerNames(el);
    button(el, `Toon meer hulp (nog ${total - 10})`).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(offerNames(el)).to.have.length(Math.min(20, total));
    expect(offerNames(el).slice(0, 10), 'the first results stay where they were').to.deep.equal(firstPage);
    expect(text(el.shadowRoot!.activeElement), 'focus on the first new result').to.equal(offerNames(el)[10]);
    await showAllResults(el);
    expect(offerNames(el)).to.have.length(total);
    expect(
      $$(el, 'button')
        .map(text)
        .some((t) => t.startsWith('Toon meer hulp')),
    ).to.equal(false);
    await expect(el).to.be.accessible();
    // another theme: the best 10 of that list first
    button(el, 'Emoties en ruzie').click();
    await el.updateComplete;
    expect(offerNames(el)).to.have.length(10);
    expect(moreButton(el), 'with more on request').to.exist;
  });

  it('shows per result the organisation, for whom, the cost (never invented) and real contact links', async () => {
    const el = await render();
    await answerAll(el, { themes: ['Kinderen en ouderschapsplan'] });
    const card = (name: string) => $$(el, '.offer').find((o) => text(o.querySelector('h4')) === name)!;
    const wijkteam = card('Wijkteam Voorbeeld');
    expect(text(wijkteam)).to.contain('Gemeente Voorbeeld');
    expect(text(wijkteam)).to.contain('ouders, kinderen en jongeren, professionals en naasten');
    expect(text(wijkteam)).to.contain('Gratis');
    expect(wijkteam.querySelector('.tag.example')?.textContent).to.equal('Verzonnen voorbeeld'); // not mistaken for the place Voorbeeld
    expect(wijkteam.querySelector('a[href="tel:0999123456"]')).to.exist;
    expect(wijkteam.querySelector('a[href="mailto:wijkteam@voorbeeld.example"]')).to.exist;
    expect(text(card('Cursus Ouders blijven'))).to.contain('Zie de website'); // no cost in the data
    expect(text(card('Mediation Regio Test'))).to.contain('Niet gratis (eigen bijdrage, vraag naar de regeling)');
    expect(card('Cursus Ouders blijven').querySelector('a[href="https://welzijn.voorbeeld.example/cursus"][target="_blank"]')).to.exist;
  });

  it('fires digiplein-hulpzoeker-result-click with the offer and contact kind only', async () => {
    const el = await render();
    await answerAll(el, { themes: ['Kinderen en ouderschapsplan'] });
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('click', stop);
    try {
      const link = $$<HTMLAnchorElement>(el, '.offer a[href^="tel:"]')[0]!;
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'digiplein-hulpzoeker-result-click');
      expect(event.detail).to.deep.equal({ offer: 'wijkteam-voorbeeld', contact: 'phone' });
      expect(event.bubbles && event.composed).to.equal(true);
    } finally {
      document.removeEventListener('click', stop);
    }
  });

  it('"meld u aan" falls back to the spreekuur e-mail when the sign-up widget is not on the page', async () => {
    const el = await render();
    await answerAll(el, { themes: ['Kinderen en ouderschapsplan'] });
    const signup = button(el, 'Meld u aan');
    expect(signup.getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => signup.click());
    const event = await oneEvent(el, 'digiplein-hulpzoeker-result-click');
    expect(event.detail).to.deep.equal({ offer: 'wijkteam-voorbeeld', contact: 'spreekuur' });
    await el.updateComplete;
    expect(button(el, 'Aanmelden sluiten').getAttribute('aria-expanded')).to.equal('true');
    expect($(el, 'digiplein-spreekuur-aanmelding')).to.equal(null);
    expect($(el, '.signup a[href="mailto:spreekuur@voorbeeld.example"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('narrows and widens with the filter chips', async () => {
    const el = await render();
    await answerAll(el);
    const before = $$(el, '.offer').length;
    const all = button(el, 'Alle onderwerpen');
    expect(all.getAttribute('aria-pressed')).to.equal('false');
    all.click();
    await el.updateComplete;
    expect($$(el, '.offer').length).to.be.greaterThan(before);
    button(el, 'Geld en alimentatie').click();
    await el.updateComplete;
    expect(button(el, 'Geld en alimentatie').getAttribute('aria-pressed')).to.equal('true');
    expect(offerNames(el)).to.include('LBIO');
    expect(offerNames(el)).not.to.include('Cursus Ouders blijven');
  });

  it('never ends in a dead end: no match shows the wijkteam and national help', async () => {
    const el = await render();
    await choose(el, 'Ik ben een kind of jongere');
    await next(el);
    await choose(el, 'Regels en procedure');
    await next(el);
    await next(el);
    const select = $<HTMLSelectElement>(el, 'select#gemeente')!;
    select.value = 'GM9901';
    select.dispatchEvent(new Event('change'));
    await next(el);
    expect(text($(el, '.results .count'))).to.equal('We vonden geen hulp die precies past');
    expect(offerNames(el)[0]).to.equal('Wijkteam Voorbeeld');
    expect(offerNames(el)).to.include('De Kindertelefoon');
    await expect(el).to.be.accessible();
  });

  it('finds the gemeente from a postcode in the config, and explains a wrong one', async () => {
    const el = await render(testConfig);
    for (let i = 0; i < 3; i++) (button(el, 'Overslaan').click(), await el.updateComplete);
    const input = $<HTMLInputElement>(el, '#postcode')!;
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    await next(el);
    expect(text($(el, '#place-message'))).to.contain('vier cijfers');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    input.value = '9996 AB';
    input.dispatchEvent(new Event('input'));
    await next(el);
    expect(offerNames(el)).to.include('Wijkteam Proefdorp');
    expect(offerNames(el)).not.to.include('Wijkteam Voorbeeld');
  });

  it('asks PDOK (when enabled) for a postcode outside the config, and falls back to the list when it fails', async () => {
    const pdokUrl = '/test/fixtures/pdok/free-9401.json'; // a path: the recorded response served by the test server
    const el = await render({ ...testConfig, hulpzoeker: { pdok: true, pdokUrl } });
    for (let i = 0; i < 3; i++) (button(el, 'Overslaan').click(), await el.updateComplete);
    const input = $<HTMLInputElement>(el, '#postcode')!;
    input.value = '9401';
    input.dispatchEvent(new Event('input'));
    button(el, 'Zoek mijn gemeente').click();
    await waitUntil(() => text($(el, '#place-message')).includes('Assen'), 'PDOK answer shown');
    expect(text($(el, '#place-message'))).to.contain('hoort niet bij onze regio');
    await next(el);
    await showAllResults(el);
    expect(offerNames(el)).not.to.include('Cursus Ouders blijven'); // regional: not for Assen
    expect(offerNames(el)).to.include('Veilig Thuis');

    clearAllData(); // a fresh start, not the answers kept above
    const failing = await render({ ...testConfig, hulpzoeker: { pdok: true, pdokUrl: '/test/fixtures/pdok/missing.json' } });
    for (let i = 0; i < 3; i++) (button(failing, 'Overslaan').click(), await failing.updateComplete);
    const field = $<HTMLInputElement>(failing, '#postcode')!;
    field.value = '9401';
    field.dispatchEvent(new Event('input'));
    button(failing, 'Zoek mijn gemeente').click();
    await waitUntil(() => text($(failing, '#place-message')).includes('lukte niet'), 'failure shown');
    expect($(failing, 'select#gemeente')).to.exist;
  });

  it('keeps nothing before the first answer, then only in session storage, and forgets on "wis mijn gegevens"', async () => {
    const el = await render();
    expect(storedKeys()).to.deep.equal([]);
    await choose(el, 'Ik ben ouder');
    expect(storedKeys()).to.deep.equal(['digiplein:hulpzoeker:answers']);
    expect(sessionStorage.getItem('digiplein:hulpzoeker:answers')).to.contain('ouder');
    await next(el);
    const again = await render();
    expect(legend(again)).to.equal('Waar denkt u aan?'); // restored for this session
    for (let i = 0; i < 3; i++) (button(again, 'Overslaan').click(), await again.updateComplete);
    button(again, 'Wis mijn gegevens').click();
    await again.updateComplete;
    expect(storedKeys()).to.deep.equal([]);
    expect(legend(again)).to.equal('Voor wie zoekt u hulp?');
    expect(legend(el)).to.equal('Voor wie zoekt u hulp?');
  });

  it('with sync-url, reflects answers in the hash so back and a shared link work', async () => {
    const el = await render(testConfig, { syncUrl: true });
    await choose(el, 'Ik ben ouder');
    await next(el);
    expect(location.hash).to.equal('#hulp=voor:ouder;stap:1');
    await choose(el, 'Wonen');
    expect(location.hash).to.equal('#hulp=voor:ouder;themas:wonen;stap:1');
    history.back();
    await waitUntil(() => legend(el) === 'Voor wie zoekt u hulp?', 'back to the first question');
    expect($<HTMLInputElement>(el, 'input[value="ouder"]')!.checked).to.equal(true);
    el.remove();

    clearAllData();
    history.replaceState(null, '', '#hulp=voor:ouder;themas:geld;situatie:goed;gemeente:GM9902;stap:4');
    const shared = await render(testConfig, { syncUrl: true });
    expect(text($(shared, '#results-heading'))).to.equal('Hulp die bij u past');
    expect(offerNames(shared)).to.include('LBIO');
    expect(button(shared, 'Geld en alimentatie').getAttribute('aria-pressed')).to.equal('true');
  });

  it('opens on a start state or a search word from the page, without storing anything', async () => {
    const el = await fixture<El>(
      html`<digiplein-hulpzoeker .config=${testConfig} .start=${{ step: 4, answers: { voorWie: 'kind' } }}></digiplein-hulpzoeker>`,
    );
    expect(text($(el, '#results-heading'))).to.equal('Hulp die bij u past');
    expect(offerNames(el)).to.include('De Kindertelefoon');
    expect(offerNames(el)).not.to.include('Cursus Ouders blijven');
    expect(storedKeys()).to.deep.equal([]);
    const search = await fixture<El>(
      html`<digiplein-hulpzoeker .config=${testConfig} mode="search" query="alimentatie"></digiplein-hulpzoeker>`,
    );
    expect($<HTMLInputElement>(search, 'input#query')!.value).to.equal('alimentatie');
    await waitUntil(() => offerNames(search).length, 'the search shows its results (its code loads with search mode)');
    expect(offerNames(search)).to.include('LBIO');
  });

  it('search mode finds offers with typos, stemming and synonyms, and never ends empty', async () => {
    const el = await render();
    button(el, 'Zelf zoeken').click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input#query')!;
    await expect(el).to.be.accessible();
    input.focus();
    await sendKeys({ type: 'zorgregeling' });
    await el.updateComplete;
    // the national offer with the word as a keyword first, then the course through the config's synonym
    expect(offerNames(el)[0]).to.equal('Checklist ouderschapsplan');
    expect(offerNames(el).slice(0, 3)).to.include('Cursus Ouders blijven');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await sendKeys({ type: 'mediaton' });
    await el.updateComplete;
    expect(offerNames(el)[0]).to.equal('Mediation Regio Test');
    input.value = 'kinderen';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(offerNames(el)).to.include('KIES (Kinderen In Een Scheiding)');
    input.value = 'xylofoonles';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, '.results .count'))).to.contain('We vonden niets voor "xylofoonles"');
    expect(offerNames(el)).to.include('De Kindertelefoon');
    await waitUntil(() => text($(el, '[role="status"][aria-live="polite"]')).includes('xylofoonles'), 'announced');
    await expect(el).to.be.accessible();
  });

  it('search mode shows the best 20 results of a large catalogue, more on request with focus on the first new one', async () => {
    const courses = lightGroups('Praatgroep', 45);
    const el = await render({ ...testConfig, offers: [...testConfig.offers, ...courses] });
    button(el, 'Zelf zoeken').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input#query')!.focus();
    await sendKeys({ type: 'praatgroep' });
    await waitUntil(() => offerNames(el).length, 'results');
    expect(offerNames(el)).to.have.length(20);
    const total = Number(/van de (\d+) die we vonden/.exec(text($(el, '.results .count')))?.[1]);
    expect(total, text($(el, '.results .count'))).to.be.at.least(45);
    expect(text($(el, '.results .count'))).to.match(/^De 20 plekken die het best passen, van de \d+ die we vonden$/);
    await expect(el).to.be.accessible();
    const firstPage = offerNames(el);
    button(el, 'Toon meer hulp').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(offerNames(el)).to.have.length(40);
    expect(offerNames(el).slice(0, 20), 'the first results stay where they were').to.deep.equal(firstPage);
    expect(text(el.shadowRoot!.activeElement), 'focus on the first new result').to.equal(offerNames(el)[20]);
    button(el, 'Toon meer hulp').click();
    await el.updateComplete;
    expect(offerNames(el)).to.have.length(total);
    expect(text($(el, '.results .count'))).to.equal(`${total} plekken waar u terecht kunt`);
    expect($$(el, 'button').map(text)).not.to.include('Toon meer hulp');
    // a new search starts at the best 20 again
    $<HTMLInputElement>(el, 'input#query')!.focus();
    await sendKeys({ type: ' ' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(offerNames(el)).to.have.length(20);
  });

  it('a postcode outside the region never traps the parent: "Ik woon ergens anders" is there, and going on shows the national help', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await render();
    await choose(el, 'Ik ben ouder');
    await next(el);
    await next(el);
    await choose(el, 'We kunnen goed praten');
    await next(el);
    const postcode = $<HTMLInputElement>(el, '#postcode')!;
    postcode.value = '1011';
    postcode.dispatchEvent(new Event('input'));
    await next(el); // looks the postcode up: not in the region
    await el.updateComplete;
    expect(text($(el, '#place-message'))).to.contain('hoort niet bij onze regio');
    const options = [...$<HTMLSelectElement>(el, 'select#gemeente')!.options].map((o) => o.text);
    expect(options, 'the option the message names is in the list').to.include('Ik woon ergens anders');
    await next(el); // "Toon de hulp" again, with the postcode still in the field
    await waitUntil(() => $(el, '.results'), 'the results show');
    expect(offerNames(el).length).to.be.above(0);
    await setViewport({ width: 800, height: 600 });
  });

  it('a child is asked about their parents, not about "u en de andere ouder"', async () => {
    const el = await render();
    await choose(el, 'Ik ben een kind of jongere');
    await next(el);
    await next(el);
    expect(text($(el, 'legend'))).to.equal('Hoe gaat het tussen je ouders?');
    expect($$(el, 'label.choice').map(text)).to.include('Ik voel me niet veilig thuis');
    await expect(el).to.be.accessible();
  });

  it('search mode announces what is on screen after the last keystroke, under a heading that fits', async () => {
    const el = await render();
    button(el, 'Zelf zoeken').click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input#query')!;
    input.focus();
    await sendKeys({ type: 'xylofoonles' });
    await el.updateComplete;
    expect(text($(el, '#results-heading')), 'no "Hulp die bij u past" above "We vonden niets"').not.to.contain('Hulp die bij u past');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await sendKeys({ type: 'zorgregelin' });
    await new Promise((r) => setTimeout(r, 900)); // a pause: whatever "zorgregelin" finds is announced
    const before = text($(el, '[role="status"][aria-live="polite"]'));
    await sendKeys({ type: 'g' });
    await el.updateComplete;
    await el.updateComplete;
    if (before)
      expect(text($(el, '[role="status"][aria-live="polite"]')), 'nothing stale stays while the next result is computed').not.to.equal(
        before,
      );
    await new Promise((r) => setTimeout(r, 900));
    const status = text($(el, '[role="status"][aria-live="polite"]'));
    const shown = offerNames(el).length;
    expect(status, 'the announcement matches the results on screen').to.contain(shown === 1 ? '1 ' : `${shown} `);
    expect(status).not.to.contain('niets');
    expect(text($(el, '#results-heading'))).to.contain('Hulp die bij u past');
  });

  it('reports bad offer data with its path under debug, and the rest still works', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    let el: El;
    try {
      el = await render(badOfferConfig, { debug: true });
      // the words for config problems load only for a config that has some
      await waitUntil(() => $(el, '.debug'), 'the problems show');
    } finally {
      console.error = original;
    }
    const debug = text($(el, '.debug'));
    expect(debug).to.contain('offers[5].contact');
    expect(debug).to.contain('offers[6].themes[0]');
    expect(errors.join('\n')).to.contain('offers[6].themes[0]');
    await answerAll(el, { themes: ['Kinderen en ouderschapsplan'] });
    expect(offerNames(el)).to.include('Wijkteam Voorbeeld');
    expect(offerNames(el)).not.to.include('Zonder contact');
    expect(offerNames(el)).not.to.include('Onbekend thema');
    await expect(el).to.be.accessible();
  });

  it('shows the calm national fallback when the config is unusable', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = await render({ version: 2 });
      // the texts that explain config problems load first (a chunk of their own)
      await waitUntil(() => $(el, '.fallback'), 'the fallback shows');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await render(testConfig, { lang: 'en' });
    expect(legend(el)).to.equal('Who are you looking for help for?');
    await choose(el, 'I am a parent');
    await next(el);
    await choose(el, 'Emotions and conflict');
    await next(el);
    await next(el);
    await next(el);
    expect(text($(el, '.results .count'))).to.match(/^\d+ places where you can go$/);
    expect(text($$(el, '.offer')[0])).to.contain('Free');
    // text the config has only in Dutch is marked as Dutch, so a screen reader reads it as Dutch
    const local = $$(el, '.offer').find((o) => text(o).includes('Een gesprek over wat u nodig heeft'));
    if (local) {
      expect($$(el, '.offer p[lang="nl"]').some((p) => p.textContent!.includes('Een gesprek over wat u nodig heeft'))).to.equal(true);
      expect(local.querySelector('h4 [lang="nl"]')!.textContent).to.equal('Wijkteam Voorbeeld');
    }
    const marked = $$(el, '.offer [lang="nl"]');
    expect(marked.length, 'Dutch-only config text marked lang="nl"').to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px wide without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render();
    const fits = () => el.scrollWidth <= el.clientWidth && document.documentElement.scrollWidth <= 320;
    expect(fits(), 'question').to.equal(true);
    // a radio whose label wraps keeps the same size as the others
    const widths = $$<HTMLInputElement>(el, '.choice input').map((i) => Math.round(i.getBoundingClientRect().width));
    expect(new Set(widths).size, `radio widths ${widths.join(', ')}`).to.equal(1);
    await answerAll(el, { themes: ['Kinderen en ouderschapsplan'] });
    button(el, 'Meld u aan').click();
    await el.updateComplete;
    await aTimeout(0);
    expect(fits(), 'results').to.equal(true);
    for (const node of $$(el, '.offer, .chips, .nav')) expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
    // e-mail addresses in buttons wrap after the @ and before a dot, never in the middle of a word
    const mail = $$<HTMLAnchorElement>(el, 'a.button[href^="mailto:"]');
    expect(mail.length).to.be.above(0);
    for (const a of mail) {
      expect(a.textContent).to.contain('@\u200b');
      const range = document.createRange();
      range.selectNodeContents(a);
      const lines = [...range.getClientRects()].map((r) => Math.round(r.top));
      const text = a.textContent!.replace(/\s+/g, ' ').trim();
      // each line of the address starts at a break point: check no line ends inside "voorbeeld"-like words
      expect(a.scrollWidth, text).to.be.at.most(a.clientWidth + 1);
      expect(new Set(lines).size, `${text}: at most three lines`).to.be.at.most(3);
    }
  });
});
