import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { auditActions, CaseWalker, DemoRole, LINES, nordwindId, OPS, REQUIREMENTS, signInAll, userIds } from './support/purchasing-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Specifications are versioned: a version is never changed, an approved one is frozen, edits start from the latest. */
describe('specification versions', () => {
  let app: TestApp;
  let as: Record<DemoRole, GraphQLClient>;
  let walk: CaseWalker;
  let org: string;

  const VERSION = `query ($id: ID!) { specificationVersion(id: $id) { id version status lines { key description quantity } requirements { key text weight } } }`;
  const DIFF = `query ($from: ID!, $to: ID!) { specificationDiff(fromVersionId: $from, toVersionId: $to) {
    lines { change key fields changes { field before after } before { description } after { description } }
    requirements { change key fields changes { field before after } }
    attachments { change file { id name } } } }`;

  beforeAll(async () => {
    app = await startTestApp();
    as = await signInAll(app);
    org = await nordwindId(app);
    walk = new CaseWalker(app, as, await userIds(app), org);
  });
  afterAll(() => app.close());

  const save = (caseId: string, input: Record<string, unknown>, who: GraphQLClient = as.specifier) =>
    who.ok(OPS.saveSpec, { caseId, input: { lines: LINES, requirements: REQUIREMENTS, ...input } }).then((d) => d['saveSpecification']);

  async function upload(name: string): Promise<string> {
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO stored_file (organization_id, name, content_type, size_bytes, sha256, data) VALUES ($1, $2, 'application/pdf', 3, repeat('a', 64), '\\x010203') RETURNING id`,
      [org, name],
    );
    return id;
  }

  it('saving writes a new DRAFT version from the latest; old versions stay readable and unchanged', async () => {
    const c = await walk.inSpecification();
    const v1 = await save(c.id, { baseVersionId: null, note: 'First draft' });
    expect(v1).toMatchObject({ version: 1, status: 'DRAFT', baseVersionId: null, note: 'First draft', authorName: 'Dr. Lena Hoffmann' });
    expect(v1.lines[0]).toMatchObject({ description: LINES[0].description, quantity: '4.000', unit: 'pcs', attributes: LINES[0].attributes });
    expect(v1.requirements.map((r: { weight: number | null }) => r.weight)).toEqual([null, 30]);

    const edited = v1.lines.map((l: { key: string; description: string; quantity: string; unit: string }, i: number) => ({
      key: l.key,
      description: l.description,
      quantity: i === 0 ? '6' : l.quantity,
      unit: l.unit,
    }));
    const v2 = await save(c.id, { baseVersionId: v1.id, lines: edited });
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', baseVersionId: v1.id });
    expect(v2.lines.map((l: { key: string }) => l.key)).toEqual(v1.lines.map((l: { key: string }) => l.key));

    const again = (await as.buyer.ok(VERSION, { id: v1.id }))['specificationVersion'];
    expect(again.lines[0].quantity).toBe('4.000');
    expect(await auditActions(app, v1.id)).toEqual(['specification.saved']);
  });

  it('saving from a stale base is refused with STALE, and nothing is written', async () => {
    const c = await walk.inSpecification();
    const v1 = await save(c.id, { baseVersionId: null });
    await save(c.id, { baseVersionId: v1.id });
    const stale = await as.specifier.error(OPS.saveSpec, { caseId: c.id, input: { baseVersionId: v1.id, lines: [], requirements: [] } });
    expect(stale.extensions).toMatchObject({ code: ErrorCode.STALE, field: 'input.baseVersionId' });
    const first = await as.specifier.error(OPS.saveSpec, { caseId: c.id, input: { baseVersionId: null, lines: [], requirements: [] } });
    expect(first.extensions?.code).toBe(ErrorCode.STALE);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM specification_version WHERE case_id = $1`, [c.id]);
    expect(count).toBe(2);
  });

  it('approving freezes a version: it cannot change, and only the latest can be approved', async () => {
    const c = await walk.inSpecification();
    const v1 = await save(c.id, { baseVersionId: null });
    const v2 = await save(c.id, { baseVersionId: v1.id });
    expect((await as.specifier.error(OPS.approveSpec, { versionId: v1.id })).extensions?.code).toBe(ErrorCode.STALE);
    const approved = (await as.specifier.ok(OPS.approveSpec, { versionId: v2.id }))['approveSpecification'];
    expect(approved).toMatchObject({ status: 'APPROVED', approvedByName: 'Dr. Lena Hoffmann' });
    expect((await as.specifier.error(OPS.approveSpec, { versionId: v2.id })).extensions?.code).toBe(ErrorCode.CONFLICT);
    const onCase = (await as.buyer.ok(`query ($id: ID!) { purchaseCase(id: $id) { approvedSpecification { id } specification { id } specificationVersions { version status } } }`, { id: c.id }))['purchaseCase'];
    expect(onCase).toEqual({ approvedSpecification: { id: v2.id }, specification: { id: v2.id }, specificationVersions: [{ version: 2, status: 'APPROVED' }, { version: 1, status: 'DRAFT' }] });
    // Not even the database lets the frozen version or its lines change.
    await expect(app.dataSource.query(`UPDATE specification_version SET note = 'sneaky' WHERE id = $1`, [v2.id])).rejects.toThrow(/never rewritten/);
    await expect(app.dataSource.query(`UPDATE specification_version SET status = 'DRAFT' WHERE id = $1`, [v2.id])).rejects.toThrow(/never rewritten/);
    await expect(app.dataSource.query(`UPDATE specification_line SET quantity = 99 WHERE version_id = $1`, [v2.id])).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM specification_requirement WHERE version_id = $1`, [v2.id])).rejects.toThrow(/append-only/);
    // Editing goes on in a new version; the approved one stays what the RFQ refers to.
    const v3 = await save(c.id, { baseVersionId: v2.id });
    expect(v3).toMatchObject({ version: 3, status: 'DRAFT' });
    const after = (await as.buyer.ok(`query ($id: ID!) { purchaseCase(id: $id) { approvedSpecification { id } specification { id } } }`, { id: c.id }))['purchaseCase'];
    expect(after).toEqual({ approvedSpecification: { id: v2.id }, specification: { id: v3.id } });
    expect(await auditActions(app, v2.id)).toEqual(['specification.saved', 'specification.approved']);
  });

  it('the diff shows added, removed and changed lines and requirements, and attachments added and removed', async () => {
    const c = await walk.inSpecification();
    const drawing = await upload('drawing-rev-a.pdf');
    const datasheet = await upload('datasheet.pdf');
    const v1 = await save(c.id, { baseVersionId: null, attachmentIds: [drawing] });
    const [pump, seals] = v1.lines;
    const [atex, delivery] = v1.requirements;
    const v2 = await save(c.id, {
      baseVersionId: v1.id,
      lines: [
        { key: pump.key, description: pump.description, quantity: '5', unit: 'pcs', attributes: [{ name: 'material', value: 'cast iron' }] },
        { description: 'Frequency converter', quantity: '4', unit: 'pcs' },
      ],
      requirements: [
        { key: atex.key, text: atex.text, kind: 'MUST_HAVE' },
        { key: delivery.key, text: delivery.text, kind: 'NICE_TO_HAVE', weight: 60 },
      ],
      attachmentIds: [datasheet],
    });
    const diff = (await as.buyer.ok(DIFF, { from: v1.id, to: v2.id }))['specificationDiff'];
    expect(diff.lines).toEqual([
      {
        change: 'CHANGED',
        key: pump.key,
        fields: ['quantity', 'attributes'],
        changes: [
          { field: 'quantity', before: '4.000', after: '5.000' },
          { field: 'attributes', before: '[{"name":"material","value":"stainless steel"}]', after: '[{"name":"material","value":"cast iron"}]' },
        ],
        before: { description: pump.description },
        after: { description: pump.description },
      },
      { change: 'ADDED', key: expect.any(String), fields: [], changes: [], before: null, after: { description: 'Frequency converter' } },
      { change: 'REMOVED', key: seals.key, fields: [], changes: [], before: { description: seals.description }, after: null },
    ]);
    expect(diff.requirements).toEqual([
      { change: 'CHANGED', key: delivery.key, fields: ['weight'], changes: [{ field: 'weight', before: '30', after: '60' }] },
    ]);
    expect(diff.attachments).toEqual([
      { change: 'ADDED', file: { id: datasheet, name: 'datasheet.pdf' } },
      { change: 'REMOVED', file: { id: drawing, name: 'drawing-rev-a.pdf' } },
    ]);
    const other = await walk.inSpecification();
    const foreign = await save(other.id, { baseVersionId: null });
    expect((await as.buyer.error(DIFF, { from: v1.id, to: foreign.id })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'toVersionId' });
  });

  it('refuses bad lines and requirements naming the field, and files of another organization', async () => {
    const c = await walk.inSpecification();
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ lines: [{ description: '', quantity: '1', unit: 'pcs' }] }, 'input.lines.0.description'],
      [{ lines: [{ description: 'x', quantity: '-1', unit: 'pcs' }] }, 'input.lines.0.quantity'],
      [{ requirements: [{ text: 'Fast', kind: 'NICE_TO_HAVE' }] }, 'input.requirements.0.weight'],
      [{ requirements: [{ text: 'Fast', kind: 'NICE_TO_HAVE', weight: 101 }] }, 'input.requirements.0.weight'],
      [{ requirements: [{ text: 'Safe', kind: 'MUST_HAVE', weight: 10 }] }, 'input.requirements.0.weight'],
      [{ attachmentIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.attachmentIds'],
    ];
    for (const [input, field] of bad) {
      const error = await as.specifier.error(OPS.saveSpec, { caseId: c.id, input: { baseVersionId: null, lines: [], requirements: [], ...input } });
      expect({ input, ...error.extensions }).toMatchObject({ input, code: ErrorCode.VALIDATION_FAILED, field });
    }
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM specification_version WHERE case_id = $1`, [c.id]);
    expect(count).toBe(0);
  });

  it('only specifiers on the team write and approve; edits are refused once the case is past SOURCING (STAGE_LOCKED)', async () => {
    const c = await walk.newCase();
    // A buyer sees the case but may not write the specification.
    expect((await as.buyer.error(OPS.saveSpec, { caseId: c.id, input: { lines: [], requirements: [] } })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    // A specifier not on the team does not see the case at all.
    expect((await as.specifier.error(OPS.saveSpec, { caseId: c.id, input: { lines: [], requirements: [] } })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    await walk.addSpecifier(c.id);
    const v1 = await save(c.id, { baseVersionId: null });

    const sourcing = await walk.inSourcing();
    await walk.approvedShortlist(sourcing.id, 3);
    await walk.publishRfq(sourcing.id);
    const latest = (await as.buyer.ok(`query ($id: ID!) { purchaseCase(id: $id) { specification { id } } }`, { id: sourcing.id }))['purchaseCase'].specification;
    const locked = await as.specifier.error(OPS.saveSpec, { caseId: sourcing.id, input: { baseVersionId: latest.id, lines: [], requirements: [] } });
    expect(locked.extensions).toMatchObject({ code: ErrorCode.STAGE_LOCKED, stage: 'RFQ' });
    expect(v1.version).toBe(1);
  });
});
