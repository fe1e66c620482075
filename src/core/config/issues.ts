/** One problem in a config, explained for a webmaster in Dutch and English. */
export interface ConfigIssue {
  /** JSON path such as `offers[3].contact.phone` (empty string for the whole document). */
  path: string;
  /** What was found, shortened for display (absent for a missing field). */
  found?: string;
  /** The explanation: what is wrong and what was expected. */
  message: { nl: string; en: string };
  /** false: the item with this problem was left out and the rest works. */
  fatal: boolean;
}

/** Formats a path of keys and indexes as a JSON path: `offers[3].contact.phone`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short, single-line rendering of a found value. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'niets';
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** One line per issue, Dutch then English: what `console.error` shows and `debug` renders. */
export function issueLines(issues: readonly ConfigIssue[]): string[] {
  return issues.map((i) => {
    const where = i.path || '(hele document / whole document)';
    const found = i.found === undefined || i.found === '""' ? '' : ` [gevonden/found: ${i.found}]`;
    return `${where}: ${i.message.nl} / ${i.message.en}${found}${i.fatal ? '' : ' (overgeslagen / skipped)'}`;
  });
}

/** Reports issues to the webmaster: one console.error listing all of them. */
export function reportIssues(source: string, issues: readonly ConfigIssue[]): void {
  if (!issues.length) return;
  const fatal = issues.some((i) => i.fatal);
  const head = fatal
    ? `DigiPlein: de configuratie (${source}) heeft fouten; de widget toont de landelijke hulp. / The configuration has errors; the widget shows national help instead.`
    : `DigiPlein: de configuratie (${source}) heeft fouten; deze onderdelen zijn overgeslagen. / The configuration has errors; these items were skipped.`;
  console.error([head, ...issueLines(issues).map((l) => `  • ${l}`)].join('\n'));
}
