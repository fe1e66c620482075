import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/training/define.js';
import type { DigipleinTraining } from '../../../src/widgets/training/define.js';
import { setChaptersImport } from '../../../src/widgets/training/chapters.js';
import { progressStore } from '../../../src/widgets/training/progress.js';
import { registerNationalContent } from '../../../src/content/registry.js';
import { nationalTrainingOutline } from '../../../src/content/training.js';
import { nationalTraining } from '../../../src/content/training-chapters.js';
import type { Training } from '../../../src/content/training-chapters.js';
import { clearAllData, storedKeys } from '../../../src/core/storage/storage.js';

// The national chapters' bodies are a chunk of their own: here the import is slow, fails, or works.
type El = DigipleinTraining;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: El, label: string) => {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};
const focused = (el: El, id: string) => waitUntil(() => el.shadowRoot!.activeElement?.id === id, `focus not on #${id}`);
const firstPart = (nationalTraining.chapters[0]!.sections[0]!.title as Record<string, string>).nl!;

async function render(): Promise<El> {
  const el = await fixture<El>(
    html`<digiplein-training .config=${{ version: 1, organisation: { name: 'Test' } }} lang="nl"></digiplein-training>`,
  );
  await el.updateComplete;
  return el;
}

describe('<digiplein-training> loading the national chapters', () => {
  beforeEach(() => {
    clearAllData();
    // as the widget's entry does: the outline only, so every test loads the bodies again
    registerNationalContent({ training: nationalTrainingOutline });
  });
  afterEach(() => {
    clearAllData();
    setChaptersImport(() => import('../../../src/content/training-chapters.js'));
  });

  it('shows the overview from the outline, and a calm loading state while a chapter loads', async () => {
    let imports = 0;
    let release!: () => void;
    setChaptersImport(() => {
      imports++;
      return new Promise<{ nationalTraining: Training }>((resolve) => (release = () => resolve({ nationalTraining })));
    });
    const el = await render();
    expect(text($(el, '.chapters li strong'))).to.equal('Hoofdstuk 1 van 4: Wat een scheiding betekent voor kinderen');
    expect(imports, 'nothing loads before the parent acts').to.equal(0);
    button(el, 'Begin met de training').click();
    await el.updateComplete;
    expect(imports).to.equal(1);
    expect(text($(el, '#bodies-loading'))).to.equal('Het hoofdstuk wordt geladen…');
    await focused(el, 'bodies-loading');
    expect(storedKeys()).to.deep.equal(['digiplein:training:progress']);
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => $(el, '#part-heading'), 'the chapter did not show');
    expect(text($(el, '#part-heading'))).to.equal(firstPart);
    expect($(el, '#bodies-loading')).to.equal(null);
    await focused(el, 'part-heading');
  });

  it('says so when the chapter cannot load, keeps the progress, and tries again', async () => {
    setChaptersImport(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const el = await render();
    button(el, 'Begin met de training').click();
    await waitUntil(() => $(el, '#bodies-failed'), 'no failure message');
    expect(text($(el, '#bodies-failed')))
      .to.contain('kon niet worden geladen')
      .and.contain('staan er nog');
    await focused(el, 'bodies-failed');
    expect(progressStore().get()?.chapter).to.equal('kinderen');
    await expect(el).to.be.accessible();

    setChaptersImport(() => Promise.resolve({ nationalTraining }));
    button(el, 'Probeer het opnieuw').click();
    await waitUntil(() => $(el, '#part-heading'), 'the chapter did not show after the retry');
    expect(text($(el, '#part-heading'))).to.equal(firstPart);
    expect($(el, '#bodies-failed')).to.equal(null);
    await focused(el, 'part-heading');
  });

  it('loads the bodies at once for a progress from before, so resuming and printing need no wait', async () => {
    progressStore().set({
      v: 1,
      chapter: 'samen-praten',
      part: 2,
      done: ['kinderen'],
      reflections: { 'samen-reflectie-ruzie': 'Over de vakantie.' },
      checks: {},
      steps: [],
    });
    let imports = 0;
    setChaptersImport(() => {
      imports++;
      return Promise.resolve({ nationalTraining });
    });
    const el = await render();
    // the outline knows enough for the statuses
    expect(text($(el, '.where'))).to.equal('1 van 4 hoofdstukken klaar');
    await waitUntil(() => imports === 1, 'the bodies did not load');
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    expect(text($(el, '.print-summary'))).to.contain('Over de vakantie.');
    window.dispatchEvent(new Event('afterprint'));
    button(el, 'Verder waar u was').click();
    await el.updateComplete;
    expect($(el, '#bodies-loading')).to.equal(null);
    expect(text($(el, '.where:last-of-type'))).to.equal('Deel 3 van 5');
  });
});
