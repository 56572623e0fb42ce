/**
 * Password hashing and policy, following OWASP's Password Storage and Authentication cheat sheets:
 * Argon2id with 19 MiB of memory, 2 passes and 1 lane (OWASP's first recommendation), a 16-byte random
 * salt, stored as a PHC string; length 12 to 128 with no composition rules; common and guessable
 * passwords refused. Node 24's built-in `crypto.argon2` does the work, so nothing native is installed.
 */
import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const PARAMS = { memory: 19456, passes: 2, parallelism: 1, tagLength: 32 } as const;

function derive(
  password: string,
  nonce: Buffer,
  p: { memory: number; passes: number; parallelism: number; tagLength: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    argon2('argon2id', { message: password.normalize('NFKC'), nonce, ...p }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return `$argon2id$v=19$m=${PARAMS.memory},t=${PARAMS.passes},p=${PARAMS.parallelism}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** True when `password` matches `hash`; false for a wrong password or a hash in another format. */
export async function verifyPassword({ hash, password }: { hash: string; password: string }): Promise<boolean> {
  const m = PHC.exec(hash);
  if (!m) return false;
  const expected = Buffer.from(m[5]!, 'base64url');
  const key = await derive(password, Buffer.from(m[4]!, 'base64url'), {
    memory: Number(m[1]),
    passes: Number(m[2]),
    parallelism: Number(m[3]),
    tagLength: expected.length,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * Passwords that appear at the top of every breach list and still pass the length rule. A bundled list,
 * not an online check: nothing leaves the server.
 */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  '111111111111',
  '000000000000',
  'qwertyuiopas',
  'qwertyuiop123',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qwerty123456',
  'asdfghjkl123',
  'password1234',
  'password12345',
  'passw0rd1234',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'administrator',
  'changeme1234',
  'abc123456789',
  'abcdefghijkl',
  'trustno11234',
  'football1234',
  'baseball1234',
  'superman1234',
  'sunshine1234',
  'princess1234',
  'monkey123456',
  'dragon123456',
  'therapist123',
  'counselling1',
  'counseling12',
  'psychotherapy',
  'supervisor12',
  'rapport12345',
]);

/** Why a password is refused, in words a person can act on; null when it is acceptable. */
export function passwordProblem(raw: string, email?: string): string | null {
  // The length is of what was typed; everything else is judged as the password is hashed, NFKC-normalised, so
  // full-width "ｐａｓｓｗｏｒｄ１２３４" is the common "password1234".
  const length = [...raw].length;
  if (length < PASSWORD_MIN)
    return `Use at least ${PASSWORD_MIN} characters (a few unrelated words make a strong password).`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const password = raw.normalize('NFKC');
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'This password is one of the most common ones and easy to guess. Choose another.';
  if (/^(.)\1+$/u.test(password)) return 'A password made of one repeated character is easy to guess. Choose another.';
  if (isRun(lower)) return 'A run of consecutive characters is easy to guess. Choose another.';
  const local = email?.normalize('NFKC').split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'Your password must not contain your email address.';
  return null;
}

function isRun(s: string): boolean {
  const codes = [...s].map((c) => c.codePointAt(0)!);
  const step = codes[1]! - codes[0]!;
  return Math.abs(step) === 1 && codes.every((c, i) => i === 0 || c - codes[i - 1]! === step);
}
