// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pageAssets } from './src/pipeline/page-assets.ts';

// The scenario page's inline script (src/components/opening-capture.inline.js: it keeps what the trainee does before
// the player runs) is the same text on every page, allowed by its hash here; Astro hashes only the scripts it emits.
const openingScript = readFileSync(new URL('./src/components/opening-capture.inline.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} (the form Astro's CSP settings take a hash in) */
const openingScriptHash = `sha256-${createHash('sha256').update(openingScript).digest('base64')}`;

// Server output so later features (accounts, attempt records) can run on demand;
// every content page sets `prerender = true` and ships as static HTML.
export default defineConfig({
  output: 'server',
  // src/cli/serve.ts serves the build: the static files itself (src/server/http/static-files.ts), everything else
  // through the adapter's handler in middleware mode, behind Rapport's security headers. staticHeaders writes each
  // prerendered page's content security policy to dist/_headers.json, which serve.ts sends as a header.
  adapter: node({ mode: 'middleware', staticHeaders: true }),
  security: {
    // Rapport's middleware (src/middleware.ts, src/server/http/csrf.ts) checks the origin of every mutation on every
    // on-demand route, whatever its content type, and lets only the LTI login and launch through (an LMS posts them
    // from its own site); Astro's own check cannot make that exception.
    checkOrigin: false,
    // Hashes of every inline script and style Astro emits; the player's worker and fetches stay on this origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "font-src 'self'",
      ],
      scriptDirective: { hashes: [openingScriptHash] },
    },
  },
  // pageAssets: each prerendered page carries its styles and asks at once for every module its scripts import
  // (src/pipeline/page-assets.ts).
  integrations: [svelte(), mdx(), pageAssets()],
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
  compressHTML: true,
  // ink has no Shiki grammar; show its code blocks as plain text rather than warn on every build.
  markdown: { shikiConfig: { langAlias: { ink: 'text' } } },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
