import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './test-element.js';
import type { TestWidget } from './test-element.js';
import { TestWidget as TestWidgetClass } from './test-element.js';
import { define } from '../../src/core/define.js';
import { addTranslations } from '../../src/core/i18n/index.js';

const config = { version: 1, organisation: { name: { nl: 'Gemeente Testdorp', en: 'Municipality of Testdorp' } } };
const greeting = (el: TestWidget) => el.shadowRoot!.querySelector('.greeting')!.textContent;
const ready = (el: TestWidget) => waitUntil(() => el.shadowRoot?.querySelector('.greeting'), 'not ready');

describe('language', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('uses the lang attribute of the widget', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en" .config=${config}></test-widget>`);
    await ready(el);
    expect(greeting(el)).to.equal('Hello Municipality of Testdorp');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  it('follows the nearest lang in the page, else <html lang>', async () => {
    const wrapper = await fixture(html`<div lang="nl"><test-widget .config=${config}></test-widget></div>`);
    const el = wrapper.querySelector('test-widget')!;
    await ready(el);
    expect(greeting(el)).to.equal('Hallo Gemeente Testdorp');

    document.documentElement.setAttribute('lang', 'en');
    const top = await fixture<TestWidget>(html`<test-widget .config=${config}></test-widget>`);
    await ready(top);
    expect(greeting(top)).to.equal('Hello Municipality of Testdorp');
  });

  it('switches language when the page or the widget changes lang', async () => {
    const wrapper = await fixture(html`<div lang="nl"><test-widget .config=${config}></test-widget></div>`);
    const el = wrapper.querySelector('test-widget')!;
    await ready(el);
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => greeting(el) === 'Hello Municipality of Testdorp', 'did not switch to English');
    el.setAttribute('lang', 'nl');
    await waitUntil(() => greeting(el) === 'Hallo Gemeente Testdorp', 'did not switch back to Dutch');
  });

  it('falls back to Dutch for a language without resources, and sets rtl for Arabic', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="ar" .config=${config}></test-widget>`);
    await ready(el);
    expect(greeting(el)).to.equal('Hallo Gemeente Testdorp');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
  });

  it('needs only a resource file for a new language', async () => {
    addTranslations('test', { ar: { hello: 'مرحبا {{name}}' } });
    const el = await fixture<TestWidget>(html`<test-widget lang="ar" .config=${config}></test-widget>`);
    await ready(el);
    expect(greeting(el)).to.equal('مرحبا Gemeente Testdorp');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('ar');
    await expect(el).to.be.accessible();
  });
});

describe('theming', () => {
  const accentOf = (el: TestWidget) => getComputedStyle(el.shadowRoot!.querySelector('.accent')!).color;

  it('uses the calm default theme when the page sets nothing', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .config=${config}></test-widget>`);
    await ready(el);
    expect(accentOf(el)).to.equal('rgb(31, 92, 153)');
  });

  it('picks up an NL Design System basis token set on the page', async () => {
    const wrapper = await fixture(html`<div class="nlds"><test-widget .config=${config}></test-widget></div>`);
    (wrapper as HTMLElement).style.setProperty('--basis-color-accent-1-inverse-bg-default', 'rgb(0, 99, 107)');
    const el = wrapper.querySelector('test-widget')!;
    await ready(el);
    expect(accentOf(el)).to.equal('rgb(0, 99, 107)');
  });

  it('lets --digiplein-* win over the basis token, and applies tokens from the config', async () => {
    const wrapper = await fixture(
      html`<div><test-widget .config=${{ ...config, theme: { tokens: { '--digiplein-accent-color': 'rgb(10, 20, 30)' } } }}></test-widget></div>`,
    );
    (wrapper as HTMLElement).style.setProperty('--basis-color-accent-1-inverse-bg-default', 'rgb(0, 99, 107)');
    const el = wrapper.querySelector('test-widget')!;
    await ready(el);
    expect(accentOf(el)).to.equal('rgb(10, 20, 30)');
    // A changed value (the configurator's live preview) is applied too.
    el.config = { ...config, theme: { tokens: { '--digiplein-accent-color': 'rgb(40, 50, 60)' } } };
    await el.updateComplete;
    expect(accentOf(el)).to.equal('rgb(40, 50, 60)');
  });

  it('takes NL Design System component tokens for buttons and links before the basis tokens', async () => {
    const wrapper = await fixture(html`<div><test-widget .config=${config}></test-widget></div>`);
    const style = (wrapper as HTMLElement).style;
    style.setProperty('--basis-color-accent-1-inverse-bg-default', 'rgb(0, 99, 107)');
    style.setProperty('--utrecht-button-primary-action-background-color', 'rgb(1, 2, 3)');
    style.setProperty('--nl-button-border-radius', '0px');
    style.setProperty('--utrecht-button-font-weight', '400');
    style.setProperty('--utrecht-link-color', 'rgb(4, 5, 6)');
    const el = wrapper.querySelector('test-widget')!;
    await ready(el);
    const button = getComputedStyle(el.shadowRoot!.querySelector('.button')!);
    expect(button.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(button.borderTopLeftRadius).to.equal('0px');
    expect(button.fontWeight).to.equal('400');
    expect(getComputedStyle(el.shadowRoot!.querySelector('a')!).color).to.equal('rgb(4, 5, 6)');
    // the nl-* candidate wins over Utrecht's, and --digiplein-* over both
    style.setProperty('--nl-button-primary-background-color', 'rgb(7, 8, 9)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.button')!).backgroundColor).to.equal('rgb(7, 8, 9)');
    style.setProperty('--digiplein-accent-color', 'rgb(10, 20, 30)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.button')!).backgroundColor).to.equal('rgb(10, 20, 30)');
  });

  it('turns dark where the page asks for it (its color-scheme), and on the color-scheme attribute', async () => {
    const wrapper = await fixture(html`<div><test-widget .config=${config}></test-widget></div>`);
    (wrapper as HTMLElement).style.setProperty('color-scheme', 'dark');
    const el = wrapper.querySelector('test-widget')!;
    await ready(el);
    expect(accentOf(el)).to.equal('rgb(140, 192, 242)');
    el.setAttribute('color-scheme', 'light');
    expect(accentOf(el)).to.equal('rgb(31, 92, 153)');
  });

  it('resets inherited text styles the host page sets', async () => {
    const wrapper = await fixture(html`<div class="loud"><test-widget .config=${config}></test-widget></div>`);
    const host = wrapper as HTMLElement;
    host.style.setProperty('text-transform', 'uppercase');
    host.style.setProperty('letter-spacing', '10px');
    host.style.setProperty('text-align', 'center');
    const el = wrapper.querySelector('test-widget')!;
    await ready(el);
    const style = getComputedStyle(el.shadowRoot!.querySelector('.greeting')!);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textAlign).to.equal('start');
  });
});

describe('guarded define', () => {
  it('warns and keeps the first definition when a tag is defined again by another copy', () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class OtherCopy extends HTMLElement {}
      expect(() => define('test-widget', OtherCopy)).not.to.throw();
      expect(customElements.get('test-widget')).to.equal(TestWidgetClass);
      expect(warnings[0]).to.include('<test-widget> is al gedefinieerd');
      // The same class again (the script loaded twice) is silent.
      define('test-widget', TestWidgetClass);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});
