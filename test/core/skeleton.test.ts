import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import './test-element.js';
import type { TestWidget } from './test-element.js';

// Inside a <digiplein-provider> whose script is not on the page, a widget waits for its config:
// a steady state to look at the skeleton (the fallback comes only after PROVIDER_WAIT_MS).
async function waiting(lang = 'nl', attrs = ''): Promise<TestWidget> {
  const wrapper = await fixture<HTMLElement>(
    lang === 'en'
      ? html`<div lang="en"><digiplein-provider><test-widget></test-widget></digiplein-provider></div>`
      : attrs
        ? html`<div lang="nl"><digiplein-provider><test-widget hide-heading></test-widget></digiplein-provider></div>`
        : html`<div lang="nl"><digiplein-provider><test-widget></test-widget></digiplein-provider></div>`,
  );
  const el = wrapper.querySelector<TestWidget>('test-widget')!;
  await el.updateComplete;
  return el;
}

describe('the skeleton while the config loads', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('marks the widget busy, says "loading" to assistive technology and hides the shapes', async () => {
    const el = await waiting();
    const root = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(root.getAttribute('aria-busy')).to.equal('true');
    const skeleton = root.querySelector('.skeleton.loading')!;
    expect(skeleton).to.exist;
    const status = skeleton.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Even geduld, we laden de hulp…');
    expect(skeleton.querySelector('.skeleton-shapes')!.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.querySelector('.skeleton-heading'), 'a heading bar like the widget’s own heading').to.exist;
    // the shapes take room, so the content does not push the page down much when it comes
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    const el = await waiting('en');
    expect(el.shadowRoot!.querySelector('.skeleton [role="status"]')!.textContent).to.equal('One moment, loading the help…');
    await expect(el).to.be.accessible();
  });

  it('leaves out the heading bar when the widget hides its heading', async () => {
    const el = await waiting('nl', 'hide-heading');
    expect(el.shadowRoot!.querySelector('.skeleton-heading')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is themed with the shared custom properties', async () => {
    const el = await waiting();
    const bar = el.shadowRoot!.querySelector('.skeleton-line')!;
    const before = getComputedStyle(bar).backgroundColor;
    el.style.setProperty('--digiplein-color-subtle', 'rgb(200, 0, 0)');
    const after = getComputedStyle(bar).backgroundColor;
    expect(after).to.not.equal(before);
    expect(after).to.match(/^(color\(srgb 0\.78|rgba\(200, 0, 0)/);
  });

  it('does not move when the visitor asks for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await waiting();
    expect(getComputedStyle(el.shadowRoot!.querySelector('.skeleton-shapes')!).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('.skeleton-shapes')!).animationName).to.not.equal('none');
    await expect(el).to.be.accessible();
  });

  it('gives way to the content once the config is there', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget .config=${{ version: 1, organisation: { name: 'Gemeente Test' } }}></test-widget>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(root.hasAttribute('aria-busy')).to.equal(false);
    expect(root.querySelector('.skeleton')).to.equal(null);
    expect(root.querySelector('.greeting')).to.exist;
  });
});
