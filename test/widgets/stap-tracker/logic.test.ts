import { expect } from '@open-wc/testing';
import { nationalPhases, nationalSteps } from '../../../src/content/route.js';
import { allSteps, buildRoute, nextStep, progressOf, selectSteps } from '../../../src/widgets/stap-tracker/logic.js';
import { applyChange, emptyState, foldChanges } from '../../../src/core/api/route-state.js';
import type { Change, Family } from '../../../src/core/api/routes.js';
import { routeStep } from '../../../src/core/config/schema/route.js';
import { resolveConfig } from '../../../src/core/config/resolve.js';
import { validateConfig } from '../../../src/core/config/validate.js';
import { nationalIds, nationalPack } from '../../../src/content/index.js';
import { registerNationalContent } from '../../../src/content/registry.js';

// The widget's define.ts registers the national route; this test uses the logic without it.
registerNationalContent({ routePhases: nationalPhases, routeSteps: nationalSteps });

const ids = (family: Family) => selectSteps(nationalSteps, family).map((s) => s.id);
const required = (family: Family) =>
  selectSteps(nationalSteps, family)
    .filter((s) => s.required)
    .map((s) => s.id);
let n = 0;
const change = (c: Partial<Change> & Pick<Change, 'step' | 'field' | 'value'>): Change =>
  ({ id: `change-${String(++n).padStart(4, '0')}`, at: 1000 + n, by: 'self', ...c }) as Change;

