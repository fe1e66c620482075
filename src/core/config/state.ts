import type { ConfigIssue } from './issues.js';
import type { ResolvedConfig } from './resolve.js';

/**
 * What a widget knows about its config. `failed` still carries a usable config: the national
 * pack alone, for the calm fallback a parent sees.
 */
export type ConfigState =
  | { status: 'pending' }
  | { status: 'ready'; config: ResolvedConfig; issues: ConfigIssue[]; source: string }
  | { status: 'failed'; config: ResolvedConfig; issues: ConfigIssue[]; source: string; reason: 'invalid' | 'unavailable' };
