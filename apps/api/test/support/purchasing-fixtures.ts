import { cpvAncestorPrefixes, QualificationStatus } from '@bc/shared/domain';
import type { GraphQLClient } from './graphql-client';
import type { TestApp } from './test-app';

/** Operations the purchasing suites share. */
export const CASE_FIELDS = `id reference title stage purchaseType importance estimatedValue currency neededBy categoryCode cancelReason
  category { code label } myRoles sourceCase { id reference } team { id role user { id email } }
  nextSteps { to blockers needsReason } stageHistory { from to reason actorName }`;

export const OPS = {
  raiseNeed: `mutation ($input: RaiseNeedInput!) { raiseNeed(input: $input) { id status title estimatedValue currency case { id } } }`,
  acceptNeed: `mutation ($id: ID!, $input: AcceptNeedInput!) { acceptNeed(id: $id, input: $input) { ${CASE_FIELDS} } }`,
  declineNeed: `mutation ($id: ID!, $reason: String!) { declineNeed(id: $id, reason: $reason) { id status declineReason } }`,
  withdrawNeed: `mutation ($id: ID!) { withdrawNeed(id: $id) { id status } }`,
  myNeeds: `{ myNeeds(limit: 200) { items { id title status declineReason case { id reference stage } } } }`,
  createCase: `mutation ($input: CreatePurchaseCaseInput!) { createPurchaseCase(input: $input) { ${CASE_FIELDS} } }`,
  updateCase: `mutation ($id: ID!, $input: UpdatePurchaseCaseInput!) { updatePurchaseCase(id: $id, input: $input) { ${CASE_FIELDS} } }`,
  purchaseCase: `query ($id: ID!) { purchaseCase(id: $id) { ${CASE_FIELDS} } }`,
  addMember: `mutation ($caseId: ID!, $userId: ID!, $role: Role!) { addCaseMember(caseId: $caseId, userId: $userId, role: $role) { id team { id role user { email } } } }`,
  removeMember: `mutation ($caseId: ID!, $memberId: ID!) { removeCaseMember(caseId: $caseId, memberId: $memberId) { id team { id role } } }`,
  declareConflict: `mutation ($caseId: ID!, $supplierId: ID!, $statement: String!) { declareConflict(caseId: $caseId, supplierId: $supplierId, statement: $statement) { id conflicts { id statement user { email } supplier { id name } } } }`,
  moveCase: `mutation ($caseId: ID!, $to: CaseStage!, $reason: String) { moveCase(caseId: $caseId, to: $to, reason: $reason) { ${CASE_FIELDS} } }`,
  cancelCase: `mutation ($caseId: ID!, $reason: String!) { cancelCase(caseId: $caseId, reason: $reason) { id stage cancelReason } }`,
  saveSpec: `mutation ($caseId: ID!, $input: SaveSpecificationInput!) { saveSpecification(caseId: $caseId, input: $input) {
    id version status baseVersionId copiedFromVersionId note authorName lines { key description quantity unit attributes { name value } }
    requirements { key text kind weight } attachments { id name } } }`,
  approveSpec: `mutation ($versionId: ID!) { approveSpecification(versionId: $versionId) { id version status approvedByName approvedAt } }`,
  setEntry: `mutation ($caseId: ID!, $supplierId: ID!, $decision: ShortlistDecision!, $reason: String!, $source: ShortlistSource!) {
    setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: $decision, reason: $reason, source: $source) {
      id status suppliersIn minimumSuppliers entries { decision reason source supplier { id name } } } }`,
  submitShortlist: `mutation ($caseId: ID!, $justification: String) { submitShortlist(caseId: $caseId, singleSourceJustification: $justification) {
    id status singleSourceJustification suppliersIn minimumSuppliers } }`,
  approveShortlist: `mutation ($caseId: ID!, $comment: String) { approveShortlist(caseId: $caseId, comment: $comment) { id status reviewComment reviewedByName reviews { action comment actorName suppliersIn singleSourceJustification } } }`,
  returnShortlist: `mutation ($caseId: ID!, $comment: String!) { returnShortlist(caseId: $caseId, comment: $comment) { id status reviewComment reviews { action comment } } }`,
  createRebuy: `mutation ($input: CreateRebuyInput!) { createRebuy(input: $input) { ${CASE_FIELDS}
    specification { id version status copiedFromVersionId lines { key description } requirements { key text } }
    approvedSpecification { id } shortlist { status entries { decision source reason supplier { id } } } } }`,
  updatePolicy: `mutation ($input: UpdatePurchasingPolicyInput!) { updatePurchasingPolicy(input: $input) { minimumSuppliers { purchaseType minimum } } }`,
};

