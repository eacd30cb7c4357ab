import { RfqClosingService } from '@bc/api/rfq';
import type { GraphQLClient } from './graphql-client';
import { DEMO, insertSupplier } from './purchasing-fixtures';
import { invitationOf, inSeconds, quoteFor, RFQ_OPS, RfqWorld, SHORT_PERIOD } from './rfq-fixtures';
import type { TestApp } from './test-app';
import { passClosingTime } from './test-clock';

/**
 * Cases brought to DECISION (two quotes, fully scored) and to AWARDED, for the award suites.
 *
 * The specification is the purchasing fixture's: line 1 = 4 pumps, line 2 = 8 seal kits. Hanse
 * (`w.as.supplier`) and Alpine (`w.as.alpine`) quote every line at their unit prices; by default
 * Hanse 100.00 per unit (1200.00 in all) and Alpine 110.00 (1320.00), both in EUR, and Hanse is
 * scored better on every evaluator criterion, so Hanse ranks first.
 */

export const AWARD_FIELDS = `id caseId caseReference caseTitle rfqId rfqReference version status currency totalValue justification followsRanking
  topRankedSupplierName importance approvalMode
  lines { lineKey position description invitationId supplierId supplierName quantity unitPrice total }
  supplierTotals { invitationId supplierId supplierName total lines }
  steps { index role open approval { approverName role decision } }
  approvals { id approverId approverName role decision comment decidedAt }
  proposedById proposedByName proposedAt decidedAt decisionReason
  ranking { rank invitationId supplierName total comparableTotal } firstBestTotal savings savingsPercent canDecide cannotDecideReason`;

export const AWARD_OPS = {
  propose: `mutation ($input: ProposeAwardInput!) { proposeAward(input: $input) { ${AWARD_FIELDS} } }`,
  withdraw: `mutation ($proposalId: ID!, $reason: String!) { withdrawAwardProposal(proposalId: $proposalId, reason: $reason) { ${AWARD_FIELDS} } }`,
  approve: `mutation ($proposalId: ID!, $comment: String) { approveAward(proposalId: $proposalId, comment: $comment) { ${AWARD_FIELDS} } }`,
  reject: `mutation ($proposalId: ID!, $comment: String!) { rejectAward(proposalId: $proposalId, comment: $comment) { ${AWARD_FIELDS} } }`,
  proposals: `query ($caseId: ID!) { awardProposals(caseId: $caseId) { ${AWARD_FIELDS} } }`,
  inbox: `{ deciderInbox { items { ${AWARD_FIELDS} } } }`,
  policy: `{ approvalPolicy { mode isDefault updatedAt tiers { upTo deciders gatekeeper } byImportance { importance deciders gatekeeper } } }`,
  updatePolicy: `mutation ($input: ApprovalPolicyInput!) { updateApprovalPolicy(input: $input) { mode isDefault updatedAt tiers { upTo deciders gatekeeper } byImportance { importance deciders gatekeeper } } }`,
  currentAward: `query ($id: ID!) { purchaseCase(id: $id) { id stage currentAward { id status version totalValue } } }`,
};

export interface DecisionCase {
  caseId: string;
  caseReference: string;
  rfqId: string;
  rfqReference: string;
  hanseInv: string;
  alpineInv: string;
  /** The specification's line keys, in order. */
  lineKeys: string[];
}

export interface DecisionOptions {
  /** Case fields (importance, title, …) for the new case. */
  caseInput?: Record<string, unknown>;
  /** Hanse's unit price per line (one value: every line). */
  hanse?: string | string[];
  /** Alpine's unit price per line (one value: every line). */
  alpine?: string | string[];
  /** Who is scored better on the evaluator criteria (and so, at equal prices, ranks first). */
  favour?: 'hanse' | 'alpine';
  /** Changes a supplier's quote input before it is submitted (quantities, answers, …). */
  adjust?: { hanse?: QuoteAdjust; alpine?: QuoteAdjust };
}

export type QuoteAdjust = (input: Record<string, unknown>) => Record<string, unknown>;

/** Lets the RFQ's closing time pass on the app's clock and closes it, as the closing job would at its closing time. */
export async function closeRfq(app: TestApp, rfqId: string): Promise<void> {
  await passClosingTime(app, rfqId);
  if (!(await app.running.app.get(RfqClosingService).close(rfqId))) throw new Error('The RFQ did not close');
}

const pricesOf = (p: string | string[] | undefined, fallback: string, n: number): string[] =>
  Array.isArray(p) ? p : Array.from({ length: n }, () => p ?? fallback);

async function submitQuote(client: GraphQLClient, invitationId: string, prices: string[], adjust: QuoteAdjust = (q) => q): Promise<void> {
  const input = await quoteFor(client, invitationId, prices[0]);
  const lines = (input['lines'] as Array<Record<string, unknown>>).map((l, i) => ({ ...l, unitPrice: prices[i] ?? prices[0] }));
  await client.ok(RFQ_OPS.submit, { invitationId, input: adjust({ ...input, lines }) });
}

/**
 * A case in EVALUATION with both demo supplier companies' quotes opened and every evaluator
 * criterion scored (specifier: technical; buyer: commercial and reliability).
 */
