/**
 * Statement ids: a UUID v5 of the attempt id and the statement's role, so sending the same attempt again gives
 * the same ids and an LRS stores each statement once (the LRS sender finds what it has queued by them too).
 */
import { createHash } from 'node:crypto';

/** The namespace of Rapport's statement ids (UUID v5). */
const NAMESPACE = '6f1f3c1e-5b0e-4c7a-9d59-2f1b8e0c4a71';

/** A name-based UUID (RFC 4122 version 5, SHA-1) in `namespace`. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
