import { Role, WORKSPACE_ROLES } from './roles';

/**
 * What a user may do. The API checks these on every operation; the web app reads the same
 * map only to hide what the user cannot do.
 */
export enum Permission {
  /** Read the colleagues of one's own organization (to pick team members, see who is who). */
  USER_READ = 'USER_READ',
  /** Invite users, assign and remove roles, disable and enable users. */
  USER_MANAGE = 'USER_MANAGE',
  /** Change the organization's settings. */
  ORGANIZATION_MANAGE = 'ORGANIZATION_MANAGE',
  /** Read the organization's audit trail. */
  AUDIT_READ = 'AUDIT_READ',
  /** Verify the audit trail's hash chain. */
  AUDIT_VERIFY = 'AUDIT_VERIFY',
  /** Use the buyer workspace (purchase cases, directory). */
  WORKSPACE_USE = 'WORKSPACE_USE',
  /** Use the decider inbox. */
  DECIDER_INBOX_USE = 'DECIDER_INBOX_USE',
  /** Use the supplier portal and keep the supplier company's own profile. */
  SUPPLIER_PORTAL_USE = 'SUPPLIER_PORTAL_USE',
  /**
   * Invite colleagues into one's own supplier company, revoke their invitations, disable and enable
   * them, grant and take the company's admin role. Nothing of the buying side comes with it.
   */
  SUPPLIER_COLLEAGUES_MANAGE = 'SUPPLIER_COLLEAGUES_MANAGE',
  /** Raise a need and follow it. */
  NEED_RAISE = 'NEED_RAISE',
  /** Turn a need into a purchase case or decline it. */
  NEED_TRIAGE = 'NEED_TRIAGE',
  /** Open purchase cases (also rebuys), edit their data and team, move them between stages, cancel them. */
  CASE_MANAGE = 'CASE_MANAGE',
  /** Write specification versions (on cases where the user is a specifier on the team). */
  SPECIFICATION_EDIT = 'SPECIFICATION_EDIT',
  /** Approve, and so freeze, a specification version. */
  SPECIFICATION_APPROVE = 'SPECIFICATION_APPROVE',
  /** Read the supplier directory. */
  SUPPLIER_READ = 'SUPPLIER_READ',
  /** Add and edit suppliers, import the directory, keep certificates, contacts and documents. */
  SUPPLIER_MANAGE = 'SUPPLIER_MANAGE',
  /** Block a supplier (with a reason) or lift the block. */
  SUPPLIER_BLOCK = 'SUPPLIER_BLOCK',
  /** Add notes to a supplier. */
  SUPPLIER_NOTE = 'SUPPLIER_NOTE',
  /** Record deliveries and quality incidents of a supplier. */
  PERFORMANCE_RECORD = 'PERFORMANCE_RECORD',
  /** Build a case's shortlist and submit it for approval. */
  SHORTLIST_EDIT = 'SHORTLIST_EDIT',
  /** Approve or return a shortlist. */
  SHORTLIST_APPROVE = 'SHORTLIST_APPROVE',
  /** Read the organization's outgoing emails and send a failed one again. */
  MAIL_OUTBOX_READ = 'MAIL_OUTBOX_READ',
  /** Read a case's RFQ: terms, criteria, invitations and who has submitted (never sealed content). */
  RFQ_READ = 'RFQ_READ',
  /** Set up, publish, extend, cancel an RFQ; answer suppliers' questions. */
  RFQ_MANAGE = 'RFQ_MANAGE',
  /** Approve (or return) an RFQ before it is published. */
  RFQ_APPROVE = 'RFQ_APPROVE',
  /** Read opened quotes once the RFQ has closed; see who asked a question. */
  QUOTE_READ = 'QUOTE_READ',
  /**
   * Score the quotes of a closed RFQ on its non-price criteria. Which criteria a user's score
   * counts on follows the buying center (specifiers technical, buyers commercial, advisors apart).
   */
  QUOTE_SCORE = 'QUOTE_SCORE',
  /** Open, end and skip negotiation rounds (best and final offers). */
  NEGOTIATION_MANAGE = 'NEGOTIATION_MANAGE',
  /** Propose an award (single or split), change or withdraw it. */
  AWARD_PROPOSE = 'AWARD_PROPOSE',
  /**
   * Approve or reject award proposals. Which proposal a user may approve follows the approval
   * policy's route (deciders, then the gatekeeper when the route needs one).
   */
  AWARD_APPROVE = 'AWARD_APPROVE',
  /** Read award proposals, approvals and the decision record. */
  AWARD_READ = 'AWARD_READ',
  /**
   * Read the organization's procurement analytics (cycle times, savings, competition, spend,
   * approvals, delivery, the Kraljic matrix) over all its cases, and export them.
   */
  ANALYTICS_READ = 'ANALYTICS_READ',
}

