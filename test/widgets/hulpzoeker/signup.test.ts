import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/hulpzoeker/define.js';
import type { DigipleinHulpzoeker } from '../../../src/widgets/hulpzoeker/define.js';
import { clearAllData } from '../../../src/core/storage/storage.js';
import { testConfig } from './config.js';

/**
 * When the page has the sign-up widget, "meld u aan" renders it inline for the offer's
 * spreekuur, with the hulpzoeker's own config source. A stand-in element takes the real one's
 * tag here, so this test does not depend on that widget's state; the hulpzoeker never imports it.
 */
class StandIn extends HTMLElement {
  config?: unknown;
}
customElements.define('digiplein-spreekuur-aanmelding', StandIn);

describe('<digiplein-hulpzoeker> with the sign-up widget on the page', () => {
  afterEach(() => clearAllData());

  it('renders <digiplein-spreekuur-aanmelding spreekuur="…"> inline with the same config', async () => {
    const el = await fixture<DigipleinHulpzoeker>(html`<digiplein-hulpzoeker .config=${testConfig}></digiplein-hulpzoeker>`);
    const root = el.shadowRoot!;
    const choose = async (value: string) => {
      root.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await el.updateComplete;
    };
    const submit = async () => {
      root.querySelector<HTMLButtonElement>('form.question button[type="submit"]')!.click();
      await el.updateComplete;
    };
    await choose('ouder');
    await submit();
    await choose('kinderen');
    await submit();
    await submit();
    const select = root.querySelector<HTMLSelectElement>('select#gemeente')!;
    select.value = 'GM9901';
    select.dispatchEvent(new Event('change'));
    await submit();
    const open = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Meld u aan')!;
    open.click();
    await el.updateComplete;
    const signup = root.querySelector<StandIn>('digiplein-spreekuur-aanmelding')!;
    expect(signup).to.be.instanceOf(StandIn);
    expect(signup.getAttribute('spreekuur')).to.equal('spreekuur-scheiden');
    expect(signup.config).to.equal(testConfig);
    expect(open.getAttribute('aria-controls')).to.equal(signup.parentElement!.id);
    expect(root.querySelector('.signup a[href^="mailto:"]')).to.equal(null);
    // the sign-up sits below the offer's heading in the outline (h4 → the sign-up's h5)
    const card = signup.closest('article')!;
    expect(card.querySelector('h4')).to.exist;
    expect(signup.getAttribute('heading-level')).to.equal('5');
  });
});
