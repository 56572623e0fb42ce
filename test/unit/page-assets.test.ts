/** What the build does to each prerendered page (src/pipeline/page-assets.ts): styles written in, modules preloaded. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withModulePreloads, withStyleHashes, withStylesInline } from '../../src/pipeline/page-assets.ts';

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
