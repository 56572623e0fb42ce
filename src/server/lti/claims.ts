/** The LTI 1.3 claim names (IMS LTI Core 1.3, Deep Linking 2.0, AGS 2.0, NRPS 2.0) and the roles Rapport reads. */
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';

export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
} as const;

export const MESSAGE_TYPES = ['LtiResourceLinkRequest', 'LtiDeepLinkingRequest'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const SCOPE = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  memberships: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const;

/** A context role: the full URI (`…/membership#Instructor`) or the short form some platforms send (`Instructor`). */
function hasRole(roles: readonly string[], name: string): boolean {
  // Only context (membership) roles: an institution role such as …/institution/person#Instructor says nothing of this course.
  return roles.some((r) => r === name || (r.includes('/membership') && r.endsWith(`#${name}`)));
}

/**
 * What a person is in a course, for Rapport: an Instructor or TeachingAssistant supervises the course's cohort,
 * a Learner is a trainee in it. An LMS Administrator gets nothing more for it (Rapport's own admins are made at
 * /admin/). Anyone else (a mentor, a guest) is a trainee.
 */
export function courseRole(roles: readonly string[]): 'supervisor' | 'trainee' {
  if (hasRole(roles, 'Instructor') || hasRole(roles, 'TeachingAssistant')) return 'supervisor';
  return 'trainee';
}
