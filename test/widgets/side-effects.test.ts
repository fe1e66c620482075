import { expect } from '@open-wc/testing';
import { getI18n } from '../../src/core/i18n/index.js';

/**
 * Every module under src/widgets/ except the define modules, by path. Kept in step with the
 * folder by test/node/side-effects-list.test.ts, so a new module cannot slip past this test.
 */
export const classModules = [
  'src/widgets/chat/answer-search.ts',
  'src/widgets/chat/answer.ts',
  'src/widgets/chat/availability.ts',
  'src/widgets/chat/bot.ts',
  'src/widgets/chat/chat.ts',
  'src/widgets/chat/embed.ts',
  'src/widgets/chat/flow.ts',
  'src/widgets/chat/format.ts',
  'src/widgets/chat/handoff-controller.ts',
  'src/widgets/chat/handoff-view.ts',
  'src/widgets/chat/handoff.ts',
  'src/widgets/chat/item-id.ts',
  'src/widgets/chat/items.ts',
  'src/widgets/chat/knowledge.ts',
  'src/widgets/chat/leave.ts',
  'src/widgets/chat/locales/en.ts',
  'src/widgets/chat/locales/launcher.ts',
  'src/widgets/chat/locales/nl.ts',
  'src/widgets/chat/organisation-contact.ts',
  'src/widgets/chat/panel-view.ts',
  'src/widgets/chat/panel.ts',
  'src/widgets/chat/person.ts',
  'src/widgets/chat/retrieve.ts',
  'src/widgets/chat/scroll-controller.ts',
  'src/widgets/chat/styles.ts',
  'src/widgets/chat/transcript-store.ts',
  'src/widgets/hulpzoeker/catalogue.ts',
  'src/widgets/hulpzoeker/flow.ts',
  'src/widgets/hulpzoeker/hulpzoeker.ts',
  'src/widgets/hulpzoeker/locales/en.ts',
  'src/widgets/hulpzoeker/locales/index.ts',
  'src/widgets/hulpzoeker/locales/nl.ts',
  'src/widgets/hulpzoeker/offer-card-view.ts',
  'src/widgets/hulpzoeker/place-controller.ts',
  'src/widgets/hulpzoeker/place-view.ts',
  'src/widgets/hulpzoeker/ranking.ts',
  'src/widgets/hulpzoeker/styles.ts',
  'src/widgets/provider/provider.ts',
  'src/widgets/spreekuur-aanmelding/cancel-link.ts',
  'src/widgets/spreekuur-aanmelding/context.ts',
  'src/widgets/spreekuur-aanmelding/draft.ts',
  'src/widgets/spreekuur-aanmelding/ics.ts',
  'src/widgets/spreekuur-aanmelding/later-steps.ts',
  'src/widgets/spreekuur-aanmelding/locales/en.ts',
  'src/widgets/spreekuur-aanmelding/locales/index.ts',
  'src/widgets/spreekuur-aanmelding/locales/nl.ts',
  'src/widgets/spreekuur-aanmelding/mailto.ts',
  'src/widgets/spreekuur-aanmelding/retry.ts',
  'src/widgets/spreekuur-aanmelding/slots.ts',
  'src/widgets/spreekuur-aanmelding/spreekuur-aanmelding.ts',
  'src/widgets/spreekuur-aanmelding/steps/cancel.ts',
  'src/widgets/spreekuur-aanmelding/steps/check.ts',
  'src/widgets/spreekuur-aanmelding/steps/details.ts',
  'src/widgets/spreekuur-aanmelding/steps/done.ts',
  'src/widgets/spreekuur-aanmelding/steps/shared.ts',
  'src/widgets/spreekuur-aanmelding/steps/time.ts',
  'src/widgets/spreekuur-aanmelding/steps/what.ts',
  'src/widgets/spreekuur-aanmelding/styles.ts',
  'src/widgets/spreekuur-aanmelding/summary.ts',
  'src/widgets/stap-tracker/locales/en.ts',
  'src/widgets/stap-tracker/locales/nl.ts',
  'src/widgets/stap-tracker/logic.ts',
  'src/widgets/stap-tracker/persistence.ts',
  'src/widgets/stap-tracker/phase-view.ts',
  'src/widgets/stap-tracker/share-view.ts',
  'src/widgets/stap-tracker/stap-tracker.ts',
  'src/widgets/stap-tracker/start-view.ts',
  'src/widgets/stap-tracker/styles.ts',
  'src/widgets/stap-tracker/sync.ts',
  'src/widgets/stap-tracker/tools-view.ts',
  'src/widgets/training/chapters.ts',
  'src/widgets/training/followup-form.ts',
  'src/widgets/training/followup-view.ts',
  'src/widgets/training/locales/en.ts',
  'src/widgets/training/locales/nl.ts',
  'src/widgets/training/progress.ts',
  'src/widgets/training/styles.ts',
  'src/widgets/training/training.ts',
];

/**
 * Class modules have no side effects: importing them registers no element, no translations and
 * no content, and touches no storage. Only `define.ts` (and the chat's `panel-define.ts`) may,
 * which is why package.json's `sideEffects` lists only those.
 */
describe('importing a widget class module', () => {
  it('registers nothing: no element, no translations, no stored data', async () => {
    const storageBefore = [sessionStorage.length, localStorage.length];
    for (const path of classModules) await import(/* @vite-ignore */ `../../${path}`);
    const defined = [
      'digiplein-hulpzoeker',
      'digiplein-chat',
      'digiplein-chat-panel',
      'digiplein-stap-tracker',
      'digiplein-spreekuur-aanmelding',
      'digiplein-provider',
    ].filter((tag) => customElements.get(tag));
    expect(defined).to.deep.equal([]);
    const i18n = getI18n();
    const namespaces = ['core', 'hulpzoeker', 'chat', 'stap-tracker', 'aanmelding'].filter((ns) => i18n.hasResourceBundle('nl', ns));
    expect(namespaces).to.deep.equal([]);
    expect([sessionStorage.length, localStorage.length]).to.deep.equal(storageBefore);
  });
});
