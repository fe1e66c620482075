// Writes docs/config-reference.md from dist/digiplein.schema.json: every section and field of
// the config with its type, whether it is required and what it means (the descriptions come
// from src/core/config/descriptions.ts through the schema).
// Run: npm run build (does it), or on its own after a build: node --import tsx scripts/config-reference.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { walkSchema } from '../src/core/config/descriptions.js';

type Node = Record<string, unknown>;

const schemaFile = 'dist/digiplein.schema.json';
const outFile = 'docs/config-reference.md';

/** Readable names of the patterns the schema uses. */
const patterns: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'id (kleine letters, cijfers, streepjes)',
  '^GM\\d{4}$': 'CBS-gemeentecode (GM0363)',
  '^[1-9]\\d{3}(-[1-9]\\d{3})?$': 'postcodegebied (1234 of 1230-1239)',
  '^(\\d{3}|\\+?\\d[\\d -]{4,18}\\d)$': 'telefoonnummer (0800-2000)',
  '^\\d{4}-\\d{2}-\\d{2}$': 'datum (2026-12-25)',
  '^([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-4]):[0-5]\\d$': 'tijden (09:00-17:00)',
  '^[a-z]{2,3}(-[A-Za-z]{2,4})?$': 'taalcode (nl, en)',
  '^--digiplein-[a-z0-9-]+$': 'custom property (--digiplein-…)',
  '^\\/(?!\\/)': 'pad op dezelfde site (/api)',
  '^(https?:\\/\\/[^\\s/]+|\\/)[^\\s]*$': 'webadres of pad op dezelfde site',
};

const code = (s: unknown) => `\`${String(s)}\``;

function isText(node: Node): boolean {
  const variants = node.anyOf as Node[] | undefined;
  return Boolean(variants?.length === 2 && variants[0]!.type === 'string' && variants[1]!.type === 'object' && variants[1]!.propertyNames);
}

/** The type of a schema node in plain words. */
export function typeOf(node: Node): string {
  if (isText(node)) return 'tekst, of tekst per taal (`{"nl": "…", "en": "…"}`)';
  if (node.const !== undefined) return code(typeof node.const === 'string' ? node.const : JSON.stringify(node.const));
  if (Array.isArray(node.enum)) return `een van: ${(node.enum as unknown[]).map((v) => code(v)).join(', ')}`;
  if (Array.isArray(node.oneOf) || Array.isArray(node.anyOf)) {
    const variants = (node.oneOf ?? node.anyOf) as Node[];
    const kinds = variants
      .map((v) => (v.properties as Record<string, Node> | undefined)?.type?.const as string | undefined)
      .filter(Boolean);
    return kinds.length ? `object, soort ${code('type')}: ${kinds.map(code).join(', ')}` : variants.map(typeOf).join(' of ');
  }
  switch (node.type) {
    case 'string': {
      if (node.format === 'uri') return 'webadres (https://…)';
      if (node.format === 'email') return 'e-mailadres';
      if (node.format === 'date-time') return 'datum en tijd met tijdzone (2026-12-01T09:00:00+01:00)';
      if (typeof node.pattern === 'string') return patterns[node.pattern] ?? `tekst (patroon ${code(node.pattern)})`;
      return 'tekst';
    }
    case 'boolean':
      return '`true` of `false`';
    case 'integer':
      return node.exclusiveMinimum === 0 ? 'heel getal groter dan 0' : 'heel getal';
    case 'number':
      return 'getal';
    case 'array':
      return `lijst van: ${typeOf((node.items as Node | undefined) ?? {})}`;
    case 'object':
      if (node.additionalProperties && typeof node.additionalProperties === 'object' && !node.properties) {
        const keys = node.propertyNames as Node | undefined;
        return `object met per ${keys ? typeOf(keys) : 'sleutel'}: ${typeOf(node.additionalProperties as Node)}`;
      }
      return 'object';
    default:
      return 'elke waarde';
  }
}

interface Row {
  path: string;
  type: string;
  required: 'ja' | 'nee' | 'soms';
  description: string;
}

/** The reference as Markdown. */
export function configReference(schema: Node): string {
  const rows = new Map<string, Row>();
  const missing: string[] = [];
  walkSchema(schema, (path, node, parent) => {
    const key = path.slice(path.lastIndexOf('.') + 1);
    const required = ((parent.required as string[] | undefined) ?? []).includes(key) ? 'ja' : 'nee';
    const seen = rows.get(path);
    if (seen) {
      if (seen.required !== required) seen.required = 'soms'; // differs per kind of item
      if (node.const !== undefined) seen.type = `${seen.type.replace(/^een van: /, '')}, ${code(node.const)}`.replace(/^/, 'een van: ');
      return;
    }
    if (typeof node.description !== 'string') missing.push(path);
    rows.set(path, { path, type: typeOf(node), required, description: (node.description as string | undefined) ?? '—' });
  });
  if (missing.length)
    console.warn(`config-reference: no description yet for ${missing.join(', ')} (add them to src/core/config/descriptions.ts)`);

  const sections = Object.keys(schema.properties as object);
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const out: string[] = [
    '# Config-referentie',
    '',
    '<!-- Gemaakt door scripts/config-reference.ts uit dist/digiplein.schema.json. Niet met de hand aanpassen: pas src/core/config/descriptions.ts of het schema aan en draai `npm run build`. -->',
    '',
    'Eén JSON-bestand per gemeente of regio. Verplicht zijn alleen `version` en `organisation.name`; al het andere is een aanvulling op het landelijke aanbod dat altijd meekomt. Zet `"$schema"` bovenaan, dan controleert uw editor het bestand met `digiplein.schema.json` terwijl u typt. Uitleg voor gemeenten: [de gids](gids-voor-gemeenten.md).',
    '',
    '`[]` betekent: elk item van de lijst. `{}` betekent: elke sleutel van het object. "Soms" verplicht: het hangt af van de soort (`type`).',
    '',
    '## Onderdelen',
    '',
    ...sections.map((s) => `- [${code(s)}](#${s.toLowerCase().replace(/[^a-z0-9]+/g, '')}): ${rows.get(s)?.description ?? ''}`),
    '',
  ];
  for (const section of sections) {
    const top = rows.get(section)!;
    out.push(`## ${section}`, '', top.description, '', `Type: ${top.type}. Verplicht: ${top.required}.`, '');
    const fields = [...rows.values()].filter(
      (r) => r.path.startsWith(`${section}.`) || r.path.startsWith(`${section}[]`) || r.path.startsWith(`${section}{}`),
    );
    if (!fields.length) continue;
    out.push('| Veld | Type | Verplicht | Uitleg |', '|---|---|---|---|');
    for (const row of fields) out.push(`| ${code(row.path)} | ${escape(row.type)} | ${row.required} | ${escape(row.description)} |`);
    out.push('');
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(schemaFile)) {
    console.error(`${schemaFile} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  mkdirSync('docs', { recursive: true });
  writeFileSync(outFile, configReference(JSON.parse(readFileSync(schemaFile, 'utf8')) as Node));
  console.log(`wrote ${outFile}`);
}
