/**
 * The layer rules stated in the README of each src/ layer, checked on the imports themselves: static imports,
 * re-exports (`export … from`), dynamic `import()` (in scripts and in Svelte markup) and type-only imports, read
 * with the TypeScript parser from .ts files, Svelte scripts and Astro frontmatter and scripts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixture-bundle.ts';

/** One import of a file. `to` is the imported file from the repository root, or the bare specifier of a package. */
interface Edge {
  from: string;
  to: string;
  /** `import type` / `export type … from` / `import('x').T`: erased, so it brings no code with it. */
  typeOnly: boolean;
  /** Where the importing code runs: Astro frontmatter on the server, an Astro `<script>` in the browser, else both. */
  side: 'server' | 'browser' | 'both';
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte|astro)$/.test(name) ? [path] : [];
  });
}

/** The specifiers a piece of TypeScript imports, with whether each is type-only. */
function specifiersIn(code: string): { spec: string; typeOnly: boolean }[] {
  const found: { spec: string; typeOnly: boolean }[] = [];
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.importClause?.isTypeOnly ?? false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push({ spec: arg.text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
/** `import('…')` in Svelte or Astro markup, e.g. `{#await import('./Debrief.svelte')}`. */
const MARKUP_IMPORT = /\bimport\(\s*(['"])([^'"]+)\1\s*\)/g;

/** The code of a file, by where it runs. */
function partsOf(path: string): { code: string; side: Edge['side'] }[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.ts')) return [{ code: text, side: 'both' }];
  const scripts = [...text.matchAll(SCRIPT)];
  const markup = text.replace(SCRIPT, '');
  const markupImports = [...markup.matchAll(MARKUP_IMPORT)].map((m) => `import(${JSON.stringify(m[2])});`).join('\n');
  if (path.endsWith('.svelte'))
    return [...scripts.map((m) => ({ code: m[2]!, side: 'both' as const })), { code: markupImports, side: 'both' }];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return [
    { code: frontmatter, side: 'server' },
    // An `is:inline` script is not bundled: it can import nothing of ours.
    ...scripts.filter((m) => !/\bis:inline\b/.test(m[1]!)).map((m) => ({ code: m[2]!, side: 'browser' as const })),
    { code: markupImports, side: 'server' },
  ];
}

function edgesOf(path: string): Edge[] {
  const from = relative(ROOT, path);
  return partsOf(path).flatMap(({ code, side }) =>
    specifiersIn(code).map(({ spec, typeOnly }) => ({
      from,
      to: spec.startsWith('.') ? relative(ROOT, resolve(dirname(path), spec)) : spec,
      typeOnly,
      side,
    })),
  );
}

const src = join(ROOT, 'src');
const all = files(src).map((f) => ({ file: relative(ROOT, f), edges: edgesOf(f) }));
const byFile = new Map(all.map((f) => [f.file, f.edges]));
const layer = (name: string) => all.filter((f) => f.file.startsWith(`src/${name}/`));
const edges = (name: string) => layer(name).flatMap((f) => f.edges);
const inLayer = (to: string, ...names: string[]) => names.some((name) => to.startsWith(`src/${name}/`));
// The attempt protocol (src/lib/attempt-protocol.ts) is a zod schema file too, shared by the server and, as types, the browser.
const PROTOCOL = 'src/lib/attempt-protocol.ts';
// The authoring API's JSON as the browser reads it: types only, no schema and no code.
const AUTHORING_TYPES = 'src/lib/authoring-types.ts';
const isSchema = (to: string) => /-schema\.ts$/.test(to) || to === PROTOCOL;
const UI = /^(astro|astro:.*|svelte(\/.*)?|xstate|@astrojs\/.*)$/;

describe('reading imports', () => {
  it('finds static, re-exported, dynamic, markup and type-only imports', () => {
    const kinds = specifiersIn(
      "import a from 'a';\nimport type { B } from 'b';\nexport { c } from 'c';\nexport type { D } from 'd';\nconst e = await import('e');\ntype F = import('f').F;\nimport 'g';",
    );
    expect(kinds).toEqual([
      { spec: 'a', typeOnly: false },
      { spec: 'b', typeOnly: true },
      { spec: 'c', typeOnly: false },
      { spec: 'd', typeOnly: true },
      { spec: 'e', typeOnly: false },
      { spec: 'f', typeOnly: true },
      { spec: 'g', typeOnly: false },
    ]);
    // Found across the tree: the player loads the recorder and the debrief on demand.
    expect(byFile.get('src/components/Player.svelte')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ to: 'src/components/recording.ts', typeOnly: false }),
        expect.objectContaining({ to: 'src/components/Debrief.svelte', typeOnly: false }),
      ]),
    );
  });
});

describe('layers', () => {
  it('src/engine imports nothing but itself, the ink runtime, and zod in schema files', () => {
    const engine = layer('engine');
    expect(engine.length).toBeGreaterThan(5);
    for (const { from, to } of edges('engine')) {
      const allowed =
        inLayer(to, 'engine') ||
        to === 'inkjs' ||
        (to === 'zod' && isSchema(from)) ||
        (to === 'inkjs/full' && from === 'src/engine/compile.ts') ||
        // The respond-first matcher's NLP package and model, loaded on demand by its loader alone (issue 16).
        (/^wink-(nlp|eng-lite-web-model)$/.test(to) && from === 'src/engine/matcher/load.ts');
      expect(allowed, `${from} imports ${to}`).toBe(true);
    }
  });

  it('src/machines imports only xstate, the engine and itself', () => {
    for (const { from, to, typeOnly } of edges('machines')) {
      // The types of the attempt protocol and of the authoring API's JSON (issue 15) are contracts the flows speak.
      const contract = to === PROTOCOL || to === AUTHORING_TYPES;
      const ok = to === 'xstate' || inLayer(to, 'engine', 'machines') || (contract && typeOnly);
      expect(ok, `${from} imports ${to}`).toBe(true);
    }
  });

  it('components never import the server, the build pipeline or the ink compiler (but for the authoring worker)', () => {
    for (const { from, to } of edges('components')) {
      expect(inLayer(to, 'server', 'pipeline'), `${from} imports ${to}`).toBe(false);
      const compiler = to === 'inkjs/full' || to === 'src/engine/compile.ts';
      expect(compiler && !from.endsWith('.worker.ts'), `${from} imports ${to}`).toBe(false);
    }
  });

  it('src/server imports no Astro, UI, machines or page wiring: it runs the same under Astro, the CLI and tests', () => {
    expect(layer('server').length).toBeGreaterThan(5);
    for (const { from, to } of edges('server')) {
      // The draft checker (issue 15) runs the build's checks themselves, in its worker thread: it alone may use the pipeline.
      const checker = from.startsWith('src/server/authoring-check/') && inLayer(to, 'pipeline');
      // The two wire contracts in src/lib (the attempt protocol, the authoring API's JSON types) are the server's too.
      const contract = to === PROTOCOL || to === AUTHORING_TYPES;
      // A draft's ink file is named by the pipeline's own rule, kept in a module that needs only the YAML parser.
      const entryName = to === 'src/pipeline/entry-name.ts';
      const ui = UI.test(to) || (inLayer(to, 'components', 'machines', 'lib', 'pages', 'pipeline') && !contract);
      expect(ui && !checker && !entryName, `${from} imports ${to}`).toBe(false);
    }
  });

  it('src/pipeline runs in Node at build time: it imports the engine and packages, never the UI, the server or page wiring', () => {
    expect(layer('pipeline').length).toBeGreaterThan(5);
    for (const { from, to, typeOnly } of edges('pipeline')) {
      const ui =
        /^(svelte(\/.*)?|xstate|@astrojs\/.*)$/.test(to) ||
        inLayer(to, 'components', 'machines', 'server', 'lib', 'pages');
      expect(ui, `${from} imports ${to}`).toBe(false);
      // The content loaders speak Astro's loader types; no Astro code runs in the pipeline.
      if (/^astro(:|\/|$)/.test(to)) expect(typeOnly, `${from} imports ${to} as a value`).toBe(true);
    }
  });

  it("src/lib, the pages' shared helpers, imports no components, machines or pages", () => {
    expect(layer('lib').length).toBeGreaterThan(3);
    for (const { from, to } of edges('lib')) {
      expect(inLayer(to, 'components', 'machines', 'pages'), `${from} imports ${to}`).toBe(false);
    }
  });

  it('browser code imports a zod schema file, or zod, only with `import type`', () => {
    const browser = [...layer('engine').filter((f) => !isSchema(f.file)), ...layer('machines'), ...layer('components')];
    for (const { from, to, typeOnly, side } of browser.flatMap((f) => f.edges)) {
      if (side === 'server') continue;
      if (isSchema(to) || to === 'zod') expect(typeOnly, `${from} imports ${to} as a value`).toBe(true);
    }
  });

  it('nothing the browser loads reaches the server, the pipeline, zod, Node or a server-side package', () => {
    // Everything a browser bundle holds, from the islands, the machines and the pages' <script>s, following value
    // imports (static, re-exported and dynamic) through every file they reach. The authoring worker is its own
    // bundle, which alone may hold the ink compiler.
    const roots = all
      .filter(({ file }) => inLayer(file, 'components', 'machines') || file.endsWith('.astro'))
      .flatMap(({ file, edges: list }) =>
        file.endsWith('.astro')
          ? list.filter((e) => e.side === 'browser')
          : [{ from: file, to: file, typeOnly: false, side: 'both' as const }],
      );
    const reach = (starts: Edge[]) => {
      const seen = new Map<string, string>();
      const queue = starts.filter((e) => !e.typeOnly).map((e) => [e.to, e.from] as const);
      while (queue.length) {
        const [to, via] = queue.shift()!;
        if (seen.has(to)) continue;
        seen.set(to, via);
        for (const e of byFile.get(to) ?? []) if (!e.typeOnly) queue.push([e.to, to]);
      }
      return seen;
    };
    const SERVER_PACKAGES =
      /^(node:.*|zod|yaml|kysely|pg|better-auth(\/.*)?|@better-auth\/.*|@dagrejs\/dagre|astro:content)$/;
    const check = (reached: Map<string, string>, compiler: boolean) => {
      expect(reached.size).toBeGreaterThan(1);
      for (const [to, via] of reached) {
        const why = `${to}, imported by ${via}`;
        // The draft editor's metadata form edits scenario.yaml in place with yaml's Document API (issue 15).
        if (to === 'yaml' && via === 'src/components/author/draft/meta-yaml.ts') continue;
        expect(inLayer(to, 'server', 'pipeline') || SERVER_PACKAGES.test(to) || isSchema(to), why).toBe(false);
        if (!compiler) expect(to === 'inkjs/full' || to === 'src/engine/compile.ts', why).toBe(false);
      }
    };
    const workers = roots.filter((e) => e.from.endsWith('.worker.ts'));
    expect(workers.length).toBeGreaterThan(0);
    check(reach(roots.filter((e) => !e.from.endsWith('.worker.ts'))), false);
    check(reach(workers), true);
  });
});