export async function evaluatedCase(app: TestApp, w: RfqWorld, options: DecisionOptions = {}): Promise<DecisionCase> {
  const c = await w.walker.inSourcing(options.caseInput ?? {});
  for (const supplierId of [w.hanseSupplierId, w.alpineSupplierId]) {
    await w.as.buyer.ok(`mutation ($caseId: ID!, $supplierId: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: IN, reason: "Fits", source: SEARCH) { id } }`, {
      caseId: c.id,
      supplierId,
    });
  }
  await w.as.buyer.ok(`mutation ($caseId: ID!, $j: String) { submitShortlist(caseId: $caseId, singleSourceJustification: $j) { id } }`, { caseId: c.id, j: 'Only these two can deliver in time' });
  await w.as.gatekeeper.ok(`mutation ($caseId: ID!) { approveShortlist(caseId: $caseId, comment: "ok") { id } }`, { caseId: c.id });
  const closesAt = inSeconds(3600);
  const created = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt, questionsCloseAt: closesAt, shortPeriodJustification: SHORT_PERIOD } }))['createRfq'];
  await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: created.id });
  await w.as.gatekeeper.ok(RFQ_OPS.approve, { id: created.id });
  const rfq = (await w.as.buyer.ok(RFQ_OPS.publish, { id: created.id }))['publishRfq'];

  const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
  const alpineInv = await invitationOf(w.as.alpine, rfq.reference);
  const lineKeys: string[] = (await w.as.supplier.ok(RFQ_OPS.portalOne, { id: hanseInv }))['portalInvitation'].rfq.lines.map((l: { key: string }) => l.key);
  await submitQuote(w.as.supplier, hanseInv, pricesOf(options.hanse, '100.00', lineKeys.length), options.adjust?.hanse);
  await submitQuote(w.as.alpine, alpineInv, pricesOf(options.alpine, '110.00', lineKeys.length), options.adjust?.alpine);
  await closeRfq(app, created.id);

  const favoured = options.favour === 'alpine' ? alpineInv : hanseInv;
  const score = `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!) {
    scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: $score, comment: "Reasoned") { id } }`;
  for (const criterion of rfq.criteria as Array<{ key: string; kind: string }>) {
    if (criterion.kind === 'PRICE') continue;
    const scorer = criterion.kind === 'TECHNICAL' ? w.as.specifier : w.as.buyer;
    for (const invitationId of [hanseInv, alpineInv]) {
      await scorer.ok(score, { rfqId: created.id, invitationId, criterionKey: criterion.key, score: invitationId === favoured ? 9 : 6 });
    }
  }
  return { caseId: c.id, caseReference: c.reference, rfqId: created.id, rfqReference: rfq.reference, hanseInv, alpineInv, lineKeys };
}

/** Moves an evaluated case to DECISION: by skipNegotiation where it exists, else straight in the table. */
export async function toDecision(app: TestApp, w: RfqWorld, caseId: string): Promise<void> {
  const res = await w.as.buyer.request(`mutation ($caseId: ID!, $reason: String!) { skipNegotiation(caseId: $caseId, reason: $reason) { id stage } }`, {
    caseId,
    reason: 'Prices are final: framework rates',
  });
  if (!res.errors?.length) return;
  if (!/Cannot query field "skipNegotiation"/.test(res.errors[0].message)) throw new Error(`skipNegotiation: ${JSON.stringify(res.errors)}`);
  await app.dataSource.query(`UPDATE purchase_case SET stage = 'DECISION', stage_changed_at = now() WHERE id = $1 AND stage = 'EVALUATION'`, [caseId]);
}

/** A case in DECISION with two scored quotes (see the file's comment for the defaults). */
export async function caseInDecision(app: TestApp, w: RfqWorld, options: DecisionOptions = {}): Promise<DecisionCase> {
  const c = await evaluatedCase(app, w, options);
  await toDecision(app, w, c.caseId);
  return c;
}

/**
 * An AWARDED case: Hanse (first place) awarded every line by the buyer, approved by whoever the
 * default policy asks for (1200.00 EUR routine: the demo decider alone).
 */
export async function awardedCase(app: TestApp, w: RfqWorld, options: DecisionOptions = {}): Promise<DecisionCase & { proposalId: string }> {
  const c = await caseInDecision(app, w, options);
  const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
  let current = proposal;
  for (const client of [w.as.decider, w.as.gatekeeper]) {
    if (current.status !== 'PENDING') break;
    const mine = await client.request(AWARD_OPS.approve, { proposalId: proposal.id });
    if (!mine.errors?.length) current = mine.data!['approveAward'];
  }
  if (current.status !== 'APPROVED') throw new Error(`The award was not approved: ${JSON.stringify(current.steps)}`);
  return { ...c, proposalId: proposal.id };
}

let extraUsers = 0;

/** A further user of the demo buying organization with these roles (demo password), signed in. */
export async function extraUser(app: TestApp, roles: string[], name?: string): Promise<{ id: string; email: string; client: GraphQLClient }> {
  extraUsers += 1;
  const email = `extra-${extraUsers}-${Math.random().toString(36).slice(2, 8)}@nordwind.example`;
  const [{ id }] = await app.dataSource.query(
    `INSERT INTO app_user (organization_id, email, name, password_hash, roles)
     SELECT organization_id, $1, $2, password_hash, $3::text[] FROM app_user WHERE email = $4 RETURNING id`,
    [email, name ?? `Extra ${roles.join('+')} ${extraUsers}`, roles, DEMO.decider],
  );
  return { id, email, client: await app.as(email) };
}

export { insertSupplier };
