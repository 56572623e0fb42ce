/**
 * Where sign-in and sign-up send a person afterwards (`safeNext`): whatever `next=` holds, the answer is a path
 * on this site. Checked on the hostile forms of the bad-input corpus and, as a property, on many generated
 * ones built from the pieces such attacks use (slashes, backslashes, dots, encoded slashes, tabs and newlines,
 * schemes, hosts, Unicode look-alikes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AFTER_SIGN_IN, safeNext } from '../../src/lib/sign-in-redirect.ts';
import { BAD_INPUT } from '../support/bad-input.ts';

const SITE = 'https://rapport.example';

/** What a browser does with the redirect: resolve it against the page, and where does it go? */
function staysOnSite(next: string): boolean {
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\s]/.test(next)) return false;
  return new URL(next, `${SITE}/signin/`).origin === SITE;
}

describe('safeNext', () => {
  it('sends every hostile form of the corpus to a path on this site', () => {
    for (const raw of BAD_INPUT.hostileNext) {
      const next = safeNext(raw);
      expect(staysOnSite(next), `${JSON.stringify(raw)} → ${JSON.stringify(next)}`).toBe(true);
    }
  });

  it('falls back for the reported forms that normalise to //host (/..//evil.example, /.//evil.example)', () => {
    for (const raw of ['/..//evil.example', '/.//evil.example', '/a/../..//evil.example', '/%2e%2e//evil.example'])
      expect(safeNext(raw), raw).toBe(AFTER_SIGN_IN);
  });

  it('keeps ordinary paths on this site', () => {
    for (const [raw, want] of BAD_INPUT.safeNext) expect(safeNext(raw)).toBe(want);
    expect(safeNext('/signin/')).toBe(AFTER_SIGN_IN);
    expect(safeNext('/api/me')).toBe(AFTER_SIGN_IN);
  });

  it('property: any string built from attack pieces gives a path on this site, and the answer is stable', () => {
    const piece = fc.constantFrom(
      '/',
      '//',
      '\\',
      '.',
      '..',
      '%2e',
      '%2f',
      '%2F',
      '%5c',
      '%5C',
      '%00',
      '%09',
      '\t',
      '\n',
      '\r',
      ' ',
      '\u3000',
      '\u2215',
      '\uff0f',
      'evil.example',
      '@',
      ':',
      'http:',
      'https:',
      'javascript:',
      'data:',
      '?',
      '#',
      '&',
      'a',
      'signin',
      'api',
      '\u0000',
      '\u00a0',
    );
    const built = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(built, fc.string(), fc.string({ unit: 'binary' }), fc.webUrl()), (raw) => {
        const next = safeNext(raw);
        expect(staysOnSite(next)).toBe(true);
        // Feeding the answer back in gives the same answer: it was checked as returned, not as received.
        expect(safeNext(next)).toBe(next);
      }),
      { numRuns: 2000 },
    );
  });
});
