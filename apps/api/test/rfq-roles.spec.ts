import { PasswordService } from '@bc/api/identity';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { DEMO, DemoRole, userIds } from './support/purchasing-fixtures';
import { inSeconds, invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld, SHORT_PERIOD } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ROLES: DemoRole[] = ['admin', 'requester', 'specifier', 'buyer', 'gatekeeper', 'advisor', 'decider', 'supplier'];

interface Row {
  mutation: string;
  op: string;
  allowed: DemoRole[];
  /** Variables with which the mutation succeeds for an allowed role (fresh for each call). */
  vars: () => Promise<Record<string, unknown>>;
}


/**
 * Every RFQ mutation, for each of the seven buying roles and a supplier user: the roles the
 * permissions map allows succeed (on a case where every buying user is on the team in their role,
 * so the refusal is the role's own), every other role is FORBIDDEN and nothing is written. Where
 * the RFQ or invitation is not theirs to see (another buying organization, a supplier that was not
 * invited) the answer is NOT_FOUND. Then the approval's separation of duties and its reset.
 */
describe('RFQ mutations by role', () => {
  let app: TestApp;
  let w: RfqWorld;
  let ids: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    ids = await userIds(app);
  });
  afterAll(() => app.close());

  /** Every buying user on the case's team in their own role (buyers and gatekeepers see every case anyway). */
  async function onTeam(caseId: string): Promise<void> {
    for (const role of ['requester', 'specifier', 'gatekeeper', 'advisor', 'decider'] as const) {
      await app.dataSource.query(`INSERT INTO case_member (case_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        caseId,
        ids[DEMO[role]],
        role.toUpperCase(),
      ]);
    }
  }

  /** A case in SOURCING with an approved specification; with `shortlist`, Hanse is on its approved shortlist. */
  async function sourcingCase(shortlist: boolean): Promise<string> {
    const c = await w.walker.inSourcing();
    await onTeam(c.id);
    if (shortlist) {
      await w.as.buyer.ok(`mutation ($caseId: ID!, $s: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $s, decision: IN, reason: "Fits", source: SEARCH) { id } }`, {
        caseId: c.id,
        s: w.hanseSupplierId,
      });
      await w.as.buyer.ok(`mutation ($caseId: ID!) { submitShortlist(caseId: $caseId, singleSourceJustification: "Only one can deliver") { id } }`, { caseId: c.id });
      await w.as.gatekeeper.ok(`mutation ($caseId: ID!) { approveShortlist(caseId: $caseId, comment: "ok") { id } }`, { caseId: c.id });
    }
    return c.id;
  }
  const terms = () => ({ closesAt: inSeconds(7200), questionsCloseAt: inSeconds(3600), shortPeriodJustification: SHORT_PERIOD });
  async function draftRfq(shortlist = false): Promise<string> {
    const caseId = await sourcingCase(shortlist);
    return (await w.as.buyer.ok(RFQ_OPS.create, { caseId, input: terms() }))['createRfq'].id;
  }
  async function requestedRfq(shortlist = false): Promise<string> {
    const id = await draftRfq(shortlist);
    await w.as.buyer.ok(RFQ_OPS.requestApproval, { id });
    return id;
  }
  async function approvedRfq(): Promise<string> {
    const id = await requestedRfq(true);
    await w.as.gatekeeper.ok(RFQ_OPS.approve, { id });
    return id;
  }
  /** A published RFQ with Hanse invited: its id and Hanse's invitation. */
  async function published(): Promise<{ rfqId: string; invitationId: string }> {
    const { rfqId, caseId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId]);
    await onTeam(caseId);
    return { rfqId, invitationId: await invitationOf(w.as.supplier, rfq.reference) };
  }
  async function hanseQuestion(): Promise<string> {
    const { invitationId } = await published();
    return (await w.as.supplier.ok(RFQ_OPS.ask, { invitationId, body: 'Is a 316L variant acceptable?' }))['askRfqQuestion'].id;
  }

  const ROWS: Row[] = [
    { mutation: 'createRfq', op: RFQ_OPS.create, allowed: ['buyer'], vars: async () => ({ caseId: await sourcingCase(false), input: terms() }) },
    { mutation: 'updateRfq', op: RFQ_OPS.update, allowed: ['buyer'], vars: async () => ({ id: await draftRfq(), input: { title: 'Renamed RFQ' } }) },
    { mutation: 'requestRfqApproval', op: RFQ_OPS.requestApproval, allowed: ['buyer'], vars: async () => ({ id: await draftRfq() }) },
    { mutation: 'approveRfq', op: RFQ_OPS.approve, allowed: ['gatekeeper'], vars: async () => ({ id: await requestedRfq(), comment: 'Fine' }) },
    { mutation: 'returnRfq', op: RFQ_OPS.return, allowed: ['gatekeeper'], vars: async () => ({ id: await requestedRfq(), comment: 'Add the delivery address' }) },
    { mutation: 'publishRfq', op: RFQ_OPS.publish, allowed: ['buyer'], vars: async () => ({ id: await approvedRfq() }) },
    {
      mutation: 'extendRfq',
      op: RFQ_OPS.extend,
      allowed: ['buyer'],
      vars: async () => ({ id: (await published()).rfqId, closesAt: inSeconds(3 * 86_400), reason: 'A supplier asked for more time' }),
    },
    { mutation: 'cancelRfq', op: RFQ_OPS.cancel, allowed: ['buyer'], vars: async () => ({ id: (await published()).rfqId, reason: 'The need fell away' }) },
    {
      mutation: 'answerRfqQuestion',
      op: RFQ_OPS.answer,
      allowed: ['buyer'],
      vars: async () => ({ id: await hanseQuestion(), input: { answer: 'Yes', publish: true, publishedQuestion: 'May a 316L variant be offered?' } }),
    },
    { mutation: 'declineRfq', op: RFQ_OPS.decline, allowed: ['supplier'], vars: async () => ({ invitationId: (await published()).invitationId, reason: 'No capacity this quarter' }) },
    { mutation: 'askRfqQuestion', op: RFQ_OPS.ask, allowed: ['supplier'], vars: async () => ({ invitationId: (await published()).invitationId, body: 'Which drawing revision applies?' }) },
    {
      mutation: 'saveQuoteDraft',
      op: RFQ_OPS.saveDraft,
      allowed: ['supplier'],
      vars: async () => {
        const { invitationId } = await published();
        return { invitationId, input: await quoteFor(w.as.supplier, invitationId, '100.00') };
      },
    },
    {
      mutation: 'submitQuote',
      op: RFQ_OPS.submit,
      allowed: ['supplier'],
      vars: async () => {
        const { invitationId } = await published();
        return { invitationId, input: await quoteFor(w.as.supplier, invitationId, '100.00') };
      },
    },
    {
      mutation: 'withdrawQuote',
      op: RFQ_OPS.withdraw,
      allowed: ['supplier'],
      vars: async () => {
        const { invitationId } = await published();
        await w.as.supplier.ok(RFQ_OPS.submit, { invitationId, input: await quoteFor(w.as.supplier, invitationId, '100.00') });
        return { invitationId, reason: 'Price error' };
      },
    },
  ];

  const auditCount = async () => Number((await app.dataSource.query(`SELECT count(*) FROM audit_event`))[0].count);

  describe.each(ROWS)('$mutation', (row) => {
    for (const role of ROLES) {
      it(role, async () => {
        const vars = await row.vars();
        const before = await auditCount();
        const res = await w.as[role].request(row.op, vars);
        if (row.allowed.includes(role)) {
          expect(res.errors).toBeUndefined();
          expect(await auditCount()).toBeGreaterThan(before);
        } else {
          expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.FORBIDDEN);
          expect(await auditCount()).toBe(before);
        }
      });
    }
  });

  describe('where the RFQ or invitation is not theirs to see', () => {
    let other: GraphQLClient;

    beforeAll(async () => {
      // A buyer and gatekeeper of another buying organization: every RFQ permission, none of our RFQs.
      other = (await secondTenant(app, ['BUYER', 'GATEKEEPER'])).client;
    });

    const buyerRows = () => ROWS.filter((r) => !r.allowed.includes('supplier'));
    const supplierRows = () => ROWS.filter((r) => r.allowed.includes('supplier'));

    it('answers NOT_FOUND to a buyer and gatekeeper of another organization on every buyer-side mutation, and writes nothing', async () => {
      for (const row of buyerRows()) {
        const vars = await row.vars();
        const before = await auditCount();
        const res = await other.request(row.op, vars);
        expect([row.mutation, res.errors?.[0].extensions?.code]).toEqual([row.mutation, ErrorCode.NOT_FOUND]);
        expect(await auditCount()).toBe(before);
      }
    });

    it('answers NOT_FOUND to a supplier that was not invited on every supplier-side mutation, and writes nothing', async () => {
      for (const row of supplierRows()) {
        const vars = await row.vars();
        const before = await auditCount();
        const res = await w.as.alpine.request(row.op, vars);
        expect([row.mutation, res.errors?.[0].extensions?.code]).toEqual([row.mutation, ErrorCode.NOT_FOUND]);
        expect(await auditCount()).toBe(before);
      }
    });
  });

  describe('the approval', () => {
    it('may not be given by the gatekeeper who asked for it (separation of duties); another gatekeeper may', async () => {
      const hash = await app.running.app.get(PasswordService).hash('buyer and gatekeeper passphrase');
      await app.dataSource.query(
        `INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'both@nordwind.example', 'Bea Both', $2, '{BUYER,GATEKEEPER}')`,
        [w.organizationId, hash],
      );
      const both = await app.client().signIn('both@nordwind.example', 'buyer and gatekeeper passphrase');
      const id = await draftRfq();
      const requested = (await both.ok(RFQ_OPS.requestApproval, { id }))['requestRfqApproval'];
      expect(requested.approval).toBe('REQUESTED');

      const before = await auditCount();
      expect((await both.error(RFQ_OPS.approve, { id, comment: 'Looks good to me' })).extensions?.code).toBe(ErrorCode.SEPARATION_OF_DUTIES);
      expect((await both.error(RFQ_OPS.return, { id, comment: 'Change it' })).extensions?.code).toBe(ErrorCode.SEPARATION_OF_DUTIES);
      expect(await auditCount()).toBe(before);
      const [stored] = await app.dataSource.query(`SELECT approval, approval_decided_by FROM rfq WHERE id = $1`, [id]);
      expect(stored).toEqual({ approval: 'REQUESTED', approval_decided_by: null });

      const approved = (await w.as.gatekeeper.ok(RFQ_OPS.approve, { id }))['approveRfq'];
      expect(approved.approval).toBe('APPROVED');
    });

    it('is reset by a change to the draft after it was given, so the RFQ cannot be published until approved again', async () => {
      const id = await approvedRfq();
      const updated = (await w.as.buyer.ok(RFQ_OPS.update, { id, input: { title: 'Changed after approval' } }))['updateRfq'];
      expect(updated).toMatchObject({ approval: 'NONE', status: 'DRAFT', title: 'Changed after approval' });
      const refused = await w.as.buyer.error(RFQ_OPS.publish, { id });
      expect(refused.extensions?.code).toBe(ErrorCode.CONFLICT);
      expect((await w.as.buyer.ok(RFQ_OPS.rfq, { id }))['rfq']).toMatchObject({ status: 'DRAFT', approval: 'NONE', invitations: [] });

      await w.as.buyer.ok(RFQ_OPS.requestApproval, { id });
      await w.as.gatekeeper.ok(RFQ_OPS.approve, { id });
      expect((await w.as.buyer.ok(RFQ_OPS.publish, { id }))['publishRfq']).toMatchObject({ status: 'PUBLISHED', approval: 'APPROVED' });
    });

    it('is reset by a change while it is requested, and a decision on the reset request is refused', async () => {
      const id = await requestedRfq();
      const updated = (await w.as.buyer.ok(RFQ_OPS.update, { id, input: { paymentTerms: '30 days net' } }))['updateRfq'];
      expect(updated.approval).toBe('NONE');
      expect((await w.as.gatekeeper.error(RFQ_OPS.approve, { id })).extensions?.code).toBe(ErrorCode.CONFLICT);
    });
  });
});