export const DEMO = {
  admin: 'admin@nordwind.example',
  requester: 'requester@nordwind.example',
  specifier: 'specifier@nordwind.example',
  buyer: 'buyer@nordwind.example',
  gatekeeper: 'gatekeeper@nordwind.example',
  advisor: 'advisor@nordwind.example',
  decider: 'decider@nordwind.example',
  supplier: 'supplier@hanse-industrie.example',
} as const;

export type DemoRole = keyof typeof DEMO;

/** Every demo user signed in once (sign-ins per suite are rate-limited). */
export async function signInAll(app: TestApp): Promise<Record<DemoRole, GraphQLClient>> {
  const entries = await Promise.all(Object.entries(DEMO).map(async ([role, email]) => [role, await app.as(email)] as const));
  return Object.fromEntries(entries) as Record<DemoRole, GraphQLClient>;
}

export async function userIds(app: TestApp): Promise<Record<string, string>> {
  const rows: Array<{ id: string; email: string }> = await app.dataSource.query(`SELECT id, email FROM app_user`);
  return Object.fromEntries(rows.map((r) => [r.email, r.id]));
}

export async function nordwindId(app: TestApp): Promise<string> {
  const [{ id }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Nordwind Maschinenbau GmbH'`);
  return id;
}

let supplierCounter = 0;

/** A supplier straight into the directory's table (the directory's own API is another suite's subject). */
export async function insertSupplier(
  app: TestApp,
  organizationId: string,
  s: {
    name?: string;
    codes?: string[];
    status?: QualificationStatus;
    reliability?: number | null;
    certificates?: number;
    earliestExpiry?: string | null;
  } = {},
): Promise<string> {
  supplierCounter += 1;
  const codes = s.codes ?? ['42122000-0'];
  const prefixes = [...new Set(codes.flatMap((c) => cpvAncestorPrefixes(c)))];
  const status = s.status ?? QualificationStatus.APPROVED;
  const [{ id }] = await app.dataSource.query(
    `INSERT INTO supplier (organization_id, name, country, cpv_codes, category_prefixes, qualification_status, blocked_reason,
                           reliability_score, certificate_count, certificate_earliest_expiry)
     VALUES ($1, $2, 'DE', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      organizationId,
      s.name ?? `Test Supplier ${supplierCounter} ${Math.random().toString(36).slice(2, 8)}`,
      codes,
      prefixes,
      status,
      status === QualificationStatus.BLOCKED ? 'Failed the quality audit' : null,
      s.reliability ?? null,
      s.certificates ?? 0,
      s.earliestExpiry ?? null,
    ],
  );
  return id;
}

export async function auditActions(app: TestApp, entityId: string): Promise<string[]> {
  const rows: Array<{ action: string }> = await app.dataSource.query(
    `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY sequence`,
    [entityId],
  );
  return rows.map((r) => r.action);
}

export const NEW_CASE = { title: 'Centrifugal pumps for the paint shop', importance: 'ROUTINE', categoryCode: '42122000-0', estimatedValue: '48000.00' };

export const LINES = [
  { description: 'Centrifugal pump, 15 m³/h', quantity: '4', unit: 'pcs', attributes: [{ name: 'material', value: 'stainless steel' }] },
  { description: 'Spare seal kit', quantity: '8', unit: 'pcs' },
];
export const REQUIREMENTS = [
  { text: 'ATEX zone 1', kind: 'MUST_HAVE' },
  { text: 'Delivery within 6 weeks', kind: 'NICE_TO_HAVE', weight: 30 },
];

/** Walks cases to a stage through the API, as the people whose job each step is. */
export class CaseWalker {
  constructor(
    private readonly app: TestApp,
    private readonly as: Record<DemoRole, GraphQLClient>,
    private readonly ids: Record<string, string>,
    private readonly organizationId: string,
  ) {}

  async newCase(input: Record<string, unknown> = {}): Promise<{ id: string; reference: string }> {
    return (await this.as.buyer.ok(OPS.createCase, { input: { ...NEW_CASE, ...input } }))['createPurchaseCase'];
  }

  async addSpecifier(caseId: string): Promise<void> {
    await this.as.buyer.ok(OPS.addMember, { caseId, userId: this.ids[DEMO.specifier], role: 'SPECIFIER' });
  }

  async inSpecification(input: Record<string, unknown> = {}): Promise<{ id: string; reference: string }> {
    const c = await this.newCase(input);
    await this.addSpecifier(c.id);
    await this.as.buyer.ok(OPS.moveCase, { caseId: c.id, to: 'SPECIFICATION' });
    return c;
  }

  async approvedSpec(caseId: string, baseVersionId: string | null = null): Promise<string> {
    const saved = (await this.as.specifier.ok(OPS.saveSpec, { caseId, input: { baseVersionId, lines: LINES, requirements: REQUIREMENTS } }))[
      'saveSpecification'
    ];
    await this.as.specifier.ok(OPS.approveSpec, { versionId: saved.id });
    return saved.id;
  }

  async inSourcing(input: Record<string, unknown> = {}): Promise<{ id: string; reference: string }> {
    const c = await this.inSpecification(input);
    await this.approvedSpec(c.id);
    await this.as.buyer.ok(OPS.moveCase, { caseId: c.id, to: 'SOURCING' });
    return c;
  }

  /** `count` fresh suppliers taken in, the shortlist submitted by the buyer and approved by the gatekeeper. */
  async approvedShortlist(caseId: string, count = 3, justification?: string): Promise<string[]> {
    const supplierIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const supplierId = await insertSupplier(this.app, this.organizationId);
      supplierIds.push(supplierId);
      await this.as.buyer.ok(OPS.setEntry, { caseId, supplierId, decision: 'IN', reason: 'Fits the category', source: 'SEARCH' });
    }
    await this.as.buyer.ok(OPS.submitShortlist, { caseId, justification });
    await this.as.gatekeeper.ok(OPS.approveShortlist, { caseId, comment: 'Fine' });
    return supplierIds;
  }

  /** What blocks the step to RFQ now (it is made by publishing the RFQ, not by a plain move). */
  async rfqBlockers(caseId: string): Promise<string[]> {
    const c = (await this.as.buyer.ok(`query ($id: ID!) { purchaseCase(id: $id) { nextSteps { to blockers via } } }`, { id: caseId }))['purchaseCase'];
    const step = c.nextSteps.find((s: { to: string }) => s.to === 'RFQ');
    if (!step) throw new Error('No step to RFQ');
    expect(step.via).toBe('RFQ_PUBLISH');
    return step.blockers;
  }

  /** Sets up the case's RFQ, has the gatekeeper approve it and publishes it; returns the case's stage after. */
  async publishRfq(caseId: string): Promise<string> {
    const fields = '{ id status }';
    const created = (await this.as.buyer.ok(`mutation ($caseId: ID!) { createRfq(caseId: $caseId) ${fields} }`, { caseId }))['createRfq'];
    await this.as.buyer.ok(`mutation ($id: ID!) { requestRfqApproval(id: $id) ${fields} }`, { id: created.id });
    await this.as.gatekeeper.ok(`mutation ($id: ID!) { approveRfq(id: $id) ${fields} }`, { id: created.id });
    await this.as.buyer.ok(`mutation ($id: ID!) { publishRfq(id: $id) ${fields} }`, { id: created.id });
    return (await this.app.dataSource.query(`SELECT stage FROM purchase_case WHERE id = $1`, [caseId]))[0].stage;
  }
}
