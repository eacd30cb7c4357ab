import { Locale } from '@bc/shared/domain';
import { criterionName, pageBottom, PDF_FONT, PDF_MARGIN, PDF_PALETTE, PdfPageFrame, PdfTableDrawer, PdfTableRow, PdfWriter, printable, roleName } from '@bc/api/documents';
import { translator } from '@bc/shared/i18n/documents';
import { DecisionRecordContent } from './decision-record-content';
import { auctionBidsByReceipt, drawAuctions, type RecordPen } from './decision-record-auctions';
import { drawScenario } from './decision-record-scenario';

/**
 * The decision record as a PDF (pdfkit, tagged PDF/A-2b with embedded DejaVu Sans and Mono, EN/DE): the case, the
 * specification version, invited suppliers, quotes with their receipt hashes, scores, the
 * negotiation, the reverse auctions, the award and its justification, each approval, an audit summary, and the SHA-256
 * of the record's content. The content is `DecisionRecordContent`; this file only lays it out.
 */
export interface DecisionRecordDocument {
  content: DecisionRecordContent;
  /** SHA-256 of the canonical content. */
  sha256: string;
  locale: Locale;
  timeZone: string;
  generatedAt: Date;
  /** The organization's audit chain checked when the PDF was made (not part of the hashed content). */
  chain: { ok: boolean; checkedEvents: number };
  /** Where the canonical JSON can be fetched, to recompute the hash. */
  jsonUrl: string;
}

const { accent: ACCENT, text: TEXT, muted: MUTED, ok: OK, bad: BAD } = PDF_PALETTE;
const MARGIN = PDF_MARGIN;

/** The decision record's words (`documents.decisionRecord` in the shared catalogue). */
const texts = (locale: Locale) => translator(locale, 'documents.decisionRecord');

class DecisionRecordWriter extends PdfWriter {
  private readonly t: ReturnType<typeof texts>;
  private readonly c: DecisionRecordContent;

  constructor(private readonly data: DecisionRecordDocument) {
    const t = texts(data.locale);
    super({
      locale: data.locale,
      timeZone: data.timeZone,
      // The page header sits a little lower and the footer higher than in the other documents.
      margins: { top: PDF_MARGIN + 12, bottom: PDF_MARGIN + 8 },
      meta: {
        title: printable(`${t('docTitle')} ${data.content.case.reference}`),
        author: printable(data.content.organization),
        subject: printable(`${data.content.case.reference} ${data.content.case.title}`),
        keywords: `${data.content.case.reference}, ${data.content.rfq.reference}, sha256:${data.sha256}`,
        creator: 'Buying Center',
        at: data.generatedAt,
      },
    });
    this.t = t;
    this.c = data.content;
  }

  protected sections(): void {
    this.titleBlock();
    this.award();
    drawScenario(this.pen(), this.c.scenario, this.c.award.currency);
    this.approvals();
    this.ranking();
    this.scores();
    this.negotiation();
    this.auctions();
    this.invitationsAndQuotes();
    this.caseFacts();
    this.audit();
    this.integrity();
  }

  protected frame(): PdfPageFrame {
    const { t, c, data } = this;
    return {
      header: `${c.organization} · ${t('docTitle')}`,
      reference: c.case.reference,
      generated: `${this.f.stamp(data.generatedAt)} · SHA-256 ${data.sha256.slice(0, 16)}…`,
    };
  }

  // ---- building blocks ----

  private w(text: string | null | undefined): string {
    return printable(text ?? '');
  }

  private paragraph(text: string, size = 9.5, color: string = TEXT): void {
    if (this.doc.y + 14 > pageBottom(this.doc)) this.doc.addPage();
    this.body(size, color).text(this.w(text).trim(), MARGIN, this.doc.y, { width: this.width, lineGap: 2, paragraphGap: 4 });
    this.doc.x = MARGIN;
  }

