/**
 * Diagnostics: reading the ink compiler's messages and printing `file:line: severity: message`.
 * The message forms are the ones inkjs's compiler produces: `ERROR: 'main.ink' line 12: text`,
 * `WARNING: …` and `TODO: …`, the file and line only when the compiler knows them.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, hasErrors, parseInkMessage, type Diagnostic } from '../../src/engine/diagnostics.ts';

/** Maps ink's names to repository paths, remembering what it was asked. */
function resolver() {
  const asked: (string | null)[] = [];
  const resolve = (name: string | null) => {
    asked.push(name);
    return name === null ? 'stories/x/main.ink' : `stories/x/${name}`;
  };
  return { asked, resolve };
}

describe('parseInkMessage', () => {
  it('reads an ERROR with file and line', () => {
    const { asked, resolve } = resolver();
    expect(parseInkMessage("ERROR: 'main.ink' line 12: Divert target not found: '-> nowhere'", resolve)).toEqual({
      file: 'stories/x/main.ink',
      line: 12,
      severity: 'error',
      message: "Divert target not found: '-> nowhere'",
    });
    expect(asked).toEqual(['main.ink']);
  });

  it('reads a WARNING with file and line as a warning', () => {
    const { resolve } = resolver();
    expect(parseInkMessage("WARNING: 'parts/gift.ink' line 3: Apparent loose end exists", resolve)).toEqual({
      file: 'stories/x/parts/gift.ink',
      line: 3,
      severity: 'warning',
      message: 'Apparent loose end exists',
    });
  });

  it('reads a TODO as a warning whose message keeps the TODO: prefix', () => {
    const { resolve } = resolver();
    expect(parseInkMessage("TODO: 'main.ink' line 1: fix this scene", resolve)).toEqual({
      file: 'stories/x/main.ink',
      line: 1,
      severity: 'warning',
      message: 'TODO: fix this scene',
    });
  });

  for (const [kind, severity] of [
    ['ERROR', 'error'],
    ['WARNING', 'warning'],
    ['TODO', 'warning'],
  ] as const) {
    it(`reads a ${kind} with a line but no file`, () => {
      const { asked, resolve } = resolver();
      const d = parseInkMessage(`${kind}: line 7: something is off`, resolve);
      expect(d).toEqual({
        file: 'stories/x/main.ink',
        line: 7,
        severity,
        message: kind === 'TODO' ? 'TODO: something is off' : 'something is off',
      });
      expect(asked).toEqual([null]);
    });

    it(`reads a ${kind} with neither file nor line`, () => {
      const { asked, resolve } = resolver();
      const d = parseInkMessage(`${kind}: something is off`, resolve);
      expect(d).toEqual({
        file: 'stories/x/main.ink',
        line: null,
        severity,
        message: kind === 'TODO' ? 'TODO: something is off' : 'something is off',
      });
      expect(asked).toEqual([null]);
    });
  }

  it('trims the message and the whole input', () => {
    const { resolve } = resolver();
    expect(parseInkMessage("  ERROR: 'main.ink' line 2:   spaced out   \n", resolve)).toMatchObject({
      line: 2,
      message: 'spaced out',
    });
  });

  it('keeps a message that runs over several lines', () => {
    const { resolve } = resolver();
    const d = parseInkMessage("ERROR: 'main.ink' line 4: first line\nsecond line", resolve);
    expect(d).toMatchObject({ line: 4, severity: 'error', message: 'first line\nsecond line' });
  });

  it('keeps quotes inside the message', () => {
    const { resolve } = resolver();
    const d = parseInkMessage("ERROR: 'main.ink' line 9: 'END' cannot be used for the name of a knot", resolve);
    expect(d).toMatchObject({
      file: 'stories/x/main.ink',
      line: 9,
      message: "'END' cannot be used for the name of a knot",
    });
  });
  it('does not take a quoted word at the start of a location-less message for a file name', () => {
    const { asked, resolve } = resolver();
    const d = parseInkMessage("ERROR: 'END' cannot be used for the name of a knot", resolve);
    expect(d).toEqual({
      file: 'stories/x/main.ink',
      line: null,
      severity: 'error',
      message: "'END' cannot be used for the name of a knot",
    });
    expect(asked).toEqual([null]);
  });

  it('treats anything else as an error in the entry file, with the text as the message', () => {
    const { asked, resolve } = resolver();
    for (const raw of ['Compilation failed.', 'error: lower case', 'NOTE: something', '']) {
      expect(parseInkMessage(raw, resolve)).toEqual({
        file: 'stories/x/main.ink',
        line: null,
        severity: 'error',
        message: raw.trim(),
      });
    }
    expect(asked.every((a) => a === null)).toBe(true);
  });

  it('reads the messages the real ink compiler produces', () => {
    const compileMessages = (source: string) => {
      const messages: string[] = [];
      const handler = { ResolveInkFilename: (n: string) => n, LoadInkFileContents: () => '' };
      try {
        new Compiler(
          source,
          new CompilerOptions('main.ink', [], true, (m: string) => messages.push(m), handler),
        ).Compile();
      } catch {
        // Compile() throws after reporting its errors.
      }
      return messages;
    };
    const { resolve } = resolver();

    const todo = compileMessages('TODO: tidy this\nHello.\n-> END\n').map((m) => parseInkMessage(m, resolve));
    expect(todo).toEqual([{ file: 'stories/x/main.ink', line: 1, severity: 'warning', message: 'TODO: tidy this' }]);

    const syntax = compileMessages('Hello.\n* [A\n-> END\n').map((m) => parseInkMessage(m, resolve));
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]).toMatchObject({ file: 'stories/x/main.ink', line: 2, severity: 'error' });
    expect(syntax[0]!.message).toMatch(/\]/);
    expect(syntax[0]!.message).not.toMatch(/^ERROR|line 2/);

    const loose = compileMessages('=== k ===\nHello.\n').map((m) => parseInkMessage(m, resolve));
    expect(loose).toEqual([
      { file: 'stories/x/main.ink', line: 2, severity: 'warning', message: expect.stringMatching(/loose end/) },
    ]);
  });
});

