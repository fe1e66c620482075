import { expect, fixture, html } from '@open-wc/testing';
import { clearAllData } from '../../../src/core/storage/storage.js';
import { $, $$, check, clickButton, fillDetails, mount, settle, testConfig, text, type } from './helpers.js';

describe('spreekuur-aanmelding: the steps', () => {
  afterEach(() => clearAllData());

  it("lists the gemeente's own spreekuur first and asks to choose before going on", async () => {
    const el = await mount(testConfig());
    const titles = $$(el, '.choice-title').map((t) => t.textContent);
    expect(titles).to.deep.equal(['Spreekuur wijkteam', 'Spreekuur van het juridisch loket']);
    expect(text(el)).to.contain('Stap 1 van 4');
    await expect(el).to.be.accessible();

    await clickButton(el, 'Verder');
    const summary = $(el, '.error-summary')!;
    expect(summary.textContent).to.contain('Kies waarvoor u zich wilt aanmelden');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    // a role and a name, as GOV.UK's error summary has (not an unnamed generic element)
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.getAttribute('aria-labelledby')).to.equal('error-summary-heading');
    await expect(el).to.be.accessible();
  });

  it('goes through time, details and check, keeping answers on the way back', async () => {
    const el = await mount(testConfig());
    await check(el, '#spreekuur-wijkteam-spreekuur');
    await clickButton(el, 'Verder');
    expect(text(el)).to.contain('Stap 2 van 4');
    expect(text(el)).to.contain('Alle tijden zijn Nederlandse tijd');
    // days first, then the times of the chosen day
    expect($$(el, 'input[name=day]')).to.have.length(2);
    expect($$(el, 'input[name=slot]')).to.have.length(1);
    await expect(el).to.be.accessible();

    await check(el, '#slot-first');
    await clickButton(el, 'Verder');
    expect(text(el)).to.contain('Stap 3 van 4');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    await expect(el).to.be.accessible();

    await fillDetails(el);
    await clickButton(el, 'Verder');
    expect(text(el)).to.contain('Controleer uw aanmelding');
    expect(text(el)).to.contain('sam@example.org');
    await expect(el).to.be.accessible();

    await clickButton(el, 'Terug');
    expect(($(el, '#name') as HTMLInputElement).value).to.equal('Sam');
    await clickButton(el, 'Terug');
    expect(($(el, '#slot-first') as HTMLInputElement).checked).to.equal(true);
  });

  it('with no spreekuren in the config: says so and offers other ways, without "Stap 1 van 4"', async () => {
    const config = { ...testConfig(), spreekuren: [] };
    const el = await mount(config);
    expect(text(el)).to.contain('Er zijn op dit moment geen spreekuren om u voor aan te melden.');
    expect(text(el)).not.to.contain('Stap 1 van 4');
    expect(text(el)).to.contain('Andere manieren');
    await expect(el).to.be.accessible();
  });

  it('fits the page outline: heading-level sets its headings, hide-heading leaves out the one the page already has', async () => {
    const el = await fixture<HTMLElement>(
      html`<digiplein-spreekuur-aanmelding .config=${testConfig()} heading-level="3" hide-heading lang="nl"></digiplein-spreekuur-aanmelding>`,
    );
    await settle(el as never);
    const headings = [...el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => `${h.tagName}:${h.textContent!.trim()}`);
    expect(headings[0]).to.equal('H4:Waarvoor wilt u zich aanmelden?');
    expect(headings.join()).not.to.contain('Aanmelden voor een spreekuur');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Aanmelden voor een spreekuur');
    await expect(el).to.be.accessible();
  });

  it('preselects a spreekuur from the attribute', async () => {
    const el = await mount(testConfig(), { spreekuur: 'juridisch-spreekuur' });
    expect(text(el)).to.contain('Kies een tijd');
    expect(text(el)).to.contain('Spreekuur van het juridisch loket');
    await clickButton(el, 'Terug');
    expect(($(el, '#spreekuur-juridisch-spreekuur') as HTMLInputElement).checked).to.equal(true);
  });

  it('says when there are no times and offers other ways of contact', async () => {
    const el = await mount(testConfig({ slots: false }), { spreekuur: 'wijkteam-spreekuur' });
    expect(text(el)).to.contain('Geen tijden beschikbaar');
    const links = $$<HTMLAnchorElement>(el, '.other-ways a').map((a) => a.getAttribute('href'));
    expect(links).to.include('mailto:wijkteam@example.org');
    expect(links).to.include('tel:14020');
    await expect(el).to.be.accessible();
  });

  it('without a server, sends a prefilled e-mail to the spreekuur', async () => {
    const el = await mount(testConfig(), { spreekuur: 'wijkteam-spreekuur' });
    await check(el, '#slot-first');
    await clickButton(el, 'Verder');
    await fillDetails(el);
    await type(el, 'question', 'Hoe regel ik de zorg; en wie betaalt?');
    await clickButton(el, 'Verder');
    const link = $$<HTMLAnchorElement>(el, 'a.button').find((a) => a.textContent!.includes('Open de e-mail'))!;
    const href = link.getAttribute('href')!;
    expect(href.startsWith('mailto:wijkteam@example.org?subject=')).to.equal(true);
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body).to.contain('Ik wil mij graag aanmelden voor Spreekuur wijkteam.');
    expect(body).to.contain('Uw naam: Sam');
    expect(body).to.contain('Hoe regel ik de zorg; en wie betaalt?');
    expect(body).to.contain('\r\n');
    link.addEventListener('click', (e) => e.preventDefault());
    await clickButton(el, 'Open de e-mail');
    expect(text(el)).to.contain('Bijna klaar');
    await expect(el).to.be.accessible();
  });
});
