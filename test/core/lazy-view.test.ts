import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { I18nController } from '../../src/core/i18n/index.js';
import { LazyView, lazyModule } from '../../src/core/lazy/view.js';
import { baseStyles } from '../../src/core/theme/tokens.js';
import { partStyles } from '../../src/core/ui/parts.js';
import { define } from '../../src/core/define.js';

interface Later {
  greet(): string;
}

/** A controllable import: each call waits until the test settles it. */
function controlledImport() {
  const calls: { resolve(m: Later): void; reject(e: Error): void }[] = [];
  const importer = () => new Promise<Later>((resolve, reject) => calls.push({ resolve, reject }));
  return { importer, calls };
}

let nextImporter: () => Promise<Later> = () => new Promise(() => undefined);

class LazyHost extends LitElement {
  static override styles = [...baseStyles, partStyles];
  readonly i18n = new I18nController(this, 'core');
  readonly later = new LazyView(this, lazyModule(nextImporter), { prefetch: 'interaction' });
  override render() {
    return html`<button type="button" class="button">Start</button>
      <div class="view">${this.later.render(this.i18n, (m) => html`<p class="greeting">${m.greet()}</p>`)}</div>`;
  }
}
define('lazy-host', LazyHost);

declare global {
  interface HTMLElementTagNameMap {
    'lazy-host': LazyHost;
  }
}

async function mount(lang = 'nl') {
  const { importer, calls } = controlledImport();
  nextImporter = importer;
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><lazy-host></lazy-host></div>`);
  const el = wrapper.querySelector('lazy-host')!;
  await el.updateComplete;
  return { el, calls };
}

const later: Later = { greet: () => 'Hallo' };

describe('a lazy view (LazyView)', () => {
  let errors: unknown[][];
  const original = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => (console.error = original));

  it('shows a calm loading line while its code loads, then the view', async () => {
    const { el, calls } = await mount();
    const status = el.shadowRoot!.querySelector('.view [role="status"]')!;
    expect(status.textContent).to.equal('Even laden…');
    expect(calls).to.have.length(1);
    await expect(el).to.be.accessible();
    calls[0]!.resolve(later);
    await waitUntil(() => el.shadowRoot!.querySelector('.greeting'), 'the view shows');
    expect(el.later.ready).to.equal(later);
  });

  it('says clearly when its code could not load, and tries again on the button', async () => {
    const { el, calls } = await mount();
    calls[0]!.reject(new Error('offline'));
    await waitUntil(() => el.shadowRoot!.querySelector('.lazy-failed'), 'the failure shows');
    const alert = el.shadowRoot!.querySelector('.lazy-failed')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.include('Dit deel kon niet laden');
    expect(errors.flat().join(' ')).to.include('could not load');
    await expect(el).to.be.accessible();
    alert.querySelector('button')!.click();
    await el.updateComplete;
    expect(calls, 'imported again').to.have.length(2);
    expect(el.shadowRoot!.querySelector('.view [role="status"]'), 'loading again').to.exist;
    calls[1]!.resolve(later);
    await waitUntil(() => el.shadowRoot!.querySelector('.greeting'), 'the view shows after the retry');
  });

  it('speaks English on an English page', async () => {
    const { el, calls } = await mount('en');
    await waitUntil(() => el.shadowRoot!.querySelector('.view [role="status"]')?.textContent === 'Loading…', 'English loading line');
    calls[0]!.reject(new Error('offline'));
    await waitUntil(() => el.shadowRoot!.querySelector('.lazy-failed'), 'the failure shows');
    expect(el.shadowRoot!.querySelector('.lazy-failed')!.textContent).to.include('This part could not load');
    expect(el.shadowRoot!.querySelector('.lazy-failed button')!.textContent!.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('starts loading on the first touch or focus in the widget when asked to', async () => {
    const { importer, calls } = controlledImport();
    nextImporter = importer;
    // a view that is not rendered yet: only the interaction starts its import
    class Quiet extends LitElement {
      readonly later = new LazyView(this, lazyModule(nextImporter), { prefetch: 'interaction' });
      override render() {
        return html`<button type="button">Start</button>`;
      }
    }
    define('lazy-quiet', Quiet);
    const el = await fixture<Quiet>(html`<lazy-quiet></lazy-quiet>`);
    expect(calls).to.have.length(0);
    el.shadowRoot!.querySelector('button')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(calls).to.have.length(1);
    el.shadowRoot!.querySelector('button')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(calls, 'once').to.have.length(1);
    calls[0]!.resolve(later);
    await waitUntil(() => el.later.ready, 'loaded');
  });
});
