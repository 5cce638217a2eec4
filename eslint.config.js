// Lint rules double as architecture rules: the dependency direction of docs/ARCHITECTURE.md is enforced here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiAndVendorLibraries = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain is pure: no React.' },
  { group: ['@azure/*'], message: 'src/domain is pure: no MSAL or Azure SDK.' },
  { group: ['monaco-editor', 'monaco-editor/*', '@kusto/*'], message: 'src/domain is pure: no Monaco.' },
  { group: ['zustand', 'zustand/*'], message: 'src/domain is pure: no store.' },
  { group: ['@tanstack/*'], message: 'src/domain is pure: no UI libraries.' },
];
const appLayers = (...layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}/*`, `**/${layer}`],
    message: `This layer may not import from src/${layer} (see docs/ARCHITECTURE.md).`,
  }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/.cache/**', 'bench/results/**', 'e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Log data is rendered as text only (DESIGN §6).' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiAndVendorLibraries, ...appLayers('api', 'auth', 'workers', 'features', 'state', 'ui')] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'fetch'],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/auth/**/*.ts', 'src/workers/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: appLayers('features', 'state', 'ui') }] },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: appLayers('features', 'ui') }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/state/store.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[source.value='zustand'] ImportSpecifier[imported.name='create']", message: 'Create stores only in src/state/store.ts.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Log data is rendered as text only (DESIGN §6).' },
      ],
    },
  },
  {
    // The engine and the sample data must run in a browser worker later: no Node-only APIs.
    files: ['emulator/engine/**/*.ts', 'emulator/data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'http', 'https', 'crypto', 'os', 'url', 'stream', 'buffer', 'zlib'], message: 'The engine and data stay free of Node-only APIs.' }, { group: ['**/server/*', '**/server'], message: 'The engine does not know about HTTP.' }] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['emulator/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'bench/**/*.{ts,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
