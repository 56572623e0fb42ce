/** Loads the rubric: one YAML file per domain under content/rubrics/. */
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Diagnostic } from '../engine/diagnostics.ts';
import type { Domain, Rubric } from '../engine/rubric.ts';
import { criterionPrefixIssues, domainSchema } from '../engine/rubric-schema.ts';
import { readYaml } from './yaml-file.ts';

export const RUBRIC_DIR = 'content/rubrics';

export function loadRubric(root: string, dir = join(root, RUBRIC_DIR)): { rubric: Rubric; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const domains: Domain[] = [];
  const shownDir = relative(root, dir).split('\\').join('/') || '.';
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort();
  } catch {
    diagnostics.push({ file: shownDir, line: null, severity: 'error', message: 'the rubric folder is missing' });
  }
  const seen = new Map<string, string>();
  for (const name of files) {
    const parsed = readYaml(join(dir, name), root, domainSchema, [criterionPrefixIssues]);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.ok) continue;
    const domain = parsed.value as Domain;
    const file = `${shownDir}/${name}`;
    if (basename(name).replace(/\.ya?ml$/, '') !== domain.id) {
      diagnostics.push({
        file,
        line: 1,
        severity: 'error',
        message: `id: the domain "${domain.id}" must live in ${domain.id}.yaml`,
      });
    }
    for (const c of domain.criteria) {
      const other = seen.get(c.id);
      if (other)
        diagnostics.push({
          file,
          line: null,
          severity: 'error',
          message: `criterion "${c.id}" is also defined in ${other}`,
        });
      seen.set(c.id, file);
    }
    domains.push(domain);
  }
  domains.sort((a, b) => a.order - b.order);
  return { rubric: { domains }, diagnostics };
}
