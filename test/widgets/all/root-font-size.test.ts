import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/hulpzoeker/define.js';
import '../../../src/widgets/chat/define.js';
import '../../../src/widgets/chat/panel-define.js';
import '../../../src/widgets/stap-tracker/define.js';
import '../../../src/widgets/spreekuur-aanmelding/define.js';
import { clearAllData } from '../../../src/core/storage/storage.js';
import { testConfig as finderConfig } from '../hulpzoeker/config.js';
import { testConfig as signupConfig } from '../spreekuur-aanmelding/helpers.js';

/**
 * Many CMSs set `html { font-size: 62.5% }` (10 px). The widgets' text keeps its size there
 * (at least 16 px), and so must their spacing: it follows the widget's own font size (em),
 * not the host page's root (rem). Each widget's height stays within 10 % of the plain page's.
 */
const widgets: [string, () => ReturnType<typeof html>][] = [
  ['hulpzoeker', () => html`<digiplein-hulpzoeker .config=${structuredClone(finderConfig)}></digiplein-hulpzoeker>`],
  ['chat', () => html`<digiplein-chat .config=${structuredClone(finderConfig)}></digiplein-chat>`],
  ['stap-tracker', () => html`<digiplein-stap-tracker .config=${structuredClone(finderConfig)}></digiplein-stap-tracker>`],
  ['spreekuur-aanmelding', () => html`<digiplein-spreekuur-aanmelding .config=${signupConfig()}></digiplein-spreekuur-aanmelding>`],
];

async function heightOf(make: () => ReturnType<typeof html>): Promise<number> {
  clearAllData();
  const el = await fixture<HTMLElement>(make());
  // settle: the config resolves, lazy parts load
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[part="base"] > *:not(.loading)'); i++)
    await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 200));
  const h = el.getBoundingClientRect().height;
  el.remove();
  return h;
}

describe('every widget on a page with html { font-size: 10px }', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    clearAllData();
  });
  for (const [name, make] of widgets) {
    it(`${name}: the same height (within 10 %) as on a plain page`, async () => {
      const plain = await heightOf(make);
      document.documentElement.style.fontSize = '10px';
      const small = await heightOf(make);
      expect(plain, 'rendered').to.be.above(100);
      expect(small / plain, `${name}: ${Math.round(small)} px against ${Math.round(plain)} px`).to.be.within(0.9, 1.1);
    });
  }
});
