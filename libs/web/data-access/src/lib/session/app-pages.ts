import { Permission, TaskKind } from '@bc/shared/domain';

/** A page of the signed-in app that appears in the navigation. */
export interface AppPage {
  readonly path: string;
  /** Translation key of the navigation label. */
  readonly label: string;
  /** Name of an icon registered by @bc/web/ui. */
  readonly icon: string;
  /** Who sees it (everyone signed in when unset). The API checks every operation itself; this only hides what cannot be used. */
  readonly permission?: Permission;
  /** When set, the page is also only for users holding at least one of these. */
  readonly anyOf?: readonly Permission[];
  /** The kinds of My tasks the navigation counts on this page's entry (all of them when empty). */
  readonly counts?: readonly TaskKind[];
}

/**
 * What gives a user something to do on the case board beyond following their own needs: a part
 * in a case's work (buying, specifying, reviewing, advising, deciding). A user with the workspace
 * but none of these (a requester) has their needs as their start page instead.
 */
export const CASE_WORK_PERMISSIONS: readonly Permission[] = [
  Permission.CASE_MANAGE,
  Permission.NEED_TRIAGE,
  Permission.SPECIFICATION_EDIT,
  Permission.SPECIFICATION_APPROVE,
  Permission.SHORTLIST_EDIT,
  Permission.SHORTLIST_APPROVE,
  Permission.SUPPLIER_NOTE,
  Permission.PERFORMANCE_RECORD,
  Permission.DECIDER_INBOX_USE,
];

export const WORKSPACE_PATH = '/workspace';
/** Every user's start page: what waits for them across all their roles. */
export const TASKS_PATH = '/tasks';

/** In navigation order. The first one a user may use is where `/` takes them: My tasks, for everyone. */
export const APP_PAGES: readonly AppPage[] = [
  { path: TASKS_PATH, label: 'nav.tasks', icon: 'task_alt', counts: [] },
  {
    path: WORKSPACE_PATH,
    label: 'nav.workspace',
    icon: 'work',
    permission: Permission.WORKSPACE_USE,
    anyOf: CASE_WORK_PERMISSIONS,
  },
  { path: '/needs/mine', label: 'nav.myNeeds', icon: 'assignment', permission: Permission.NEED_RAISE },
  { path: '/needs/incoming', label: 'nav.incomingNeeds', icon: 'move_to_inbox', permission: Permission.NEED_TRIAGE, counts: [TaskKind.NEED_WAITING] },
  { path: '/suppliers', label: 'nav.suppliers', icon: 'factory', permission: Permission.SUPPLIER_READ },
  { path: '/inbox', label: 'nav.inbox', icon: 'inbox', permission: Permission.DECIDER_INBOX_USE, counts: [TaskKind.AWARD_APPROVAL] },
  { path: '/portal', label: 'nav.portal', icon: 'store', permission: Permission.SUPPLIER_PORTAL_USE, counts: [TaskKind.QUOTE_DUE, TaskKind.ROUND_OPEN] },
  { path: '/analytics', label: 'nav.analytics', icon: 'insights', permission: Permission.ANALYTICS_READ },
  { path: '/scorecards', label: 'nav.scorecards', icon: 'verified', permission: Permission.SUPPLIER_PORTAL_USE },
  { path: '/colleagues', label: 'nav.colleagues', icon: 'group', permission: Permission.SUPPLIER_COLLEAGUES_MANAGE },
  { path: '/admin/users', label: 'nav.users', icon: 'group', permission: Permission.USER_MANAGE },
  { path: '/admin/policy', label: 'nav.policy', icon: 'policy', permission: Permission.ORGANIZATION_MANAGE, counts: [TaskKind.APPROVAL_STUCK] },
  { path: '/admin/audit', label: 'nav.audit', icon: 'history', permission: Permission.AUDIT_READ },
  { path: '/admin/mail', label: 'nav.mail', icon: 'send', permission: Permission.MAIL_OUTBOX_READ },
];

export const SIGN_IN_PATH = '/sign-in';
export const PROFILE_PATH = '/profile';

/** Whether a user holding `permissions` may use `page`. */
export function mayUse(page: AppPage, permissions: readonly Permission[]): boolean {
  return (!page.permission || permissions.includes(page.permission)) && (!page.anyOf || page.anyOf.some((p) => permissions.includes(p)));
}

export function pagesFor(permissions: readonly Permission[]): AppPage[] {
  return APP_PAGES.filter((page) => mayUse(page, permissions));
}

/** Where a signed-in user starts: the first page they may use (My tasks). */
export function landingPathFor(permissions: readonly Permission[]): string {
  return pagesFor(permissions)[0]?.path ?? PROFILE_PATH;
}
