/**
 * The script-tag build (after the build of `npm test`): how its entries ask for their files on a
 * slow connection (issue 17). Each entry carries a table of the files every widget module needs,
 * asked for at once and run in the table's order.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, normalize, resolve } from 'node:path';
import { describe, it } from 'node:test';

const dist = resolve(import.meta.dirname, '../../dist');
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g;

/** The files `file` imports statically, relative to dist/. */
function importsOf(file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(staticImport)].map((m) => normalize(join(dirname(file), m[1]!)));
}

/** An entry's preload table (src/core/lazy/loader.ts), as the build filled it in. */
function tableOf(entry: string): Record<string, string[]> {
  const found = /JSON\.parse\('(\{[^']*\})'\)/.exec(readFileSync(join(dist, entry), 'utf8'));
  assert.ok(found, `${entry} has no preload table`);
  return JSON.parse(found[1]!) as Record<string, string[]>;
}

const entries = existsSync(dist) ? readdirSync(dist).filter((f) => /^digiplein(-[\w-]+)?\.js$/.test(f)) : [];

describe('the script-tag build', () => {
  it('has the entries to check (run the build first)', () => {
    assert.ok(entries.includes('digiplein.js') && entries.includes('digiplein-hulpzoeker.js'), entries.join(', '));
  });

  it("lists each of a module's files after the files it imports, the module's own last", () => {
    for (const entry of entries) {
      for (const [id, files] of Object.entries(tableOf(entry))) {
        const where = `${entry}, ${id}: ${files.join(', ')}`;
        files.forEach((file, i) => {
          assert.ok(existsSync(join(dist, file)), `${where}: ${file} is missing`);
          for (const imported of importsOf(file)) {
            if (imported === entry) continue;
            const at = files.indexOf(imported);
            assert.ok(at !== -1 && at < i, `${where}: ${file} imports ${imported}, which is not listed before it`);
          }
        });
        const own = files.at(-1)!;
        assert.ok(!files.some((f) => importsOf(f).includes(own)), `${where}: ${own} is imported by another, so it is not the module's own`);
      }
    }
  });

  it("the chat panel's chunk imports the shared chunks itself, so they are found with it", () => {
    const own = tableOf('digiplein-chat.js')['widgets/chat/panel-define']?.at(-1);
    assert.ok(own, 'no panel in the chat script table');
    const imported = importsOf(own).map((f) => basename(f).replace(/-[\w-]{8}\.js$/, ''));
    for (const chunk of ['base', 'core', 'config']) assert.ok(imported.includes(chunk), `${own} imports ${imported.join(', ')}`);
  });
});