describe('formatDiagnostic', () => {
  it('prints file:line: severity: message', () => {
    expect(
      formatDiagnostic({
        file: 'stories/the-gift/main.ink',
        line: 12,
        severity: 'error',
        message: 'Divert target not found',
      }),
    ).toBe('stories/the-gift/main.ink:12: error: Divert target not found');
    expect(
      formatDiagnostic({
        file: 'content/rubrics/trust.yaml',
        line: 3,
        severity: 'warning',
        message: 'unknown tag "#mood" is ignored',
      }),
    ).toBe('content/rubrics/trust.yaml:3: warning: unknown tag "#mood" is ignored');
  });

  it('leaves the line out when it is not known', () => {
    expect(
      formatDiagnostic({
        file: 'stories/x/scenario.yaml',
        line: null,
        severity: 'error',
        message: 'cannot read the file',
      }),
    ).toBe('stories/x/scenario.yaml: error: cannot read the file');
  });

  it('round-trips through parseInkMessage for ink-style input', () => {
    const d = parseInkMessage("WARNING: 'main.ink' line 8: loose end", (n) => `stories/y/${n ?? 'main.ink'}`);
    expect(formatDiagnostic(d)).toBe('stories/y/main.ink:8: warning: loose end');
  });
});

describe('hasErrors', () => {
  const at = (severity: Diagnostic['severity']): Diagnostic => ({ file: 'f', line: 1, severity, message: 'm' });

  it('is true only when some diagnostic is an error', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([at('warning'), at('warning')])).toBe(false);
    expect(hasErrors([at('warning'), at('error')])).toBe(true);
    expect(hasErrors([at('error')])).toBe(true);
  });
});
