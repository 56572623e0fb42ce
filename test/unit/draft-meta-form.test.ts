/**
 * The draft editor's metadata form over scenario.yaml (issue 15): a field set through the form rewrites that
 * field only (the rest of the file byte for byte, comments and folding kept), a missing field goes where the
 * template puts it, what the form writes is what the build's schema reads, and the form's own checks and the
 * server's problems land on the field they name. Also the sandbox preview's client (the draft's, not the template's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkMeta, fieldOfDiagnostic } from '../../src/components/author/draft/meta-fields.ts';
import { readMeta, setMetaField, TOP_FIELDS } from '../../src/components/author/draft/meta-yaml.ts';
import { sandboxMeta, speakerOf } from '../../src/components/author/preview-meta.ts';
import type { ScenarioMeta } from '../../src/engine/scenario-meta.ts';
import { scenarioMetaSchema } from '../../src/engine/scenario-meta-schema.ts';
import { ROOT } from '../support/fixture-bundle.ts';

const TEMPLATE = readFileSync(join(ROOT, 'src/cli/templates/scenario.yaml'), 'utf8');
const STORIES = readdirSync(join(ROOT, 'stories'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join(ROOT, 'stories', e.name, 'scenario.yaml'));

/** The lines that differ between two texts, as [removed, added]. */
function changedLines(a: string, b: string): [string[], string[]] {
  const x = a.split('\n');
  const y = b.split('\n');
  return [x.filter((l) => !y.includes(l)), y.filter((l) => !x.includes(l))];
}

