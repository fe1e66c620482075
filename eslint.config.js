// The lint gate of `npm test` (`npm run lint`): ESLint with typescript-eslint, and the Lit and
// web-component plugins for the widgets' sources. Formatting is Prettier's (.prettierrc.json).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'storybook-static/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-prefixed arguments are kept on purpose (an interface's shape)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // a `let` assigned after a closure that reads it later (the OpenAPI document in app.ts)
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // chai's assertions are property reads: `expect(x).to.exist`
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
);
