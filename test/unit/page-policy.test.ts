/** Which pages may let run-time <style> elements in: only those with the ink editor, by path prefix. */
import { describe, expect, it } from 'vitest';
import { PAGE_POLICY_EXTRA, pageExtra } from '../../src/server/http/headers.ts';

const allowsStyleElements = (path: string) => /style-src-elem 'self' 'unsafe-inline'/.test(pageExtra(path));

describe('page policy by path', () => {
  it('lets the sandbox and every draft editor page write their editor theme', () => {
    for (const path of ['/author/sandbox', '/author/drafts/0c9a3f1e-6a0b-4b8e-9a55-1f0d2f3b4c5d', '/author/drafts'])
      expect(allowsStyleElements(path), path).toBe(true);
  });

  it('keeps every other page, near names included, to hashed style elements', () => {
    for (const path of [
      '/',
      '/author',
      '/author/reviews/x',
      '/author/scenarios/x',
      '/author/draftsx',
      '/author/sandboxed',
      '/scenarios/x',
    ])
      expect(pageExtra(path), path).toBe(PAGE_POLICY_EXTRA);
  });
});