describe('setting a field', () => {
  it('changes only that field, in every scenario of the library, and the result reads back as set', () => {
    for (const file of STORIES) {
      const text = readFileSync(file, 'utf8');
      const next = setMetaField(setMetaField(text, ['client', 'age'], 109), ['title'], 'A title: with a colon');
      const [removed, added] = changedLines(text, next);
      expect(added.sort(), file).toEqual(['  age: 109', 'title: "A title: with a colon"'].sort());
      expect(removed.length, file).toBe(2);
      const read = parse(next) as Record<string, unknown> & { client: { age: number } };
      expect(read.title).toBe('A title: with a colon');
      expect(read.client.age).toBe(109);
      // Everything else is as it was.
      expect({ ...read, title: null, client: { ...read.client, age: null } }).toEqual({
        ...(parse(text) as object),
        title: null,
        client: { ...(parse(text) as { client: object }).client, age: null },
      });
    }
  });

  it('keeps comments, folded text and unknown fields it did not touch', () => {
    const text = `# Written by hand.\ntitle: Old # the working title\n${TEMPLATE.slice(TEMPLATE.indexOf('module:'))}colour: blue\n`;
    const next = setMetaField(text, ['title'], 'New');
    expect(next).toContain('# Written by hand.\ntitle: New # the working title\n');
    expect(next.slice(next.indexOf('module:'))).toBe(text.slice(text.indexOf('module:')));
    expect(readMeta(next)).toMatchObject({ ok: true, unknown: ['colour'] });
  });

  it('adds a missing field where the template puts it, and removes one', () => {
    const withoutSession = setMetaField(TEMPLATE, ['session'], undefined);
    expect(withoutSession).not.toMatch(/^session:/m);
    const back = setMetaField(withoutSession, ['session'], 4);
    const keys = [...back.matchAll(/^([A-Za-z]+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(TOP_FIELDS.filter((k) => keys.includes(k)));
    expect(keys.indexOf('session')).toBe(keys.indexOf('setting') + 1);
    const withMain = setMetaField(back, ['main'], 'story.ink');
    expect(withMain.endsWith('main: story.ink\n')).toBe(true);
    // A client field of a file with no client makes the client.
    expect(parse(setMetaField('title: T\n', ['client', 'name'], 'Rae'))).toEqual({
      title: 'T',
      client: { name: 'Rae' },
    });
  });

  it('writes lists as block lists, and an empty list as []', () => {
    let text = setMetaField(TEMPLATE, ['contentNotes'], ['Talk of self-harm', 'A bereavement']);
    expect(text).toContain('contentNotes:\n  - Talk of self-harm\n  - A bereavement\nlearningGoals:');
    text = setMetaField(text, ['contentNotes'], []);
    expect(text).toContain('contentNotes: []\n');
    expect(setMetaField(TEMPLATE, ['focus'], ['trust.active-listening'])).toContain(
      'focus:\n  - trust.active-listening\n',
    );
  });

  it('what the form writes, the build’s schema accepts: the template filled in through the form', () => {
    let text = TEMPLATE;
    const set = (path: [string] | ['client', string], value: unknown) => (text = setMetaField(text, path, value));
    set(['title'], 'The late message');
    set(['summary'], 'Marta writes at 11pm to ask whether she may call tomorrow: her mother has had a fall.');
    set(['client', 'name'], 'Marta Kowalczyk');
    set(['client', 'age'], 52);
    set(['client', 'wants'], '"To stop feeling that I am always on call."');
    set(['sessions'], 2);
    set(['contentNotes'], ['A parent’s fall']);
    set(['learningGoals'], ['Hold the frame kindly.', 'Name what the message asks for.']);
    const parsed = scenarioMetaSchema.safeParse(parse(text));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toMatchObject({ title: 'The late message', sessions: 2, client: { age: 52 } });
  });

  it('refuses text that is not fields, and says where it breaks', () => {
    expect(readMeta('title: [unclosed\nmodule: x\n')).toMatchObject({ ok: false, line: expect.any(Number) });
    expect(readMeta('- a list\n- not fields\n')).toMatchObject({ ok: false });
    expect(() => setMetaField('- a\n', ['title'], 'T')).toThrow();
  });
});

describe('the form’s checks and the server’s problems', () => {
  const known = (id: string) => ['boundaries.gifts', 'trust.active-listening'].includes(id);

  it('the template passes; each broken field is named', () => {
    const ok = readMeta(TEMPLATE);
    if (!ok.ok) throw new Error('the template reads');
    expect([...checkMeta(ok.raw, ok.unknown, known)]).toEqual([]);
    const broken = readMeta(
      TEMPLATE.replace('age: 34', 'age: forty')
        .replace('minutes: 10', 'minutes: 45')
        .replace('title: A new scenario', 'title: ""')
        .replace('- boundaries.gifts', '- boundaries.gift')
        .concat('colour: blue\n'),
    );
    if (!broken.ok) throw new Error('still YAML');
    const found = checkMeta(broken.raw, broken.unknown, known);
    expect([...found.keys()].sort()).toEqual(['', 'client.age', 'focus', 'minutes', 'title']);
    expect(found.get('focus')).toContain('boundaries.gift');
    expect(found.get('')).toContain('colour');
  });

  it('a server problem goes to the field its message names', () => {
    const at = (message: string) => fieldOfDiagnostic({ file: 'scenario.yaml', line: 3, severity: 'error', message });
    expect(at('client.age: Invalid input: expected number, received string')).toBe('client.age');
    expect(at('focus[1]: unknown rubric criterion "boundaries.not-in-rubric"')).toBe('focus');
    expect(at('focus[0]: "trust.x" is in the focus but no option exercises it')).toBe('focus');
    expect(at('learningGoals: Too small: expected array to have >=1 items')).toBe('learningGoals');
    expect(at('Unrecognized key: "colour"')).toBe('');
    expect(at('YAML: Nested mappings are not allowed in compact mappings')).toBe('');
  });
});

describe('the sandbox preview’s client', () => {
  const template = scenarioMetaSchema.parse(parse(TEMPLATE)) as ScenarioMeta;

  it('is the one the draft’s lines are spoken by, not the template’s “Sam Example”', () => {
    const ink =
      'Hello. #speaker:Rae\n* [Hi #rubric:trust.active-listening:+2]\n  Right. #speaker:Rae\n  Hm. #speaker:Tom\n';
    expect(speakerOf(ink)).toBe('Rae');
    const meta = sandboxMeta(template, true, ink, ['trust.active-listening']);
    expect(meta.client.name).toBe('Rae');
    expect(meta.focus).toEqual(['trust.active-listening']);
    expect(meta.client.background).not.toContain('Who they are');
  });

  it('keeps an opened scenario’s own client when the draft still speaks as them', () => {
    const opened = { ...template, client: { ...template.client, name: 'Tess Salamat' } };
    expect(sandboxMeta(opened, false, 'Hi. #speaker:Tess\n', ['boundaries.gifts']).client.name).toBe('Tess Salamat');
    expect(sandboxMeta(opened, false, 'Hi. #speaker:Ana\n', []).client.name).toBe('Ana');
  });
});
