import type { GraphQLClient } from './graphql-client';
import { CaseWalker, DEMO, insertSupplier, nordwindId, signInAll, userIds } from './purchasing-fixtures';
import type { TestApp } from './test-app';
import { testClock } from './test-clock';

export const SUPPLIER_USERS = { hanse: 'supplier@hanse-industrie.example', alpine: 'supplier@alpine-components.example' } as const;

export const RFQ_FIELDS = `id caseId reference title status approval closesAt questionsCloseAt currency criteria { key name kind weight }
  closingChanges publishedAt closedAt cancelReason quotesOpen documentUrl specificationVersion
  invitations { id supplierId supplierName status hasPortalAccount quoteStatus submittedAt revisions declineReason }`;

export const RFQ_OPS = {
  create: `mutation ($caseId: ID!, $input: RfqInput) { createRfq(caseId: $caseId, input: $input) { ${RFQ_FIELDS} } }`,
  update: `mutation ($id: ID!, $input: RfqInput!) { updateRfq(id: $id, input: $input) { ${RFQ_FIELDS} } }`,
  requestApproval: `mutation ($id: ID!) { requestRfqApproval(id: $id) { ${RFQ_FIELDS} } }`,
  approve: `mutation ($id: ID!, $comment: String) { approveRfq(id: $id, comment: $comment) { ${RFQ_FIELDS} } }`,
  return: `mutation ($id: ID!, $comment: String) { returnRfq(id: $id, comment: $comment) { ${RFQ_FIELDS} } }`,
  publish: `mutation ($id: ID!) { publishRfq(id: $id) { ${RFQ_FIELDS} } }`,
  extend: `mutation ($id: ID!, $closesAt: DateTime!, $questionsCloseAt: DateTime, $reason: String!) { extendRfq(id: $id, closesAt: $closesAt, questionsCloseAt: $questionsCloseAt, reason: $reason) { ${RFQ_FIELDS} } }`,
  cancel: `mutation ($id: ID!, $reason: String!) { cancelRfq(id: $id, reason: $reason) { ${RFQ_FIELDS} } }`,
  answer: `mutation ($id: ID!, $input: AnswerQuestionInput!) { answerRfqQuestion(id: $id, input: $input) { id body supplierName answer visibility publishedQuestion } }`,
  rfq: `query ($id: ID!) { rfq(id: $id) { ${RFQ_FIELDS} questions { id body supplierName answer visibility publishedQuestion } } }`,
  quotes: `query ($id: ID!) { rfq(id: $id) { id quotes { supplierName latest { revision sha256 canonicalContent submittedAt content { currency total validUntil lines { lineKey unitPrice quantity leadTimeDays total alternatives { description unitPrice quantity total } } answers { requirementKey compliance comment } attachments { fileId name sha256 url } } } revisions { revision sha256 } } } }`,
  portalList: `{ portalInvitations { items { id status buyerName rfqReference rfqTitle rfqStatus closesAt open } } }`,
  portalOne: `query ($id: ID!) { portalInvitation(id: $id) { id status rfqReference open
    rfq { reference title currency lines { key position description quantity unit } requirements { key kind text } criteria { key weight } documentUrl }
    questions { id question answer mine published askedAt }
    quote { status draftSavedAt draft { total currency lines { lineKey unitPrice } } revisions { revision sha256 canonicalContent submittedAt content { total } } } } }`,
  saveDraft: `mutation ($invitationId: ID!, $input: QuoteInput!) { saveQuoteDraft(invitationId: $invitationId, input: $input) { id status } }`,
  submit: `mutation ($invitationId: ID!, $input: QuoteInput!) { submitQuote(invitationId: $invitationId, input: $input) { invitationId revision submittedAt sha256 canonicalContent } }`,
  withdraw: `mutation ($invitationId: ID!, $reason: String) { withdrawQuote(invitationId: $invitationId, reason: $reason) { id status } }`,
  decline: `mutation ($invitationId: ID!, $reason: String) { declineRfq(invitationId: $invitationId, reason: $reason) { id status declineReason } }`,
  ask: `mutation ($invitationId: ID!, $body: String!) { askRfqQuestion(invitationId: $invitationId, body: $body) { id question mine } }`,
  registration: `query ($token: String!) { supplierRegistration(token: $token) { email supplierName buyerName rfqReference } }`,
  register: `mutation ($input: RegisterSupplierInput!) { registerSupplier(input: $input) { user { email roles } } }`,
  claim: `mutation ($token: String!) { claimSupplierInvitation(token: $token) { id status } }`,
};

export type Clients = Awaited<ReturnType<typeof signInAll>> & { alpine: GraphQLClient };

export interface RfqWorld {
  as: Clients;
  walker: CaseWalker;
  organizationId: string;
  /** Directory records linked to the demo supplier companies. */
  hanseSupplierId: string;
  alpineSupplierId: string;
}

