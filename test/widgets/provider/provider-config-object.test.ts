import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/provider/define.js';
import '../../core/test-element.js';

// A provider given its config as an object resolves it synchronously; the widgets inside must
// get that state at once, not the "loading" state from before (regression: the provider
// published its state in willUpdate, which Lit runs before the controller resolved it).
describe('<digiplein-provider> with a .config object', () => {
  it('gives the widgets inside the config at once', async () => {
    const config = { version: 1, organisation: { name: 'Gemeente Objectdorp' } };
    const provider = await fixture(html`<digiplein-provider .config=${config}><test-widget></test-widget></digiplein-provider>`);
    const widget = provider.querySelector('test-widget')!;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.greeting')?.textContent).to.equal('Hallo Gemeente Objectdorp');
    await expect(provider).to.be.accessible();
  });
});
