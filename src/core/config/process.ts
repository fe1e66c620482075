import { nationalIds, nationalPack } from '../../content/index.js';
import type { ConfigIssue } from './issues.js';
import { formatPath, reportIssues } from './issues.js';
import { nationalOnly, resolveConfig } from './resolve.js';
import type { ConfigState } from './state.js';
import { validateWith } from './validate.js';
import { referenceReasons } from './cross-check.js';
import type { Explain } from './validate.js';
import type { RawIssue } from './messages.js';

/** A registered symbol, so the mark is seen by a widget from another bundle on the same page. */
const PREVIEW = Symbol.for('digiplein.config.preview');

/**
 * Marks a config object as a preview (the configurator's live widgets): its problems are not
 * written to the console, because the configurator shows them at the fields already, and a
 * console error on every keystroke helps nobody.
 */
export function previewConfig<T extends object>(config: T): T {
  Object.defineProperty(config, PREVIEW, { value: true, enumerable: false });
  return config;
}

/**
 * From a parsed document to the state a widget renders: validate, report every problem once
 * to the webmaster's console, and merge over the national pack.
 *
 * The texts that explain schema and reference problems (./messages.ts) are a chunk of their
 * own: a config without problems never loads them. With problems, the state comes once they have loaded.
 */
export function processConfig(data: unknown, source: string): ConfigState | Promise<ConfigState> {
  // each schema problem gets a stand-in, explained when the texts are there
  const unexplained = new Map<ConfigIssue, [RawIssue, Parameters<Explain>[1]]>();
  const { config, issues } = validateWith(data, nationalIds, (raw, knownKeys) => {
    const standIn: ConfigIssue = { path: '', message: { nl: raw.code, en: raw.code }, fatal: true };
    unexplained.set(standIn, [raw, knownKeys]);
    return [standIn];
  });
  const finish = (explained: ConfigIssue[]): ConfigState => {
    if (!(typeof data === 'object' && data !== null && PREVIEW in data)) reportIssues(source, explained);
    if (!config) return { status: 'failed', reason: 'invalid', config: nationalOnly(nationalPack), issues: explained, source };
    return { status: 'ready', config: resolveConfig(config, nationalPack), issues: explained, source };
  };
  if (!unexplained.size && !issues.some((issue) => referenceReasons.has(issue))) return finish(issues);
  return import('./messages.js').then(
    ({ explain, referenceMessage }) =>
      finish(
        issues.flatMap((issue) => {
          const found = unexplained.get(issue);
          const reason = referenceReasons.get(issue);
          if (reason) return [{ ...issue, message: referenceMessage(...reason) }];
          // an issue in a list item stays non-fatal (the item is left out)
          return found ? explain(...found).map((e) => ({ ...e, fatal: issue.fatal })) : [issue];
        }),
      ),
    () =>
      finish(
        issues.map((issue) => {
          const reason = referenceReasons.get(issue);
          if (reason) return { ...issue, message: { nl: `ongeldige verwijzing (${reason[0]})`, en: `invalid reference (${reason[0]})` } };
          const found = unexplained.get(issue);
          if (!found) return issue;
          const path = formatPath(found[0].path);
          const code = found[0].code;
          return { ...issue, path, message: { nl: `ongeldige waarde (${code})`, en: `invalid value (${code})` } };
        }),
      ),
  );
}

/** The state for a config that could not be loaded at all. */
export function unavailable(issue: ConfigIssue, source: string, reason: 'invalid' | 'unavailable' = 'unavailable'): ConfigState {
  reportIssues(source, [issue]);
  return { status: 'failed', reason, config: nationalOnly(nationalPack), issues: [issue], source };
}
