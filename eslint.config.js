// ESLint's flat configuration: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte, with
// the formatting rules left to Prettier (eslint-config-prettier). `npm run lint`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

export default defineConfig(
  // Built, installed or generated. Astro components are checked by `astro check`: no Astro parser is installed.
  globalIgnores(['dist/', 'node_modules/', '.astro/', 'data/', 'test-results/', 'playwright-report/', '**/*.astro']),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  prettier,
  svelte.configs.prettier,
  {
    // The same files run in the browser (islands, the engine), in Node (the server, the CLI, tests) or both.
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_` names a value left out on purpose: `const { [id]: _, ...rest } = o`, an unused parameter kept for its
      // place. Anything else unused is a finding.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    // Svelte components and rune modules (`.svelte.ts`) are TypeScript.
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
