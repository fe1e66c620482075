import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/hulpzoeker/define.js';
import type { DigipleinHulpzoeker } from '../../../src/widgets/hulpzoeker/define.js';
import { clearAllData } from '../../../src/core/storage/storage.js';
import { testConfig } from './config.js';
import { ContextEvent } from '@lit/context';
import { configContext } from '../../../src/core/config/context.js';
import type { ConfigState } from '../../../src/core/config/state.js';

/**
 * When the page has the sign-up widget, "meld u aan" renders it inline for the offer's
 * spreekuur, and it gets the hulpzoeker's resolved config through the config context. A stand-in
 * element takes the real one's tag here and asks the context as the real one does, so this test
 * does not depend on that widget's state; the hulpzoeker never imports it.
 */
class StandIn extends HTMLElement {
  config?: unknown;
  received?: ConfigState;
  connectedCallback() {
    this.dispatchEvent(new ContextEvent(configContext, this, (value: ConfigState | undefined) => (this.received = value), true));
  }
}
customElements.define('digiplein-spreekuur-aanmelding', StandIn);

describe('<digiplein-hulpzoeker> with the sign-up widget on the page', () => {
  afterEach(() => clearAllData());

  it('renders <digiplein-spreekuur-aanmelding spreekuur="…"> inline, handing down the config already validated', async () => {
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
    // no source forwarded by hand: the very state the hulpzoeker validated, not a second one
    expect(signup.config).to.equal(undefined);
    expect(signup.hasAttribute('config')).to.equal(false);
    expect(signup.received?.status).to.equal('ready');
    expect(signup.received).to.equal((el as unknown as { configController: { state: ConfigState } }).configController.state);
    expect(open.getAttribute('aria-controls')).to.equal(signup.parentElement!.id);
    expect(root.querySelector('.signup a[href^="mailto:"]')).to.equal(null);
    // the sign-up sits below the offer's heading in the outline (h4 → the sign-up's h5)
    const card = signup.closest('article')!;
    expect(card.querySelector('h4')).to.exist;
    expect(signup.getAttribute('heading-level')).to.equal('5');
  });
});
