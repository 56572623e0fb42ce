/**
 * After the build, each prerendered page is made to ask for less before it can be drawn and run:
 *
 * - Its built stylesheets are written into it, in place of the links (a scenario page linked thirteen, most for
 *   parts it shows later; each was a request the first paint waited for, and every module script with it). Their
 *   hashes join the page's content security policy (style-src), which the adapter then writes to dist/_headers.json.
 *   `/nav.css`, fitted to the reader, stays a link (src/pages/nav.css.ts). Pages rendered on request keep their
 *   links: Astro's setting to inline stylesheets would inline theirs too, under a policy that misses the hash.
 * - It names the modules its scripts import, in its head: a `<link rel="modulepreload">` for every module its
 *   `<script type="module" src>` imports, however deep. Without them the browser learns of a module's imports only
 *   once it has the module, so the scenario page fetched its player in a chain (the hydration script, then the
 *   Svelte runtime and the player, then their own imports); with them, everything is asked for as the head is read.
 *   Only static imports: a dynamic `import()` is for later, and Vite preloads what it needs when it runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The modules `url` imports statically (rolldown writes `from"./x.js"` and `import"./x.js"`), as site paths. */
function staticImports(client: string, url: string): string[] {
  const code = readFileSync(join(client, url), 'utf8');
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.m?js)"/g)].map((m) =>
    posix.join(posix.dirname(url), m[1]!),
  );
}

/** Every module the entry `url` imports, directly or through another, in the order first met. */
function closure(client: string, url: string, known: Map<string, string[]>): string[] {
  const out: string[] = [];
  const visit = (u: string) => {
    let deps = known.get(u);
    if (!deps) known.set(u, (deps = staticImports(client, u)));
    for (const d of deps) {
      if (out.includes(d) || d === url) continue;
      out.push(d);
      visit(d);
    }
  };
  visit(url);
  return out;
}

/** Adds modulepreload links for what the page's module scripts import, right after its title. */
export function withModulePreloads(html: string, imports: (entry: string) => string[]): string {
  const entries = [...html.matchAll(/<script type="module" src="(\/[^"]+)"/g)].map((m) => m[1]!);
  const deps = [...new Set(entries.flatMap(imports))].filter((d) => !entries.includes(d));
  if (deps.length === 0) return html;
  const links = deps.map((d) => `<link rel="modulepreload" href="${d}">`).join('');
  return html.replace(/<\/title>/, (end) => end + links);
}

/**
 * A stylesheet's top-level statements in order: each rule, and each at-rule with its block or up to its `;`. Quoted
 * strings and comments are stepped over. Null when the text does not split cleanly (braces that do not balance):
 * the caller then keeps the sheet as it is.
 */
export function topLevelRules(css: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i]!;
    if (ch === '"' || ch === "'") {
      const end = css.indexOf(ch, i + 1);
      if (end < 0) return null;
      i = end;
    } else if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) return null;
      i = end + 1;
    } else if (ch === '{') depth++;
    else if (ch === '}') {
      if (--depth < 0) return null;
      if (depth === 0) {
        out.push(css.slice(start, i + 1).trim());
        start = i + 1;
      }
    } else if (ch === ';' && depth === 0) {
      out.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  if (depth !== 0 || css.slice(start).trim() !== '') return null;
  return out.filter(Boolean);
}

/**
 * The sheets with every rule that comes again later, word for word, left out of its earlier place. The copy that
 * comes last already decides the cascade wherever the rule applies (same selector, same specificity, later), so
 * leaving out the earlier copies changes no computed style. Vite writes a component's styles into every chunk's
 * stylesheet that includes it, so a scenario page carried 13 KB of its 36 KB of styles twice, all read before the
 * first point can be drawn. `@charset` and `@import` (which must come first) are never moved or dropped.
 */
export function withoutRepeatedRules(sheets: readonly string[]): string[] {
  const split = sheets.map(topLevelRules);
  const last = new Map<string, string>();
  split.forEach((rules, sheet) => rules?.forEach((rule, i) => last.set(rule, `${sheet}:${i}`)));
  return sheets.map((css, sheet) => {
    const rules = split[sheet];
    if (!rules) return css;
    return rules.filter((rule, i) => /^@(charset|import)\b/i.test(rule) || last.get(rule) === `${sheet}:${i}`).join('');
  });
}

