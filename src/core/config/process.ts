import { nationalIds, nationalPack } from '../../content/index.js';
import type { ConfigIssue } from './issues.js';
import { reportIssues } from './issues.js';
import { nationalOnly, resolveConfig } from './resolve.js';
import type { ConfigState } from './state.js';
import { validateConfig } from './validate.js';

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
 */
export function processConfig(data: unknown, source: string): ConfigState {
  const { config, issues } = validateConfig(data, nationalIds);
  if (!(typeof data === 'object' && data !== null && PREVIEW in data)) reportIssues(source, issues);
  if (!config) return { status: 'failed', reason: 'invalid', config: nationalOnly(nationalPack), issues, source };
  return { status: 'ready', config: resolveConfig(config, nationalPack), issues, source };
}

/** The state for a config that could not be loaded at all. */
export function unavailable(issue: ConfigIssue, source: string, reason: 'invalid' | 'unavailable' = 'unavailable'): ConfigState {
  reportIssues(source, [issue]);
  return { status: 'failed', reason, config: nationalOnly(nationalPack), issues: [issue], source };
}
