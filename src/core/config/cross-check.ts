import type { DigipleinConfig } from './schema/index.js';
import { widgetOptionNames } from './schema/chat.js';
import type { ConfigIssue } from './issues.js';
import { formatPath } from './issues.js';

/** Ids that exist in the national content pack, so a config may refer to them. */
export interface NationalIds {
  themes: ReadonlySet<string>;
  offers: ReadonlySet<string>;
  phases: ReadonlySet<string>;
}

export interface ReferenceIssue {
  path: PropertyKey[];
  issue: ConfigIssue;
}

/**
 * Checks references between parts of a config: themes of offers, spreekuren behind
 * "meld je aan", the wijkteam of a gemeente, the nodes of a guided conversation, the phases
 * of route steps. A reference issue inside a list item leaves that item out.
 */
export function crossCheck(config: DigipleinConfig, national: NationalIds): ReferenceIssue[] {
  const out: ReferenceIssue[] = [];
  const add = (path: PropertyKey[], found: string, nl: string, en: string) =>
    out.push({ path, issue: { path: formatPath(path), found: JSON.stringify(found), message: { nl, en }, fatal: false } });

  const themes = new Set([...national.themes, ...(config.themes ?? []).map((t) => t.id)]);
  const spreekuren = new Set((config.spreekuren ?? []).map((s) => s.id));
  const offers = new Set([...national.offers, ...(config.offers ?? []).map((o) => o.id)]);
  const codes = new Set((config.gemeenten ?? []).map((g) => g.code));
  const phases = new Set([...national.phases, ...(config.route?.phases ?? []).map((p) => p.id)]);
  const list = (s: Set<string>) => [...s].join(', ') || '—';

  (config.offers ?? []).forEach((offer, i) => {
    offer.themes.forEach((t, j) => {
      if (!themes.has(t)) add(['offers', i, 'themes', j], t, `onbekend thema; bekend zijn: ${list(themes)}`, `unknown theme; known are: ${list(themes)}`);
    });
    const c = offer.contact;
    if (!c.phone && !c.email && !c.website && !c.chat && !c.spreekuur) {
      add(['offers', i, 'contact'], '{}', 'verwacht minstens één manier van contact: phone, email, website, chat of spreekuur', 'expected at least one way of contact: phone, email, website, chat or spreekuur');
    }
    if (c.spreekuur && !spreekuren.has(c.spreekuur)) {
      add(['offers', i, 'contact', 'spreekuur'], c.spreekuur, `onbekend spreekuur; bekend zijn: ${list(spreekuren)}`, `unknown spreekuur; known are: ${list(spreekuren)}`);
    }
    offer.gemeenten?.forEach((g, j) => {
      if (codes.size && !codes.has(g)) add(['offers', i, 'gemeenten', j], g, `deze gemeente staat niet in "gemeenten"; bekend zijn: ${list(codes)}`, `this gemeente is not listed in "gemeenten"; known are: ${list(codes)}`);
    });
  });

  (config.gemeenten ?? []).forEach((g, i) => {
    if (g.wijkteam && !offers.has(g.wijkteam)) add(['gemeenten', i, 'wijkteam'], g.wijkteam, 'verwacht het id van een aanbod in "offers"', 'expected the id of an offer in "offers"');
  });

  (config.conversations ?? []).forEach((conv, i) => {
    const nodes = new Set(Object.keys(conv.nodes));
    const missing = (path: PropertyKey[], target: string) =>
      add(path, target, `verwijst naar een stap die niet bestaat; bekend zijn: ${list(nodes)}`, `refers to a node that does not exist; known are: ${list(nodes)}`);
    if (!nodes.has(conv.start)) missing(['conversations', i, 'start'], conv.start);
    for (const [key, node] of Object.entries(conv.nodes)) {
      const at: PropertyKey[] = ['conversations', i, 'nodes', key];
      if ('next' in node && node.next && !nodes.has(node.next)) missing([...at, 'next'], node.next);
      if (node.type === 'jump' && !nodes.has(node.to)) missing([...at, 'to'], node.to);
      if (node.type === 'choice') node.choices.forEach((c, j) => !nodes.has(c.next) && missing([...at, 'choices', j, 'next'], c.next));
      if (node.type === 'widget') {
        const allowed = widgetOptionNames[node.widget];
        for (const name of Object.keys(node.options ?? {})) {
          if (!allowed.includes(name)) {
            add([...at, 'options', name], name, `onbekende optie voor ${node.widget}; toegestaan zijn: ${allowed.join(', ')}`, `unknown option for ${node.widget}; allowed are: ${allowed.join(', ')}`);
          }
        }
      }
    }
  });

  (config.route?.steps ?? []).forEach((step, i) => {
    if (!phases.has(step.phase)) add(['route', 'steps', i, 'phase'], step.phase, `onbekende fase; bekend zijn: ${list(phases)}`, `unknown phase; known are: ${list(phases)}`);
    step.offers?.forEach((o, j) => {
      if (!offers.has(o)) add(['route', 'steps', i, 'offers', j], o, 'verwacht het id van een aanbod', 'expected the id of an offer');
    });
  });

  // Without a server a sign-up becomes an e-mail to the spreekuur: one without an address cannot be used.
  if (!config.endpoints?.api) {
    (config.spreekuren ?? []).forEach((s, i) => {
      if (!s.email) {
        add(['spreekuren', i], s.id,
          'zonder "endpoints.api" gaan aanmeldingen per e-mail: geef dit spreekuur een "email", of geef een server op in "endpoints.api"',
          'without "endpoints.api" sign-ups go by e-mail: give this spreekuur an "email", or give a server in "endpoints.api"');
      }
    });
  }

  return out;
}
