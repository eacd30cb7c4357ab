import { DEMO } from './support/purchasing-fixtures';
import { invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld, SUPPLIER_USERS } from './support/rfq-fixtures';
import { LoopbackInbox, waitFor } from './support/smtp-inbox';
import { startTestApp, TestApp } from './support/test-app';

const OUTBOX = `{ mailOutbox(limit: 200) { total items { kind to subject status } } }`;

/**
 * Mail about a supplier's own sealed quote (its receipt with the nonce, its withdrawal) reaches the
 * supplier over SMTP in full, and then the outbox keeps only its metadata: no body, HTML or
 * attachment in the table, so no one on the buying side (mail log, audit trail, any query) can read
 * it before the quote is opened. The buying team's own notification keeps its body.
 */
describe('confidential supplier mail', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    const port = await inbox.start();
    app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, mailPollIntervalMs: 100 });
    w = await rfqWorld(app);
  });
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  it('delivers the receipt and the withdrawal, then keeps nothing of their bodies; the buying side never sees them', async () => {
    const { rfq } = await publishedRfq(app, w, [w.hanseSupplierId]);
    const ref = rfq['reference'] as string;
    const invitationId = await invitationOf(w.as.supplier, ref);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId, input: await quoteFor(w.as.supplier, invitationId, '123.45', { supplierReference: 'HANSE-SECRET-REF' }) });
    await w.as.supplier.ok(RFQ_OPS.withdraw, { invitationId, reason: 'Recalculating' });

    type Row = { id: string; kind: string; message_id: string; status: string; text_body: string; html_body: string | null; attachments: unknown[]; body_purged_at: Date | null; subject: string };
    const rowsOf = async (kind: string): Promise<Row[]> =>
      app.dataSource.query(`SELECT * FROM outbox_message WHERE kind = $1 AND to_address = $2 AND subject LIKE $3`, [kind, SUPPLIER_USERS.hanse, `[${ref}]%`]);
    const sent = async (kind: string): Promise<Row> => waitFor(async () => (await rowsOf(kind)).find((r) => r.status === 'SENT'), 30_000);

    // The supplier gets the whole receipt: the fingerprint, the nonce, its own reference.
    const receipt = await sent('quote.receipt');
    const [mail] = await waitFor(() => inbox.withMessageId(receipt.message_id).length > 0 && inbox.withMessageId(receipt.message_id), 30_000);
    const nonce = /Nonce[^\n]*\n+\s*([0-9a-f]{64})/.exec(mail.text ?? '')?.[1];
    expect(nonce).toMatch(/^[0-9a-f]{64}$/);
    expect(mail.text).toContain('HANSE-SECRET-REF');

    // Then the outbox keeps what it was, not what it said.
    const withdrawal = await sent('quote.withdrawn');
    for (const row of [receipt, withdrawal]) {
      expect(row).toMatchObject({ status: 'SENT', text_body: '', html_body: null, attachments: [] });
      expect(row.body_purged_at).toBeInstanceOf(Date);
      expect(row.subject).toContain(ref);
    }
    const anywhere = async (needle: string) =>
      Number(
        (
          await app.dataSource.query(
            `SELECT (SELECT count(*) FROM outbox_message WHERE text_body LIKE $1 OR html_body LIKE $1 OR attachments::text LIKE $1)
                  + (SELECT count(*) FROM audit_event WHERE summary::text LIKE $1) AS n`,
            [`%${needle}%`],
          )
        )[0].n,
      );
    expect(await anywhere(nonce as string)).toBe(0);
    expect(await anywhere('HANSE-SECRET-REF')).toBe(0);

    // The buying organization's mail log lists neither; its admin cannot retry or read them; the buyers' own notice keeps its body.
    const admin = await app.as(DEMO.admin);
    const buyerLog: Array<{ kind: string }> = (await admin.ok(OUTBOX))['mailOutbox'].items;
    expect(buyerLog.map((m) => m.kind)).toEqual(expect.arrayContaining(['team.quote-submitted']));
    expect(buyerLog.filter((m) => m.kind.startsWith('quote.'))).toEqual([]);
    expect((await admin.error(`mutation ($id: ID!) { retryMail(id: $id) { id } }`, { id: receipt.id })).extensions?.code).toBe('NOT_FOUND');
    const team = await waitFor(async () => {
      const [row] = await app.dataSource.query(`SELECT status, text_body, confidential FROM outbox_message WHERE kind = 'team.quote-submitted' AND subject LIKE $1`, [`[${ref}]%`]);
      return row?.status === 'SENT' && row;
    }, 30_000);
    expect(team.confidential).toBe(false);
    expect(team.text_body).toContain(ref);
  });

  it('the database refuses a body on a purged row', async () => {
    const [row] = await app.dataSource.query(`SELECT id FROM outbox_message WHERE confidential AND body_purged_at IS NOT NULL LIMIT 1`);
    await expect(app.dataSource.query(`UPDATE outbox_message SET text_body = 'leak' WHERE id = $1`, [row.id])).rejects.toThrow(/outbox_message_purged_body_empty/);
  });
});
