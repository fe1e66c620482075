import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/widgets/stap-tracker/define.js';
import type { DigipleinStapTracker } from '../src/widgets/stap-tracker/define.js';
import type { Family, Membership, StepStatus } from '../src/core/api/routes.js';
import type { DigipleinConfig } from '../src/core/config/schema/index.js';
import { nationalSteps } from '../src/content/route.js';
import { selectSteps } from '../src/widgets/stap-tracker/logic.js';
import { API, FakeRoutesServer } from '../test/widgets/stap-tracker/fake-server.js';

/**
 * `<digiplein-stap-tracker>`: the separation route as steps. The stories keep nothing in the
 * browser (`ephemeral`) and fill the route through the widget's own session, as a parent would.
 * Shared stories talk to an in-page stand-in for the routes API (no network).
 */
const config: DigipleinConfig = {
  version: 1,
  organisation: { name: { nl: 'Gemeente Voorbeeld (fictief)', en: 'Gemeente Voorbeeld (fictional)' }, kind: 'gemeente' },
};
const sharedConfig: DigipleinConfig = { ...config, endpoints: { api: API }, stapTracker: { pollSeconds: 2 } };
const family: Family = { relation: 'getrouwd', minorChildren: true, hasHelp: true };

let server: FakeRoutesServer | undefined;
const fakeServer = () => (server ??= new FakeRoutesServer().install({ events: true }));

type Seed = (el: DigipleinStapTracker) => void | Promise<void>;

/** Runs `seed` once the element is on the page and its session exists. */
const seeded = (seed: Seed) =>
  ref((node) => {
    const el = node as DigipleinStapTracker | undefined;
    if (!el || el.dataset.seeded) return;
    el.dataset.seeded = 'true';
    void el.updateComplete.then(() => seed(el));
  });

const inProgress: Seed = (el) => {
  const s = el.routeSession;
  s.start(family);
  const at = Date.now() - 3 * 24 * 3600_000;
  s.change('veiligheid', 'status', 'done', at);
  s.change('kinderen-vertellen', 'status', 'done', at + 3600_000);
  s.change('juridisch-advies', 'status', 'done', at + 7200_000);
  s.change('ouderschapsplan', 'status', 'busy', at + 86400_000);
  s.change('ouderschapsplan', 'who', 'together', at + 86400_000);
  s.change('ouderschapsplan', 'date', '2026-12-15', at + 86400_000);
  s.change('ouderschapsplan', 'notes', 'Eerste versie bij de mediator besproken.', at + 86400_000);
  s.change('woning', 'status', 'waiting', at + 2 * 86400_000);
};

const allDone: Seed = (el) => {
  el.routeSession.start(family);
  for (const step of selectSteps(nationalSteps, family))
    el.routeSession.change(step.id, 'status', step.id === 'pensioen' ? 'not-applicable' : 'done');
};

/** Shares a route with the stand-in server: parent 1 here, and returns a membership for others. */
async function share(el: DigipleinStapTracker, statuses: [string, StepStatus][] = []): Promise<void> {
  fakeServer();
  el.routeSession.start(family);
  for (const [id, status] of statuses) el.routeSession.change(id, 'status', status, Date.now() - 3600_000);
  await el.routeSession.shareRoute(selectSteps(nationalSteps, family).map((s) => s.id));
}

