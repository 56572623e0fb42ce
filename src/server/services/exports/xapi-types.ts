/**
 * The xAPI 1.0.3 vocabulary Rapport's statements use (https://github.com/adlnet/xAPI-Spec): the statement's shape,
 * ADL's verbs and activity types, and Rapport's own extension IRIs under the site's address.
 */

export type LanguageMap = Record<string, string>;

export interface XapiAgent {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice';
    correctResponsesPattern?: string[];
    choices?: { id: string; description: LanguageMap }[];
    extensions?: Record<string, unknown>;
  };
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    extensions?: Record<string, unknown>;
  };
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
} as const;

export const ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** Rapport's own extension IRIs, under the site's address. */
export function extensionIri(baseUrl: string, name: string): string {
  return `${baseUrl}/xapi/extensions/${name}`;
}
