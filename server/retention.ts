import type { Feature, FeatureContext, RetentionRule } from './features/types.js';

const DAY = 24 * 60 * 60 * 1000;

/** `RETENTION_<KIND>_DAYS` for a kind (`signups` → `RETENTION_SIGNUPS_DAYS`). */
export const retentionVariable = (kind: string) => `RETENTION_${kind.toUpperCase().replace(/-/g, '_')}_DAYS`;

export interface RetentionResult {
  kind: string;
  days: number;
  deleted: number;
}

/** Every rule of every feature, with its configured period. */
export function retentionRules(features: readonly Feature[], configured: Record<string, number>): (RetentionRule & { days: number })[] {
  return features.flatMap((f) => f.retention ?? []).map((rule) => ({ ...rule, days: configured[rule.kind] ?? rule.defaultDays }));
}

/**
 * Deletes what is past its period, kind by kind; one failing kind does not stop the others.
 * Runs once across server processes: a process that finds another one at it skips (returns []).
 */
export async function runRetention(features: readonly Feature[], ctx: FeatureContext): Promise<RetentionResult[]> {
  return (await ctx.db.runAlone('retention', () => purgeAll(features, ctx))) ?? [];
}

async function purgeAll(features: readonly Feature[], ctx: FeatureContext): Promise<RetentionResult[]> {
  const now = ctx.now();
  const results: RetentionResult[] = [];
  for (const rule of retentionRules(features, ctx.options.retentionDays)) {
    try {
      const deleted = await rule.purge(ctx.db, new Date(now.getTime() - rule.days * DAY), now);
      results.push({ kind: rule.kind, days: rule.days, deleted });
      if (deleted) ctx.log.info('retention', { kind: rule.kind, days: rule.days, deleted });
    } catch (error) {
      ctx.log.error('retention failed', { kind: rule.kind, error: (error as Error).message });
    }
  }
  return results;
}
