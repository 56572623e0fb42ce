/**
 * Unsaved draft text kept in this browser (issue 15), so a reload, a crash or a closed tab loses no typing
 * that had not reached the server. One entry per draft and the revision the text was edited from:
 * `rapport:draft:<draft id>:<revision>`. Text kept against an older revision than the server's newest is still
 * restored: saving it then meets the newer revision as a conflict, so nothing is overwritten silently.
 */
import type { DraftTexts } from '../lib/authoring-types.ts';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface UnsavedText extends DraftTexts {
  /** The revision the text was edited from. */
  basedOn: number;
}

const prefix = (draftId: string) => `rapport:draft:${draftId}:`;
export const unsavedKey = (draftId: string, basedOn: number) => `${prefix(draftId)}${basedOn}`;

function keysOf(storage: DraftStorage, draftId: string): { key: string; basedOn: number }[] {
  const out: { key: string; basedOn: number }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(prefix(draftId))) continue;
    const basedOn = Number(key.slice(prefix(draftId).length));
    if (Number.isInteger(basedOn) && basedOn >= 0) out.push({ key, basedOn });
  }
  return out;
}

/** Keeps the text; false when storage is full or off (typing goes on; the page says it is not kept). */
export function keepUnsaved(storage: DraftStorage | null, draftId: string, text: UnsavedText): boolean {
  if (!storage) return false;
  try {
    // One entry per draft: text edited from an older revision is superseded by this one.
    for (const { key, basedOn } of keysOf(storage, draftId)) if (basedOn !== text.basedOn) storage.removeItem(key);
    storage.setItem(unsavedKey(draftId, text.basedOn), JSON.stringify({ yaml: text.yaml, ink: text.ink }));
    return true;
  } catch {
    return false;
  }
}

export function forgetUnsaved(storage: DraftStorage | null, draftId: string): void {
  if (!storage) return;
  try {
    for (const { key } of keysOf(storage, draftId)) storage.removeItem(key);
  } catch {
    // Storage off: nothing was kept.
  }
}

/** The newest unsaved text kept for the draft, or null. A damaged entry is dropped. */
export function readUnsaved(storage: DraftStorage | null, draftId: string): UnsavedText | null {
  if (!storage) return null;
  try {
    const found = keysOf(storage, draftId).sort((a, b) => b.basedOn - a.basedOn)[0];
    if (!found) return null;
    const value = JSON.parse(storage.getItem(found.key) ?? 'null') as Partial<DraftTexts> | null;
    if (typeof value?.yaml !== 'string' || typeof value.ink !== 'string') {
      storage.removeItem(found.key);
      return null;
    }
    return { basedOn: found.basedOn, yaml: value.yaml, ink: value.ink };
  } catch {
    return null;
  }
}
