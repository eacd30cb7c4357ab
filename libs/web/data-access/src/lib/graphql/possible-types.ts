/**
 * The API's interfaces and the types that implement them, for Apollo's cache. Without them the
 * cache cannot tell that an `AuditEventPage` is a `KeysetPage`, and a result read back through it
 * loses every field of a fragment on the interface (`KeysetPageFields`: the total and the cursors),
 * so a list showed one page "of" its page's length and could not move on. possible-types.spec.ts
 * holds this to apps/api/schema.gql.
 */
export const POSSIBLE_TYPES: Record<string, string[]> = {
  KeysetPage: ['AuditEventPage', 'AwardProposalPage', 'NeedPage', 'OutboxPage', 'PortalInvitationPage', 'PurchaseCasePage', 'SupplierPage'],
};
