/** A problem found in a scenario or rubric file, pointing at the file and line an author must open. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path from the repository root, e.g. stories/the-gift/main.ink. */
  file: string;
  /** 1-based line, when known. */
  line: number | null;
  severity: Severity;
  message: string;
}

/** `file:line: severity: message`, the form editors and terminals link. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

// ink writes a location as `'file' line N: ` or `line N: `, never a file alone.
const INK_MESSAGE = /^(ERROR|WARNING|TODO): (?:(?:'([^']+)' )?line (\d+): )?([\s\S]*)$/;

/**
 * Parses one of the ink compiler's message strings (`ERROR: 'main.ink' line 12: message`).
 * `resolveFile` maps the name ink reports (the entry name, or an INCLUDE's raw text) to a repository path.
 */
export function parseInkMessage(raw: string, resolveFile: (inkName: string | null) => string): Diagnostic {
  const m = INK_MESSAGE.exec(raw.trim());
  if (!m) return { file: resolveFile(null), line: null, severity: 'error', message: raw.trim() };
  const [, kind, file, line, message] = m;
  return {
    file: resolveFile(file ?? null),
    line: line ? Number(line) : null,
    severity: kind === 'ERROR' ? 'error' : 'warning',
    message: kind === 'TODO' ? `TODO: ${message!.trim()}` : message!.trim(),
  };
}
