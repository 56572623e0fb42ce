/**
 * The metadata form's fields (every field of scenario.yaml, as the guide's "Scenario metadata" table describes
 * them) and the checks the form makes as the author types. These catch the obvious (an empty title, an age in
 * words) without zod, which never reaches the browser; the server's check on each save is the authority, and
 * its problems are shown beside the field they name (`fieldOfDiagnostic`).
 */
import type { Diagnostic } from '../../../engine/diagnostics.ts';
import { DIFFICULTIES, MODULE_IDS, SETTING_LABELS, SETTINGS } from '../../../engine/scenario-vocabulary.ts';

export type FieldKind = 'text' | 'long' | 'number' | 'choice';

export interface FieldSpec {
  /** The field's path, `client.age` for a client field. */
  id: string;
  label: string;
  hint: string;
  kind: FieldKind;
  options?: readonly { value: string; label: string }[];
  /** Shown when the field is absent (a default of the schema). */
  fallback?: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const SCENARIO_FIELDS: readonly FieldSpec[] = [
  { id: 'title', label: 'Title', hint: 'Shown in the catalogue and the briefing.', kind: 'text' },
  {
    id: 'module',
    label: 'Module',
    hint: 'The module the scenario belongs to.',
    kind: 'choice',
    options: MODULE_IDS.map((m) => ({ value: m, label: cap(m) })),
  },
  { id: 'summary', label: 'Summary', hint: 'One or two sentences for the catalogue.', kind: 'long' },
  {
    id: 'setting',
    label: 'Setting',
    hint: 'The kind of relationship.',
    kind: 'choice',
    options: SETTINGS.map((s) => ({ value: s, label: SETTING_LABELS[s] })),
  },
  {
    id: 'session',
    label: 'Session number',
    hint: 'Which session of the work this is (the first, if the scenario spans several).',
    kind: 'number',
  },
  {
    id: 'sessions',
    label: 'Sessions spanned',
    hint: 'How many sessions the scenario spans, 1 to 3: 2 for an arc in which the client returns.',
    kind: 'number',
    fallback: '1',
  },
  { id: 'minutes', label: 'Minutes to play', hint: 'The estimated time to play, 5 to 30.', kind: 'number' },
  {
    id: 'difficulty',
    label: 'Difficulty',
    hint: '',
    kind: 'choice',
    options: DIFFICULTIES.map((d) => ({ value: d, label: cap(d) })),
  },
];

export const CLIENT_FIELD_SPECS: readonly FieldSpec[] = [
  { id: 'client.name', label: 'Name', hint: 'The fictional client’s name.', kind: 'text' },
  { id: 'client.age', label: 'Age', hint: 'A whole number from 12 to 110.', kind: 'number' },
  { id: 'client.pronouns', label: 'Pronouns', hint: 'For example she/her, he/him, they/them.', kind: 'text' },
  {
    id: 'client.background',
    label: 'Background',
    hint: 'Who they are: work, family, culture, what matters to them.',
    kind: 'long',
  },
  { id: 'client.presenting', label: 'What brings them', hint: 'What brings them to therapy.', kind: 'long' },
  {
    id: 'client.wants',
    label: 'What they want',
    hint: 'What they want from therapy, in their own words.',
    kind: 'long',
  },
];

export const MAIN_FIELD: FieldSpec = {
  id: 'main',
  label: 'Ink file name',
  hint: 'The name of the story’s file when the scenario is exported, ending in .ink.',
  kind: 'text',
  fallback: 'main.ink',
};

/** The value at a field path (`client.age`) of the parsed YAML. */
export function valueAt(raw: Record<string, unknown>, id: string): unknown {
  const [a, b] = id.split('.') as [string, string | undefined];
  if (b === undefined) return raw[a];
  const parent = raw[a];
  return parent && typeof parent === 'object' && !Array.isArray(parent)
    ? (parent as Record<string, unknown>)[b]
    : undefined;
}

const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const wholeIn = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * Problems the form can see by itself, by field (`''` for the file as a whole). `known` says whether the rubric
 * has a criterion id.
 */
export function checkMeta(
  raw: Record<string, unknown>,
  unknownKeys: readonly string[],
  known: (criterion: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  const need = (id: string, ok: boolean, message: string) => {
    if (!ok) out.set(id, message);
  };
  const at = (id: string) => valueAt(raw, id);
  need('title', isText(at('title')), 'Write a title.');
  need('module', (MODULE_IDS as readonly unknown[]).includes(at('module')), 'Choose a module.');
  need('summary', isText(at('summary')), 'Write a summary of one or two sentences.');
  for (const f of ['client.name', 'client.pronouns', 'client.background', 'client.presenting', 'client.wants'])
    need(f, isText(at(f)), 'Fill this in.');
  need('client.age', wholeIn(at('client.age'), 12, 110), 'Write the age as a whole number from 12 to 110.');
  need('setting', (SETTINGS as readonly unknown[]).includes(at('setting')), 'Choose a setting.');
  need('session', wholeIn(at('session'), 1, Number.MAX_SAFE_INTEGER), 'Write a whole number, 1 or more.');
  if (at('sessions') !== undefined) need('sessions', wholeIn(at('sessions'), 1, 3), 'Write 1, 2 or 3.');
  need('minutes', wholeIn(at('minutes'), 5, 30), 'Write a whole number of minutes from 5 to 30.');
  need('difficulty', (DIFFICULTIES as readonly unknown[]).includes(at('difficulty')), 'Choose a difficulty.');
  const list = (id: string, what: string, min: number) => {
    const v = at(id);
    if (!Array.isArray(v)) return need(id, min === 0 && v === undefined, `Write at least ${min || 'no'} ${what}.`);
    if (v.length < min) return out.set(id, `Write at least one ${what}.`);
    const empty = v.findIndex((x) => !isText(x));
    if (empty >= 0) out.set(id, `${what.charAt(0).toUpperCase()}${what.slice(1)} ${empty + 1} is empty.`);
  };
  list('contentNotes', 'content note', 0);
  list('learningGoals', 'learning goal', 1);
  const focus = at('focus');
  if (!Array.isArray(focus) || focus.length === 0) out.set('focus', 'Tick at least one criterion the scenario trains.');
  else {
    const strange = focus.filter((f) => typeof f !== 'string' || !known(f));
    if (strange.length > 0)
      out.set(
        'focus',
        `The rubric has no criterion ${strange.map((s) => `“${String(s)}”`).join(', ')}: remove it under “Edit as YAML”.`,
      );
  }
  const main = at('main');
  if (main !== undefined)
    need(
      'main',
      typeof main === 'string' && /^[\w-]+\.ink$/.test(main),
      'A file name ending in .ink, such as main.ink.',
    );
  if (unknownKeys.length > 0)
    out.set(
      '',
      `Fields Rapport does not know: ${unknownKeys.join(', ')}. Remove them (or correct their spelling) under “Edit as YAML”.`,
    );
  return out;
}

/**
 * The form field a scenario.yaml problem from the server names: its message starts with the field's path
 * (`client.age: …`, `focus[1]: …`); `''` for problems of the whole file (YAML errors, unknown fields).
 */
export function fieldOfDiagnostic(d: Diagnostic): string {
  const m = /^([A-Za-z]+(?:\.[A-Za-z]+)?)(?:\[\d+\])?(?:\.[A-Za-z]+)?: /.exec(d.message);
  if (!m) return '';
  const id = m[1]!;
  const known = [...SCENARIO_FIELDS, ...CLIENT_FIELD_SPECS, MAIN_FIELD].some((f) => f.id === id);
  return known || ['contentNotes', 'learningGoals', 'focus', 'client'].includes(id) ? id : '';
}
