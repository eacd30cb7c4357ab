import type { ParsedMail } from 'mailparser';
import { AWARD_OPS, caseInDecision, DecisionCase } from './support/award-fixtures';
import { DEMO } from './support/purchasing-fixtures';
import { publishedRfq, rfqWorld, RfqWorld, SUPPLIER_USERS } from './support/rfq-fixtures';
import { countStatements } from './support/query-counter';
import { LoopbackInbox, waitFor } from './support/smtp-inbox';
import { startTestApp, TestApp } from './support/test-app';

const HANSE = SUPPLIER_USERS.hanse;
const ALPINE = SUPPLIER_USERS.alpine;
/** The configured address, named for the buying organization; answers go to the buyer who proposed the award. */
const FROM = { address: 'einkauf@nordwind.example', name: 'Nordwind Maschinenbau GmbH' };
const REPLY_TO = { address: DEMO.buyer, name: 'Markus Schäfer' };
const OUTCOME = `outcome { result decidedAt totalValue currency lines { lineKey description unit quantity unitPrice total } }`;
/** Walking a case to DECISION through the API takes a while on a busy machine. */
const SETUP_TIMEOUT = 180_000;
/** A mail part without its links: ids in URLs are hex and may contain any digits, so prices are looked for in the rest. */
const unlinked = (part: string) => part.replace(/https?:\/\/[^\s"<]+/g, '');

const PORTAL = {
  one: `query ($id: ID!) { portalInvitation(id: $id) { id ${OUTCOME} } }`,
  list: `{ portalInvitations { items { id rfqReference ${OUTCOME} } } }`,
};

/**
 * The award's emails, sent through the outbox to a real SMTP server on loopback and parsed as a
 * mail client would, and the outcome in the supplier portal. Hanse (first place, 100.00 EUR per
 * unit: 4 pumps and 8 seal kits, 1200.00 EUR) is proposed; the demo decider rejects the first
 * proposal and approves the second (routine, 1200.00 EUR: one decider). Alpine (110.00 per unit)
 * reads German and gets the regret letter.
 */
describe('award emails over SMTP and the outcome in the portal', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let w: RfqWorld;
  let c: DecisionCase;
  let first: Record<string, any>;
  let second: Record<string, any>;

  beforeAll(async () => {
    const port = await inbox.start();
    app = await startTestApp({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Einkauf Nordwind <einkauf@nordwind.example>',
      mailPollIntervalMs: 100,
      mailRetryBaseMs: 50,
    });
    w = await rfqWorld(app);
    await app.dataSource.query(`UPDATE app_user SET locale = 'de' WHERE email = $1`, [ALPINE]);
    c = await caseInDecision(app, w);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  /** Every message of `kind` to `to` about `ref`, oldest first, as the SMTP server received them. */
  async function receivedAll(kind: string, to: string, count: number, ref: string): Promise<ParsedMail[]> {
    const rows: Array<{ message_id: string }> = await waitFor(async () => {
      const found = await app.dataSource.query(`SELECT message_id FROM outbox_message WHERE kind = $1 AND to_address = $2 AND subject LIKE $3 ORDER BY created_at`, [
        kind,
        to,
        `[${ref}]%`,
      ]);
      return found.length >= count && found;
    }, 30_000);
    expect(rows).toHaveLength(count);
    return waitFor(() => {
      const got = rows.map((r) => inbox.withMessageId(r.message_id)[0]);
      return got.every(Boolean) && got;
    }, 30_000);
  }
  const received = async (kind: string, to: string, ref: string) => (await receivedAll(kind, to, 1, ref))[0];
  const sentTo = async (kind: string, to: string): Promise<number> =>
    (await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = $1 AND to_address = $2`, [kind, to]))[0].n;

  /** Our From and Message-ID, the language, the reference in the subject, text and HTML; returns both parts. */
  function wellFormed(mail: ParsedMail, locale: 'en' | 'de', ref: string): { text: string; html: string } {
    expect(mail.from?.value).toEqual([FROM]);
    expect(mail.replyTo?.value).toEqual([REPLY_TO]);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@nordwind\.example>$/);
    expect(mail.headers.get('content-language')).toBe(locale);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.subject?.startsWith(`[${ref}] `)).toBe(true);
    const text = mail.text ?? '';
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(html).toContain(`<html lang="${locale}">`);
    expect(text).toContain(ref);
    expect(html).toContain(ref);
    expect(mail.attachments).toEqual([]);
    return { text, html };
  }

  it('shows no outcome in the portal before the award', async () => {
    expect((await w.as.supplier.ok(PORTAL.one, { id: c.hanseInv }))['portalInvitation'].outcome).toBeNull();
    expect((await w.as.alpine.ok(PORTAL.one, { id: c.alpineInv }))['portalInvitation'].outcome).toBeNull();
  });

  it('asks the decider to approve: the case, the proposed supplier, value and currency, the ranking, the link to the inbox', async () => {
    first = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
    expect(first).toMatchObject({ status: 'PENDING', totalValue: '1200.00', currency: 'EUR', followsRanking: true });
    const mail = await received('award.approval-requested', DEMO.decider, c.caseReference);
    const { text, html } = wellFormed(mail, 'en', c.caseReference);
    expect(mail.subject).toContain('Award approval requested');
    expect(mail.to).toMatchObject({ value: [{ address: DEMO.decider, name: 'Sabine Krüger' }] });
    for (const part of [text, html]) {
      expect(part).toContain('Hello Sabine Krüger,');
      expect(part).toContain('Hanse Industrietechnik GmbH (directory)');
      expect(part).toContain('1,200.00 EUR');
      expect(part).toContain('Markus Schäfer');
      expect(part).toContain('The proposal follows the ranking of the evaluation.');
      expect(part).toContain('/inbox');
    }
    expect(text).toMatch(/^Follows the ranking:\s+Yes$/m);
    // Not to the proposer, nor to a supplier.
    expect(await sentTo('award.approval-requested', DEMO.buyer)).toBe(0);
    expect(await sentTo('award.approval-requested', HANSE)).toBe(0);
  });

  it('tells the buyer who rejected it and why, and that the case is back in DECISION', async () => {
    await w.as.decider.ok(AWARD_OPS.reject, { proposalId: first.id, comment: 'Ask Hanse for a better price on the seal kits' });
    const mail = await received('award.rejected', DEMO.buyer, c.caseReference);
    const { text, html } = wellFormed(mail, 'en', c.caseReference);
    expect(mail.subject).toContain('Award proposal rejected');
    for (const part of [text, html]) {
      expect(part).toContain('Sabine Krüger has rejected the proposal');
      expect(part).toContain('Comment: Ask Hanse for a better price on the seal kits');
      expect(part).toContain('DECISION');
      expect(part).toContain(`/cases/${c.caseId}`);
    }
    // The case team hears it too (the specifier is on it); the decider who rejected does not.
    await received('award.rejected', DEMO.specifier, c.caseReference);
    expect(await sentTo('award.rejected', DEMO.decider)).toBe(0);
    expect(await sentTo('award.rejected', HANSE)).toBe(0);
  });

  it('sends the awarded supplier its award letter with its own lines and total, once approved', async () => {
    second = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
    expect(second.version).toBe(2);
    await receivedAll('award.approval-requested', DEMO.decider, 2, c.caseReference);
    const approved = (await w.as.decider.ok(AWARD_OPS.approve, { proposalId: second.id, comment: 'Fine' }))['approveAward'];
    expect(approved.status).toBe('APPROVED');

    const mail = await received('award.letter', HANSE, c.rfqReference);
    const { text, html } = wellFormed(mail, 'en', c.rfqReference);
    expect(mail.subject).toContain('Award:');
    expect(mail.to).toMatchObject({ value: [{ address: HANSE, name: 'Felix Brandt' }] });
    for (const part of [text, html]) {
      expect(part).toContain('Hello Felix Brandt,');
      expect(part).toContain('awards your company the RFQ');
      expect(part).toContain('1. Centrifugal pump, 15 m³/h');
      expect(part).toContain('4 pcs × 100.00 EUR = 400.00 EUR');
      expect(part).toContain('2. Spare seal kit');
      expect(part).toContain('8 pcs × 100.00 EUR = 800.00 EUR');
      expect(part).toContain('1,200.00 EUR');
      expect(part).toContain('a purchase order follows');
      expect(part).toContain(`/portal/rfqs/${c.hanseInv}`);
      expect(part).not.toContain('Alpine');
      expect(unlinked(part)).not.toMatch(/110|880/);
    }
    expect(text).toMatch(/^Total awarded to your company:\s+1,200\.00 EUR$/m);
  }, SETUP_TIMEOUT);

  it('sends the other supplier a regret letter in German, without the winner or any price', async () => {
    const mail = await received('award.regret', ALPINE, c.rfqReference);
    const { text, html } = wellFormed(mail, 'de', c.rfqReference);
    expect(mail.subject).toContain('Ergebnis Ihres Angebots');
    for (const part of [text, html, mail.subject ?? '']) {
      expect(part).not.toMatch(/Hanse|Felix|Brandt/);
      expect(unlinked(part)).not.toMatch(/EUR|1[.,]?200|100[.,]00|110[.,]00|400[.,]00|800[.,]00/);
      expect(part).not.toContain('Award');
    }
    for (const part of [text, html]) {
      expect(part).toContain('Guten Tag Martina Huber,');
      expect(part).toContain('Zuschlag anderweitig erteilt');
      expect(part).toContain(`/portal/rfqs/${c.alpineInv}`);
    }
    // Each supplier gets its own letter only.
    expect(await sentTo('award.letter', ALPINE)).toBe(0);
    expect(await sentTo('award.regret', HANSE)).toBe(0);
  });

  it('tells the team the case is awarded, to whom, and by whose approval', async () => {
    for (const to of [DEMO.buyer, DEMO.specifier]) {
      const mail = await received('award.team-notice', to, c.caseReference);
      const { text, html } = wellFormed(mail, 'en', c.caseReference);
      expect(mail.subject).toContain('Awarded:');
      for (const part of [text, html]) {
        expect(part).toContain('Hanse Industrietechnik GmbH (directory)');
        expect(part).toContain('1,200.00 EUR');
        expect(part).toContain('Sabine Krüger');
        expect(part).toContain('1 other supplier that quoted was sent a regret letter');
        expect(part).toContain(`/cases/${c.caseId}`);
      }
    }
    // Not the decider whose approval granted it.
    expect(await sentTo('award.team-notice', DEMO.decider)).toBe(0);
  });

  it("shows the winner its award with its own lines, the other NOT_AWARDED, in the portal", async () => {
    const hanse = (await w.as.supplier.ok(PORTAL.one, { id: c.hanseInv }))['portalInvitation'].outcome;
    expect(hanse).toMatchObject({ result: 'AWARDED', totalValue: '1200.00', currency: 'EUR' });
    expect(new Date(hanse.decidedAt).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(hanse.lines).toEqual([
      { lineKey: c.lineKeys[0], description: 'Centrifugal pump, 15 m³/h', unit: 'pcs', quantity: '4.0000', unitPrice: '100.0000', total: '400.00' },
      { lineKey: c.lineKeys[1], description: 'Spare seal kit', unit: 'pcs', quantity: '8.0000', unitPrice: '100.0000', total: '800.00' },
    ]);

    const alpine = (await w.as.alpine.ok(PORTAL.one, { id: c.alpineInv }))['portalInvitation'].outcome;
    expect(alpine).toMatchObject({ result: 'NOT_AWARDED', totalValue: null, currency: 'EUR', lines: [] });

    // The portal list carries it too; another company's invitation is not reachable at all.
    const list = (await w.as.alpine.ok(PORTAL.list))['portalInvitations'].items;
    expect(list.find((i: { id: string }) => i.id === c.alpineInv).outcome.result).toBe('NOT_AWARDED');
    expect(list.some((i: { id: string }) => i.id === c.hanseInv)).toBe(false);
    expect((await w.as.alpine.error(PORTAL.one, { id: c.hanseInv })).extensions?.code).toBe('NOT_FOUND');
  });

  it('loads the outcomes of a whole portal list in one statement', async () => {
    // A second RFQ to the same suppliers, still open: its outcome is null.
    const other = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId]);
    const { result, texts } = await countStatements(() => w.as.alpine.ok(PORTAL.list));
    const list: Array<{ id: string; rfqReference: string; outcome: { result: string } | null }> = result['portalInvitations'].items;
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.find((i) => i.id === c.alpineInv)?.outcome?.result).toBe('NOT_AWARDED');
    expect(list.find((i) => i.rfqReference === other.rfq.reference)?.outcome).toBeNull();
    expect(texts.filter((t) => t.includes('award_proposal'))).toHaveLength(1);
  }, SETUP_TIMEOUT);

  it('splits: each awarded supplier gets a letter with its own lines only, nobody a regret; the decider reads the justification', async () => {
    const split = await caseInDecision(app, w);
    const proposal = (
      await w.as.buyer.ok(AWARD_OPS.propose, {
        input: {
          caseId: split.caseId,
          lines: [
            { lineKey: split.lineKeys[0], invitationId: split.hanseInv },
            { lineKey: split.lineKeys[1], invitationId: split.alpineInv },
          ],
          justification: 'Alpine keeps seal kits in stock in Linz',
        },
      })
    )['proposeAward'];
    expect(proposal).toMatchObject({ totalValue: '1280.00', followsRanking: false });
    const request = await received('award.approval-requested', DEMO.decider, split.caseReference);
    for (const part of [request.text ?? '', request.html as string]) {
      expect(part).toContain('Justification: Alpine keeps seal kits in stock in Linz');
      expect(part).toContain('does not follow the ranking');
      expect(part).toContain('Hanse Industrietechnik GmbH (directory): 400.00 EUR (1 line)');
      expect(part).toContain('Alpine Components AG (directory): 880.00 EUR (1 line)');
      expect(part).toContain('1,280.00 EUR');
    }
    await w.as.decider.ok(AWARD_OPS.approve, { proposalId: proposal.id });

    const hanse = wellFormed(await received('award.letter', HANSE, split.rfqReference), 'en', split.rfqReference);
    for (const part of [hanse.text, hanse.html]) {
      expect(part).toContain('awards your company the lines of the RFQ');
      expect(part).toContain('4 pcs × 100.00 EUR = 400.00 EUR');
      expect(unlinked(part)).not.toMatch(/Spare seal kit|Alpine|880|1,280|110\.00/);
    }
    expect(hanse.text).toMatch(/^Total awarded to your company:\s+400\.00 EUR$/m);
    const alpine = wellFormed(await received('award.letter', ALPINE, split.rfqReference), 'de', split.rfqReference);
    for (const part of [alpine.text, alpine.html]) {
      expect(part).toContain('Positionen der Anfrage');
      expect(part).toContain('2. Spare seal kit');
      expect(part).toContain('8 pcs × 110,00 EUR = 880,00 EUR');
      expect(unlinked(part)).not.toMatch(/Centrifugal pump, 15|Hanse|400,00|1\.280|100,00/);
    }
    expect(alpine.text).toMatch(/^Auftragswert für Ihr Unternehmen:\s+880,00 EUR$/m);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'award.regret' AND subject LIKE $1`, [`[${split.rfqReference}]%`]);
    expect(n).toBe(0);

    const hanseOutcome = (await w.as.supplier.ok(PORTAL.one, { id: split.hanseInv }))['portalInvitation'].outcome;
    expect(hanseOutcome).toMatchObject({ result: 'AWARDED', totalValue: '400.00' });
    expect(hanseOutcome.lines.map((l: { lineKey: string }) => l.lineKey)).toEqual([split.lineKeys[0]]);
    const alpineOutcome = (await w.as.alpine.ok(PORTAL.one, { id: split.alpineInv }))['portalInvitation'].outcome;
    expect(alpineOutcome).toMatchObject({ result: 'AWARDED', totalValue: '880.00', lines: [{ lineKey: split.lineKeys[1], unitPrice: '110.0000', total: '880.00' }] });
  }, SETUP_TIMEOUT);
});
