// ESLint flat config: @eslint/js recommended, typescript-eslint's type-checked recommended rules
// (with the exceptions below, each with its reason), and eslint-config-prettier last so that no
// rule argues with the formatter. `npm run lint` runs it; .ci/run runs that.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The few globals the plain JavaScript files use (the `globals` package is not a dependency).
const nodeGlobals = {
  console: 'readonly',
  process: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};
const browserGlobals = {
  window: 'readonly',
  document: 'readonly',
  history: 'readonly',
  location: 'readonly',
  console: 'readonly',
  fetch: 'readonly',
  DOMParser: 'readonly',
  URL: 'readonly',
  URLSearchParams: 'readonly',
  FormData: 'readonly',
  AbortController: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};

export default defineConfig(
  {
    ignores: ['**/node_modules/**', 'coverage/**', 'data/**', 'test-output/**', '.bench/**', '.tmp*/**', '**/*.d.ts', '**/*.d.mts'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{ts,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test() and describe() return promises the runner itself waits for.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Beyond the preset, rules the tree already keeps that catch real bugs.
      eqeqeq: ['error', 'smart'],
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // The tree's style: `import type { … }` on its own line (import('…') types are left alone).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports', disallowTypeAnnotations: false }],

      // Off: async on a method implementing a Promise-returning interface is deliberate (a throw
      // becomes a rejection), and that is most of what require-await reports here.
      '@typescript-eslint/require-await': 'off',
      // Off: domhandler's node.type is a string enum compared with its values ('tag', 'text');
      // tsc already rejects a literal that is not a member.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Off (and not in recommendedTypeChecked; said here so nobody adds it): under
      // noUncheckedIndexedAccess the tree asserts index reads it knows are in range with `!`.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Off in tests: they read supertest bodies, parsed JSON and YAML as any, and the assertions are
  // what check their shape. Production code keeps the no-unsafe-* rules.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Plain JavaScript is outside the TypeScript project (no allowJs): no type information.
  {
    files: ['**/*.{js,mjs}'],
    ignores: ['src/server/assets/**'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
  },
  // The search page's script runs in the browser as a classic script.
  {
    files: ['src/server/assets/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'script', globals: browserGlobals },
  },
  prettier,
);
