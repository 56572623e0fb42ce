/**
 * The tag grammar of src/engine/README.md, tested against the parser in src/engine/tags.ts.
 * Expectations come from the README's tables and rules, not from the parser's code.
 */
import fc from 'fast-check';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { checkTags } from '../../src/engine/tag-placement.ts';
import {
  CHOICE_TAG_KEYS,
  CRITICAL_KINDS,
  LINE_TAG_KEYS,
  NO_EVIDENCE,
  isChoiceTag,
  parseTag,
  readChoiceTags,
  readLineTags,
  splitTag,
  type Tag,
  type TagProblem,
} from '../../src/engine/tags.ts';

/** Parses a tag that must be valid and returns its Tag. */
function ok(raw: string): Tag {
  const result = parseTag(raw);
  if (!result.ok) throw new Error(`expected "${raw}" to parse, got error: ${result.error}`);
  return result.tag;
}

/** Parses a tag that must be invalid and returns its error message. */
function bad(raw: string): string {
  const result = parseTag(raw);
  if (result.ok) throw new Error(`expected "${raw}" to be rejected, got ${JSON.stringify(result.tag)}`);
  expect(result.error).toMatch(/\S/);
  return result.error;
}

const codes = (problems: TagProblem[]) => problems.map((p) => p.code);

describe('splitTag', () => {
  it('splits at the first colon and trims both sides', () => {
    expect(splitTag('rubric:boundaries.gifts:+2')).toEqual({ key: 'rubric', value: 'boundaries.gifts:+2' });
    expect(splitTag('  speaker :  Ana  ')).toEqual({ key: 'speaker', value: 'Ana' });
    expect(splitTag('feedback: Note: two colons')).toEqual({ key: 'feedback', value: 'Note: two colons' });
  });

  it('gives a null value when there is no colon, and an empty value after a bare colon', () => {
    expect(splitTag('contested')).toEqual({ key: 'contested', value: null });
    expect(splitTag(' cue ')).toEqual({ key: 'cue', value: null });
    expect(splitTag('ending:')).toEqual({ key: 'ending', value: '' });
    expect(splitTag('ending:   ')).toEqual({ key: 'ending', value: '' });
  });

  it('lower-cases the key but keeps the case of the value', () => {
    expect(splitTag('SPEAKER:Ana')).toEqual({ key: 'speaker', value: 'Ana' });
    expect(splitTag('Feedback:Warm AND clear')).toEqual({ key: 'feedback', value: 'Warm AND clear' });
  });
});