/** Signs in every demo user (and the second supplier) and gives the directory two portal-linked suppliers. */
export async function rfqWorld(app: TestApp): Promise<RfqWorld> {
  const as = { ...(await signInAll(app)), alpine: await app.as(SUPPLIER_USERS.alpine) } as Clients;
  const organizationId = await nordwindId(app);
  const walker = new CaseWalker(app, as, await userIds(app), organizationId);
  const hanseSupplierId = await linkedSupplier(app, organizationId, 'Hanse Industrie');
  const alpineSupplierId = await linkedSupplier(app, organizationId, 'Alpine Components');
  return { as, walker, organizationId, hanseSupplierId, alpineSupplierId };
}

/** A directory record linked to the supplier company whose name starts with `prefix`. */
export async function linkedSupplier(app: TestApp, organizationId: string, prefix: string): Promise<string> {
  const [org] = await app.dataSource.query(`SELECT id, name FROM organization WHERE kind = 'SUPPLIER' AND name LIKE $1`, [`${prefix}%`]);
  const id = await insertSupplier(app, organizationId, { name: `${org.name} (directory)` });
  await app.dataSource.query(`UPDATE supplier SET portal_organization_id = $2 WHERE id = $1`, [id, org.id]);
  return id;
}

/** Tests close RFQs within minutes, far below the policy's minimum bidding period: they say why, as a buyer must. */
export const SHORT_PERIOD = 'The test runs in minutes, not days';

/** `s` seconds from now by the test file's clock (the servers' time). */
export const inSeconds = (s: number) => new Date(testClock.nowMs() + s * 1000).toISOString();

/**
 * A case in SOURCING whose approved shortlist holds `supplierIds`, with an RFQ created, approved
 * by the gatekeeper and published by the buyer, closing at `closesAt`; `input` adds RFQ terms
 * (e.g. `{ twoEnvelope: true }`).
 */
export async function publishedRfq(
  app: TestApp,
  w: RfqWorld,
  supplierIds: string[],
  closesAt = inSeconds(3600),
  questionsCloseAt?: string,
  input: Record<string, unknown> = {},
): Promise<{ caseId: string; rfqId: string; rfq: Record<string, any> }> {
  const c = await shortlistedCase(w, supplierIds);
  const created = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt, questionsCloseAt: questionsCloseAt ?? closesAt, shortPeriodJustification: SHORT_PERIOD, ...input } }))['createRfq'];
  await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: created.id });
  await w.as.gatekeeper.ok(RFQ_OPS.approve, { id: created.id });
  const rfq = (await w.as.buyer.ok(RFQ_OPS.publish, { id: created.id }))['publishRfq'];
  return { caseId: c.id, rfqId: created.id, rfq };
}

/** A case in SOURCING (`caseInput` for its kind) whose shortlist of `supplierIds` the gatekeeper approved. */
export async function shortlistedCase(w: RfqWorld, supplierIds: string[], caseInput: Record<string, unknown> = {}): Promise<{ id: string }> {
  const c = await w.walker.inSourcing(caseInput);
  for (const supplierId of supplierIds) {
    await w.as.buyer.ok(`mutation ($caseId: ID!, $supplierId: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: IN, reason: "Fits", source: SEARCH) { id } }`, {
      caseId: c.id,
      supplierId,
    });
  }
  await w.as.buyer.ok(`mutation ($caseId: ID!, $j: String) { submitShortlist(caseId: $caseId, singleSourceJustification: $j) { id } }`, {
    caseId: c.id,
    j: supplierIds.length < 3 ? 'Only these can deliver in time' : null,
  });
  await w.as.gatekeeper.ok(`mutation ($caseId: ID!) { approveShortlist(caseId: $caseId, comment: "ok") { id } }`, { caseId: c.id });
  return c;
}

/** The invitation id a supplier company sees for an RFQ reference. */
export async function invitationOf(client: GraphQLClient, reference: string): Promise<string> {
  const list: Array<{ id: string; rfqReference: string }> = (await client.ok(RFQ_OPS.portalList))['portalInvitations'].items;
  const found = list.find((i) => i.rfqReference === reference);
  if (!found) throw new Error(`No invitation to ${reference}`);
  return found.id;
}

/** A complete quote for the RFQ as the portal shows it: every line priced at `price`, must-haves met. */
export async function quoteFor(client: GraphQLClient, invitationId: string, price: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const one = (await client.ok(RFQ_OPS.portalOne, { id: invitationId }))['portalInvitation'];
  return {
    currency: one.rfq.currency,
    validUntil: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    supplierReference: 'Q-4711',
    lines: one.rfq.lines.map((l: { key: string; quantity: string }) => ({ lineKey: l.key, unitPrice: price, quantity: l.quantity, leadTimeDays: 21 })),
    answers: one.rfq.requirements.map((r: { key: string }) => ({ requirementKey: r.key, compliance: 'MET', comment: 'Yes' })),
    ...extra,
  };
}

export { DEMO };
