import { Client } from 'pg';
import { DEMO_PASSWORD } from '@bc/api/demo';
import { cpvAncestorPrefixes } from '@bc/shared/domain';
import { Session } from './client';

export const USERS = {
  admin: 'admin@nordwind.example',
  specifier: 'specifier@nordwind.example',
  buyer: 'buyer@nordwind.example',
  gatekeeper: 'gatekeeper@nordwind.example',
} as const;

/** The supplier companies of the demo data whose users quote in the burst. */
export const SUPPLIERS = {
  hanse: { email: 'supplier@hanse-industrie.example', company: 'Hanse Industrie' },
  alpine: { email: 'supplier@alpine-components.example', company: 'Alpine Components' },
} as const;

export interface Bidder {
  name: string;
  session: Session;
  invitationId: string;
  /** A complete quote for the RFQ; each submission adds its own supplierReference. */
  quote: Record<string, unknown>;
}

export interface World {
  rfqId: string;
  reference: string;
  admin: Session;
  bidders: Bidder[];
}

const CATEGORY = '42122000-0';

/** The directory record of the buying organization linked to the supplier company named `prefix…`. */
async function linkedSupplier(db: Client, prefix: string): Promise<string> {
  const [buyer] = (await db.query(`SELECT id FROM organization WHERE name = 'Nordwind Maschinenbau GmbH'`)).rows;
  const [org] = (await db.query(`SELECT id, name FROM organization WHERE kind = 'SUPPLIER' AND name LIKE $1`, [`${prefix}%`])).rows;
  // The showcase data may have linked one already (one directory record per portal company).
  const [linked] = (await db.query(`SELECT id FROM supplier WHERE organization_id = $1 AND portal_organization_id = $2`, [buyer.id, org.id])).rows;
  if (linked) return linked.id;
  const [{ id }] = (
    await db.query(
      `INSERT INTO supplier (organization_id, name, country, cpv_codes, category_prefixes, qualification_status, certificate_count, portal_organization_id)
       VALUES ($1, $2, 'DE', $3, $4, 'APPROVED', 0, $5) RETURNING id`,
      [buyer.id, `${org.name} (chaos directory)`, [CATEGORY], [...new Set(cpvAncestorPrefixes(CATEGORY))], org.id],
    )
  ).rows;
  return id;
}

async function sourcingCase(url: string, as: Record<keyof typeof USERS, Session>, db: Client): Promise<string> {
  const c = (
    await as.buyer.ok(url, `mutation ($input: CreatePurchaseCaseInput!) { createPurchaseCase(input: $input) { id } }`, {
      input: { title: 'Chaos suite: centrifugal pumps', importance: 'ROUTINE', categoryCode: CATEGORY, estimatedValue: '48000.00' },
    })
  )['createPurchaseCase'];
  const [specifier] = (await db.query(`SELECT id FROM app_user WHERE email = $1`, [USERS.specifier])).rows;
  await as.buyer.ok(url, `mutation ($caseId: ID!, $userId: ID!) { addCaseMember(caseId: $caseId, userId: $userId, role: SPECIFIER) { id } }`, { caseId: c.id, userId: specifier.id });
  await as.buyer.ok(url, `mutation ($caseId: ID!) { moveCase(caseId: $caseId, to: SPECIFICATION) { id } }`, { caseId: c.id });
  const spec = (
    await as.specifier.ok(url, `mutation ($caseId: ID!, $input: SaveSpecificationInput!) { saveSpecification(caseId: $caseId, input: $input) { id } }`, {
      caseId: c.id,
      input: {
        baseVersionId: null,
        lines: [
          { description: 'Centrifugal pump, 15 m³/h', quantity: '4', unit: 'pcs' },
          { description: 'Spare seal kit', quantity: '8', unit: 'pcs' },
        ],
        requirements: [{ text: 'ATEX zone 1', kind: 'MUST_HAVE' }],
      },
    })
  )['saveSpecification'];
  await as.specifier.ok(url, `mutation ($versionId: ID!) { approveSpecification(versionId: $versionId) { id } }`, { versionId: spec.id });
  await as.buyer.ok(url, `mutation ($caseId: ID!) { moveCase(caseId: $caseId, to: SOURCING) { id } }`, { caseId: c.id });
  return c.id;
}