describe('stap-tracker route selection per family situation', () => {
  it('ships national steps that all pass the config schema, each fact step with a source', () => {
    for (const step of nationalSteps) expect(routeStep.safeParse(step).success, step.id).to.equal(true);
    for (const id of [
      'ouderschapsplan',
      'partneralimentatie',
      'echtscheiding-rechter',
      'partnerschap-beeindigen',
      'toeslagen',
      'alimentatie-inning',
    ]) {
      expect(nationalSteps.find((s) => s.id === id)?.source, id).to.match(/^https:\/\//);
    }
  });

  it('married with children under 18: parenting plan required, divorce through the court, partner alimentatie', () => {
    const family: Family = { relation: 'getrouwd', minorChildren: true, hasHelp: false };
    expect(ids(family)).to.include.members([
      'ouderschapsplan',
      'zorgregeling',
      'kinderalimentatie',
      'kinderen-vertellen',
      'partneralimentatie',
      'echtscheiding-rechter',
      'school',
      'mediator-of-advocaat',
    ]);
    expect(ids(family)).not.to.include('partnerschap-beeindigen');
    expect(ids(family)).not.to.include('begeleider-delen');
    expect(required(family)).to.have.members(['ouderschapsplan', 'echtscheiding-rechter']);
  });

  it('registered partners without children: no parenting plan, the partnership step is required', () => {
    const family: Family = { relation: 'geregistreerd', minorChildren: false, hasHelp: true };
    const list = ids(family);
    expect(list).not.to.include.any.members([
      'ouderschapsplan',
      'zorgregeling',
      'kinderalimentatie',
      'school',
      'echtscheiding-rechter',
      'partneralimentatie',
    ]);
    expect(list).to.include.members(['partnerschap-beeindigen', 'pensioen', 'toeslagen', 'begeleider-delen']);
    expect(required(family)).to.deep.equal(['partnerschap-beeindigen']);
  });

  it('living together with children: the parenting plan is in the route, no court procedure, no pension or partner alimentatie', () => {
    const family: Family = { relation: 'samenwonend', minorChildren: true, hasHelp: false };
    const list = ids(family);
    expect(list).to.include('ouderschapsplan');
    expect(required(family)).to.deep.equal(['ouderschapsplan']);
    expect(list).not.to.include.any.members(['echtscheiding-rechter', 'partnerschap-beeindigen', 'pensioen', 'partneralimentatie']);
  });

  it('living together without children and with help: only the general steps', () => {
    const list = ids({ relation: 'samenwonend', minorChildren: false, hasHelp: true });
    expect(list).to.deep.equal([
      'veiligheid',
      'juridisch-advies',
      'begeleider-delen',
      'woning',
      'spullen-verdelen',
      'toeslagen',
      'inschrijving',
      'verzekeringen',
      'alimentatie-inning',
      'steun-voor-uzelf',
    ]);
  });

  it('groups the steps under their phases in order and leaves empty phases out', () => {
    const route = buildRoute(nationalPhases, nationalSteps, { relation: 'samenwonend', minorChildren: false, hasHelp: true }, emptyState());
    expect(route.map((p) => p.id)).to.deep.equal(['besluiten', 'hulp', 'afspraken', 'praktisch', 'daarna']);
  });

  it('keeps the step list of a shared route and adds the begeleider’s steps to their phase', () => {
    const state = foldChanges([
      change({ step: 'extra-1', field: 'add', value: { phase: 'praktisch', title: 'Bank bellen' }, by: 'begeleider' }),
    ]);
    const route = buildRoute(nationalPhases, nationalSteps, { relation: 'getrouwd', minorChildren: false, hasHelp: false }, state, [
      'woning',
      'toeslagen',
    ]);
    expect(allSteps(route).map((s) => s.id)).to.deep.equal(['woning', 'toeslagen', 'extra-1']);
    expect(allSteps(route)[2]!.added).to.equal(true);
  });
});

describe('a gemeente config adds, changes and hides steps', () => {
  it('replaces a national step with the same id in place, adds its own steps and phases, and hides by id', () => {
    const { config, issues } = validateConfig(
      {
        version: 1,
        organisation: { name: 'Gemeente Test (fictief)' },
        route: {
          phases: [{ id: 'lokaal', title: 'In onze gemeente' }],
          steps: [
            { id: 'toeslagen', phase: 'praktisch', title: 'Toeslagen en kwijtschelding', why: 'Lokaal.', todo: 'Bel ons.' },
            {
              id: 'wijkteam',
              phase: 'hulp',
              title: 'Praat met het wijkteam',
              why: 'Dichtbij.',
              todo: 'Bel het wijkteam.',
              appliesTo: { minorChildren: true },
            },
            { id: 'lokale-cursus', phase: 'lokaal', title: 'Cursus ouderschap', why: 'Samen ouder blijven.', todo: 'Meld u aan.' },
            { id: 'kapot', phase: 'bestaat-niet', title: 'Kapot', why: 'x', todo: 'y' },
          ],
        },
        hide: ['inschrijving'],
      },
      nationalIds,
    );
    expect(issues.map((i) => i.path)).to.deep.equal(['route.steps[3].phase'], 'a step in an unknown phase is reported and left out');
    const resolved = resolveConfig(config!, nationalPack);
    const route = buildRoute(
      resolved.route.phases,
      resolved.route.steps,
      { relation: 'samenwonend', minorChildren: true, hasHelp: false },
      emptyState(),
    );
    const steps = allSteps(route);
    const ids = steps.map((s) => s.id);
    expect(steps.find((s) => s.id === 'toeslagen')!.title).to.equal('Toeslagen en kwijtschelding');
    expect(ids.indexOf('toeslagen')).to.be.below(ids.indexOf('school'), 'replaced in place');
    expect(
      route
        .find((p) => p.id === 'hulp')!
        .steps.map((s) => s.id)
        .at(-1),
    ).to.equal('wijkteam');
    expect(route.at(-1)!.id).to.equal('lokaal');
    expect(ids).not.to.include('inschrijving');
    expect(ids).not.to.include('kapot');
  });
});

describe('stap-tracker status, progress and what is next', () => {
  const family: Family = { relation: 'getrouwd', minorChildren: true, hasHelp: false };

  it('counts done and not applicable as finished, per phase and in total', () => {
    const state = foldChanges([
      change({ step: 'ouderschapsplan', field: 'status', value: 'done' }),
      change({ step: 'zorgregeling', field: 'status', value: 'not-applicable' }),
      change({ step: 'kinderalimentatie', field: 'status', value: 'busy' }),
      change({ step: 'woning', field: 'status', value: 'waiting' }),
    ]);
    const route = buildRoute(nationalPhases, nationalSteps, family, state);
    const afspraken = route.find((p) => p.id === 'afspraken')!;
    expect(progressOf(afspraken.steps, state)).to.deep.equal({ finished: 2, total: afspraken.steps.length });
    expect(progressOf(allSteps(route), state).finished).to.equal(2);
  });

  it('suggests a busy step first, then the first open step in order (safety before the parenting plan)', () => {
    const state = emptyState();
    const route = () => buildRoute(nationalPhases, nationalSteps, family, state);
    expect(nextStep(route(), state)).to.deep.include({ reason: 'start' });
    expect(nextStep(route(), state)!.step.id).to.equal('veiligheid');
    applyChange(state, change({ step: 'veiligheid', field: 'status', value: 'done' }));
    expect(nextStep(route(), state)!.step.id, 'telling the children before a later required step').to.equal('kinderen-vertellen');
    applyChange(state, change({ step: 'toeslagen', field: 'status', value: 'busy' }));
    expect(nextStep(route(), state)).to.deep.include({ reason: 'continue' });
    expect(nextStep(route(), state)!.step.id).to.equal('toeslagen');
    for (const s of allSteps(route())) applyChange(state, change({ step: s.id, field: 'status', value: 'done' }));
    expect(nextStep(route(), state)).to.equal(undefined);
  });
});

describe('merging concurrent changes (same step, same field, two clients)', () => {
  const a = change({ step: 'woning', field: 'status', value: 'busy', at: 5000, by: 'parent1' });
  const b = change({ step: 'woning', field: 'status', value: 'done', at: 5001, by: 'parent2' });
  const c = change({ step: 'woning', field: 'notes', value: 'Huur opgezegd', at: 4000, by: 'parent1' });

  it('the later change wins per field whatever the order they arrive in, and both stay in the history', () => {
    const one = foldChanges([a, c, b]);
    const two = foldChanges([b, a, c]);
    for (const s of [one, two]) {
      expect(s.steps.get('woning')!.status).to.deep.include({ value: 'done', by: 'parent2' });
      expect(s.steps.get('woning')!.notes!.value).to.equal('Huur opgezegd');
      expect(s.history.get('woning')!.map((h) => h.id)).to.deep.equal([c.id, a.id, b.id]);
    }
  });

  it('breaks a tie of the same millisecond the same way on every device, and ignores a change seen twice', () => {
    const x = change({ step: 'pensioen', field: 'who', value: 'parent1', at: 9000, by: 'parent1' });
    const y = change({ step: 'pensioen', field: 'who', value: 'together', at: 9000, by: 'parent2' });
    const s1 = foldChanges([x, y, x]);
    const s2 = foldChanges([y, x]);
    expect(s1.steps.get('pensioen')!.who!.value).to.equal('together');
    expect(s2.steps.get('pensioen')!.who!.value).to.equal('together');
    expect(s1.history.get('pensioen')).to.have.length(2);
  });
});
