/** Invite codes: how they are made, how a typed one is read, and how long one may last. */
import { randomInt } from 'node:crypto';

/** The alphabet of invite codes: no 0/O, 1/I/L, so a code read aloud or typed is not mistaken. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 16 symbols of 31: about 79 bits, far beyond guessing. */
const CODE_LENGTH = 16;
export const INVITE_DAYS = { min: 1, max: 30, default: 14 } as const;

export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** An invite code as typed: case, spaces and dashes do not matter. Null when it cannot be a code. */
export function normaliseCode(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 64) return null;
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}
