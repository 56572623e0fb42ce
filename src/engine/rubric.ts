/**
 * The rubric as the engine and the player see it. The zod schema that validates the files is in rubric-schema.ts,
 * and the types here are inferred from it there: `import type` is erased at build time, so the player, which
 * imports this file, never bundles the schema or zod.
 */
import type { CitationOutput, CriterionOutput, DomainOutput } from './rubric-schema.ts';

export { DOMAIN_IDS, PROFESSIONAL_CODES, type DomainId } from './rubric-vocabulary.ts';

/** A passage of the source article or a standard of a professional code that a criterion rests on. */
export type Citation = CitationOutput;
export type Criterion = CriterionOutput;
/** One domain file, as validated: its criteria in the file's order. */
export type Domain = DomainOutput;

export interface Rubric {
  domains: Domain[];
}

/** Finds a criterion and its domain by id. */
export function findCriterion(rubric: Rubric, id: string): { domain: Domain; criterion: Criterion } | null {
  for (const domain of rubric.domains) {
    const criterion = domain.criteria.find((c) => c.id === id);
    if (criterion) return { domain, criterion };
  }
  return null;
}

/** The part of a rubric that a set of criteria needs: the same domains, only those criteria. */
export function narrowRubric(rubric: Rubric, ids: Iterable<string>): Rubric {
  const wanted = new Set(ids);
  return {
    domains: rubric.domains
      .map((d) => ({ ...d, criteria: d.criteria.filter((c) => wanted.has(c.id)) }))
      .filter((d) => d.criteria.length > 0),
  };
}
