/** What the pages hand the account islands: plain data, shaped here so no component imports src/server. */

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  role: string;
  demo: boolean;
  attempts: number;
}

/** One attempt as the history page lists it. */
export interface HistoryRow {
  id: string;
  scenario: string;
  title: string;
  mode: 'practice' | 'assessment';
  status: 'in_progress' | 'completed' | 'rejected';
  startedAt: string;
  overall: number | null;
  band: string | null;
  incidents: number;
}

/** One completed attempt's domain scores, for the trend chart. */
export interface TrendPoint {
  id: string;
  title: string;
  completedAt: string;
  domains: { id: string; name: string; score: number | null }[];
}
