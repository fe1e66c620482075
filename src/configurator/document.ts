/**
 * The config document the configurator edits: plain JSON, changed in place one field at a
 * time, so that everything the forms do not show (conversations, route, unknown keys) stays
 * exactly as it was loaded. Pure functions, no DOM.
 */
import type { ConfigIssue } from '../core/config/issues.js';
import { formatPath } from '../core/config/issues.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Path = readonly (string | number)[];

/** A deep copy (the configurator never edits the document it was given). */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined when any step is missing. */
export function getAt(doc: unknown, path: Path): unknown {
  let node: unknown = doc;
  for (const key of path) {
    if (typeof key === 'number' ? !Array.isArray(node) : !isObject(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * Sets the value at `path`, creating the objects and lists on the way. `undefined` removes the
 * key (an optional field the webmaster emptied); other keys keep their place and order.
 */
export function setAt(doc: JsonObject, path: Path, value: Json | undefined): void {
  if (!path.length) throw new Error('setAt needs a path');
  let node: JsonObject | Json[] = doc;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const nextIsIndex = typeof path[i + 1] === 'number';
    let child = (node as Record<string | number, Json>)[key];
    if (nextIsIndex ? !Array.isArray(child) : !isObject(child)) {
      if (value === undefined) return; // nothing to remove
      child = nextIsIndex ? [] : {};
      (node as Record<string | number, Json>)[key] = child;
    }
    node = child as JsonObject | Json[];
  }
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete (node as JsonObject)[last];
  } else {
    (node as Record<string | number, Json>)[last] = value;
  }
}

/** `offers[2].contact.phone`: the same notation as config issues. */
export function pathKey(path: Path): string {
  return formatPath(path);
}

/** True when `issuePath` is `fieldPath` itself or lies inside it. */
export function isWithin(issuePath: string, fieldPath: string): boolean {
  if (issuePath === fieldPath) return true;
  if (!fieldPath) return false;
  return issuePath.startsWith(fieldPath) && (issuePath[fieldPath.length] === '.' || issuePath[fieldPath.length] === '[');
}

/**
 * Gives each issue to the deepest field that shows it: the field with the longest path that
 * equals the issue's path or contains it. Issues no field shows come back under `''`.
 */
export function assignIssues(issues: readonly ConfigIssue[], fieldPaths: Iterable<string>): Map<string, ConfigIssue[]> {
  const fields = [...new Set(fieldPaths)].sort((a, b) => b.length - a.length);
  const out = new Map<string, ConfigIssue[]>();
  for (const issue of issues) {
    const field = fields.find((f) => isWithin(issue.path, f)) ?? '';
    (out.get(field) ?? out.set(field, []).get(field)!).push(issue);
  }
  return out;
}

/** Text of config text fields: a plain string, or a map per language. */
export type TextValue = string | Record<string, string> | undefined;

/** The text of one language, as the form shows it (a plain string counts as Dutch). */
export function textIn(value: unknown, lang: string): string {
  if (typeof value === 'string') return lang === 'nl' ? value : '';
  if (isObject(value) && typeof value[lang] === 'string') return value[lang] as string;
  return '';
}

/**
 * A config text with one language changed. A plain string stays a plain string while only
 * Dutch is edited; adding another language turns it into a map; other languages are kept.
 * Returns undefined when nothing is left (the field is then removed, or shown as missing).
 */
export function withText(value: unknown, lang: string, next: string): Json | undefined {
  if (isObject(value)) {
    const copy: JsonObject = { ...value };
    if (next) copy[lang] = next;
    else delete copy[lang];
    return Object.keys(copy).length ? copy : undefined;
  }
  const dutch = typeof value === 'string' ? value : '';
  if (lang === 'nl') return next || undefined;
  if (!next) return dutch || undefined;
  return dutch ? { nl: dutch, [lang]: next } : { [lang]: next };
}

/** A list field shown as one line of text: "9991-9994, 9995". */
export function listToText(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(', ') : '';
}

export function textToList(text: string): string[] | undefined {
  const items = text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/** An id from a name: `Wijkteam Noord (ouders)` → `wijkteam-noord-ouders`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** A new id that is not yet used in a list: `nieuw-aanbod`, `nieuw-aanbod-2`, … */
export function freshId(base: string, list: unknown): string {
  const used = new Set(Array.isArray(list) ? list.map((item) => (isObject(item) ? item.id : undefined)) : []);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** What the download holds: the document as formatted JSON. */
export function configText(doc: JsonObject): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The widgets a webmaster can choose, by tag, with the attributes their snippet needs. */
export const widgetTags = {
  hulpzoeker: { tag: 'digiplein-hulpzoeker', attributes: {} as Record<string, string> },
  'spreekuur-aanmelding': { tag: 'digiplein-spreekuur-aanmelding', attributes: {} as Record<string, string> },
  'stap-tracker': { tag: 'digiplein-stap-tracker', attributes: {} as Record<string, string> },
  chat: { tag: 'digiplein-chat', attributes: { mode: 'launcher' } as Record<string, string> },
  training: { tag: 'digiplein-training', attributes: {} as Record<string, string> },
} as const;
export type WidgetName = keyof typeof widgetTags;
export const widgetNames = Object.keys(widgetTags) as WidgetName[];

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The embed snippet: the script tag, then the chosen widgets. One widget names the config
 * itself; several share it through `<digiplein-provider>`, so it is fetched once.
 */
export function embedSnippet(scriptUrl: string, configUrl: string, widgets: readonly WidgetName[]): string {
  const script = `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`;
  const element = (name: WidgetName, extra: Record<string, string>) => {
    const { tag, attributes } = widgetTags[name];
    const attrs = Object.entries({ ...extra, ...attributes })
      .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
      .join('');
    return `<${tag}${attrs}></${tag}>`;
  };
  if (widgets.length === 1) return `${script}\n${element(widgets[0]!, { config: configUrl })}\n`;
  const inner = widgets.map((w) => `  ${element(w, {})}`).join('\n');
  return `${script}\n<digiplein-provider config="${escapeAttribute(configUrl)}">\n${inner}\n</digiplein-provider>\n`;
}