describe('parseTag: rubric', () => {
  const values: [string, number][] = [
    ['+2', 2],
    ['2', 2],
    ['+1', 1],
    ['1', 1],
    ['0', 0],
    ['+0', 0],
    ['-0', 0],
    ['-1', -1],
    ['-2', -2],
  ];
  for (const [text, value] of values) {
    it(`accepts the value ${text} as ${value}`, () => {
      const tag = ok(`rubric:boundaries.gifts:${text}`);
      expect(tag).toEqual({ kind: 'rubric', criterion: 'boundaries.gifts', value });
    });
  }

  it('reads -0 and +0 as plain 0 (not negative zero)', () => {
    for (const text of ['-0', '+0', '0']) {
      const tag = ok(`rubric:trust.active-listening:${text}`);
      expect(tag.kind).toBe('rubric');
      if (tag.kind === 'rubric') expect(Object.is(tag.value, 0)).toBe(true);
    }
  });

  it('allows spaces around every colon', () => {
    const expected = { kind: 'rubric', criterion: 'boundaries.gifts', value: 2 };
    expect(ok('rubric: boundaries.gifts : +2')).toEqual(expected);
    expect(ok('rubric : boundaries.gifts:+2')).toEqual(expected);
    expect(ok('  rubric:boundaries.gifts:  +2  ')).toEqual(expected);
    expect(ok('rubric :  boundaries.gifts  :  2')).toEqual(expected);
  });

  it('treats the key case-insensitively', () => {
    const expected = { kind: 'rubric', criterion: 'boundaries.gifts', value: -1 };
    expect(ok('RUBRIC:boundaries.gifts:-1')).toEqual(expected);
    expect(ok('Rubric:boundaries.gifts:-1')).toEqual(expected);
  });

  it('accepts ids with digits and hyphens after the first letter of each part', () => {
    expect(ok('rubric:boundaries.dual-relationships:1')).toMatchObject({ criterion: 'boundaries.dual-relationships' });
    expect(ok('rubric:a1.b-2:1')).toMatchObject({ criterion: 'a1.b-2' });
  });

  for (const value of ['3', '+3', '-3', '1.5', '-0.5', 'two', '', '+', '-', '+ 2', '2a', '1e0', '0x1', '∞']) {
    it(`rejects the value "${value}"`, () => {
      const error = bad(`rubric:boundaries.gifts:${value}`);
      expect(error).toContain('boundaries.gifts');
    });
  }

  it('says an out-of-range integer is outside -2..+2', () => {
    expect(bad('rubric:boundaries.gifts:+3')).toMatch(/-2\.\.\+2/);
    expect(bad('rubric:boundaries.gifts:-3')).toMatch(/-2\.\.\+2/);
    expect(bad('rubric:boundaries.gifts:100')).toMatch(/-2\.\.\+2/);
  });

  it('says a non-integer is not a whole number', () => {
    expect(bad('rubric:boundaries.gifts:1.5')).toMatch(/whole number/);
    expect(bad('rubric:boundaries.gifts:two')).toMatch(/whole number/);
  });

  for (const id of [
    'gifts',
    'Boundaries.gifts',
    'boundaries.Gifts',
    'BOUNDARIES.GIFTS',
    'boundaries.',
    '.gifts',
    'boundaries.gifts.',
    'boundaries..gifts',
    'boundaries.gifts.extra',
    '1boundaries.gifts',
    'boundaries.-gifts',
    'boundaries gifts',
    'boundaries_x.gifts',
    '',
  ]) {
    it(`rejects the malformed criterion id "${id}"`, () => {
      expect(bad(`rubric:${id}:+1`)).toMatch(/criterion|value/);
    });
  }

  it('names the malformed id and shows the expected form', () => {
    const error = bad('rubric:Boundaries.gifts:+1');
    expect(error).toContain('Boundaries.gifts');
    expect(error).toContain('boundaries.gifts');
  });

  it('rejects a rubric tag with no value, or no criterion and value', () => {
    expect(bad('rubric')).toMatch(/empty/);
    expect(bad('rubric:')).toMatch(/empty/);
    expect(bad('rubric:boundaries.gifts')).toMatch(/no value/);
    expect(bad('rubric:boundaries.gifts:')).toMatch(/whole number/);
    expect(bad('rubric::+1')).toMatch(/criterion/);
  });

  it('rejects a second value after the first', () => {
    bad('rubric:boundaries.gifts:+1:+2');
  });
});

describe('parseTag: feedback', () => {
  it('keeps the text, trimmed, with its case and any colons', () => {
    expect(ok('feedback:Warm and clear.')).toEqual({ kind: 'feedback', text: 'Warm and clear.' });
    expect(ok('FEEDBACK :  Spares her feelings: today only.  ')).toEqual({
      kind: 'feedback',
      text: 'Spares her feelings: today only.',
    });
  });

  for (const raw of ['feedback', 'feedback:', 'feedback:   ', 'Feedback : ']) {
    it(`rejects empty feedback "${raw}"`, () => {
      expect(bad(raw)).toMatch(/feedback/);
    });
  }
});

