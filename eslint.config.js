// ESLint for the frontend's TypeScript (flat config, typescript-eslint's recommended rules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['frontend/generated/**', 'node_modules/**', 'target/**', 'src/main/bundles/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['frontend/**/*.ts', 'src/test/frontend/**/*.ts'],
    rules: {
      eqeqeq: 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Issue 16: no TS file over 300 lines (SourceSizeTest holds the same line for Java at 400).
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    // The basemap's build scripts run in Node.
    files: ['frontend/basemap/tools/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
);