/**
 * Writes the page's built stylesheets (`/_astro/*.css`) into it, each rule once (withoutRepeatedRules); returns
 * the HTML and each style's CSP hash.
 */
export function withStylesInline(html: string, read: (href: string) => string): { html: string; hashes: string[] } {
  const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;
  const sheets = withoutRepeatedRules([...html.matchAll(LINK)].map((m) => read(m[1]!)));
  const hashes: string[] = [];
  let at = 0;
  const out = html.replace(LINK, () => {
    const css = sheets[at++]!.replace(/<\/style/gi, '<\\/style');
    if (css === '') return '';
    hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    return `<style>${css}</style>`;
  });
  return { html: out, hashes };
}

/** The policy with `hashes` added to its style-src (made from default-src's sources when it has none). */
export function withStyleHashes(policy: string, hashes: string[]): string {
  if (hashes.length === 0) return policy;
  const directives = policy.split(';').map((d) => d.trim());
  const at = directives.findIndex((d) => /^style-src\s/.test(d) || d === 'style-src');
  if (at >= 0) directives[at] = `${directives[at]} ${hashes.join(' ')}`;
  else directives.push(`style-src 'self' ${hashes.join(' ')}`);
  return directives.filter(Boolean).join('; ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** A page's path as Astro keys its headers: `/`, `/about`, `/scenarios/x`, `/404` (no trailing slash, no file name). */
const routeOf = (client: string, file: string) => {
  const p = '/' + relative(client, file).split(sep).join('/');
  return p.replace(/(\/index)?\.html$/, '').replace(/\/$/, '') || '/';
};

export function pageAssets(): AstroIntegration {
  let outDir: URL | null = null;
  let routeToHeaders: Map<string, { headers: Headers }> = new Map();
  return {
    name: 'rapport:page-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      // The policies of the prerendered pages, kept to be changed: the node adapter writes them to dist/_headers.json
      // when the build is done (and if it already has, the file is changed too, below).
      'astro:build:generated': (options) => {
        routeToHeaders = options.routeToHeaders as Map<string, { headers: Headers }>;
      },
      'astro:build:done': ({ dir }) => {
        // With server output `dir` is the client folder (dist/client); look inside it if not.
        const root = fileURLToPath(dir);
        const client = existsSync(join(root, 'client', '_astro')) ? join(root, 'client') : root;
        const known = new Map<string, string[]>();
        const css = new Map<string, string>();
        const read = (href: string) => {
          if (!css.has(href)) css.set(href, readFileSync(join(client, href), 'utf8'));
          return css.get(href)!;
        };
        const headersByRoute = new Map(
          [...routeToHeaders].map(([path, value]) => [path.replace(/\/$/, '') || '/', value.headers]),
        );
        const changed = new Map<string, string>();
        for (const file of htmlFiles(client)) {
          const before = readFileSync(file, 'utf8');
          const route = routeOf(client, file);
          const headers = headersByRoute.get(route);
          const policy = headers?.get('Content-Security-Policy');
          // A page whose policy is not known here keeps its links: inline styles would be refused. So do the error
          // pages, which are also answered at their file's own path (/404.html) under another policy.
          const errorPage = /^\/(404|500)$/.test(route);
          const styled = policy && !errorPage ? withStylesInline(before, read) : { html: before, hashes: [] };
          if (policy && styled.hashes.length) {
            const next = withStyleHashes(policy, styled.hashes);
            headers!.set('Content-Security-Policy', next);
            changed.set(route, next);
          }
          const after = withModulePreloads(styled.html, (entry) => closure(client, entry, known));
          if (after !== before) writeFileSync(file, after);
        }
        const file = outDir && new URL('_headers.json', outDir);
        if (file && existsSync(file)) {
          const entries = JSON.parse(readFileSync(file, 'utf8')) as {
            pathname: string;
            headers: { key: string; value: string }[];
          }[];
          for (const entry of entries) {
            const next = changed.get(entry.pathname.replace(/\/$/, '') || '/');
            for (const h of entry.headers)
              if (next && h.key.toLowerCase() === 'content-security-policy') h.value = next;
          }
          writeFileSync(file, JSON.stringify(entries));
        }
      },
    },
  };
}
