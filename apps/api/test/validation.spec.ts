import { ErrorCode } from '@bc/shared/domain';
import { GraphQLClient } from './support/graphql-client';
import { DEMO, LINES, NEW_CASE, OPS, userIds } from './support/purchasing-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { url } }`;
const PROFILE = `mutation ($input: UpdateProfileInput!) { updateMyProfile(input: $input) { name } }`;

/** What each kind of bad input gets: VALIDATION_FAILED naming the field, and nothing written. */
describe('bad input', () => {
  let app: TestApp;
  let admin: Awaited<ReturnType<TestApp['as']>>;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.as('admin@nordwind.example');
  });
  afterAll(() => app.close());

  const cases: Array<[string, string, Record<string, unknown>, string]> = [
    ['an empty email', INVITE, { input: { email: '', roles: ['BUYER'] } }, 'input.email'],
    ['a malformed email', INVITE, { input: { email: 'not-an-email', roles: ['BUYER'] } }, 'input.email'],
    ['a too long email', INVITE, { input: { email: `${'a'.repeat(250)}@x.example`, roles: ['BUYER'] } }, 'input.email'],
    ['no roles at all', INVITE, { input: { email: 'x@nordwind.example', roles: [] } }, 'input.roles'],
    ['an unknown enum value', INVITE, { input: { email: 'x@nordwind.example', roles: ['EMPEROR'] } }, 'input.roles'],
    ['a wrong type', INVITE, { input: { email: 42, roles: ['BUYER'] } }, 'input.email'],
    ['a missing field', INVITE, { input: { roles: ['BUYER'] } }, 'input.email'],
    ['an unknown field', INVITE, { input: { email: 'x@nordwind.example', roles: ['BUYER'], admin: true } }, 'input.admin'],
    ['an empty name', PROFILE, { input: { name: '   ', locale: 'EN' } }, 'input.name'],
    ['a too long name', PROFILE, { input: { name: 'n'.repeat(201), locale: 'EN' } }, 'input.name'],
    ['an unknown locale', PROFILE, { input: { name: 'Petra', locale: 'fr' } }, 'input.locale'],
  ];

  it.each(cases)('%s gets VALIDATION_FAILED naming the field', async (_what, query, variables, field) => {
    const res = await admin.request(query, variables);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field });
    expect(res.errors?.[0].message).not.toMatch(/\n\s+at /);
    expect(res.data ?? null).toBeNull();
  });

  it('writes nothing for rejected input', async () => {
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM invitation`);
    expect(n).toBe(0);
  });

  it('answers an id that is not a UUID like one that names nothing', async () => {
    const res = await admin.request(`query ($id: ID!) { user(id: $id) { id } }`, { id: "1' OR '1'='1" });
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses a common password at invitation acceptance, naming the field', async () => {
    const link = await admin.ok(INVITE, { input: { email: 'newbie@nordwind.example', roles: ['REQUESTER'] } });
    const token = new URL(link['inviteUser'].url).pathname.split('/').pop();
    const accept = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`;
    const common = await app.client().error(accept, { input: { token, name: 'Nina Neu', password: 'password123' } });
    expect(common.extensions).toMatchObject({ code: ErrorCode.PASSWORD_REJECTED, field: 'input.password' });
    const short = await app.client().error(accept, { input: { token, name: 'Nina Neu', password: 'short' } });
    expect(short.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.password' });
    const own = await app.client().error(accept, { input: { token, name: 'Nina Neu', password: 'newbie@nordwind.example' } });
    expect(own.extensions).toMatchObject({ code: ErrorCode.PASSWORD_REJECTED, field: 'input.password' });
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'newbie@nordwind.example'`);
    expect(n).toBe(0);
  });
});

/**
 * Input the database would refuse never gets that far: text with NUL, numbers outside their
 * column's precision or CHECK, amounts and dates outside the bounds the product names once
 * (`@bc/shared/domain` input-bounds). Each is VALIDATION_FAILED naming the field, not INTERNAL.
 */
describe('input the database would refuse', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  let buyer: GraphQLClient;
  let specifier: GraphQLClient;
  let caseId: string;
  beforeAll(async () => {
    app = await startTestApp();
    [admin, buyer, specifier] = await Promise.all([app.as(DEMO.admin), app.as(DEMO.buyer), app.as(DEMO.specifier)]);
    const ids = await userIds(app);
    caseId = (await buyer.ok(OPS.createCase, { input: NEW_CASE }))['createPurchaseCase'].id;
    await buyer.ok(OPS.addMember, { caseId, userId: ids[DEMO.specifier], role: 'SPECIFIER' });
    await buyer.ok(OPS.moveCase, { caseId, to: 'SPECIFICATION' });
  });
  afterAll(() => app.close());

  const refused = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }, field: string) => {
    expect(res.errors?.[0].extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field });
  };

  it.each([
    ['a case search', `query ($s: String) { purchaseCases(filter: { search: $s }) { total } }`, 'filter.search'],
    ['a portal-account search', `query ($s: String!) { supplierPortalAccounts(search: $s) { id } }`, 'search'],
    ['a CPV search', `query ($s: String!) { cpvCodes(search: $s) { code } }`, 'search'],
    ['a supplier directory search', `query ($s: String) { suppliers(filter: { search: $s }) { total } }`, 'filter.search'],
    ['an invitation token', `query ($s: String!) { invitationPreview(token: $s) { email } }`, 'token'],
  ])('refuses a NUL character in %s, naming the field', async (_what, query, field) => {
    const res = await buyer.request(query, { s: 'pump\u0000s' });
    refused(res, field);
    expect(res.errors?.[0].extensions?.['rule']).toBe('NO_NUL_CHARACTERS');
  });

  it('refuses a NUL character deep in a mutation input and writes nothing', async () => {
    const res = await specifier.request(OPS.saveSpec, {
      caseId,
      input: { lines: [{ ...LINES[0], attributes: [{ name: 'Material', value: 'steel\u0000' }] }], requirements: [] },
    });
    refused(res, 'input.lines.0.attributes.0.value');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM specification_version WHERE case_id = $1`, [caseId]);
    expect(n).toBe(0);
  });

  it.each(['0', '0.000', '000.0'])('refuses a quantity of %s in a need and in a specification line', async (quantity) => {
    refused(await buyer.request(OPS.raiseNeed, { input: { title: 'Gloves', justification: 'Stock', quantity } }), 'input.quantity');
    refused(await specifier.request(OPS.saveSpec, { caseId, input: { lines: [{ ...LINES[0], quantity }], requirements: [] } }), 'input.lines.0.quantity');
  });

  it('refuses numbers beyond their column: 12 digits of quantity, 15 of money, too many places', async () => {
    refused(await buyer.request(OPS.raiseNeed, { input: { title: 'Gloves', justification: 'Stock', quantity: '123456789012' } }), 'input.quantity');
    refused(await buyer.request(OPS.raiseNeed, { input: { title: 'Gloves', justification: 'Stock', quantity: '1.0001' } }), 'input.quantity');
    refused(await buyer.request(OPS.createCase, { input: { ...NEW_CASE, estimatedValue: '123456789012345' } }), 'input.estimatedValue');
    // Leading zeros do not count as digits: 0000000000001.5 is 1.5.
    const ok = await buyer.ok(OPS.raiseNeed, { input: { title: 'Gloves', justification: 'Stock', quantity: '0000000000001.5' } });
    expect(ok['raiseNeed'].status).toBe('SUBMITTED');
  });

  it.each([
    [1e308, 'input.tiers.0.upTo'],
    [1_000_000_000_000.01, 'input.tiers.0.upTo'],
    [10_000.005, 'input.tiers.0.upTo'],
  ])('refuses an approval threshold of %s', async (upTo, field) => {
    const res = await admin.request(`mutation ($input: ApprovalPolicyInput!) { updateApprovalPolicy(input: $input) { mode } }`, {
      input: { mode: 'SEQUENTIAL', tiers: [{ upTo, deciders: 1, gatekeeper: false }, { upTo: null, deciders: 2, gatekeeper: true }] },
    });
    refused(res, field);
  });

  it('takes the largest approval threshold', async () => {
    const res = await admin.ok(`mutation ($input: ApprovalPolicyInput!) { updateApprovalPolicy(input: $input) { tiers { upTo } } }`, {
      input: { mode: 'SEQUENTIAL', tiers: [{ upTo: 1_000_000_000_000, deciders: 1, gatekeeper: false }, { upTo: null, deciders: 2, gatekeeper: true }] },
    });
    expect(res['updateApprovalPolicy'].tiers[0].upTo).toBe(1_000_000_000_000);
  });

  it.each(['9999-12-31', '1999-12-31', '2026-02-30'])('refuses a need-by date of %s', async (neededBy) => {
    refused(await buyer.request(OPS.raiseNeed, { input: { title: 'Gloves', justification: 'Stock', neededBy } }), 'input.neededBy');
    refused(await buyer.request(OPS.updateCase, { id: caseId, input: { neededBy } }), 'input.neededBy');
  });

  it('refuses closing times and deadlines in the year 9999 or before 2000', async () => {
    const someId = '00000000-0000-4000-8000-000000000000';
    for (const at of ['9999-12-31T12:00:00Z', '1999-06-01T12:00:00Z']) {
      refused(await buyer.request(`mutation ($id: ID!, $at: DateTime!) { updateRfq(id: $id, input: { closesAt: $at }) { id } }`, { id: someId, at }), 'input.closesAt');
      refused(await buyer.request(`mutation ($id: ID!, $at: DateTime!) { updateRfq(id: $id, input: { questionsCloseAt: $at }) { id } }`, { id: someId, at }), 'input.questionsCloseAt');
      refused(await buyer.request(`mutation ($id: ID!, $at: DateTime!) { extendRfq(id: $id, closesAt: $at, reason: "Later") { id } }`, { id: someId, at }), 'closesAt');
      refused(
        await buyer.request(`mutation ($input: OpenNegotiationRoundInput!) { openNegotiationRound(input: $input) { id } }`, {
          input: { rfqId: someId, invitationIds: [someId], message: 'Your best offer', closesAt: at },
        }),
        'input.closesAt',
      );
    }
  });

  it('refuses delivery, validity and history dates outside the bounds', async () => {
    const someId = '00000000-0000-4000-8000-000000000000';
    refused(
      await buyer.request(`mutation ($input: RecordDeliveryInput!) { recordDelivery(input: $input) { id } }`, {
        input: { proposalId: someId, supplierId: someId, deliveredOn: '1999-12-31', onTime: true },
      }),
      'input.deliveredOn',
    );
    refused(
      await buyer.request(`mutation ($input: RecordPerformanceInput!) { recordPerformance(input: $input) { id } }`, {
        input: { supplierId: someId, kind: 'QUALITY_INCIDENT', occurredOn: '1970-01-01' },
      }),
      'input.occurredOn',
    );
    refused(
      await buyer.request(`mutation ($id: ID!, $input: CertificateInput!) { addCertificate(supplierId: $id, input: $input) { id } }`, {
        id: someId,
        input: { name: 'ISO 9001', validUntil: '9999-12-31' },
      }),
      'input.validUntil',
    );
  });
});