const meta: Meta = {
  title: 'Widgets/digiplein-stap-tracker',
  component: 'digiplein-stap-tracker',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/** The three start questions: relation, children under 18, help already. */
export const Startvragen: Story = {
  name: 'Startvragen',
  render: () => html`<digiplein-stap-tracker ephemeral .config=${config}></digiplein-stap-tracker>`,
};

/** A fresh route for married parents with children and a begeleider: nothing done yet. */
export const NieuwStappenplan: Story = {
  name: 'Nieuw stappenplan',
  render: () =>
    html`<digiplein-stap-tracker ephemeral .config=${config} ${seeded((el) => el.routeSession.start(family))}></digiplein-stap-tracker>`,
};

/** Some steps done, one busy (together, with a date and notes), one waiting for someone. */
export const Halverwege: Story = {
  name: 'Halverwege',
  render: () => html`<digiplein-stap-tracker ephemeral .config=${config} ${seeded(inProgress)}></digiplein-stap-tracker>`,
};

/** Every step done or not applicable. */
export const AllesKlaar: Story = {
  name: 'Alles klaar',
  render: () => html`<digiplein-stap-tracker ephemeral .config=${config} ${seeded(allDone)}></digiplein-stap-tracker>`,
};

/** Two parents on one shared route (side by side): a change on one side shows on the other within seconds. */
export const GedeeldMetSync: Story = {
  name: 'Gedeeld, met synchronisatie',
  render: () => {
    let joinParent2: (code: string) => void = () => {};
    return html`<div class="story-pair">
      <digiplein-stap-tracker ephemeral .config=${sharedConfig} ${seeded(async (el) => {
        await share(el, [['veiligheid', 'done']]);
        joinParent2(el.routeSession.share!.code);
      })}></digiplein-stap-tracker>
      <digiplein-stap-tracker ephemeral .config=${sharedConfig} ${seeded((el) => {
        joinParent2 = (code) => void el.routeSession.join(code);
      })}></digiplein-stap-tracker>
    </div>`;
  },
};

/** Both parents changed the status of "the house" at nearly the same time: the later one wins, both are in the history. */
export const ConflictGeschiedenis: Story = {
  name: 'Gelijktijdige wijziging en geschiedenis',
  render: () =>
    html`<digiplein-stap-tracker ephemeral .config=${sharedConfig} ${seeded(async (el) => {
      const s = fakeServer();
      await share(el);
      const route = s.routes.get(el.routeSession.share!.routeId)!;
      const now = Date.now();
      el.routeSession.change('woning', 'status', 'busy', now - 60_000);
      route.changes.push({ id: 'story-parent2-0001', step: 'woning', field: 'status', value: 'done', at: now - 30_000, by: 'parent2' });
      await el.routeSession.sync();
      (el.shadowRoot!.querySelector('#step-woning summary') as HTMLElement | null)?.click();
    })}></digiplein-stap-tracker>`,
};

/** Offline: the change waits on this device and goes out when the connection is back. */
export const Offline: Story = {
  name: 'Offline',
  render: () =>
    html`<digiplein-stap-tracker ephemeral .config=${sharedConfig} ${seeded(async (el) => {
      const s = fakeServer();
      await share(el);
      s.offline = true;
      el.routeSession.change('toeslagen', 'status', 'done');
      await el.routeSession.sync();
      setTimeout(() => (s.offline = false), 60_000);
    })}></digiplein-stap-tracker>`,
};

/** The one-page overview as it prints (`print-preview` shows it on screen). */
export const Printweergave: Story = {
  name: 'Printweergave',
  render: () => html`<digiplein-stap-tracker ephemeral print-preview .config=${config} ${seeded(inProgress)}></digiplein-stap-tracker>`,
};

/** The begeleider's view (as in the desk): can add steps and comments, and close the route. */
export const Begeleider: Story = {
  name: 'Begeleider',
  render: () => {
    const s = fakeServer();
    const holder = document.createElement('div');
    const parent = document.createElement('digiplein-stap-tracker');
    parent.ephemeral = true;
    parent.config = sharedConfig;
    parent.hidden = true;
    holder.append(parent);
    let membership: Membership | undefined;
    return html`${holder}<digiplein-stap-tracker ephemeral .config=${sharedConfig} ${seeded(async (el) => {
      await parent.updateComplete;
      await share(parent, [
        ['veiligheid', 'done'],
        ['ouderschapsplan', 'busy'],
      ]);
      membership = s.begeleider(parent.routeSession.share!.routeId);
      el.membership = membership;
    })}></digiplein-stap-tracker>`;
  },
};

/** In English (`lang="en"`), halfway. */
export const English: Story = {
  name: 'English',
  render: () => html`<digiplein-stap-tracker lang="en" ephemeral .config=${config} ${seeded(inProgress)}></digiplein-stap-tracker>`,
};