async function shortlist(url: string, as: Record<keyof typeof USERS, Session>, db: Client, caseId: string): Promise<void> {
  for (const s of Object.values(SUPPLIERS)) {
    const supplierId = await linkedSupplier(db, s.company);
    await as.buyer.ok(url, `mutation ($caseId: ID!, $supplierId: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: IN, reason: "Fits", source: SEARCH) { id } }`, {
      caseId,
      supplierId,
    });
  }
  await as.buyer.ok(url, `mutation ($caseId: ID!) { submitShortlist(caseId: $caseId, singleSourceJustification: "Only these can deliver in time") { id } }`, { caseId });
  await as.gatekeeper.ok(url, `mutation ($caseId: ID!) { approveShortlist(caseId: $caseId, comment: "ok") { id } }`, { caseId });
}

async function publishedRfq(url: string, as: Record<keyof typeof USERS, Session>, caseId: string): Promise<{ id: string; reference: string }> {
  const closesAt = new Date(Date.now() + 6 * 3_600_000).toISOString();
  const rfq = (
    await as.buyer.ok(url, `mutation ($caseId: ID!, $input: RfqInput) { createRfq(caseId: $caseId, input: $input) { id reference } }`, {
      caseId,
      input: { closesAt, questionsCloseAt: closesAt, shortPeriodJustification: 'The fault suite runs in minutes, not days' },
    })
  )['createRfq'];
  await as.buyer.ok(url, `mutation ($id: ID!) { requestRfqApproval(id: $id) { id } }`, { id: rfq.id });
  await as.gatekeeper.ok(url, `mutation ($id: ID!) { approveRfq(id: $id) { id } }`, { id: rfq.id });
  await as.buyer.ok(url, `mutation ($id: ID!) { publishRfq(id: $id) { id } }`, { id: rfq.id });
  return rfq;
}

async function bidder(url: string, name: string, email: string, reference: string): Promise<Bidder> {
  const session = await new Session(email).signIn(url, DEMO_PASSWORD);
  // The newest invitations come first: the one just published is on the first page.
  const list: Array<{ id: string; rfqReference: string }> = (await session.ok(url, `{ portalInvitations(limit: 100) { items { id rfqReference } } }`))['portalInvitations'].items;
  const invitation = list.find((i) => i.rfqReference === reference);
  if (!invitation) throw new Error(`${email} has no invitation to ${reference}`);
  const one = (
    await session.ok(url, `query ($id: ID!) { portalInvitation(id: $id) { rfq { currency lines { key quantity } requirements { key } } } }`, { id: invitation.id })
  )['portalInvitation'];
  const quote = {
    currency: one.rfq.currency,
    validUntil: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    lines: one.rfq.lines.map((l: { key: string; quantity: string }) => ({ lineKey: l.key, unitPrice: '1200.00', quantity: l.quantity, leadTimeDays: 21 })),
    answers: one.rfq.requirements.map((r: { key: string }) => ({ requirementKey: r.key, compliance: 'MET', comment: 'Yes' })),
  };
  return { name, session, invitationId: invitation.id, quote };
}

/** One published RFQ (closing in six hours) to which both demo supplier companies are invited. */
export async function buildWorld(url: string, databaseUrl: string): Promise<World> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const entries = await Promise.all(Object.entries(USERS).map(async ([role, email]) => [role, await new Session(email).signIn(url, DEMO_PASSWORD)] as const));
    const as = Object.fromEntries(entries) as Record<keyof typeof USERS, Session>;
    const caseId = await sourcingCase(url, as, db);
    await shortlist(url, as, db, caseId);
    const rfq = await publishedRfq(url, as, caseId);
    const bidders = await Promise.all(Object.entries(SUPPLIERS).map(([name, s]) => bidder(url, name, s.email, rfq.reference)));
    return { rfqId: rfq.id, reference: rfq.reference, admin: as.admin, bidders };
  } finally {
    await db.end();
  }
}