describe('parseTag: critical', () => {
  for (const kind of CRITICAL_KINDS) {
    it(`accepts the critical kind ${kind}`, () => {
      expect(ok(`critical:${kind}`)).toEqual({ kind: 'critical', incident: kind });
      expect(ok(`critical : ${kind} `)).toEqual({ kind: 'critical', incident: kind });
    });
  }

  it('matches the README list of kinds', () => {
    expect([...CRITICAL_KINDS].sort()).toEqual(
      ['dual-relationship', 'confidentiality', 'coercion', 'exploitation', 'sexual-boundary', 'safety'].sort(),
    );
  });

  it('reads the kind case-insensitively and normalises it to lower case', () => {
    expect(ok('critical:Safety')).toEqual({ kind: 'critical', incident: 'safety' });
    expect(ok('CRITICAL:DUAL-RELATIONSHIP')).toEqual({ kind: 'critical', incident: 'dual-relationship' });
  });

  for (const kind of ['boundary', 'dual relationship', 'dual-relationships', 'sexual', 'unsafe', 'safety!']) {
    it(`rejects the unknown critical kind "${kind}" and lists the valid ones`, () => {
      const error = bad(`critical:${kind}`);
      expect(error).toContain(kind);
      for (const valid of CRITICAL_KINDS) expect(error).toContain(valid);
    });
  }

  it('rejects a critical tag with no kind', () => {
    expect(bad('critical')).toMatch(/kind/);
    expect(bad('critical:')).toMatch(/kind/);
  });
});

describe('parseTag: flags without values (contested, cue, thought)', () => {
  for (const key of ['contested', 'cue', 'thought'] as const) {
    it(`accepts #${key} in any case and with surrounding spaces`, () => {
      expect(ok(key)).toEqual({ kind: key });
      expect(ok(key.toUpperCase())).toEqual({ kind: key });
      expect(ok(`  ${key}  `)).toEqual({ kind: key });
    });

    it(`rejects #${key} with a value`, () => {
      expect(bad(`${key}:yes`)).toContain('yes');
      bad(`${key}:true`);
    });
  }

  it('rejects #contested:yes', () => {
    const result = parseTag('contested:yes');
    expect(result.ok).toBe(false);
  });
});

describe('parseTag: speaker and ending', () => {
  it('keeps the speaker name, trimmed, with its case', () => {
    expect(ok('speaker:Ana')).toEqual({ kind: 'speaker', name: 'Ana' });
    expect(ok('Speaker :  Dr. Ana Silva ')).toEqual({ kind: 'speaker', name: 'Dr. Ana Silva' });
  });

  it('keeps the ending title, trimmed, with any colons', () => {
    expect(ok('ending:Opened up')).toEqual({ kind: 'ending', title: 'Opened up' });
    expect(ok('ENDING: Part two: the door ')).toEqual({ kind: 'ending', title: 'Part two: the door' });
  });

  for (const raw of ['speaker', 'speaker:', 'speaker:  ', 'ending', 'ending:', 'ending:   ']) {
    it(`rejects "${raw}" with no name or title`, () => {
      expect(bad(raw)).toMatch(/speaker|ending/);
    });
  }
});

describe('#title: a name for a knot or stitch', () => {
  it('keeps the title, trimmed, with its case and any colons', () => {
    expect(ok('title:The gift')).toEqual({ kind: 'title', title: 'The gift' });
    expect(ok('TITLE : Part two: the door ')).toEqual({ kind: 'title', title: 'Part two: the door' });
  });

  it('rejects an empty title', () => {
    expect(bad('title:')).toMatch(/title tag is empty/);
  });

  it('changes nothing on the line ink also gives it to, and is an error inside a choice', () => {
    expect(readLineTags(['title:The gift', 'speaker:Dana'])).toEqual({
      style: { kind: 'dialogue', speaker: 'Dana', ending: null },
      problems: [],
    });
    const inChoice = readChoiceTags(['title:The gift']);
    expect(inChoice.problems.map((p) => [p.code, p.severity])).toEqual([['misplaced', 'error']]);
    expect(inChoice.problems[0]!.message).toMatch(/names a knot or stitch/);
  });
});

describe('parseTag: unknown and empty tags', () => {
  it('keeps unknown keys (lower-cased) and their values', () => {
    expect(ok('mood:angry')).toEqual({ kind: 'unknown', key: 'mood', value: 'angry' });
    expect(ok('Music')).toEqual({ kind: 'unknown', key: 'music', value: null });
    expect(ok('rubrics:boundaries.gifts:+1')).toEqual({
      kind: 'unknown',
      key: 'rubrics',
      value: 'boundaries.gifts:+1',
    });
  });

  it('rejects an empty tag or a tag with no key', () => {
    bad('');
    bad('   ');
    bad(':value');
  });
});

