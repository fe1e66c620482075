import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DigipleinElement } from '../../src/core/element.js';
import { I18nController } from '../../src/core/i18n/index.js';
import type { ResolvedConfig } from '../../src/core/config/resolve.js';
import { clearAllData, createStore, storedKeys } from '../../src/core/storage/storage.js';
import { DataClearedController } from '../../src/core/storage/controller.js';
import { renderSafetyCard } from '../../src/core/ui/parts.js';
import { setQuickExitNavigation } from '../../src/core/ui/quick-exit.js';
import { define } from '../../src/core/define.js';

class SafetyTestWidget extends DigipleinElement {
  protected readonly i18n = new I18nController(this, 'core');
  protected renderReady(config: ResolvedConfig) {
    return renderSafetyCard(config, this.i18n);
  }
}
define('safety-test-widget', SafetyTestWidget);

class ClearListener extends LitElement {
  cleared = 0;
  constructor() {
    super();
    new DataClearedController(this, () => this.cleared++);
  }
}
define('clear-listener', ClearListener);

describe('storage helper', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('writes nothing until a widget sets a value, under a namespaced key', () => {
    const store = createStore<{ step: number }>('hulpzoeker', 'answers', 'session');
    expect(storedKeys()).to.deep.equal([]);
    expect(store.get()).to.equal(undefined);
    store.set({ step: 2 });
    expect(sessionStorage.getItem('digiplein:hulpzoeker:answers')).to.equal('{"step":2}');
    expect(store.get()).to.deep.equal({ step: 2 });
  });

  it('ignores stored data that no longer parses', () => {
    sessionStorage.setItem('digiplein:chat:log', '{not json');
    const store = createStore('chat', 'log', 'session');
    expect(store.get()).to.equal(undefined);
    const strict = createStore('chat', 'count', 'local', (raw) => (typeof raw === 'number' ? raw : undefined));
    localStorage.setItem('digiplein:chat:count', '"five"');
    expect(strict.get()).to.equal(undefined);
  });

  it('"wis mijn gegevens" removes every DigiPlein key, and only those, and tells the widgets', async () => {
    const listener = await fixture<ClearListener>(html`<clear-listener></clear-listener>`);
    createStore('a', 'x', 'session').set(1);
    createStore('b', 'y', 'local').set(2);
    localStorage.setItem('site-preference', 'keep me');
    let siteHeard = 0;
    const onSite = () => siteHeard++;
    document.addEventListener('digiplein-data-cleared', onSite);
    clearAllData();
    document.removeEventListener('digiplein-data-cleared', onSite);
    expect(siteHeard, 'the site can listen on document').to.equal(1);
    expect(storedKeys()).to.deep.equal([]);
    expect(localStorage.getItem('site-preference')).to.equal('keep me');
    expect(listener.cleared).to.equal(1);
    listener.remove();
    clearAllData();
    expect(listener.cleared, 'no listener left behind after disconnect').to.equal(1);
  });
});

describe('safety card', () => {
  it('shows 112 first, Veilig Thuis, 113 and the Kindertelefoon as phone links', async () => {
    const el = await fixture<SafetyTestWidget>(
      html`<safety-test-widget .config=${{ version: 1, organisation: { name: 'X' } }}></safety-test-widget>`,
    );
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.safety a')].map((a) => [
      a.textContent!.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).to.deep.equal([
      ['Bel 112', 'tel:112'],
      ['Bel 0800-2000', 'tel:08002000'],
      ['Bel 0800-0113', 'tel:08000113'],
      ['Bel 0800-0432', 'tel:08000432'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('quick exit clears what DigiPlein kept and leaves for the neutral site from the config', async () => {
    const visited: string[] = [];
    setQuickExitNavigation((url) => visited.push(url));
    createStore('chat', 'log', 'session').set(['hallo']);
    const el = await fixture<SafetyTestWidget>(html`<safety-test-widget
      lang="en"
      .config=${{ version: 1, organisation: { name: 'X' }, safety: { quickExitUrl: 'https://www.weeronline.nl/' } }}
    ></safety-test-widget>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.quick-exit')!;
    expect(button.textContent!.trim()).to.equal('Leave quickly');
    button.click();
    expect(visited).to.deep.equal(['https://www.weeronline.nl/']);
    expect(storedKeys()).to.deep.equal([]);
  });
});
