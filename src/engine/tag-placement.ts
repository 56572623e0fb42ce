/**
 * Static checks of tags in the ink compiler's parsed tree: every tag with the file and line it was
 * written on, whether it sits inside a choice's brackets, and whether it parses. The tree comes from
 * `inkjs/full`'s compiler (passed in, so this file imports no compiler); nodes are recognised by
 * their `typeName`, because class names are minified.
 */
import { isChoiceTag, readChoiceTags, readLineTags, splitTag } from './tags.ts';
import type { Diagnostic } from './diagnostics.ts';

interface ParsedNode {
  typeName?: string;
  content?: ParsedNode[] | null;
  parent?: ParsedNode | null;
  text?: string;
  isStart?: boolean;
  debugMetadata?: { startLineNumber?: number; fileName?: string | null } | null;
  startContent?: ParsedNode | null;
  choiceOnlyContent?: ParsedNode | null;
  innerContent?: ParsedNode | null;
}

type Placement = 'choice' | 'choice-start' | 'after-brackets' | 'line';

export interface FoundTag {
  text: string;
  /** False when the tag contains `{...}`, whose value is only known at run time. */
  static: boolean;
  file: string | null;
  line: number | null;
  placement: Placement;
  /** Identifies the choice the tag belongs to, for grouping. */
  choice: ParsedNode | null;
  /** True when the tag comes before anything else in a knot or stitch (where `#title:` names it). */
  opensPassage: boolean;
}

function placementOf(node: ParsedNode): { placement: Placement; choice: ParsedNode | null } {
  let child: ParsedNode = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (p.typeName === 'Choice') {
      if (child === p.choiceOnlyContent) return { placement: 'choice', choice: p };
      if (child === p.startContent) return { placement: 'choice-start', choice: p };
      return { placement: 'after-brackets', choice: p };
    }
    // A line after a choice is part of the weave, not of the choice: stop at weave boundaries.
    if (p.typeName === 'Weave' || p.typeName === 'Knot' || p.typeName === 'Stitch') break;
  }
  return { placement: 'line', choice: null };
}

