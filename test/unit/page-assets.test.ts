/** What the build does to each prerendered page (src/pipeline/page-assets.ts): styles written in, modules preloaded. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  topLevelRules,
  withModulePreloads,
  withoutRepeatedRules,
  withStyleHashes,
  withStylesInline,
} from '../../src/pipeline/page-assets.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('page assets', () => {
  it('writes the built stylesheets into the page, keeps /nav.css a link, and gives each style its hash', () => {
    const files: Record<string, string> = { '/_astro/a.css': '.a{color:red}', '/_astro/b.css': '.b{}</style>' };
    const html =
      '<head><title>T</title><link rel="stylesheet" href="/nav.css"><link rel="stylesheet" href="/_astro/a.css">' +
      '<link rel="stylesheet" href="/_astro/b.css"></head>';
    const { html: out, hashes } = withStylesInline(html, (href) => files[href]!);
    expect(out).toBe(
      '<head><title>T</title><link rel="stylesheet" href="/nav.css"><style>.a{color:red}</style><style>.b{}<\\/style></style></head>',
    );
    expect(hashes).toEqual([sha('.a{color:red}'), sha('.b{}<\\/style>')]);
  });

  it('writes each rule once, in its last place: a sheet left empty is no style and no hash', () => {
    const files: Record<string, string> = {
      '/_astro/a.css': '.a{color:red}.shared{margin:0}',
      '/_astro/b.css': '.shared{margin:0}',
      '/_astro/c.css': '.shared{margin:0}.c{color:blue}',
    };
    const html = Object.keys(files)
      .map((href) => `<link rel="stylesheet" href="${href}">`)
      .join('');
    const { html: out, hashes } = withStylesInline(html, (href) => files[href]!);
    expect(out).toBe('<style>.a{color:red}</style><style>.shared{margin:0}.c{color:blue}</style>');
    expect(hashes).toEqual([sha('.a{color:red}'), sha('.shared{margin:0}.c{color:blue}')]);
  });

  it('splits a sheet into its top-level statements, stepping over strings and comments, or says it cannot', () => {
    expect(
      topLevelRules(
        '@charset "utf-8";.a{content:"}{"}@media (min-width:40rem){.a{color:red}.b{x:y}}/* } */.c{content:\'{\'}',
      ),
    ).toEqual([
      '@charset "utf-8";',
      '.a{content:"}{"}',
      '@media (min-width:40rem){.a{color:red}.b{x:y}}',
      "/* } */.c{content:'{'}",
    ]);
    expect(topLevelRules('.a{color:red')).toBeNull();
    expect(topLevelRules('.a{}}')).toBeNull();
    expect(topLevelRules('.a{content:"x}')).toBeNull();
    // A sheet that does not split is kept whole; a rule inside a media block is not the same rule outside it.
    expect(withoutRepeatedRules(['.a{color:red', '.a{color:red}'])).toEqual(['.a{color:red', '.a{color:red}']);
    expect(withoutRepeatedRules(['@media print{.a{x:y}}.a{x:y}', '.a{x:y}'])).toEqual([
      '@media print{.a{x:y}}',
      '.a{x:y}',
    ]);
    expect(withoutRepeatedRules(['@import url(x.css);.a{}', '@import url(x.css);.a{}'])).toEqual([
      '@import url(x.css);',
      '@import url(x.css);.a{}',
    ]);
  });

  it('for any sheets, keeps every distinct rule once and the order of their last copies, which decides the cascade', () => {
    const rule = fc.constantFrom(
      '.a{color:red}',
      '.a{color:blue}',
      '.b{margin:0}',
      '@media print{.a{color:red}}',
      '.c{}',
    );
    fc.assert(
      fc.property(fc.array(fc.array(rule, { maxLength: 6 }), { maxLength: 5 }), (sheets) => {
        const before = sheets.flat();
        const after = withoutRepeatedRules(sheets.map((s) => s.join(''))).flatMap((s) => topLevelRules(s)!);
        const lastCopies = before.filter((r, i) => before.lastIndexOf(r) === i);
        expect(after).toEqual(lastCopies);
      }),
    );
  });

  it('adds the hashes to style-src, or makes one from self', () => {
    expect(withStyleHashes("default-src 'self'; style-src 'self' 'sha256-x'", ["'sha256-y'"])).toBe(
      "default-src 'self'; style-src 'self' 'sha256-x' 'sha256-y'",
    );
    expect(withStyleHashes("default-src 'self';img-src data:", ["'sha256-y'"])).toBe(
      "default-src 'self'; img-src data:; style-src 'self' 'sha256-y'",
    );
    expect(withStyleHashes("default-src 'self'", [])).toBe("default-src 'self'");
  });

  it('preloads every module a page’s scripts import, however deep, after its title', () => {
    const graph: Record<string, string[]> = { '/_astro/entry.js': ['/_astro/a.js', '/_astro/b.js'] };
    const html = '<head><title>T</title></head><body><script type="module" src="/_astro/entry.js"></script></body>';
    expect(withModulePreloads(html, (entry) => graph[entry] ?? [])).toBe(
      '<head><title>T</title><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js"></head>' +
        '<body><script type="module" src="/_astro/entry.js"></script></body>',
    );
    expect(withModulePreloads('<title>T</title><p>no scripts</p>', () => ['/x.js'])).toBe(
      '<title>T</title><p>no scripts</p>',
    );
  });
});
