import type { DigipleinConfig } from './schema/index.js';
import { configSchema, itemSections } from './schema/index.js';
import type { ConfigIssue } from './issues.js';
import { formatPath } from './issues.js';
import type { RawIssue } from './messages.js';
import { explain, referenceMessage } from './messages.js';
import { crossCheck, referenceReasons } from './cross-check.js';
import type { NationalIds } from './cross-check.js';

export interface ValidationResult {
  /** The usable config, with broken list items left out; undefined when the whole config is unusable. */
  config?: DigipleinConfig;
  issues: ConfigIssue[];
}

interface SchemaLike {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaLike>;
      innerType?: SchemaLike;
      element?: SchemaLike;
      valueType?: SchemaLike;
      options?: SchemaLike[];
    };
  };
}

/** The keys the object schema at `path` accepts, for "did you mean" hints. */
function knownKeys(path: PropertyKey[]): string[] {
  let node: SchemaLike | undefined = configSchema as unknown as SchemaLike;
  const unwrap = (n: SchemaLike | undefined): SchemaLike | undefined => {
    while (n && (n._zod.def.type === 'optional' || n._zod.def.type === 'default')) n = n._zod.def.innerType;
    return n;
  };
  for (const key of path) {
    node = unwrap(node);
    if (!node) return [];
    const def = node._zod.def;
    if (def.type === 'object') node = def.shape?.[String(key)];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else return [];
  }
  node = unwrap(node);
  return node?._zod.def.type === 'object' ? Object.keys(node._zod.def.shape ?? {}) : [];
}

/** `['offers', 3, …]` or `['route', 'steps', 3, …]`: the list item an issue lies in, if any. */
function itemOf(path: readonly PropertyKey[]): [section: string, index: number] | undefined {
  if ((itemSections as readonly string[]).includes(String(path[0])) && typeof path[1] === 'number') return [String(path[0]), path[1]];
  if (path[0] === 'route' && path[1] === 'steps' && typeof path[2] === 'number') return ['route.steps', path[2]];
  return undefined;
}

function listAt(doc: Record<string, unknown>, section: string): unknown[] | undefined {
  if (section === 'route.steps') return (doc.route as Record<string, unknown> | undefined)?.steps as unknown[] | undefined;
  return doc[section] as unknown[] | undefined;
}

function withoutItems(doc: Record<string, unknown>, drop: Map<string, Set<number>>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...doc };
  for (const [section, indexes] of drop) {
    const list = listAt(doc, section);
    if (!Array.isArray(list)) continue;
    const kept = list.filter((_, i) => !indexes.has(i));
    if (section === 'route.steps') copy.route = { ...(doc.route as object), steps: kept };
    else copy[section] = kept;
  }
  return copy;
}

/** Turns one zod issue into webmaster-readable issues (`explain` from ./messages.ts). */
export type Explain = (raw: RawIssue, knownKeys: (path: PropertyKey[]) => string[]) => ConfigIssue[];

/**
 * Validates a config document. Problems inside one list item (an offer, a step, an entry)
 * leave that item out and are reported as skipped; any other problem makes the config
 * unusable. Every problem comes back with its JSON path.
 */
export function validateConfig(input: unknown, national: NationalIds): ValidationResult {
  const result = validateWith(input, national, explain);
  for (const issue of result.issues) {
    const reason = referenceReasons.get(issue);
    if (reason) issue.message = referenceMessage(...reason);
  }
  return result;
}

/**
 * {@link validateConfig} with the explanations of schema problems left to `explainIssue`, and
 * reference problems not yet in words (their code, see `referenceReasons`): the widgets load
 * those texts only when a config has problems (see ./process.ts).
 */
export function validateWith(input: unknown, national: NationalIds, explainIssue: Explain): ValidationResult {
  if (input === undefined) {
    return {
      issues: [
        {
          path: '',
          message: {
            nl: 'geen configuratie gevonden: geef het attribuut config="https://…/digiplein.json", een <script type="application/json"> erin, of zet de widget in <digiplein-provider>',
            en: 'no configuration found: give the attribute config="https://…/digiplein.json", an inner <script type="application/json">, or put the widget inside <digiplein-provider>',
          },
          fatal: true,
        },
      ],
    };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      issues: [
        {
          path: '',
          found: Array.isArray(input) ? 'een lijst / a list' : typeof input,
          message: {
            nl: 'verwacht een JSON-object { "version": 1, "organisation": { … } }',
            en: 'expected a JSON object { "version": 1, "organisation": { … } }',
          },
          fatal: true,
        },
      ],
    };
  }
  const doc = input as Record<string, unknown>;
  const first = configSchema.safeParse(doc, { reportInput: true });
  const structural: ConfigIssue[] = [];
  const drop = new Map<string, Set<number>>();
  if (!first.success) {
    for (const raw of first.error.issues as unknown as RawIssue[]) {
      const item = itemOf(raw.path);
      for (const issue of explainIssue(raw, knownKeys)) {
        if (item) {
          issue.fatal = false;
          (drop.get(item[0]) ?? drop.set(item[0], new Set()).get(item[0])!).add(item[1]);
        }
        structural.push(issue);
      }
    }
    if (structural.some((i) => i.fatal)) return { issues: structural };
  }
  const parsed = first.success ? first.data : configSchema.safeParse(withoutItems(doc, drop));
  if ('success' in parsed && !parsed.success) {
    return {
      issues: [
        ...structural,
        { path: '', message: { nl: 'de configuratie is niet bruikbaar', en: 'the configuration is unusable' }, fatal: true },
      ],
    };
  }
  let config = ('success' in parsed ? parsed.data : parsed) as DigipleinConfig;

  // References between parts (a theme, a spreekuur, a node that does not exist) are checked
  // on what is left; an item with a broken reference is left out as well.
  const refIssues = crossCheck(config, national);
  if (refIssues.length) {
    const refDrop = new Map<string, Set<number>>();
    for (const { path, issue } of refIssues) {
      const item = itemOf(path);
      if (item) (refDrop.get(item[0]) ?? refDrop.set(item[0], new Set()).get(item[0])!).add(item[1]);
      else issue.fatal = true;
    }
    if (refIssues.some((r) => r.issue.fatal)) return { issues: [...structural, ...refIssues.map((r) => r.issue)] };
    config = withoutItems(config as Record<string, unknown>, refDrop) as DigipleinConfig;
  }
  // Paths of reference issues refer to the config after structural drops; say so when both happened.
  return { config, issues: [...structural, ...refIssues.map((r) => r.issue)] };
}

export { formatPath };
