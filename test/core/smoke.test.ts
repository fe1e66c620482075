import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/provider/define.js';

describe('toolchain smoke', () => {
  it('renders the provider', async () => {
    const el = await fixture(html`<digiplein-provider></digiplein-provider>`);
    expect(el.shadowRoot).to.exist;
  });
});
