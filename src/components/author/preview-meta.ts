/**
 * What a preview shows as the scenario's details (issue 15). The sandbox holds ink only, so the briefing used to
 * show the opened entry's metadata, for a new draft the template's "Sam Example", whoever the draft's client was.
 * The client is now the one the draft's lines are spoken by, and the focus the criteria its options carry; details
 * the ink cannot say are marked as not written. A draft in the editor has its scenario.yaml: its details as they
 * stand, with what is not written yet said so.
 */
import type { ScenarioMeta } from '../../engine/scenario-meta.ts';
import { valueAt } from './draft/meta-fields.ts';

/** The name most of the draft's lines are spoken by (`#speaker:Name`), or null. */
export function speakerOf(ink: string): string | null {
  const counts = new Map<string, number>();
  for (const m of ink.matchAll(/#\s*speaker\s*:\s*([^#\n]+)/g)) {
    const name = m[1]!.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

const NOT_WRITTEN = 'Not written: the sandbox checks and plays the ink only.';

/**
 * The metadata to preview a sandbox draft with. `meta` is the opened entry's; `isTemplate` when it is the
 * blank template, whose details are placeholders; `criteria` those the draft's options carry evidence for.
 */
export function sandboxMeta(meta: ScenarioMeta, isTemplate: boolean, ink: string, criteria: string[]): ScenarioMeta {
  const speaker = speakerOf(ink);
  // The entry's client keeps their full name when the draft still speaks as them ("Tess" in "Tess Salamat").
  const sameClient = speaker !== null && meta.client.name.split(/\s+/).includes(speaker.split(/\s+/)[0]!);
  const name = speaker === null || sameClient ? meta.client.name : speaker;
  if (!isTemplate && name === meta.client.name) return { ...meta, focus: meta.focus.length ? meta.focus : criteria };
  return {
    ...meta,
    title: isTemplate ? 'Your draft' : meta.title,
    summary: isTemplate ? NOT_WRITTEN : meta.summary,
    client: isTemplate
      ? { ...meta.client, name, background: NOT_WRITTEN, presenting: NOT_WRITTEN, wants: NOT_WRITTEN }
      : { ...meta.client, name },
    focus: criteria,
  };
}

const MISSING = '(not written yet)';

/** The metadata to preview a draft with: its scenario.yaml as read (`raw`), `criteria` as in `sandboxMeta`. */
export function draftMeta(raw: Record<string, unknown>, criteria: string[]): ScenarioMeta {
  const text = (id: string) => {
    const v = valueAt(raw, id);
    return typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : MISSING;
  };
  const num = (id: string, fallback: number) => {
    const v = valueAt(raw, id);
    return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  };
  const list = (id: string) => {
    const v = valueAt(raw, id);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
  };
  const focus = list('focus');
  return {
    title: text('title'),
    module: text('module'),
    summary: text('summary'),
    client: {
      name: text('client.name'),
      age: num('client.age', 0),
      pronouns: text('client.pronouns'),
      background: text('client.background'),
      presenting: text('client.presenting'),
      wants: text('client.wants'),
    },
    setting: text('setting'),
    session: num('session', 1),
    sessions: num('sessions', 1),
    minutes: num('minutes', 10),
    difficulty: text('difficulty'),
    contentNotes: list('contentNotes'),
    learningGoals: list('learningGoals'),
    focus: focus.length > 0 ? focus : criteria,
    main: text('main') === MISSING ? 'main.ink' : text('main'),
  } as ScenarioMeta;
}
