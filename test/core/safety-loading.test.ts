// The national safety lexicon loads on demand (src/core/safety): nothing a parent types may
// slip through while it loads. Each test file runs in a fresh page, so here it starts unloaded.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/hulpzoeker/define.js';
import type { DigipleinHulpzoeker } from '../../src/widgets/hulpzoeker/define.js';
import { safetyLoaded, safetyReady } from '../../src/core/safety/index.js';
import { clearAllData } from '../../src/core/storage/storage.js';
import { testConfig } from '../widgets/hulpzoeker/config.js';

const danger = 'Hij heeft me gisteren geslagen';

describe('the safety lexicon, loaded on demand: the hulpzoeker', () => {
  afterEach(() => clearAllData());

  it('the hulpzoeker shows no results before the check, then the safety card', async () => {
    const el = await fixture<DigipleinHulpzoeker>(
      html`<digiplein-hulpzoeker .config=${testConfig} mode="search" query=${danger}></digiplein-hulpzoeker>`,
    );
    expect(safetyReady(), 'not loaded before anyone typed').to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('.offers li').length, 'no results before the check').to.equal(0);
    await safetyLoaded();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section.safety'), 'the safety card').to.exist;
  });
});
