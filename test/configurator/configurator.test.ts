import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/configurator/define.js';
import '../../src/widgets/hulpzoeker/define.js';
import type { DigipleinConfigurator } from '../../src/configurator/configurator.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { nationalIds } from '../../src/content/index.js';

const root = (el: DigipleinConfigurator) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: DigipleinConfigurator, selector: string) => {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
};

/** Types into a field the way a person does: the value changes, then input and change fire. */
async function type(el: DigipleinConfigurator, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
  await el.updateComplete; // issues find their field after a render
}

async function click(el: DigipleinConfigurator, button: HTMLElement) {
  button.click();
  await el.updateComplete;
  await el.updateComplete;
}

const buttonWithText = (el: DigipleinConfigurator, text: string) => {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

const errorsAt = (el: DigipleinConfigurator, fieldPath: string) =>
  [...root(el).querySelectorAll(`[data-path="${fieldPath}"] > .field-errors li`)].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** The demo site's config, exactly as the file holds it. */
async function demoConfig(): Promise<Record<string, unknown>> {
  return (await (await fetch('/demo/digiplein.json')).json()) as Record<string, unknown>;
}

describe('<digiplein-configurator>', () => {
  // The live preview logs config problems to the console (that is the library's way to tell a
  // webmaster); keep the test output readable.
  let originalError: typeof console.error;
  beforeEach(() => {
    originalError = console.error;
    console.error = () => {};
  });
  afterEach(() => {
    console.error = originalError;
  });

  it('round-trips the demo config unchanged: same values, same key order', async () => {
    const original = await demoConfig();
    const el = await fixture<DigipleinConfigurator>(html`<digiplein-configurator></digiplein-configurator>`);
    el.load(original);
    await el.updateComplete;
    expect(JSON.parse(el.configText)).to.deep.equal(original);
    expect(el.configText).to.equal(`${JSON.stringify(original, null, 2)}\n`);
    // The download link gives exactly that text.
    const download = $<HTMLAnchorElement>(el, '#download');
    expect(download.getAttribute('download')).to.equal('digiplein.json');
    expect(await (await fetch(download.href)).text()).to.equal(el.configText);
  });

  it('loads a config from its src URL', async () => {
    const el = await fixture<DigipleinConfigurator>(html`<digiplein-configurator src="/demo/digiplein.json"></digiplein-configurator>`);
    await waitUntil(() => el.document.gemeenten !== undefined, 'the config did not load');
    expect(el.document).to.deep.equal(await demoConfig());
    expect($(el, '.message').textContent).to.contain('Config geladen uit /demo/digiplein.json');
  });

  it('keeps every field the forms do not show when one field is changed', async () => {
    const original = {
      ...(await demoConfig()),
      hide: ['villa-pinedo'],
      synonyms: [['omgangsregeling', 'zorgregeling']],
      chat: { botName: 'Vraagbaak', openingHours: { ma: ['09:00-17:00'] } },
      route: { phases: [{ id: 'eigen-fase', title: 'Eigen fase' }] },
      offers: [
        {
          id: 'eigen-aanbod',
          name: { nl: 'Eigen aanbod', en: 'Own offer', fy: 'Eigen oanbod' },
          organisation: 'Voorbeeld',
          description: 'Uitleg',
          themes: ['kinderen'],
          level: 'licht',
          audience: ['ouder'],
          contact: { website: 'https://www.voorbeeld.example/aanbod', phoneNote: 'alleen op werkdagen' },
          coordinates: { lat: 52.1, lon: 5.1 },
          openingNote: 'Op afspraak',
        },
      ],
    };
    const el = await fixture<DigipleinConfigurator>(html`<digiplein-configurator></digiplein-configurator>`);
    el.load(original);
    await el.updateComplete;
    await type(el, '#f-organisation-name', 'Gemeente Nieuwdorp');
    await type(el, '#f-offers-0-name-en', 'Our own offer');

    const expected = structuredClone(original) as typeof original & { organisation: Record<string, unknown> };
    expected.organisation.name = { ...(expected.organisation.name as object), nl: 'Gemeente Nieuwdorp' };
    expected.offers[0]!.name = { nl: 'Eigen aanbod', en: 'Our own offer', fy: 'Eigen oanbod' };
    expect(el.document).to.deep.equal(expected);
    // The original object was never touched.
    expect(original.offers[0]!.name.en).to.equal('Own offer');
  });

  it('shows a validation error next to the field that causes it', async () => {
    const el = await fixture<DigipleinConfigurator>(html`<digiplein-configurator></digiplein-configurator>`);
    el.load(await demoConfig());
    await el.updateComplete;
    await type(el, '#f-organisation-website', 'www.voorbeeld.example');
    expect(errorsAt(el, 'organisation.website')).to.deep.equal([
      'verwacht een volledig webadres dat begint met https:// (gevonden: "www.voorbeeld.example")',
    ]);
    expect($(el, '#f-organisation-website').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-organisation-website').getAttribute('aria-describedby')).to.contain('f-organisation-website-fout');
    expect($(el, '.issues').textContent).to.contain('Er is 1 probleem in de config.');

    await type(el, '#f-gemeenten-1-code', 'Proefdorp');
    expect(errorsAt(el, 'gemeenten[1].code')[0]).to.contain('verwacht een CBS-gemeentecode zoals "GM0363"');

    // Repairing the fields removes the errors.
    await type(el, '#f-organisation-website', 'https://www.voorbeeld.example');
    await type(el, '#f-gemeenten-1-code', 'GM9902');
    expect(errorsAt(el, 'organisation.website')).to.deep.equal([]);
    expect($(el, '.ok').textContent).to.equal('De config is in orde.');
    await expect(el).to.be.accessible();
  });

  it('builds a new config in the forms that validates', async () => {
    const el = await fixture<DigipleinConfigurator>(html`<digiplein-configurator></digiplein-configurator>`);
    await click(el, buttonWithText(el, 'Begin met een lege config'));
    await type(el, '#f-organisation-name', 'Gemeente Testdorp');
    await click(el, buttonWithText(el, 'Gemeente toevoegen'));
    await type(el, '#f-gemeenten-0-name', 'Testdorp');
    await type(el, '#f-gemeenten-0-code', 'GM0001');
    await type(el, '#f-gemeenten-0-postcodes', '1234, 1240-1249');

    await click(el, buttonWithText(el, 'Aanbod toevoegen'));
    // A new offer starts incomplete: its errors show at its own fields.
    expect(errorsAt(el, 'offers[0].name')).to.have.length(1);
    await type(el, '#f-offers-0-name', 'Ouderspreekuur');
    await type(el, '#f-offers-0-organisation', 'Wijkteam Testdorp');
    await type(el, '#f-offers-0-description', 'Een gesprek over uw kinderen en de scheiding.');
    await click(el, $(el, '#f-offers-0-themes-kinderen'));
    // Complete but without a way to reach it: the reference check names the contact group.
    expect(root(el).querySelector('[data-path="offers[0].contact"] > .field-errors')?.textContent).to.contain(
      'minstens één manier van contact',
    );
    await type(el, '#f-offers-0-contact-website', 'https://www.testdorp.example/wijkteam');

    await click(el, buttonWithText(el, 'Vraag en antwoord toevoegen'));
    await type(el, '#f-knowledgeBase-0-question', 'Waar vind ik het ouderschapsplan?');
    await type(el, '#f-knowledgeBase-0-answer', 'Op [Rijksoverheid](https://www.rijksoverheid.nl/onderwerpen/scheiden).');

    await type(el, '#f-theme-tokens-digiplein-accent-color', '#5b2a86');
    // theme tokens are named in plain words, with a colour picker that follows the text field
    expect($(el, 'label[for="f-theme-tokens-digiplein-accent-color"]').textContent).to.contain('Hoofdkleur (knoppen)');
    const picker = $<HTMLInputElement>(el, '.token-color:has(#f-theme-tokens-digiplein-link-color) input[type="color"]');
    expect(picker.getAttribute('aria-label')).to.equal('Kies een kleur voor Kleur van links');
    picker.value = '#123456';
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect((el.document.theme as { tokens: Record<string, string> }).tokens['--digiplein-link-color']).to.equal('#123456');
    expect($<HTMLInputElement>(el, '.token-color:has(#f-theme-tokens-digiplein-accent-color) input[type="color"]').value).to.equal(
      '#5b2a86',
    );

    const doc = el.document;
    expect(validateConfig(doc, nationalIds).issues).to.deep.equal([]);
    expect(doc.gemeenten).to.deep.equal([{ code: 'GM0001', name: 'Testdorp', postcodes: ['1234', '1240-1249'] }]);
    expect((doc.theme as { tokens: object }).tokens).to.deep.equal({
      '--digiplein-accent-color': '#5b2a86',
      '--digiplein-link-color': '#123456',
    });
    expect($(el, '.ok').textContent).to.equal('De config is in orde.');
    await expect(el).to.be.accessible();
  });

  it('names a new offer after what is typed, marks only the language that is wrong, and keeps the console quiet', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const el = await fixture<DigipleinConfigurator>(html`<digiplein-configurator></digiplein-configurator>`);
      await click(el, buttonWithText(el, 'Begin met een lege config'));
      await click(el, buttonWithText(el, 'Aanbod toevoegen'));
      // an empty required field says so, without "(gevonden: "")"
      expect(errorsAt(el, 'offers[0].name')).to.deep.equal(['mag niet leeg zijn']);
      await type(el, '#f-offers-0-name', 'Wijkteam Noord (ouders)');
      expect((el.document.offers as { id: string }[])[0]!.id).to.equal('wijkteam-noord-ouders');
      await type(el, '#f-offers-0-name', 'Wijkteam Zuid');
      expect((el.document.offers as { id: string }[])[0]!.id, 'still follows while it is the generated one').to.equal(
        'wijkteam-noord-ouders',
      );
      // an empty Dutch text beside an English one marks the Dutch input only
      el.load({ ...el.document, organisation: { name: { nl: '', en: 'Municipality of Testdorp' } } });
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '#f-organisation-name').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#f-organisation-name-en').getAttribute('aria-invalid')).to.equal('false');
      // the live hulpzoeker validates the half-made config after each change, without writing to the console
      expect(customElements.get('digiplein-hulpzoeker')).to.exist;
      await type(el, '#f-offers-0-organisation', '');
      await new Promise((r) => setTimeout(r, 400));
      await el.updateComplete;
      expect(root(el).querySelector('digiplein-hulpzoeker')).to.exist;
      expect(logged.filter((args) => String((args as unknown[])[0]).startsWith('DigiPlein:'))).to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });

  it('keeps the current config when pasted text is not valid JSON', async () => {
    const el = await fixture<DigipleinConfigurator>(html`<digiplein-configurator></digiplein-configurator>`);
    el.load(await demoConfig());
    await el.updateComplete;
    const before = el.configText;
    await type(el, '#load-paste', '{ "version": 1, "organisation": ');
    await click(el, buttonWithText(el, 'Gebruik de geplakte config'));
    expect($(el, '.message').textContent).to.contain('Laden uit de geplakte tekst lukte niet: het bestand is geen geldige JSON');
    expect($(el, '.message').textContent).to.contain('Uw huidige config is niet veranderd.');
    expect(el.configText).to.equal(before);

    await type(el, '#load-paste', '{"version": 1, "organisation": {"name": "Geplakt"}, "hide": ["kindertelefoon"]}');
    await click(el, buttonWithText(el, 'Gebruik de geplakte config'));
    expect(el.document).to.deep.equal({ version: 1, organisation: { name: 'Geplakt' }, hide: ['kindertelefoon'] });
  });

  it('writes the embed snippet for the chosen widgets', async () => {
    const el = await fixture<DigipleinConfigurator>(
      html`<digiplein-configurator script-url="https://cdn.example.nl/digiplein.js" config-url="https://www.gemeente.example/digiplein.json"></digiplein-configurator>`,
    );
    expect($<HTMLTextAreaElement>(el, '#snippet').value).to.equal(
      '<script type="module" src="https://cdn.example.nl/digiplein.js"></script>\n<digiplein-hulpzoeker config="https://www.gemeente.example/digiplein.json"></digiplein-hulpzoeker>\n',
    );
    await click(el, $(el, '#widget-chat'));
    expect($<HTMLTextAreaElement>(el, '#snippet').value).to.equal(
      [
        '<script type="module" src="https://cdn.example.nl/digiplein.js"></script>',
        '<digiplein-provider config="https://www.gemeente.example/digiplein.json">',
        '  <digiplein-hulpzoeker></digiplein-hulpzoeker>',
        '  <digiplein-chat mode="launcher"></digiplein-chat>',
        '</digiplein-provider>',
        '',
      ].join('\n'),
    );
    await type(el, '#config-url', 'https://www.gemeente.example/a"b.json');
    expect($<HTMLTextAreaElement>(el, '#snippet').value).to.contain('config="https://www.gemeente.example/a&quot;b.json"');
  });

  it('switches the training on, chooses its chapters and who follows up', async () => {
    const el = await fixture<DigipleinConfigurator>(
      html`<digiplein-configurator script-url="https://cdn.example.nl/digiplein.js" config-url="https://www.gemeente.example/digiplein.json"></digiplein-configurator>`,
    );
    await click(el, $(el, '#widget-training'));
    expect($<HTMLTextAreaElement>(el, '#snippet').value).to.contain('  <digiplein-training></digiplein-training>');
    $<HTMLDetailsElement>(el, 'details:has(> #section-training)').open = true;
    const chapters = [...root(el).querySelectorAll<HTMLInputElement>('[data-path="training.chapters"] input[type=checkbox]')];
    expect(chapters).to.have.length(4);
    expect(chapters.every((c) => c.checked)).to.equal(true);
    el.load({ ...el.document, hide: ['een-aanbod'] });
    await el.updateComplete;
    // leaving out the second chapter keeps what was hidden before
    await click(el, root(el).querySelectorAll<HTMLInputElement>('[data-path="training.chapters"] input[type=checkbox]')[1]!);
    expect(el.document.hide).to.deep.equal(['een-aanbod', chapters[1]!.id.replace('training-chapter-', '')]);
    await click(el, root(el).querySelectorAll<HTMLInputElement>('[data-path="training.chapters"] input[type=checkbox]')[1]!);
    expect(el.document.hide).to.deep.equal(['een-aanbod']);

    await type(el, '#f-training-followUp-organisation', 'wijkteam-voorbeeld');
    expect(el.document.training).to.deep.equal({ followUp: { organisation: 'wijkteam-voorbeeld' } });
    await type(el, '#f-training-followUp-organisation', '');
    expect(el.document).to.not.have.property('training'); // no empty followUp left to fail validation
    await expect(el).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    const wrapper = await fixture(html`<div lang="en"><digiplein-configurator></digiplein-configurator></div>`);
    const el = wrapper.querySelector('digiplein-configurator')!;
    await el.updateComplete;
    expect($(el, '#step-widgets').textContent).to.equal('2. Choose the widgets');
    await type(el, '#f-organisation-email', 'geen-mail');
    expect(errorsAt(el, 'organisation.email')[0]).to.contain('expected an e-mail address');
  });
});