  /** A bold caption inside a section, above a table or a paragraph. */
  private caption(text: string): void {
    this.doc.font(PDF_FONT.bold).fontSize(10).fillColor(TEXT).text(this.w(text), MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
  }

  /** A table under its caption, both moved to the next page when the caption and the table's first rows do not fit. */
  private captionedTable(caption: string, table: PdfTableDrawer): void {
    this.doc.moveDown(0.6);
    if (this.doc.y + 20 + table.startHeight() > pageBottom(this.doc)) this.doc.addPage();
    this.caption(caption);
    table.draw();
  }

  private facts(rows: Array<[string, string]>): PdfTableDrawer {
    return this.table(
      [
        { header: '', width: 165 },
        { header: '', width: 0 },
      ],
      rows.map(([label, value]) => [{ text: label, bold: true }, value]),
      true,
    );
  }

  private person(name: string | null): string {
    return name ?? this.t('system');
  }

  // ---- sections ----

  private titleBlock(): void {
    const { doc, t, c } = this;
    this.masthead({ organization: c.organization, title: t('docTitle'), reference: c.case.reference, name: c.case.title }, [0.5, 0.4]);
    this.paragraph(t('intro'), 9, MUTED);
    this.mastheadRule(0.3, 10);
    // The hash up front as well: the first thing an auditor compares.
    doc.font(PDF_FONT.bold).fontSize(8.5).fillColor(MUTED).text(this.w(`${t('contentHash')}: `), MARGIN, doc.y, { width: this.width, continued: true });
    doc.font(PDF_FONT.mono).fontSize(8.5).fillColor(TEXT).text(this.data.sha256);
    doc.x = MARGIN;
  }

  private award(): void {
    const { t, c, f } = this;
    const a = c.award;
    const facts = this.facts([
      [t('value'), f.amount(a.totalValue, a.currency)],
      [t('approvedAt'), f.stamp(a.decidedAt)],
      [t('followsRanking'), a.followsRanking ? t('followsYes') : t('followsNo')],
      [t('rfq'), `${c.rfq.reference} – ${c.rfq.title}`],
    ]);
    this.heading(t('award'), facts.startHeight() + 30);
    this.paragraph(t('awardIntro', { version: a.version, by: this.person(a.proposedBy), at: f.stamp(a.proposedAt) }));
    facts.draw();
    this.doc.moveDown(0.6);
    const lines = this.table(
      [
        { header: t('pos'), width: 30 },
        { header: t('item'), width: 145 },
        { header: t('supplier'), width: 110 },
        { header: t('quantity'), width: 50, align: 'right' },
        { header: t('unitPrice'), width: 65, align: 'right' },
        { header: t('total'), width: 0, align: 'right' },
      ],
      [
        ...a.lines.map((l) => [
          l.position === null ? '' : String(l.position),
          l.description ?? l.lineKey,
          l.supplier,
          f.number(l.quantity, 4),
          f.amount(l.unitPrice),
          { text: f.amount(l.total), bold: true },
        ]),
        ['', { text: t('total'), bold: true }, '', '', '', { text: f.amount(a.totalValue, a.currency), bold: true }],
      ],
    );
    if (this.doc.y + lines.startHeight() > pageBottom(this.doc)) this.doc.addPage();
    lines.draw();
    this.doc.moveDown(0.6);
    this.caption(t('justification'));
    this.paragraph(a.justification?.trim() || t('noJustification'));
    const steps = a.approvalSteps.map((s) => roleName(this.data.locale, s)).join(' › ');
    this.paragraph(t('route', { mode: t.pick('modes', a.approvalMode) ?? a.approvalMode, steps }), 9, MUTED);
  }

  private approvals(): void {
    const { t, c, f } = this;
    const table = this.table(
      [
        { header: t('approver'), width: 120 },
        { header: t('role'), width: 70 },
        { header: t('decision'), width: 70 },
        { header: t('time'), width: 105 },
        { header: t('comment'), width: 0 },
      ],
      c.approvals.map((a) => [
        a.onBehalfOf ? `${this.person(a.approver)} (${t('asDeputyFor', { name: a.onBehalfOf })})` : this.person(a.approver),
        roleName(this.data.locale, a.role),
        { text: t.pick('decisions', a.decision) ?? a.decision, bold: true, color: a.decision === 'APPROVED' ? OK : BAD },
        f.stamp(a.decidedAt),
        a.comment ?? '—',
      ]),
    );
    this.heading(t('approvals'), table.startHeight());
    table.draw();
    if (c.earlierProposals.length > 0) {
      const earlier = this.table(
        [
          { header: t('version'), width: 50 },
          { header: t('status'), width: 110 },
          { header: t('value'), width: 95, align: 'right' },
          { header: t('time'), width: 105 },
          { header: t('reason'), width: 0 },
        ],
        c.earlierProposals.map((p) => [String(p.version), t.pick('statuses', p.status) ?? p.status, f.amount(p.totalValue), f.stamp(p.decidedAt ?? p.proposedAt), p.reason ?? '—']),
      );
      this.captionedTable(t('earlierProposals'), earlier);
    }
  }

  private ranking(): void {
    const { t, c, f } = this;
    const table = this.table(
      [
        { header: t('rank'), width: 50 },
        { header: t('supplier'), width: 300 },
        { header: t('score'), width: 0, align: 'right' },
      ],
      c.ranking.map((r) => [String(r.rank), r.supplier, f.score(r.total)]),
    );
    this.tableSection(t('ranking'), table, c.ranking.length, () => this.paragraph(t('noRanking')));
    const criteria = this.table(
      [
        { header: t('criterion'), width: 250 },
        { header: t('assessedBy'), width: 120 },
        { header: t('weight'), width: 0, align: 'right' },
      ],
      c.rfq.criteria.map((k) => [criterionName(this.data.locale, k.name), { text: t.pick('kinds', k.kind) ?? k.kind, color: MUTED }, String(k.weight)]),
    );
    this.captionedTable(t('criteria'), criteria);
  }

  private scores(): void {
    const { t, c, f } = this;
    const names = new Map(c.rfq.criteria.map((k) => [k.key, criterionName(this.data.locale, k.name)]));
    const table = this.table(
      [
        { header: t('supplier'), width: 110 },
        { header: t('criterion'), width: 95 },
        { header: t('consensus'), width: 70, align: 'right' },
        { header: t('evaluators'), width: 0 },
      ],
      c.scores.map((s) => [
        s.supplier,
        names.get(s.criterion) ?? s.criterion,
        { text: s.consensus === null ? '—' : f.score(s.consensus), bold: true, notes: s.wideSpread ? [t('wideSpread')] : undefined, color: s.wideSpread ? BAD : undefined },
        {
          text: s.evaluators.map((e) => `${e.name} (${roleName(this.data.locale, e.role)}${e.counted ? '' : `, ${t('advisory')}`}): ${e.score}`).join('\n') || '—',
          notes: s.evaluators.map((e) => `${e.name}: ${e.comment}`),
        },
      ]),
    );
    this.tableSection(t('scores'), table, c.scores.length, () => this.paragraph(t('noScores')));
  }

  private negotiation(): void {
    const { t, c, f } = this;
    const n = c.negotiation;
    const table = this.table(
      [
        { header: t('round'), width: 45 },
        { header: t('message'), width: 200 },
        { header: t('deadline'), width: 105 },
        { header: t('asked'), width: 0 },
      ],
      n.rounds.map((r) => [
        String(r.number),
        { text: r.message, notes: r.targets.length ? [`${t('targets')}: ${r.targets.map((x) => `${x.position === null ? x.lineKey : `${t('pos')} ${x.position}`}${x.description ? ` (${x.description})` : ''} ${f.amount(x.unitPrice)}`).join('; ')}`] : undefined },
        { text: f.stamp(r.closesAt), notes: r.endedAt ? [`${t('ended')}: ${f.stamp(r.endedAt)}`] : undefined },
        r.suppliers.map((s) => `${s.supplier}${s.responded ? ` (${t('responded')})` : ''}`).join('\n'),
      ]),
    );
    this.heading(t('negotiation'), n.rounds.length ? table.startHeight() : 20);
    if (n.skippedReason) this.paragraph(t('skipped', { reason: n.skippedReason }));
    if (n.rounds.length > 0) table.draw();
    else if (!n.skippedReason) this.paragraph(t('noNegotiation'));
  }

  /** This writer's building blocks, for the sections drawn in files of their own (auctions, the award scenario). */
  private pen(): RecordPen {
    return {
      locale: this.data.locale,
      f: this.f,
      heading: (text, keep) => this.heading(text, keep),
      paragraph: (text, size, color) => this.paragraph(text, size, color),
      facts: (rows) => this.facts(rows),
      table: (columns, rows) => this.table(columns, rows),
      captionedTable: (caption, table) => this.captionedTable(caption, table),
      person: (name) => this.person(name),
      space: (lines) => this.doc.moveDown(lines),
    };
  }

  /** The RFQ's reverse auctions (decision-record-auctions.ts), drawn with this writer's blocks. */
  private auctions(): void {
    drawAuctions(this.pen(), this.c.auctions ?? []);
  }

  private invitationsAndQuotes(): void {
    const { t, c, f } = this;
    const invitations = this.table(
      [
        { header: t('supplier'), width: 200 },
        { header: t('status'), width: 90 },
        { header: t('invited'), width: 0 },
      ],
      c.invitations.map((i) => [i.supplier, { text: t.pick('invitationStatuses', i.status) ?? i.status, notes: i.declineReason ? [i.declineReason] : undefined }, f.stamp(i.invitedAt)]),
    );
    this.heading(t('invitations'), invitations.startHeight());
    invitations.draw();
    const rows: PdfTableRow[] = [];
    // A revision that is an auction bid says which (its receipt is the bid's).
    const bidBy = auctionBidsByReceipt(this.data.locale, c.auctions ?? []);
    for (const q of c.quotes) {
      for (const r of q.revisions) {
        const phase = bidBy.get(r.sha256) ?? (r.round === null ? t('rfqPhase') : t('inRound', { round: r.round }));
        rows.push([q.supplier, String(r.revision), { text: f.stamp(r.submittedAt), notes: [phase] }, { text: r.sha256, color: TEXT }]);
      }
    }
    const quotes = this.table(
      [
        { header: t('supplier'), width: 120 },
        { header: t('revision'), width: 35, align: 'right' },
        { header: t('submitted'), width: 105 },
        { header: t('receipt'), width: 0 },
      ],
      rows,
    );
    this.tableSection(t('quotes'), quotes, rows.length, () => this.paragraph(t('noQuotes')));
  }

  /** ", approved <when> by <whom>" after the specification's version, as far as it is known. */
  private approval(spec: { approvedAt: string | null; approvedBy: string | null }): string {
    if (!spec.approvedAt) return '';
    const at = this.f.stamp(spec.approvedAt);
    return spec.approvedBy ? this.t('specApprovedBy', { at, by: spec.approvedBy }) : this.t('specApproved', { at });
  }

  private caseFacts(): void {
    const { t, c, f } = this;
    const facts = this.facts([
      [t('purchaseType'), t.pick('purchaseTypes', c.case.purchaseType) ?? c.case.purchaseType],
      [t('importance'), t.pick('importanceClasses', c.case.importance) ?? c.case.importance],
      [t('category'), c.case.categoryCode ?? '—'],
      [t('currency'), c.case.currency],
      [t('openedAt'), `${f.stamp(c.case.openedAt)}${c.case.openedBy ? ` – ${c.case.openedBy}` : ''}`],
      [
        t('specification'),
        c.specification
          ? t('specText', { version: c.specification.version, approval: this.approval(c.specification), lines: c.specification.lines, requirements: c.specification.requirements })
          : t('noSpecification'),
      ],
      [t('published'), f.stamp(c.rfq.publishedAt)],
      [t('closesAt'), f.stamp(c.rfq.closesAt)],
      [t('closedAt'), f.stamp(c.rfq.closedAt)],
      [t('twoEnvelope'), c.rfq.twoEnvelope ? `${t('yes')}${c.rfq.technicalLockedAt ? ` – ${t('technicalLocked')} ${f.stamp(c.rfq.technicalLockedAt)}` : ''}` : t('no')],
      [t('exchangeRates'), c.rfq.exchangeRates.length ? c.rfq.exchangeRates.map((r) => `1 ${r.currency} = ${r.rate} ${c.case.currency}`).join('; ') : '—'],
    ]);
    this.heading(t('caseFacts'), facts.startHeight());
    facts.draw();
  }

  private audit(): void {
    const { t, c, f } = this;
    const a = c.audit;
    const byAction = this.table(
      [
        { header: t('action'), width: 300 },
        { header: t('count'), width: 0, align: 'right' },
      ],
      a.byAction.map((x) => [x.action, String(x.count)]),
    );
    this.heading(t('audit'), byAction.startHeight() + 30);
    this.paragraph(t('auditIntro', { count: a.events, first: f.stamp(a.firstAt), last: f.stamp(a.lastAt) }));
    if (a.lastHash) {
      this.doc.font(PDF_FONT.bold).fontSize(8.5).fillColor(MUTED).text(this.w(`${t('auditLastHash')}:`), MARGIN, this.doc.y, { width: this.width });
      this.doc.font(PDF_FONT.mono).fontSize(8).fillColor(TEXT).text(a.lastHash, MARGIN, this.doc.y, { width: this.width });
      this.doc.x = MARGIN;
      this.doc.moveDown(0.4);
    }
    byAction.draw();
    const entries = this.table(
      [
        { header: '#', width: 45, align: 'right' },
        { header: t('time'), width: 120 },
        { header: t('action'), width: 180 },
        { header: t('actor'), width: 0 },
      ],
      a.entries.map((e) => [String(e.sequence), f.stamp(e.occurredAt), e.action, this.person(e.actor)]),
    );
    this.doc.moveDown(0.6);
    if (a.entries.length > 0) {
      if (this.doc.y + entries.startHeight() > pageBottom(this.doc)) this.doc.addPage();
      entries.draw();
    }
  }

  private integrity(): void {
    const { t, data, doc } = this;
    this.heading(t('integrity'), 90);
    this.paragraph(t('integrityText'), 9);
    doc.moveDown(0.3);
    doc.font(PDF_FONT.bold).fontSize(9.5).fillColor(TEXT).text(this.w(t('contentHash')), MARGIN, doc.y, { width: this.width });
    doc.font(PDF_FONT.monoBold).fontSize(9.5).fillColor(ACCENT).text(data.sha256, MARGIN, doc.y, { width: this.width });
    doc.font(PDF_FONT.regular).fontSize(8.5).fillColor(MUTED).text(this.w(data.jsonUrl), MARGIN, doc.y + 2, { width: this.width });
    doc.moveDown(0.5);
    const chain = data.chain.ok ? t('chainOk', { count: data.chain.checkedEvents }) : t('chainBroken');
    doc.font(PDF_FONT.bold).fontSize(9).fillColor(data.chain.ok ? OK : BAD).text(this.w(chain), MARGIN, doc.y, { width: this.width });
    doc.fillColor(TEXT);
  }
}

/** Renders the decision record as a PDF. */
export function renderDecisionRecord(data: DecisionRecordDocument): Promise<Buffer> {
  return new DecisionRecordWriter(data).render();
}
