// The reference server as a production install in build/server/: server/ (and the shared parts
// of src/ it uses) compiled to JavaScript, the OpenAPI base, the demo site and the built library
// it serves, a package.json whose `dependencies` are what it needs at run time, and a lock file
// cut from this repository's, so `npm ci --omit=dev` there installs exactly the tested versions.
// Start it with `node server/main.js` (docs/server.md, "Production install").
//
// Run by `npm run build` after the library build (it copies dist/).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = join('build', 'server');
/** What the compiled server imports at run time (checked below against the compiled code). */
const RUNTIME = ['better-sqlite3', 'postgres', 'zod', 'i18next'];

rmSync(out, { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.server.json'], { stdio: 'inherit' });
cpSync('server/openapi/base.json', join(out, 'server/openapi/base.json'));
cpSync('demo', join(out, 'demo'), { recursive: true });
// the library as a visitor's browser loads it, and the desk and configurator pages
cpSync('dist', join(out, 'dist'), {
  recursive: true,
  filter: (src) => !/(^|\/)dist\/(npm|types)(\/|$)/.test(src) && !src.endsWith('.map'),
});

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

// every bare import of the compiled code must be a runtime dependency
const imported = new Set(
  execFileSync('grep', ['-rhoE', "from '[^.'][^']*'", out], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(6, -1))
    .filter((spec) => !spec.startsWith('node:'))
    .map((spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])),
);
for (const name of imported) if (!RUNTIME.includes(name)) throw new Error(`the compiled server imports ${name}, which is not in RUNTIME`);

/** The lock entry of `name` as seen from `from` (node_modules nesting first, then the top). */
function entryFor(name, from) {
  for (let base = from; ; base = base.slice(0, base.lastIndexOf('/node_modules/'))) {
    const path = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[path]) return path;
    if (!base) throw new Error(`package-lock.json has no entry for ${name}`);
  }
}

const packages = {};
const dependencies = {};
for (const name of RUNTIME) {
  const path = entryFor(name, '');
  dependencies[name] = lock.packages[path].version;
}
const queue = Object.keys(dependencies).map((name) => entryFor(name, ''));
while (queue.length) {
  const path = queue.shift();
  if (packages[path]) continue;
  const { dev, devOptional, peer, ...entry } = lock.packages[path];
  packages[path] = entry;
  for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
    try {
      queue.push(entryFor(dep, path));
    } catch (error) {
      if (!entry.optionalDependencies?.[dep]) throw error;
    }
  }
}

const manifest = {
  name: '@digiplein/server',
  version: root.version,
  description: 'The DigiPlein reference server (production install, built from @digiplein/widgets)',
  license: root.license,
  private: true,
  type: 'module',
  engines: root.engines,
  scripts: { start: 'node server/main.js' },
  dependencies,
};
writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  join(out, 'package-lock.json'),
  `${JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages: { '': { name: manifest.name, version: manifest.version, license: manifest.license, dependencies, engines: manifest.engines }, ...packages } }, null, 2)}\n`,
);
if (!existsSync(join(out, 'server/main.js'))) throw new Error('no server/main.js in the build');
mkdirSync(join(out, '.data'), { recursive: true });
console.log(`  the server's production install in ${out}/ (${Object.keys(packages).length} packages at run time)`);
