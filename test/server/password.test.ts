/** Password hashing (Argon2id, OWASP's parameters, PHC strings) and the password policy, with property tests. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordProblem,
  verifyPassword,
} from '../../src/server/auth/password.ts';

const codePoints = (s: string) => [...s].length;

describe('hashPassword and verifyPassword', () => {
  it('verify the password a hash was made from, and refuse any other', async () => {
    const password = 'a quiet harbour at dusk';
    const hash = await hashPassword(password);
    expect(await verifyPassword({ hash, password })).toBe(true);
    expect(await verifyPassword({ hash, password: 'a quiet harbour at dawn' })).toBe(false);
    expect(await verifyPassword({ hash, password: password.toUpperCase() })).toBe(false);
    expect(await verifyPassword({ hash, password: '' })).toBe(false);
  });

  it('write a PHC string with Argon2id and OWASP’s parameters (m=19456, t=2, p=1), a 16-byte salt and a 32-byte key', async () => {
    const hash = await hashPassword('lanterns over a still lake');
    const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/.exec(hash);
    expect(m, hash).not.toBeNull();
    expect(m!.slice(1, 4).map(Number)).toEqual([19456, 2, 1]);
    expect(Buffer.from(m![4]!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(m![5]!, 'base64url')).toHaveLength(32);
  });

  it('salt every hash: the same password hashes differently each time, and each verifies', async () => {
    const password = 'two hashes of one password';
    const [a, b] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword({ hash: a, password })).toBe(true);
    expect(await verifyPassword({ hash: b, password })).toBe(true);
  });

  it('treat the composed and decomposed forms of an accented password as the same password', async () => {
    const composed = 'caf\u00e9 au lait, s\u2019il vous pla\u00eet';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword({ hash: await hashPassword(composed), password: decomposed })).toBe(true);
  });

  it('answer false, never throw, for a hash in another or a broken format', async () => {
    const good = await hashPassword('a hash to break apart');
    const password = 'a hash to break apart';
    const malformed = [
      '',
      'not a hash',
      password,
      '$2b$12$abcdefghijklmnopqrstuuJ3QmJ0tnmXxwE5hY5W1x0V1t6m9y5kW',
      good.replace('$argon2id$', '$argon2i$'),
      good.replace('$v=19$', '$v=16$'),
      good.replace(/\$[^$]+$/, ''),
      good.replace(/\$[^$]+$/, '$not+base64url'),
      `${good}$extra`,
      good.slice(0, -3),
    ];
    for (const hash of malformed) expect(await verifyPassword({ hash, password }), hash).toBe(false);
  });
});

describe('passwordProblem', () => {
  it('bounds are 12 and 128', () => {
    expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([12, 128]);
  });

  it('refuses every password shorter than 12 code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: PASSWORD_MIN - 1 }), (password) => {
        expect(passwordProblem(password)).toMatch(/at least 12 characters/);
      }),
    );
  });

  it('refuses every password longer than 128 code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: PASSWORD_MAX + 1, maxLength: 400 }), (password) => {
        expect(passwordProblem(password)).toMatch(/at most 128 characters/);
      }),
    );
  });

  it('accepts only passwords of 12 to 128 code points, counting characters outside the BMP once', () => {
    // Lengths around both bounds, in code points, from units of one and of two UTF-16 code units.
    const unit = fc.oneof(
      fc.constantFrom('🙂', '𝔸', 'é', ' '),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const length = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 120, max: 136 }));
    let accepted = 0;
    fc.assert(
      fc.property(
        length.chain((n) => fc.string({ unit, minLength: n, maxLength: n })),
        (password) => {
          if (passwordProblem(password) !== null) return;
          accepted++;
          expect(codePoints(password)).toBeGreaterThanOrEqual(PASSWORD_MIN);
          expect(codePoints(password)).toBeLessThanOrEqual(PASSWORD_MAX);
        },
      ),
      { numRuns: 1000 },
    );
    // The property was exercised: passwords near the bounds were accepted, not all refused.
    expect(accepted).toBeGreaterThan(100);
    // Twelve UTF-16 code units, but six characters: refused. Twelve astral characters, 24 code units: long enough.
    expect(passwordProblem('🙂😀🙃😉😊😇')).toMatch(/at least/);
    expect(passwordProblem('🙂😀🙃😉😊😇🥲😋😛😜🤪😝')).toBeNull();
    expect(passwordProblem('𝔸'.repeat(64) + '🙂'.repeat(64))).toBeNull();
    expect(passwordProblem('𝔸'.repeat(65) + '🙂'.repeat(64))).toMatch(/at most/);
  });

  it('accepts passphrases of ordinary words whatever their length within the bounds', () => {
    const word = fc.constantFrom(
      'harbour',
      'lantern',
      'quiet',
      'river',
      'maple',
      'orbit',
      'velvet',
      'copper',
      'meadow',
      'thistle',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 14 }), fc.constantFrom(' ', '-', ''), (words, sep) => {
        const password = words.join(sep);
        const n = codePoints(password);
        if (n < PASSWORD_MIN || n > PASSWORD_MAX) expect(passwordProblem(password)).not.toBeNull();
        else expect(passwordProblem(password, 'someone@example.org')).toBeNull();
      }),
    );
  });

  it('refuses any password that contains the local part of the email address (4 characters or more), in any case', () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9._]{3,15}$/);
    const filler = fc.string({ unit: fc.constantFrom(...'bdfhkmpqsuwy 2468!?'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(local, filler, filler, fc.boolean(), (name, before, after, shout) => {
        const password = `${before}${shout ? name.toUpperCase() : name}${after}`;
        fc.pre(codePoints(password) >= PASSWORD_MIN && codePoints(password) <= PASSWORD_MAX);
        expect(passwordProblem(password, `${name}@example.org`)).toMatch(/email/);
        expect(passwordProblem(password, `${name.toUpperCase()}@Example.org`)).toMatch(/email/);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses the commonest passwords, one repeated character and runs; says why in words', () => {
    expect(passwordProblem('password1234')).toMatch(/most common/);
    expect(passwordProblem('PassWord1234')).toMatch(/most common/);
    expect(passwordProblem('zzzzzzzzzzzzzz')).toMatch(/repeated character/);
    expect(passwordProblem('mnopqrstuvwxyz')).toMatch(/consecutive/);
    expect(passwordProblem('zyxwvutsrqponm')).toMatch(/consecutive/);
    expect(passwordProblem('3456789:;<=>?')).toMatch(/consecutive/);
    // An email local part shorter than four characters is not held against a password.
    expect(passwordProblem('ann walks the long way round', 'ann@example.org')).toBeNull();
    expect(passwordProblem('lanterns over a still lake')).toBeNull();
  });
});
