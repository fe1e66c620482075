import { nationalIds, nationalPack } from '../../content/index.js';
import type { ConfigIssue } from './issues.js';
import { reportIssues } from './issues.js';
import { nationalOnly, resolveConfig } from './resolve.js';
import type { ConfigState } from './state.js';
import { validateConfig } from './validate.js';

/**
 * From a parsed document to the state a widget renders: validate, report every problem once
 * to the webmaster's console, and merge over the national pack.
 */
export function processConfig(data: unknown, source: string): ConfigState {
  const { config, issues } = validateConfig(data, nationalIds);
  reportIssues(source, issues);
  if (!config) return { status: 'failed', reason: 'invalid', config: nationalOnly(nationalPack), issues, source };
  return { status: 'ready', config: resolveConfig(config, nationalPack), issues, source };
}

/** The state for a config that could not be loaded at all. */
export function unavailable(issue: ConfigIssue, source: string, reason: 'invalid' | 'unavailable' = 'unavailable'): ConfigState {
  reportIssues(source, [issue]);
  return { status: 'failed', reason, config: nationalOnly(nationalPack), issues: [issue], source };
}