describe('isChoiceTag', () => {
  it('is true for exactly the choice keys, whatever their case and spacing', () => {
    for (const key of CHOICE_TAG_KEYS) {
      expect(isChoiceTag(key)).toBe(true);
      expect(isChoiceTag(`${key.toUpperCase()}:x`)).toBe(true);
      expect(isChoiceTag(`  ${key} : x`)).toBe(true);
    }
    expect([...CHOICE_TAG_KEYS].sort()).toEqual(['contested', 'critical', 'feedback', 'fixed-order', 'rubric']);
  });

  it('is false for line tags, unknown tags and near misses', () => {
    for (const key of LINE_TAG_KEYS) expect(isChoiceTag(`${key}:x`)).toBe(false);
    for (const raw of ['mood:sad', 'rubrics:a.b:1', 'feedbacks', 'contest', '', ':rubric'])
      expect(isChoiceTag(raw)).toBe(false);
  });
});

describe('readChoiceTags', () => {
  it('collects every kind of choice evidence', () => {
    const { evidence, problems } = readChoiceTags([
      'rubric:boundaries.gifts:+2',
      'rubric:trust.active-listening:-1',
      'feedback:Warm and clear.',
      'critical:safety',
      'contested',
    ]);
    expect(problems).toEqual([]);
    expect(evidence).toEqual({
      rubric: [
        { criterion: 'boundaries.gifts', value: 2 },
        { criterion: 'trust.active-listening', value: -1 },
      ],
      feedback: 'Warm and clear.',
      critical: 'safety',
      contested: true,
    });
  });

  it('gives empty evidence for no tags, null or undefined', () => {
    for (const raw of [[], null, undefined]) {
      const { evidence, problems } = readChoiceTags(raw);
      expect(evidence).toEqual(NO_EVIDENCE);
      expect(problems).toEqual([]);
    }
  });

  it('does not share or mutate NO_EVIDENCE', () => {
    const { evidence } = readChoiceTags(['rubric:boundaries.gifts:1', 'contested']);
    expect(evidence).not.toBe(NO_EVIDENCE);
    expect(NO_EVIDENCE).toEqual({ rubric: [], feedback: null, critical: null, contested: false });
    expect(Object.isFrozen(NO_EVIDENCE)).toBe(true);
  });

  it('reports a malformed tag as an error and keeps the rest', () => {
    const { evidence, problems } = readChoiceTags(['rubric:boundaries.gifts:+3', 'feedback:Still read.']);
    expect(codes(problems)).toEqual(['malformed']);
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toMatch(/\+3/);
    expect(evidence.rubric).toEqual([]);
    expect(evidence.feedback).toBe('Still read.');
  });

  it('reports a duplicate criterion and keeps the first value', () => {
    const { evidence, problems } = readChoiceTags(['rubric:boundaries.gifts:+2', 'rubric:boundaries.gifts:-1']);
    expect(codes(problems)).toEqual(['duplicate-criterion']);
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toContain('boundaries.gifts');
    expect(evidence.rubric).toEqual([{ criterion: 'boundaries.gifts', value: 2 }]);
  });

  it('counts the same criterion written with different spacing as a duplicate', () => {
    const { problems } = readChoiceTags(['rubric:boundaries.gifts:+2', 'RUBRIC : boundaries.gifts : +2']);
    expect(codes(problems)).toEqual(['duplicate-criterion']);
  });

  it('does not count different criteria as duplicates', () => {
    const { evidence, problems } = readChoiceTags([
      'rubric:boundaries.gifts:+2',
      'rubric:boundaries.dual-relationships:+2',
    ]);
    expect(problems).toEqual([]);
    expect(evidence.rubric).toHaveLength(2);
  });

  it('reports duplicate feedback and keeps the first', () => {
    const { evidence, problems } = readChoiceTags(['feedback:First.', 'feedback:Second.']);
    expect(codes(problems)).toEqual(['duplicate-feedback']);
    expect(problems[0]!.severity).toBe('error');
    expect(evidence.feedback).toBe('First.');
  });

  it('turns an unknown criterion into an error when a checker is given', () => {
    const known = (id: string) => id === 'boundaries.gifts';
    const { evidence, problems } = readChoiceTags(['rubric:boundaries.gifts:+1', 'rubric:boundaries.nope:+1'], known);
    expect(codes(problems)).toEqual(['unknown-criterion']);
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toContain('boundaries.nope');
    expect(evidence.rubric).toEqual([{ criterion: 'boundaries.gifts', value: 1 }]);
  });

  it('accepts any well-formed criterion when no checker is given', () => {
    const { evidence, problems } = readChoiceTags(['rubric:made.up:+1']);
    expect(problems).toEqual([]);
    expect(evidence.rubric).toEqual([{ criterion: 'made.up', value: 1 }]);
  });

  for (const raw of ['speaker:Ana', 'cue', 'thought', 'ending:Done']) {
    it(`reports the line tag #${raw} inside a choice as misplaced`, () => {
      const { evidence, problems } = readChoiceTags([raw, 'rubric:boundaries.gifts:1']);
      expect(codes(problems)).toEqual(['misplaced']);
      expect(problems[0]!.severity).toBe('error');
      expect(problems[0]!.message).toContain(`#${splitTag(raw).key}`);
      expect(evidence.rubric).toHaveLength(1);
    });
  }

  it('warns about unknown tags and otherwise ignores them', () => {
    const { evidence, problems } = readChoiceTags(['mood:tense', 'rubric:boundaries.gifts:0']);
    expect(codes(problems)).toEqual(['unknown-tag']);
    expect(problems[0]!.severity).toBe('warning');
    expect(problems[0]!.message).toContain('mood:tense');
    expect(evidence).toEqual({ ...NO_EVIDENCE, rubric: [{ criterion: 'boundaries.gifts', value: 0 }] });
  });

  it('reports every problem on one option, in order', () => {
    const { problems } = readChoiceTags(
      ['rubric:a.b:1', 'rubric:a.b:2', 'feedback:x', 'feedback:y', 'cue', 'mood', 'critical:nope'],
      () => true,
    );
    expect(codes(problems)).toEqual([
      'duplicate-criterion',
      'duplicate-feedback',
      'misplaced',
      'unknown-tag',
      'malformed',
    ]);
  });
});

