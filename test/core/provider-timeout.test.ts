import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './test-element.js';
import type { TestWidget } from './test-element.js';
import { PROVIDER_WAIT_MS } from '../../src/core/config/controller.js';

// No provider script on this page: <digiplein-provider> stays an unknown element that never answers.
describe('a widget inside a <digiplein-provider> that never answers', () => {
  it('shows the calm national fallback after a short wait instead of "loading" for ever, and says why', async () => {
    const original = console.error;
    const lines: string[] = [];
    console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
    try {
      const provider = await fixture<HTMLElement>(html`<digiplein-provider><test-widget></test-widget></digiplein-provider>`);
      const el = provider.querySelector<TestWidget>('test-widget')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.loading'), 'waits first').to.exist;
      await waitUntil(() => el.shadowRoot!.querySelector('.fallback'), 'the fallback shows', { timeout: PROVIDER_WAIT_MS + 2000 });
      expect(lines.join()).to.include('gaf geen config');
      await new Promise((r) => setTimeout(r, 100));
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.fallback'), 'and stays').to.exist;
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });
});
