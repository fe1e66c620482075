/**
 * The npm package as a webmaster's or developer's project gets it (after the build of `npm test`):
 * what `npm pack` ships, and that a site bundling it next to its own Lit ends up with one Lit.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'digiplein-pack-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  let files: string[] = [];
  let tarball = '';
  before(() => {
    // --ignore-scripts: the build of npm test is fresh; prepack would only find it up to date
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    files = info!.files.map((f) => f.path).sort();
    tarball = join(work, info!.filename);
  });

  it('ships the library, its types, the CDN build and the licence; not the desk, the configurator, sources or maps', () => {
    for (const expected of [
      'LICENSE',
      'README.md',
      'package.json',
      'custom-elements.json',
      'dist/digiplein.schema.json',
      'dist/digiplein.js',
      'dist/digiplein-chat.js',
      'dist/npm/index.js',
      'dist/npm/widgets/chat/define.js',
      'dist/npm/widgets/chat/panel-define.js',
      'dist/types/index.d.ts',
      'dist/types/widgets/hulpzoeker/define.d.ts',
    ])
      assert.ok(files.includes(expected), `ships ${expected}`);
    const unwanted = files.filter(
      (f) =>
        /\.map$/.test(f) ||
        /^(src|server|test|demo|stories|bench|scripts|docs)\//.test(f) ||
        /^dist\/((types|npm)\/)?(desk|configurator)(\/|\.js$)/.test(f),
    );
    assert.deepEqual(unwanted, []);
  });

  it('points every export at a file that ships', () => {
    const pkg = JSON.parse(execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' })) as {
      exports: Record<string, string | { types: string; default: string }>;
      sideEffects: string[];
    };
    for (const [name, target] of Object.entries(pkg.exports)) {
      for (const path of typeof target === 'string' ? [target] : [target.types, target.default]) {
        if (path.includes('*')) continue;
        assert.ok(files.includes(path.replace(/^\.\//, '')), `${name} → ${path}`);
      }
    }
    // the modules that register elements are the ones marked as having side effects
    assert.ok(pkg.sideEffects.includes('./dist/npm/widgets/*/define.js'));
  });

  /** A site's own bundle: its Lit next to the package, both from its node_modules. Returns the code. */
  async function consumerBundle(entry: string): Promise<string> {
    const site = join(work, `site-${Math.random().toString(36).slice(2)}`);
    const modules = join(site, 'node_modules');
    mkdirSync(join(modules, '@digiplein', 'widgets'), { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', join(modules, '@digiplein', 'widgets'), '--strip-components=1']);
    // the site's own copies (not links into this repository) of the dependencies
    for (const dep of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'i18next', 'zod']) {
      cpSync(join(root, 'node_modules', dep), join(modules, dep), { recursive: true, dereference: true });
    }
    writeFileSync(join(site, 'main.js'), entry);
    const bundle = await rollup({
      input: join(site, 'main.js'),
      plugins: [nodeResolve({ browser: true, rootDir: site })],
      onwarn: () => undefined,
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    return output.map((o) => ('code' in o ? o.code : '')).join('\n');
  }
  const copiesOfLit = (code: string) => (code.match(/litHtmlVersions/g) ?? []).length;

  it('bundled by a site that uses Lit itself, keeps one copy of Lit', async () => {
    const code = await consumerBundle(
      "import { LitElement, html } from 'lit';\nimport '@digiplein/widgets/hulpzoeker';\nimport '@digiplein/widgets/chat';\nexport { LitElement, html };\n",
    );
    assert.match(code, /digiplein-hulpzoeker/);
    assert.equal(copiesOfLit(code), 1);
  });

  it('(the CDN build, made for a script tag, would bring a second copy: so the check above can fail)', async () => {
    const code = await consumerBundle(
      "import { LitElement } from 'lit';\nimport '@digiplein/widgets/cdn/digiplein-hulpzoeker.js';\nexport { LitElement };\n",
    );
    assert.equal(copiesOfLit(code), 2);
  });
});