/** The starts of the tags written before anything else in a knot or stitch (its first weave's leading tags). */
function openingTagStarts(root: ParsedNode): Set<ParsedNode> {
  const out = new Set<ParsedNode>();
  const visit = (node: ParsedNode) => {
    if (node.typeName === 'Knot' || node.typeName === 'Stitch') {
      let inTag = false;
      for (const item of node.content?.find((c) => c.typeName === 'Weave')?.content ?? []) {
        if (item.typeName === 'Tag') {
          if (item.isStart) out.add(item);
          inTag = !!item.isStart;
        } else if (!inTag && !(item.typeName === 'Text' && !(item.text ?? '').trim())) {
          break;
        }
      }
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(root);
  return out;
}

/** Every tag in the parsed story, in document order. */
export function findTags(parsedStory: unknown): FoundTag[] {
  const found: FoundTag[] = [];
  const opening = openingTagStarts(parsedStory as ParsedNode);
  let open: { start: ParsedNode; parts: string[]; static: boolean } | null = null;
  const visit = (node: ParsedNode) => {
    if (node.typeName === 'Tag') {
      if (node.isStart) {
        open = { start: node, parts: [], static: true };
      } else if (open) {
        const { placement, choice } = placementOf(open.start);
        const meta = open.start.debugMetadata;
        found.push({
          text: open.parts.join('').trim(),
          static: open.static,
          file: meta?.fileName ?? null,
          line: meta?.startLineNumber ?? null,
          placement,
          choice,
          opensPassage: opening.has(open.start),
        });
        open = null;
      }
      return;
    }
    if (open) {
      if (node.typeName === 'Text') open.parts.push(node.text ?? '');
      else if (node.typeName !== 'ContentList') open.static = false;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(parsedStory as ParsedNode);
  return found;
}

/**
 * Checks tag placement and syntax. `fileFor` maps ink's file name to a repository path;
 * `isKnownCriterion` says whether a rubric id exists.
 */
export function checkTags(
  parsedStory: unknown,
  fileFor: (inkName: string | null) => string,
  isKnownCriterion: (id: string) => boolean,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const outside = new Set<ParsedNode>();
  for (const tag of findTags(parsedStory)) {
    if (!tag.static) continue;
    const at = { file: fileFor(tag.file), line: tag.line };
    const key = splitTag(tag.text).key;
    if (tag.placement === 'after-brackets' && isChoiceTag(tag.text)) {
      out.push({
        ...at,
        severity: 'error',
        message: `#${key} is after the choice's brackets, so ink gives it to the reply, not the option: move it inside, as in * [Say this #${tag.text}]`,
      });
      continue;
    }
    if (tag.placement === 'choice-start' && isChoiceTag(tag.text)) {
      // One report per option, however many of its tags sit outside the brackets.
      if (tag.choice && outside.has(tag.choice)) continue;
      if (tag.choice) outside.add(tag.choice);
      out.push({
        ...at,
        severity: 'error',
        message: `#${key} is on option text outside brackets, so it is printed as the reply too: put the whole option inside [ ]`,
      });
      continue;
    }
    if (tag.placement === 'line' && isChoiceTag(tag.text)) {
      out.push({
        ...at,
        severity: 'error',
        message: `#${key} is on an output line: it belongs inside a choice's brackets`,
      });
      continue;
    }
    if (key === 'title' && tag.placement === 'line' && !tag.opensPassage) {
      out.push({
        ...at,
        severity: 'warning',
        message:
          '#title names a passage only as the first line of a knot or stitch: here it names nothing; move it just under the === knot === or = stitch line',
      });
      continue;
    }
    const problems =
      tag.placement === 'choice'
        ? readChoiceTags([tag.text], isKnownCriterion).problems
        : readLineTags([tag.text]).problems;
    for (const p of problems) out.push({ ...at, severity: p.severity, message: p.message });
  }
  out.push(...checkOptionsWhole(parsedStory, fileFor));
  return out;
}

/** Whether a part of a choice holds printable text outside its tags. */
function hasText(part: ParsedNode | null | undefined): boolean {
  let inTag = false;
  let found = false;
  const visit = (n: ParsedNode) => {
    if (found) return;
    if (n.typeName === 'Tag') inTag = !!n.isStart;
    else if (n.typeName === 'Text' && !inTag && (n.text ?? '').trim() !== '') found = true;
    for (const child of n.content ?? []) visit(child);
  };
  if (part) visit(part);
  return found;
}

/** Every Choice node of the parsed story. */
function findChoices(parsedStory: unknown): ParsedNode[] {
  const out: ParsedNode[] = [];
  const visit = (n: ParsedNode) => {
    if (n.typeName === 'Choice') out.push(n);
    for (const child of n.content ?? []) visit(child);
  };
  visit(parsedStory as ParsedNode);
  return out;
}

/**
 * Rules about an option's tags taken together: it carries rubric evidence and one feedback, one tag per
 * criterion, one critical kind. A choice whose tags are computed (`{...}`) is left to the runtime.
 */
function checkOptionsWhole(parsedStory: unknown, fileFor: (inkName: string | null) => string): Diagnostic[] {
  // Tags before or inside the brackets reach the choice; tags after them do not (and are reported already).
  const byChoice = new Map<ParsedNode, FoundTag[]>();
  const misplaced = new Set<ParsedNode>();
  for (const tag of findTags(parsedStory)) {
    if (!tag.choice) continue;
    if (tag.placement === 'after-brackets' && isChoiceTag(tag.text)) misplaced.add(tag.choice);
    if (tag.placement !== 'choice' && tag.placement !== 'choice-start') continue;
    byChoice.set(tag.choice, [...(byChoice.get(tag.choice) ?? []), tag]);
  }
  const out: Diagnostic[] = [];
  for (const choice of findChoices(parsedStory)) {
    const tags = byChoice.get(choice) ?? [];
    const at = {
      file: fileFor(choice.debugMetadata?.fileName ?? null),
      line: choice.debugMetadata?.startLineNumber ?? null,
    };
    const taggedOutside = tags.some((t) => t.placement === 'choice-start' && isChoiceTag(t.text)); // reported already
    if (hasText(choice.startContent) && !taggedOutside) {
      out.push({
        ...at,
        severity: 'warning',
        message:
          'option text outside the brackets is printed again as the reply (the player already shows the option as your words): put it all inside [ ]',
      });
    }
    if (tags.some((t) => !t.static) || misplaced.has(choice)) continue;
    const { evidence, problems } = readChoiceTags(tags.map((t) => t.text));
    for (const p of problems) {
      if (p.code === 'duplicate-criterion' || p.code === 'duplicate-feedback' || p.code === 'duplicate-critical') {
        out.push({ ...at, severity: 'error', message: p.message });
      }
    }
    const malformed = problems.some((p) => p.code === 'malformed' || p.code === 'unknown-criterion');
    if (evidence.rubric.length === 0 && !malformed) {
      out.push({
        ...at,
        severity: 'error',
        message: 'this option carries no rubric evidence: add #rubric:<criterion>:<value> inside its brackets',
      });
    }
    if (evidence.feedback === null) {
      out.push({
        ...at,
        severity: 'error',
        message: 'this option has no feedback: add #feedback:<why it helps or hurts> inside its brackets',
      });
    }
  }
  return out;
}