export const PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  [Permission.USER_READ]: [Role.ADMIN, ...WORKSPACE_ROLES],
  [Permission.USER_MANAGE]: [Role.ADMIN],
  [Permission.ORGANIZATION_MANAGE]: [Role.ADMIN],
  [Permission.AUDIT_READ]: [Role.ADMIN, Role.GATEKEEPER],
  [Permission.AUDIT_VERIFY]: [Role.ADMIN],
  [Permission.WORKSPACE_USE]: WORKSPACE_ROLES,
  // Gatekeepers too: an award route may end with the gatekeeper's approval.
  [Permission.DECIDER_INBOX_USE]: [Role.DECIDER, Role.GATEKEEPER],
  [Permission.SUPPLIER_PORTAL_USE]: [Role.SUPPLIER],
  [Permission.SUPPLIER_COLLEAGUES_MANAGE]: [Role.SUPPLIER_ADMIN],
  [Permission.NEED_RAISE]: [Role.REQUESTER, Role.SPECIFIER, Role.BUYER],
  [Permission.NEED_TRIAGE]: [Role.BUYER],
  [Permission.CASE_MANAGE]: [Role.BUYER],
  [Permission.SPECIFICATION_EDIT]: [Role.SPECIFIER],
  [Permission.SPECIFICATION_APPROVE]: [Role.SPECIFIER],
  [Permission.SUPPLIER_READ]: WORKSPACE_ROLES,
  [Permission.SUPPLIER_MANAGE]: [Role.BUYER],
  [Permission.SUPPLIER_BLOCK]: [Role.GATEKEEPER],
  [Permission.SUPPLIER_NOTE]: [Role.SPECIFIER, Role.BUYER, Role.GATEKEEPER, Role.ADVISOR],
  [Permission.PERFORMANCE_RECORD]: [Role.BUYER, Role.ADVISOR],
  [Permission.SHORTLIST_EDIT]: [Role.BUYER],
  [Permission.SHORTLIST_APPROVE]: [Role.GATEKEEPER],
  [Permission.MAIL_OUTBOX_READ]: [Role.ADMIN],
  [Permission.RFQ_READ]: [Role.SPECIFIER, Role.BUYER, Role.GATEKEEPER, Role.ADVISOR, Role.DECIDER],
  [Permission.RFQ_MANAGE]: [Role.BUYER],
  [Permission.RFQ_APPROVE]: [Role.GATEKEEPER],
  [Permission.QUOTE_READ]: [Role.SPECIFIER, Role.BUYER, Role.GATEKEEPER, Role.ADVISOR, Role.DECIDER],
  [Permission.QUOTE_SCORE]: [Role.SPECIFIER, Role.BUYER, Role.ADVISOR],
  [Permission.NEGOTIATION_MANAGE]: [Role.BUYER],
  [Permission.AWARD_PROPOSE]: [Role.BUYER],
  [Permission.AWARD_APPROVE]: [Role.DECIDER, Role.GATEKEEPER],
  [Permission.AWARD_READ]: [Role.SPECIFIER, Role.BUYER, Role.GATEKEEPER, Role.ADVISOR, Role.DECIDER],
  // Those who run and answer for the buying: buyers, deciders (management) and the organization's admin.
  [Permission.ANALYTICS_READ]: [Role.BUYER, Role.DECIDER, Role.ADMIN],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return (Object.values(Permission) as Permission[]).filter((p) => can(roles, p));
}
