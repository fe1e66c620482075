// @ts-check
// The library, built twice from one source:
//  - for a script tag (CDN, self-contained, minified, Lit and the rest inside), entries sharing
//    chunks in dist/chunks/:
//    1. dist/digiplein.js: the all-in-one embed (src/all-in-one.ts): one script tag for every
//       element, which loads each widget's module only when its tag is in the page.
//    2. dist/digiplein-<widget>.js: one entry per widget, so a site that uses one widget loads
//       only that one (and the chat's panel loads on first open, or at once for a chat in the page).
//  - for npm (dist/npm/): one module per source module, importing lit, @lit/context, i18next and
//    zod as dependencies, so a site's bundler keeps one copy of each (package.json `exports`).
// And the reference server's own pages: the desk and the configurator (not in the npm package).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

/** @type {import('rollup').WarningHandlerWithDefault} */
function onwarn(warning, warn) {
  // zod ships comments rollup can't use as pure hints, and an internal import cycle: harmless
  const inDeps = (warning.id ?? warning.ids?.join() ?? '').includes('node_modules');
  if (inDeps && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  warn(warning);
}

/**
 * Squeezes the CSS in Lit's css`…` templates of our own sources (comments, runs of white space,
 * spaces around braces and semicolons): terser leaves template text alone. Only the text
 * between interpolations changes, and only in ways that keep its meaning (no space is removed
 * where a selector could need it).
 * @returns {import('rollup').Plugin}
 */
function minifyCss() {
  // every line stays where it was (only white space within lines and comments' text go), so the
  // source maps stay right without a map of this step
  const squeeze = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
      .replace(/\s+/g, (space) => (space.includes('\n') ? '\n'.repeat(space.split('\n').length - 1) : ' '))
      .replace(/[ \t]*([{};])[ \t]*/g, '$1')
      .replace(/: /g, ':');
  return {
    name: 'digiplein-minify-css',
    transform(code, id) {
      // TypeScript writes the tag as `css \``
      const tag = /\bcss ?`/g;
      if (!id.endsWith('.ts') || !id.includes('/src/') || !tag.test(code)) return null;
      let out = '';
      let i = 0;
      for (let m = ((tag.lastIndex = 0), tag.exec(code)); m; m = ((tag.lastIndex = i), tag.exec(code))) {
        out += code.slice(i, m.index + m[0].length);
        // the template's text parts, up to its closing backtick; give up on nested templates
        let j = m.index + m[0].length;
        let text = '';
        let ok = true;
        while (j < code.length && code[j] !== '`') {
          if (code[j] === '\\') {
            text += code.slice(j, j + 2);
            j += 2;
          } else if (code.startsWith('${', j)) {
            const close = code.indexOf('}', j);
            if (close === -1 || code.slice(j, close).includes('`')) {
              ok = false;
              break;
            }
            out += squeeze(text) + code.slice(j, close + 1);
            text = '';
            j = close + 1;
          } else text += code[j++];
        }
        if (!ok) return null;
        out += squeeze(text) + '`';
        i = j + 1;
      }
      return { code: out + code.slice(i), map: null };
    },
  };
}

const plugins = () => [
  nodeResolve({ browser: true, exportConditions: ['production'] }), // Lit's production build
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    exclude: ['test/**', 'stories/**', 'server/**', 'bench/**'],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: true, outDir: 'dist', types: [] },
  }),
  minifyCss(), // after the TypeScript plugin, which compiles from the files themselves
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** What the npm build leaves to the consumer's bundler (package.json `dependencies`). */
const npmDependency = (id) => /^(lit|@lit\/context|i18next|zod)(\/|$)/.test(id);

