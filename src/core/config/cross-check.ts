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

/** The kinds of reference problems; messages.ts (`referenceMessage`) puts each in words. */
export type ReferenceCode =
  | 'unknown-theme'
  | 'no-contact'
  | 'unknown-spreekuur'
  | 'gemeente-not-listed'
  | 'wijkteam-not-offer'
  | 'unknown-node'
  | 'unknown-option'
  | 'unknown-phase'
  | 'unknown-offer'
  | 'duplicate-id'
  | 'range-backwards'
  | 'postcode-overlap'
  | 'slot-end'
  | 'jump-loop'
  | 'spreekuur-email';

export type ReferenceReason = [code: ReferenceCode, params: Record<string, string>];

/**
 * What each reference issue is, for putting it in words: the words themselves are in
 * messages.ts, a chunk that a widget loads only for a config with problems. Until then an
 * issue's message is its code.
 */
export const referenceReasons = new WeakMap<ConfigIssue, ReferenceReason>();

/**
 * Checks references between parts of a config: themes of offers, spreekuren behind
 * "meld je aan", the wijkteam of a gemeente, the nodes of a guided conversation, the phases
 * of route steps. A reference issue inside a list item leaves that item out.
 */
export function crossCheck(config: DigipleinConfig, national: NationalIds): ReferenceIssue[] {
  const out: ReferenceIssue[] = [];
  const add = (path: PropertyKey[], found: string, code: ReferenceCode, params: Record<string, string> = {}) => {
    const issue: ConfigIssue = { path: formatPath(path), found: JSON.stringify(found), message: { nl: code, en: code }, fatal: false };
    referenceReasons.set(issue, [code, params]);
    out.push({ path, issue });
  };

  const themes = new Set([...national.themes, ...(config.themes ?? []).map((t) => t.id)]);
  const spreekuren = new Set((config.spreekuren ?? []).map((s) => s.id));
  const offers = new Set([...national.offers, ...(config.offers ?? []).map((o) => o.id)]);
  const codes = new Set((config.gemeenten ?? []).map((g) => g.code));
  const phases = new Set([...national.phases, ...(config.route?.phases ?? []).map((p) => p.id)]);
  const list = (s: Set<string>) => [...s].join(', ') || '—';

  (config.offers ?? []).forEach((offer, i) => {
    offer.themes.forEach((t, j) => {
      if (!themes.has(t)) add(['offers', i, 'themes', j], t, 'unknown-theme', { known: list(themes) });
    });
    const c = offer.contact;
    if (!c.phone && !c.email && !c.website && !c.chat && !c.spreekuur) {
      add(['offers', i, 'contact'], '{}', 'no-contact');
    }
    if (c.spreekuur && !spreekuren.has(c.spreekuur)) {
      add(['offers', i, 'contact', 'spreekuur'], c.spreekuur, 'unknown-spreekuur', { known: list(spreekuren) });
    }
    offer.gemeenten?.forEach((g, j) => {
      if (codes.size && !codes.has(g)) add(['offers', i, 'gemeenten', j], g, 'gemeente-not-listed', { known: list(codes) });
    });
  });

  (config.gemeenten ?? []).forEach((g, i) => {
    if (g.wijkteam && !offers.has(g.wijkteam)) add(['gemeenten', i, 'wijkteam'], g.wijkteam, 'wijkteam-not-offer');
  });

  (config.conversations ?? []).forEach((conv, i) => {
    const nodes = new Set(Object.keys(conv.nodes));
    const missing = (path: PropertyKey[], target: string) => add(path, target, 'unknown-node', { known: list(nodes) });
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
            add([...at, 'options', name], name, 'unknown-option', { widget: node.widget, allowed: allowed.join(', ') });
          }
        }
      }
    }
  });

  (config.route?.steps ?? []).forEach((step, i) => {
    if (!phases.has(step.phase)) add(['route', 'steps', i, 'phase'], step.phase, 'unknown-phase', { known: list(phases) });
    step.offers?.forEach((o, j) => {
      if (!offers.has(o)) add(['route', 'steps', i, 'offers', j], o, 'unknown-offer');
    });
  });

  // The same id twice: the second would silently replace or shadow the first.
  const unique = <T>(items: readonly T[] | undefined, key: (item: T) => string, path: (i: number) => PropertyKey[]) => {
    const seen = new Map<string, number>();
    (items ?? []).forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else add(path(i), k, 'duplicate-id', { first: String(first + 1) });
    });
  };
  unique(
    config.offers,
    (o) => o.id,
    (i) => ['offers', i, 'id'],
  );
  unique(
    config.gemeenten,
    (g) => g.code,
    (i) => ['gemeenten', i, 'code'],
  );
  unique(
    config.knowledgeBase,
    (e) => e.id,
    (i) => ['knowledgeBase', i, 'id'],
  );
  unique(
    config.conversations,
    (c) => c.id,
    (i) => ['conversations', i, 'id'],
  );
  unique(
    config.spreekuren,
    (s) => s.id,
    (i) => ['spreekuren', i, 'id'],
  );
  unique(
    config.route?.steps,
    (s) => s.id,
    (i) => ['route', 'steps', i, 'id'],
  );
  unique(
    config.themes,
    (t) => t.id,
    (i) => ['themes', i, 'id'],
  );

  // Postcode areas of two gemeenten that overlap: a postcode would belong to both.
  const areas = (config.gemeenten ?? []).flatMap((g, i) =>
    (g.postcodes ?? []).map((area, j) => {
      const [from, to = from] = area.split('-').map(Number) as [number, number?];
      return { i, j, from, to: to ?? from, name: g.name, code: g.code };
    }),
  );
  areas.forEach((a, n) => {
    if (a.to < a.from) add(['gemeenten', a.i, 'postcodes', a.j], `${a.from}-${a.to}`, 'range-backwards');
    const other = areas.slice(0, n).find((b) => b.code !== a.code && a.from <= b.to && b.from <= a.to);
    if (other)
      add(['gemeenten', a.i, 'postcodes', a.j], `${a.from}${a.to !== a.from ? `-${a.to}` : ''}`, 'postcode-overlap', { name: other.name });
  });

  // A static time that ends before it starts.
  (config.spreekuren ?? []).forEach((s, i) => {
    s.slots?.forEach((slot, j) => {
      if (Date.parse(slot.end) <= Date.parse(slot.start)) add(['spreekuren', i, 'slots', j, 'end'], slot.end, 'slot-end');
    });
  });

  // Jumps that only lead to each other: the conversation would never stop.
  (config.conversations ?? []).forEach((conv, i) => {
    for (const [key, node] of Object.entries(conv.nodes)) {
      if (node.type !== 'jump') continue;
      const visited = new Set([key]);
      let at: string | undefined = node.to;
      while (at !== undefined && !visited.has(at)) {
        visited.add(at);
        const next: (typeof conv.nodes)[string] | undefined = Object.hasOwn(conv.nodes, at) ? conv.nodes[at] : undefined;
        at = next?.type === 'jump' ? next.to : undefined;
      }
      if (at !== undefined) {
        add(['conversations', i, 'nodes', key, 'to'], node.to, 'jump-loop');
        break;
      }
    }
  });

  // Without a server a sign-up becomes an e-mail to the spreekuur: one without an address cannot be used.
  if (!config.endpoints?.api) {
    (config.spreekuren ?? []).forEach((s, i) => {
      if (!s.email) {
        add(['spreekuren', i], s.id, 'spreekuur-email');
      }
    });
  }

  return out;
}