describe('readLineTags', () => {
  it('reads an untagged line as narration', () => {
    for (const raw of [[], null, undefined]) {
      expect(readLineTags(raw)).toEqual({ style: { kind: 'narration', speaker: null, ending: null }, problems: [] });
    }
  });

  it('reads #speaker as dialogue by that speaker', () => {
    expect(readLineTags(['speaker:Ana']).style).toEqual({ kind: 'dialogue', speaker: 'Ana', ending: null });
    expect(readLineTags(['Speaker : Ana ']).style).toEqual({ kind: 'dialogue', speaker: 'Ana', ending: null });
  });

  it('reads #cue and #thought as their kinds, keeping a speaker if given', () => {
    expect(readLineTags(['cue']).style).toEqual({ kind: 'cue', speaker: null, ending: null });
    expect(readLineTags(['thought']).style).toEqual({ kind: 'thought', speaker: null, ending: null });
    expect(readLineTags(['speaker:Ana', 'thought']).style).toEqual({ kind: 'thought', speaker: 'Ana', ending: null });
    expect(readLineTags(['cue', 'speaker:Ana']).style).toEqual({ kind: 'cue', speaker: 'Ana', ending: null });
  });

  it('reads #ending as the ending title, alongside the line kind', () => {
    expect(readLineTags(['ending:Opened up']).style).toEqual({ kind: 'narration', speaker: null, ending: 'Opened up' });
    expect(readLineTags(['speaker:Ana', 'ending:Withdrew']).style).toEqual({
      kind: 'dialogue',
      speaker: 'Ana',
      ending: 'Withdrew',
    });
  });

  for (const raw of ['rubric:boundaries.gifts:+1', 'feedback:Nice.', 'critical:safety', 'contested']) {
    it(`reports the choice tag #${raw} on a line as misplaced, pointing inside the brackets`, () => {
      const { style, problems } = readLineTags(['speaker:Ana', raw]);
      expect(codes(problems)).toEqual(['misplaced']);
      expect(problems[0]!.severity).toBe('error');
      expect(problems[0]!.message).toContain(`#${raw}`);
      expect(problems[0]!.message).toMatch(/\[/);
      expect(style).toEqual({ kind: 'dialogue', speaker: 'Ana', ending: null });
    });
  }

  it('warns about unknown tags and otherwise ignores them', () => {
    const { style, problems } = readLineTags(['music:rain', 'cue']);
    expect(codes(problems)).toEqual(['unknown-tag']);
    expect(problems[0]!.severity).toBe('warning');
    expect(style.kind).toBe('cue');
  });

  it('reports malformed line tags as errors', () => {
    for (const raw of ['speaker:', 'ending:', 'cue:now', 'thought:x']) {
      const { problems } = readLineTags([raw]);
      expect(codes(problems)).toEqual(['malformed']);
      expect(problems[0]!.severity).toBe('error');
    }
  });
});

describe('rubric tag property', () => {
  const criterionId = fc.stringMatching(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/);

  it('rubric:<id>:<n> parses iff -2 <= n <= 2, and round-trips id and value', () => {
    fc.assert(
      fc.property(criterionId, fc.integer(), fc.boolean(), (id, n, plus) => {
        const text = `${plus && n >= 0 ? '+' : ''}${n}`;
        const result = parseTag(`rubric:${id}:${text}`);
        expect(result.ok).toBe(n >= -2 && n <= 2);
        if (result.ok) {
          expect(result.tag).toEqual({ kind: 'rubric', criterion: id, value: n });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts the same tag with arbitrary spaces around the colons', () => {
    const spaces = fc.stringMatching(/^ {0,3}$/);
    fc.assert(
      fc.property(criterionId, fc.integer({ min: -2, max: 2 }), spaces, spaces, spaces, spaces, (id, n, a, b, c, d) => {
        const result = parseTag(`${a}rubric${b}:${c}${id}${d}:${a}${n}${b}`);
        expect(result).toEqual({ ok: true, tag: { kind: 'rubric', criterion: id, value: n } });
      }),
    );
  });

  it('rejects any id outside the grammar', () => {
    const id = fc.string({ maxLength: 20 }).filter((s) => !/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/.test(s.trim()));
    fc.assert(
      fc.property(id, fc.integer({ min: -2, max: 2 }), (bogus, n) => {
        expect(parseTag(`rubric:${bogus}:${n}`).ok).toBe(false);
      }),
    );
  });
});

describe('#title in the checker: it names a passage only as its first line', () => {
  const source = [
    '#title: Global', // 1: the top of the file, before any knot
    '-> gift',
    '=== gift ===',
    '#title: The gift', // 4
    'Hello. #speaker:Dana',
    '* [A] -> next',
    '= inner',
    '#title:Inner', // 8
    'Inner.',
    '-> END',
    '=== next ===',
    'Some.',
    '#title: Late', // 13: after a line
    '-> gift.inner',
  ].join('\n');
  const compiler = new Compiler(
    source,
    new CompilerOptions('main.ink', [], true, null, {
      ResolveInkFilename: (f: string) => f,
      LoadInkFileContents: () => '',
    }),
  );
  compiler.Compile();

  it('warns where it names nothing, and nowhere else', () => {
    // (The option's missing evidence and feedback are reported too; only the titles matter here.)
    const found = checkTags(
      compiler.parsedStory,
      () => 'main.ink',
      () => true,
    ).filter((d) => d.message.includes('#title'));
    expect(found.map((d) => [d.line, d.severity])).toEqual([
      [1, 'warning'],
      [13, 'warning'],
    ]);
    expect(found[0]!.message).toMatch(/^#title names a passage only as the first line of a knot or stitch/);
  });
});
