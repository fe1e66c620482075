import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clearAllData, storedKeys } from '../../../src/core/storage/storage.js';
import { $, check, clickButton, fillDetails, mount, settle, testConfig, text, type } from './helpers.js';

async function toDetails(lang = 'nl') {
  const el = await mount(testConfig(), { spreekuur: 'wijkteam-spreekuur', lang });
  await check(el, '#slot-first');
  await clickButton(el, lang === 'en' ? 'Continue' : 'Verder');
  // the steps after the time choice are a chunk of their own that may still be loading
  await waitUntil(() => $(el, '#name'), 'the details step shows');
  return el;
}

describe('spreekuur-aanmelding: details form', () => {
  afterEach(async () => {
    clearAllData();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows each error inline and in a summary that takes focus and links to the field', async () => {
    const el = await toDetails();
    await type(el, 'name', '   ');
    await type(el, 'phone', '12345');
    await type(el, 'postcode', '0123 AB');
    await clickButton(el, 'Verder');

    const summary = $(el, '.error-summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const items = [...summary.querySelectorAll('a')];
    expect(items.map((a) => a.textContent)).to.deep.equal([
      'Vul uw naam in',
      'Vul een Nederlands telefoonnummer in van 10 cijfers, zoals 06 12345678',
      'Vul een postcode in zoals 1234 AB, of laat het veld leeg',
      'Kies waar het vooral over gaat',
      'Kies hoe u het liefst contact wilt',
      'Geef toestemming, anders kunnen we uw aanmelding niet gebruiken',
    ]);

    const phone = $<HTMLInputElement>(el, '#phone')!;
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    const described = phone.getAttribute('aria-describedby')!.split(' ');
    expect(described).to.include('phone-error');
    expect($(el, '#phone-error')!.textContent).to.contain('Vul een Nederlands telefoonnummer in');
    expect(phone.getAttribute('autocomplete')).to.equal('tel');
    expect($(el, '#email')!.getAttribute('autocomplete')).to.equal('email');
    expect($(el, '#name')!.getAttribute('autocomplete')).to.equal('name');
    expect($(el, '#postcode')!.getAttribute('autocomplete')).to.equal('postal-code');

    items[1]!.click();
    expect(el.shadowRoot!.activeElement).to.equal(phone);
    await expect(el).to.be.accessible();
  });

  it('asks for an e-mail address or a phone number', async () => {
    const el = await toDetails();
    await type(el, 'name', 'Sam');
    await clickButton(el, 'Verder');
    expect($(el, '#email-error')!.textContent).to.contain('Vul een e-mailadres of een telefoonnummer in');
  });

  it('counts the characters of the question and refuses too many', async () => {
    const el = await toDetails();
    expect($(el, '#question-count')!.textContent).to.contain('nog 1000 tekens over');
    await type(el, 'question', 'x'.repeat(1003));
    expect($(el, '#question-count')!.textContent).to.contain('3 tekens te veel');
    // Screen readers hear the count once the parent pauses typing, not at every key.
    const live = $(el, '#question-count + [aria-live="polite"]')!;
    expect(live.textContent).to.equal('');
    await new Promise((r) => setTimeout(r, 1100));
    await settle(el);
    expect(live.textContent).to.equal('U heeft 3 tekens te veel');
    await clickButton(el, 'Verder');
    expect($(el, '#question-error')!.textContent).to.contain('niet langer zijn dan 1000 tekens');
  });

  it('writes nothing to storage before the parent types, and keeps the draft through a reload', async () => {
    const el = await toDetails();
    expect(storedKeys()).to.deep.equal([]);
    await fillDetails(el);
    expect(storedKeys()).to.deep.equal(['digiplein:aanmelding:draft']);
    el.remove();

    // "Reload": a new element on the page finds the draft and opens where the parent was.
    const again = await mount(testConfig());
    expect(text(again)).to.contain('Stap 3 van 4');
    expect($<HTMLInputElement>(again, '#name')!.value).to.equal('Sam');
    expect($<HTMLInputElement>(again, '#email')!.value).to.equal('sam@example.org');
    expect($<HTMLInputElement>(again, '#consent')!.checked).to.equal(true);

    clearAllData();
    await settle(again);
    expect(storedKeys()).to.deep.equal([]);
    expect(text(again)).to.contain('Stap 1 van 4');
  });

  it('keeps a draft for its own spreekuur: a form opened for another spreekuur starts clean', async () => {
    const el = await toDetails(); // the wijkteam spreekuur
    await fillDetails(el);
    el.remove();

    // For example the hulpzoeker opening "meld u aan" for the juridisch loket on the same page.
    const other = await mount(testConfig(), { spreekuur: 'juridisch-spreekuur' });
    expect(text(other)).to.contain('Stap 2 van 4');
    expect(text(other)).to.contain('juridisch loket');
    expect(text(other)).not.to.contain('Sam');

    // The wijkteam's own form still finds its draft.
    const same = await mount(testConfig(), { spreekuur: 'wijkteam-spreekuur' });
    expect($<HTMLInputElement>(same, '#name')!.value).to.equal('Sam');
    clearAllData();
  });

  it('speaks English and reflows at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await toDetails('en');
    expect(text(el)).to.contain('Step 3 of 4');
    expect(text(el)).to.contain('Just your first name is fine.');
    await clickButton(el, 'Continue');
    expect($(el, '.error-summary')!.textContent).to.contain('Enter your name');
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const el = await toDetails();
    const trap = $<HTMLInputElement>(el, '#website')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    expect(trap.closest('.hp')!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('shows the safety help under the question once the parent pauses, in view on a phone, and the sign-up still goes on', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await toDetails();
    await fillDetails(el);
    const field = $<HTMLTextAreaElement>(el, '#question')!;
    field.focus();
    await type(el, 'question', 'Hij heeft me gisteren geslagen. Kan ik snel iemand spreken?');
    expect($(el, '.question-safety'), 'not at every key').to.equal(null);
    await new Promise((r) => setTimeout(r, 1100));
    await settle(el);
    const card = $(el, '.question-safety .safety:not(.possible)')!;
    expect(card).to.exist;
    const inView = (node: Element) => {
      const r = node.getBoundingClientRect();
      return r.top >= -1 && r.bottom <= innerHeight + 1;
    };
    expect(inView(card.querySelector('a[href="tel:112"]')!), '112 in view').to.equal(true);
    expect(inView(card.querySelector('a[href="tel:08002000"]')!), 'Veilig Thuis in view').to.equal(true);
    expect(el.shadowRoot!.activeElement, 'focus stays in the question').to.equal(field);
    expect(text(el)).to.contain('Onder uw vraag staat nu waar u direct hulp krijgt');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Verder');
    expect(text(el)).to.contain('Controleer uw aanmelding');
  });

  it('ignores a tap on the safety help in the moment it appears (a finger on its way to the next field)', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await toDetails();
    $<HTMLTextAreaElement>(el, '#question')!.focus();
    await type(el, 'question', 'Mijn ex slaat mij. Ik wil graag iemand spreken.');
    await waitUntil(() => $(el, '.question-safety .safety:not(.possible)'), 'the safety help appears', { timeout: 3000, interval: 10 });
    const call = $<HTMLAnchorElement>(el, '.question-safety a[href="tel:112"]')!;
    /** A tap on the 112 link: whether it would still call (no handler of ours stopped it). */
    const tapCalls = () => {
      let calls: boolean | undefined;
      const record = (e: Event) => {
        calls = !e.defaultPrevented;
        e.preventDefault(); // the test page does not dial
      };
      el.shadowRoot!.addEventListener('click', record);
      call.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 }));
      el.shadowRoot!.removeEventListener('click', record);
      return calls ?? false;
    };
    expect(tapCalls(), 'a tap at once lands on the place where the form was: ignored').to.equal(false);
    await new Promise((r) => setTimeout(r, 600));
    expect(tapCalls(), 'a tap a moment later is meant for the help').to.equal(true);
  });

  it('keeps a look-alike question free of safety help, and shows a calm notice for a possible signal', async () => {
    const el = await toDetails();
    await type(el, 'question', 'Mijn ex dreigt met een advocaat. Wat kan ik doen?');
    await new Promise((r) => setTimeout(r, 1100));
    await settle(el);
    expect($(el, '.question-safety')).to.equal(null);
    await type(el, 'question', 'Ik zoek een veilige plek om te slapen.');
    await new Promise((r) => setTimeout(r, 1100));
    await settle(el);
    expect($(el, '.question-safety .safety.possible')).to.exist;
  });
});
