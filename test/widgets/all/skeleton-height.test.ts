import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/stap-tracker/define.js';
import '../../../src/widgets/spreekuur-aanmelding/define.js';
import { clearAllData } from '../../../src/core/storage/storage.js';
import { placeholderText } from '../../../src/core/ui/skeleton-text.js';

/**
 * While the config loads, the sign-up and the stap-tracker draw an outline of their first screen
 * (core/ui/skeleton.ts) whose text wraps like theirs: about as high as the widget's first render
 * with the demo config on a phone (360 px) and a wide screen (1280 px), and on both at 200 % zoom
 * (180 and 640 px), so the page does not jump when the widget renders.
 */
const widgets = {
  'spreekuur-aanmelding': {
    waiting: () =>
      html`<div lang="nl"><digiplein-provider><digiplein-spreekuur-aanmelding></digiplein-spreekuur-aanmelding></digiplein-provider></div>`,
    ready: (config: unknown) =>
      html`<div lang="nl"><digiplein-spreekuur-aanmelding .config=${config}></digiplein-spreekuur-aanmelding></div>`,
  },
  'stap-tracker': {
    waiting: () => html`<div lang="nl"><digiplein-provider><digiplein-stap-tracker></digiplein-stap-tracker></digiplein-provider></div>`,
    ready: (config: unknown) => html`<div lang="nl"><digiplein-stap-tracker .config=${config}></digiplein-stap-tracker></div>`,
  },
};
const widths = [
  ['a phone', 360],
  ['a wide screen', 1280],
  ['a phone at 200 % zoom', 180],
  ['a wide screen at 200 % zoom', 640],
] as const;

let demoConfig: unknown;
const widget = (wrapper: HTMLElement) =>
  wrapper.firstElementChild!.tagName.startsWith('DIGIPLEIN-PROVIDER')
    ? (wrapper.firstElementChild!.firstElementChild as HTMLElement)
    : (wrapper.firstElementChild as HTMLElement);

/** The skeleton, while a `<digiplein-provider>` whose script is not on the page keeps the config waiting. */
async function skeletonOf(make: () => ReturnType<typeof html>): Promise<HTMLElement> {
  const el = widget(await fixture<HTMLElement>(make()));
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('.skeleton'); i++) await new Promise((r) => setTimeout(r, 20));
  return el;
}

/** The first render with the demo config (nothing touched, so no lazy part loads). */
async function readyOf(make: (config: unknown) => ReturnType<typeof html>): Promise<HTMLElement> {
  clearAllData();
  const el = widget(await fixture<HTMLElement>(make(structuredClone(demoConfig))));
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="base"]:not([aria-busy]) > *'); i++)
    await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
  return el;
}

describe('the skeletons of the sign-up and the stap-tracker', () => {
  before(async () => {
    demoConfig = await (await fetch('/demo/digiplein.json')).json();
  });
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => clearAllData());

  it('draw stand-in text of about the asked length, with word breaks', () => {
    const text = placeholderText(40);
    expect(text.length).to.be.within(40, 50);
    expect(text).to.match(/^x+( x+)+$/);
  });

  for (const [name, { waiting, ready }] of Object.entries(widgets)) {
    it(`${name}: the skeleton is busy, says "loading", hides its shapes and holds no stand-in text`, async () => {
      await setViewport({ width: 360, height: 740 });
      const el = await skeletonOf(waiting);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(base.querySelector('.skeleton [role="status"]')!.textContent).to.equal('Even geduld, we laden de hulp…');
      const shapes = base.querySelector('.skeleton-shapes')!;
      expect(shapes.getAttribute('aria-hidden')).to.equal('true');
      expect(shapes.querySelector('.skeleton-box'), 'boxes like the widget’s own').to.exist;
      // the stand-in characters come from CSS: nothing to find on the page, nothing to read out
      expect(shapes.textContent!.trim()).to.equal('');
      await expect(el).to.be.accessible();
    });

    for (const [where, width] of widths) {
      it(`${name}: the skeleton is about as high as the first render on ${where} (${width} px)`, async () => {
        await setViewport({ width, height: 800 });
        const skeleton = await skeletonOf(waiting);
        const outline = skeleton.getBoundingClientRect();
        expect(outline.width, 'no wider than the page').to.be.at.most(width);
        const skeletonHeight = outline.height;
        const el = await readyOf(ready);
        await expect(el).to.be.accessible();
        const height = el.getBoundingClientRect().height;
        expect(skeletonHeight / height, `skeleton ${skeletonHeight.toFixed(0)} px, first render ${height.toFixed(0)} px`).to.be.within(
          0.85,
          1.15,
        );
      });
    }
  }
});