/** The widgets with a module of their own (src/widgets/<name>/define.ts), by their entry's name. */
const widgetDefines = Object.fromEntries(
  readdirSync('src/widgets', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/widgets/${d.name}/define.ts`))
    .map((d) => [`digiplein-${d.name}`, `src/widgets/${d.name}/define.ts`]),
);

/**
 * The shared code in three chunks, so that a widget's page asks for five files at once: the
 * widget's module, these three and its config (the chat's launcher is a chunk of its own too, and
 * so are the texts for config problems, loaded only for a config with problems). A browser fetches those together even over
 * HTTP/1.1 (six connections per site); rollup's own split gave 9 to 10 small files per widget,
 * and those past the sixth waited a whole round trip (over half a second on Slow 4G; issue 17).
 * The price: a page also loads the few small shared modules its widget does not use (2 to 4 KB
 * gzip). A module in none of them goes where rollup puts it (a widget's module, a lazy chunk).
 */
const sharedChunks = {
  // Lit's core, and what the chat's launcher shares with every widget
  base: [
    /\/@lit\/reactive-element\/(css-tag|reactive-element)\.js$/,
    /\/lit-html\/lit-html\.js$/,
    /\/lit-element\/lit-element\.js$/,
    /\/src\/core\/(define|events\/fire|i18n\/lang|theme\/variables|storage\/storage)\.ts$/,
  ],
  // zod, the config's schema, loading and resolution, and the national content it is merged with
  // (the chat's launcher does without them until the chat opens)
  // (and Lit's decorators with their helper: every element but the launcher uses them, and the
  // launcher declares its properties without, to stay within its 12 KB)
  config: [
    /\/tslib\//,
    /\/@lit\/reactive-element\/decorators\//,
    /\/@lit\/context\//,
    /\/zod\//,
    /\/src\/core\/config\/(context|early|loader|issues|resolve|cross-check|validate|process|controller)\.ts$/,
    /\/src\/core\/config\/schema\//,
    /\/src\/content\/(themes|offers|route-phases|safety|registry|index)\.ts$/,
    /\/src\/core\/safety\/(normalize|signals)\.ts$/,
    /\/src\/core\/lazy\/yield\.ts$/,
  ],
  // the chat's launcher with what its panel shares of it (the session's store): the chat's script
  // may ask for the panel before the launcher has run, and the panel then imports the store
  // from here rather than from a chunk of its own (one small file less for the launcher)
  launcher: [/\/src\/widgets\/chat\/(define|chat|transcript-store|locales\/launcher)\.ts$/, /\/src\/core\/events\/chat-open\.ts$/],
  // the texts that explain config problems stay a chunk of their own, loaded only for a config
  // with problems: validate.ts imports them for the configurator, which would pull them into config
  messages: [/\/src\/core\/config\/messages\.ts$/],
  // i18next, and the element every widget is built on with its small shared helpers (some only
  // for the widgets with forms: the API client, times in Amsterdam, text skeletons; a chunk of
  // their own would cost more in gzip than the hulpzoeker saves)
  core: [
    /\/i18next\//,
    /\/lit-html\/(directive|directive-helpers|directives\/(if-defined|live))\.js$/,
    /\/src\/core\/(element|i18n\/(i18n|controller|locales\/nl)|theme\/tokens|storage\/controller|safety\/index)\.ts$/,
    /\/src\/core\/ui\/(heading|quick-exit|links|parts|skeleton|skeleton-text|focus-field)\.ts$/,
    /\/src\/core\/(lazy\/(content|view)|config\/postcode|api\/(client|errors|events)|time\/amsterdam)\.ts$/,
  ],
};
/** @param {string} id */
const sharedChunk = (id) =>
  id.startsWith('\0')
    ? undefined
    : Object.keys(sharedChunks).find((name) => sharedChunks[name].some((re) => re.test(id.replaceAll('\\', '/'))));

/**
 * Every script-tag entry starts its work in its first lines (issue 17, no waterfall): it imports
 * no chunk, so the browser runs it as soon as it arrives, and it asks at once for the page's
 * config and for every chunk its widgets need (src/core/lazy/loader.ts). The modules it runs
 * are copied into each entry (`entryCopies`; they are small and import nothing else), since a
 * module that two entries share would become a chunk the entry waits for.
 *
 * The per-widget entries (dist/digiplein-<name>.js) are made here: each loads its widget's
 * module at once, with the same start (`defineNow`); the chat's loads its launcher, and its
 * panel too when the chat sits in the page (`defineChatNow`).
 * @returns {import('rollup').Plugin}
 */
function entriesThatStartAtOnce() {
  const entryCopies = new Set(
    [
      'src/core/lazy/loader.ts',
      'src/core/lazy/elements.ts',
      'src/core/lazy/yield.ts',
      'src/core/config/early.ts',
      'src/core/storage/storage.ts',
    ].map((f) => resolve(f)),
  );
  const entries = new Set([resolve('src/all-in-one.ts')]);
  const COPY = '\0entry-copy:';
  const ENTRY = '\0widget-entry:';
  return {
    name: 'digiplein-entries-that-start-at-once',
    async resolveId(source, importer) {
      if (source.startsWith(ENTRY)) return source;
      if (!importer) return null;
      // a copy belongs to one entry: `\0entry-copy:<entry>|<file>`
      const [owner, from] = importer.startsWith(COPY)
        ? importer.slice(COPY.length).split('|')
        : entries.has(importer) || importer.startsWith(ENTRY)
          ? [importer, importer] // a virtual entry imports by absolute path only
          : [];
      if (!owner) return null;
      const resolved = await this.resolve(source, from, { skipSelf: true });
      return resolved && entryCopies.has(resolved.id) ? `${COPY}${owner}|${resolved.id}` : resolved;
    },
    load(id) {
      if (id.startsWith(COPY)) {
        const file = id.slice(COPY.length).split('|')[1];
        const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
          compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
          fileName: file,
        });
        return outputText;
      }
      if (id.startsWith(ENTRY)) {
        const name = id.slice(ENTRY.length);
        /** A module as the loader takes it: how to import it, and its id in the preload table. */
        const module = (file) => `[() => import(${JSON.stringify(resolve(file))}), '${file.slice(4, -3)}']`;
        const loader = JSON.stringify(resolve('src/core/lazy/loader.ts'));
        if (name === 'digiplein-chat') {
          return (
            `import { defineChatNow } from ${loader};\n` +
            `defineChatNow(${module(widgetDefines[name])}, ${module('src/widgets/chat/panel-define.ts')});\n`
          );
        }
        return `import { defineNow } from ${loader};\ndefineNow('${name}', ${module(widgetDefines[name])});\n`;
      }
      return null;
    },
  };
}

/**
 * Fills each entry's preload table (the JSON string '"__DIGIPLEIN_PRELOAD__"' in
 * src/core/lazy/loader.ts): for each widget module, every file it imports statically, so the
 * page asks for them all at once (modulepreload) instead of discovering them level by level.
 * Runs before terser, on file names that rollup still turns into their hashed names.
 * @returns {import('rollup').Plugin}
 */
function preloadTable() {
  return {
    name: 'digiplein-preload-table',
    renderChunk(code, chunk, _options, meta) {
      if (!code.includes('__DIGIPLEIN_PRELOAD__')) return null;
      /** @type {Record<string, string[]>} */
      const table = {};
      for (const c of Object.values(meta.chunks)) {
        if (!chunk.dynamicImports.includes(c.fileName)) continue; // only the widgets this entry loads
        // the chunk that holds a widget's define.ts (or the chat's panel-define.ts)
        const id = [c.facadeModuleId ?? '', ...c.moduleIds]
          .map((m) => m.replaceAll('\\', '/').match(/\/src\/(widgets\/[\w-]+\/(?:panel-)?define)\.ts$/)?.[1])
          .find(Boolean);
        if (!id) continue;
        // every file it imports, each after the files it imports itself, the module's own last
        // (the loader runs them in that order, one task each)
        /** @type {Set<string>} */
        const files = new Set();
        const visit = (/** @type {string} */ f) => {
          if (files.has(f) || f === chunk.fileName) return;
          files.add(f); // (a cycle stops here)
          for (const i of meta.chunks[f]?.imports ?? []) visit(i);
          files.delete(f);
          files.add(f);
        };
        visit(c.fileName);
        table[id] = [...files];
      }
      // the source parses a JSON string literal at run time: it becomes the table's JSON
      return { code: code.replace(/(["'])"__DIGIPLEIN_PRELOAD__"\1/, JSON.stringify(JSON.stringify(table))), map: null };
    },
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {
      digiplein: 'src/all-in-one.ts',
      ...Object.fromEntries(Object.keys(widgetDefines).map((name) => [name, `\0widget-entry:${name}`])),
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: sharedChunk,
    },
    onwarn,
    plugins: [entriesThatStartAtOnce(), ...plugins().slice(0, 3), preloadTable(), ...plugins().slice(3)],
  },
  {
    input: { index: 'src/index.ts', ...Object.fromEntries(Object.values(widgetDefines).map((file) => [file.slice(4, -3), file])) },
    external: npmDependency,
    output: {
      dir: 'dist/npm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // tslib's decorator helper, which the TypeScript plugin imports, gets a plain name
      entryFileNames: (m) => (m.name.includes('node_modules/') ? `helpers/${m.name.split('/').pop()}.js` : '[name].js'),
    },
    onwarn,
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        include: ['src/**/*.ts'],
        exclude: ['test/**', 'stories/**', 'server/**', 'bench/**'],
        compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: 'dist/npm', types: [] },
      }),
    ],
  },
  {
    // the professionals' desk of the reference server (served at /desk)
    input: 'src/desk/index.ts',
    output: { file: 'dist/desk.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    onwarn,
    plugins: plugins(),
  },
  {
    // The configurator page's element (demo/configurator.html): a tool for webmasters, not part
    // of dist/digiplein.js. It expects digiplein.js on the same page for the live widgets.
    input: 'src/configurator/define.ts',
    output: { file: 'dist/configurator.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    onwarn,
    plugins: plugins(),
  },
];
