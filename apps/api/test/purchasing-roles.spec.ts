import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { CaseWalker, DEMO, DemoRole, insertSupplier, LINES, nordwindId, OPS, REQUIREMENTS, signInAll, userIds } from './support/purchasing-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ROLES: DemoRole[] = ['admin', 'requester', 'specifier', 'buyer', 'gatekeeper', 'advisor', 'decider', 'supplier'];

interface Row {
  mutation: string;
  op: string;
  allowed: DemoRole[];
  /** Variables with which the mutation succeeds for an allowed role (fresh for each call). */
  vars: (role: DemoRole) => Promise<Record<string, unknown>>;
}

/**
 * Every purchasing mutation, for each of the seven buying roles and a supplier user: the roles
 * the permissions map allows succeed (on a case where they are on the team in that role), every
 * other role is FORBIDDEN and nothing is written.
 */
describe('purchasing mutations by role', () => {
  let app: TestApp;
  let as: Record<DemoRole, GraphQLClient>;
  let ids: Record<string, string>;
  let org: string;
  let walk: CaseWalker;
  let rebuySource: string;

  const NEED = { title: 'Safety gloves', justification: 'Stock runs out', quantity: '200', unit: 'pairs' };

  beforeAll(async () => {
    app = await startTestApp();
    as = await signInAll(app);
    ids = await userIds(app);
    org = await nordwindId(app);
    walk = new CaseWalker(app, as, ids, org);
    rebuySource = (await walk.inSpecification()).id;
    await as.specifier.ok(OPS.saveSpec, { caseId: rebuySource, input: { baseVersionId: null, lines: LINES, requirements: REQUIREMENTS } });
  });
  afterAll(() => app.close());

  /** A case with every buying user on its team in their role, so the case-level check is the role's own. */
  async function teamCase(): Promise<string> {
    const { id } = await walk.newCase();
    for (const role of ['requester', 'specifier', 'gatekeeper', 'advisor', 'decider'] as const) {
      await app.dataSource.query(`INSERT INTO case_member (case_id, user_id, role) VALUES ($1, $2, $3)`, [id, ids[DEMO[role]], role.toUpperCase()]);
    }
    return id;
  }
  const raisedNeed = async (by: GraphQLClient = as.requester) => (await by.ok(OPS.raiseNeed, { input: NEED }))['raiseNeed'].id as string;
  async function withEntries(caseId: string): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await as.buyer.ok(OPS.setEntry, { caseId, supplierId: await insertSupplier(app, org), decision: 'IN', reason: 'Fits', source: 'SEARCH' });
    }
  }

  const ROWS: Row[] = [
    { mutation: 'raiseNeed', op: OPS.raiseNeed, allowed: ['requester', 'specifier', 'buyer'], vars: async () => ({ input: NEED }) },
    {
      mutation: 'withdrawNeed',
      op: OPS.withdrawNeed,
      allowed: ['requester', 'specifier', 'buyer'],
      vars: async (role) => ({ id: await raisedNeed(['requester', 'specifier', 'buyer'].includes(role) ? as[role] : as.requester) }),
    },
    { mutation: 'acceptNeed', op: OPS.acceptNeed, allowed: ['buyer'], vars: async () => ({ id: await raisedNeed(), input: { importance: 'ROUTINE' } }) },
    { mutation: 'declineNeed', op: OPS.declineNeed, allowed: ['buyer'], vars: async () => ({ id: await raisedNeed(), reason: 'Use the framework contract' }) },
    {
      mutation: 'createPurchaseCase',
      op: OPS.createCase,
      allowed: ['buyer'],
      vars: async () => ({ input: { title: 'Gloves', importance: 'ROUTINE' } }),
    },
    {
      mutation: 'createRebuy',
      op: OPS.createRebuy,
      allowed: ['buyer'],
      vars: async () => ({ input: { sourceCaseId: rebuySource, purchaseType: 'MODIFIED_REBUY' } }),
    },
    { mutation: 'updatePurchaseCase', op: OPS.updateCase, allowed: ['buyer'], vars: async () => ({ id: await teamCase(), input: { title: 'Renamed' } }) },
    {
      mutation: 'addCaseMember',
      op: OPS.addMember,
      allowed: ['buyer'],
      vars: async () => ({ caseId: (await walk.newCase()).id, userId: ids[DEMO.advisor], role: 'ADVISOR' }),
    },
    {
      mutation: 'removeCaseMember',
      op: OPS.removeMember,
      allowed: ['buyer'],
      vars: async () => {
        const caseId = await teamCase();
        const [{ id }] = await app.dataSource.query(`SELECT id FROM case_member WHERE case_id = $1 AND role = 'ADVISOR'`, [caseId]);
        return { caseId, memberId: id };
      },
    },
    {
      mutation: 'declareConflict',
      op: OPS.declareConflict,
      allowed: ['requester', 'specifier', 'buyer', 'gatekeeper', 'advisor', 'decider'],
      vars: async () => ({ caseId: await teamCase(), supplierId: await insertSupplier(app, org), statement: 'A relative works there' }),
    },
    { mutation: 'moveCase', op: OPS.moveCase, allowed: ['buyer'], vars: async () => ({ caseId: await teamCase(), to: 'SPECIFICATION' }) },
    { mutation: 'cancelCase', op: OPS.cancelCase, allowed: ['buyer'], vars: async () => ({ caseId: await teamCase(), reason: 'No longer needed' }) },
    {
      mutation: 'saveSpecification',
      op: OPS.saveSpec,
      allowed: ['specifier'],
      vars: async () => ({ caseId: await teamCase(), input: { baseVersionId: null, lines: LINES, requirements: REQUIREMENTS } }),
    },
    {
      mutation: 'approveSpecification',
      op: OPS.approveSpec,
      allowed: ['specifier'],
      vars: async () => {
        const caseId = await teamCase();
        const saved = await as.specifier.ok(OPS.saveSpec, { caseId, input: { baseVersionId: null, lines: LINES, requirements: [] } });
        return { versionId: saved['saveSpecification'].id };
      },
    },
    {
      mutation: 'setShortlistEntry',
      op: OPS.setEntry,
      allowed: ['buyer'],
      vars: async () => ({ caseId: await teamCase(), supplierId: await insertSupplier(app, org), decision: 'IN', reason: 'Fits', source: 'SUGGESTION' }),
    },
    {
      mutation: 'submitShortlist',
      op: OPS.submitShortlist,
      allowed: ['buyer'],
      vars: async () => {
        const caseId = await teamCase();
        await withEntries(caseId);
        return { caseId };
      },
    },
    {
      mutation: 'approveShortlist',
      op: OPS.approveShortlist,
      allowed: ['gatekeeper'],
      vars: async () => {
        const caseId = await teamCase();
        await withEntries(caseId);
        await as.buyer.ok(OPS.submitShortlist, { caseId });
        return { caseId, comment: 'ok' };
      },
    },
    {
      mutation: 'returnShortlist',
      op: OPS.returnShortlist,
      allowed: ['gatekeeper'],
      vars: async () => {
        const caseId = await teamCase();
        await withEntries(caseId);
        await as.buyer.ok(OPS.submitShortlist, { caseId });
        return { caseId, comment: 'One more supplier, please' };
      },
    },
    {
      mutation: 'updatePurchasingPolicy',
      op: OPS.updatePolicy,
      allowed: ['admin'],
      vars: async () => ({ input: { minimumSuppliers: [{ purchaseType: 'NEW_TASK', minimum: 3 }] } }),
    },
  ];

  const auditCount = async () => Number((await app.dataSource.query(`SELECT count(*) FROM audit_event`))[0].count);

  describe.each(ROWS)('$mutation', (row) => {
    it.each(ROLES)('%s', async (role) => {
      const vars = await row.vars(role);
      const before = await auditCount();
      const res = await as[role].request(row.op, vars);
      if (row.allowed.includes(role)) {
        expect(res.errors).toBeUndefined();
        expect(await auditCount()).toBeGreaterThan(before);
      } else {
        expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.FORBIDDEN);
        expect(await auditCount()).toBe(before);
      }
    });
  });
});
