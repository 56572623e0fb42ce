/** What item analysis answers with: per scenario, per choice point, per option. */
import type { MapLayout } from '../../../engine/branch-map.ts';
import type { CriticalKind } from '../../../engine/tags.ts';

export type ItemFlag = 'possible-miskey' | 'ambiguous' | 'revised';

export interface OptionAnalysis {
  source: string;
  text: string;
  /** Times offered (the point's visits while this option was on offer). */
  offered: number;
  chosen: number;
  /** chosen ÷ the point's visits, 0–1. */
  share: number;
  /** Attempts that chose it at least once, and their mean overall score. */
  choosers: number;
  meanChosen: number | null;
  /** Attempts that reached the point and never chose it, and their mean overall score. */
  others: number;
  meanOthers: number | null;
  /** Sum of the option's rubric values, and each value. */
  value: number;
  values: Record<string, number>;
  critical: CriticalKind | null;
  contested: boolean;
  /** The option the rubric rates strongest at its point. */
  keyedBest: boolean;
  flags: ItemFlag[];
}

export interface PointAnalysis {
  id: string;
  /** The passage it is in, for people. */
  label: string;
  /** Times the point was offered, and by how many attempts. */
  visits: number;
  attempts: number;
  /** Mean position on the path (1 = the first choice), for ordering. */
  position: number;
  options: OptionAnalysis[];
}

export interface ItemAnalysis {
  slug: string;
  title: string;
  /** Completed attempts analysed, and those left out because their choices no longer replay. */
  attempts: number;
  unreplayable: number;
  /** Story versions the attempts were played on, newest first. */
  versions: { hash: string; attempts: number }[];
  /** Whose attempts: everyone's, or only the trainees of the supervisor's cohorts. */
  scope: 'all' | 'supervised';
  points: PointAnalysis[];
  /** The branch map of the current (or newest played) version, when it has one. */
  map: MapLayout | null;
}

export interface ScenarioActivity {
  slug: string;
  title: string;
  attempts: number;
  completed: number;
}
