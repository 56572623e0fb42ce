// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';

// Server output so later features (accounts, attempt records) can run on demand;
// every content page sets `prerender = true` and ships as static HTML.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [svelte(), mdx()],
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
  compressHTML: true,
  // ink has no Shiki grammar; show its code blocks as plain text rather than warn on every build.
  markdown: { shikiConfig: { langAlias: { ink: 'text' } } },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
