/** Cohorts as the service answers with them. */
import type { CohortPerson } from './people.ts';

export interface CohortSummary {
  id: string;
  name: string;
  createdAt: string;
  members: number;
  supervisors: number;
}

export interface CohortInvite {
  code: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  uses: number;
  /** Whether the code lets someone join now. */
  usable: boolean;
}

export interface CohortDetail extends CohortSummary {
  supervisorList: CohortPerson[];
  memberList: CohortPerson[];
  invites: CohortInvite[];
}
