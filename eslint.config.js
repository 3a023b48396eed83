import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      // `const { geometry, ...rest } = d` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Classic scripts index.html runs as they are (tools/vite-canvas-channel.ts): browser globals, no modules.
  {
    files: ['src/boot/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  // maplibre-gl may be imported by the map adapter alone: it is the one owner of the map.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/adapter.ts', 'src/map/style.ts', 'src/map/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'maplibre-gl', message: 'Only src/map/ talks to MapLibre.' }] },
      ],
    },
  },
);
