import { Locale } from '@bc/shared/domain';
import { createPdfDocument, pageBottom, PDF_FONT, PdfTableDrawer, PdfTableRow, printable, TaggedPdf } from '@bc/api/documents';
import { DecisionRecordContent } from './decision-record-content';
import { DE, EN, Format, IMPORTANCE, Labels, PURCHASE_TYPES } from './decision-record-texts';

/**
 * The decision record as a PDF (pdfkit, tagged PDF/A-2b with embedded DejaVu Sans and Mono, EN/DE): the case, the
 * specification version, invited suppliers, quotes with their receipt hashes, scores, the
 * negotiation, the award and its justification, each approval, an audit summary, and the SHA-256
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

const MARGIN = 50;
const ACCENT = '#1f3a5f';
const TEXT = '#1a1a1a';
const MUTED = '#5b6470';
const RULE = '#c9d1db';
const OK = '#1e6b35';
const BAD = '#a4262c';

class DecisionRecordWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly pdf: TaggedPdf;
  private readonly t: Labels;
  private readonly f: Format;
  private readonly width: number;
  private readonly c: DecisionRecordContent;

  constructor(private readonly data: DecisionRecordDocument) {
    this.t = data.locale === Locale.DE ? DE : EN;
    this.f = new Format(data.locale, data.timeZone);
    this.c = data.content;
    this.pdf = createPdfDocument({
      margins: { top: MARGIN + 12, bottom: MARGIN + 8, left: MARGIN, right: MARGIN },
      lang: this.f.tag,
      info: {
        Title: printable(`${this.t.docTitle} ${data.content.case.reference}`),
        Author: printable(data.content.organization),
        Subject: printable(`${data.content.case.reference} ${data.content.case.title}`),
        Keywords: `${data.content.case.reference}, ${data.content.rfq.reference}, sha256:${data.sha256}`,
        Creator: 'Buying Center',
        Producer: 'PDFKit',
        CreationDate: data.generatedAt,
        ModDate: data.generatedAt,
      },
    });
    this.doc = this.pdf.doc;
    this.width = this.doc.page.width - 2 * MARGIN;
  }

  render(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.titleBlock();
    this.award();
    this.approvals();
    this.ranking();
    this.scores();
    this.negotiation();
    this.invitationsAndQuotes();
    this.caseFacts();
    this.audit();
    this.integrity();
    this.pageFurniture();
    this.pdf.end();
    this.doc.end();
    return done;
  }

  // ---- building blocks ----

  private w(text: string | null | undefined): string {
    return printable(text ?? '');
  }

  private body(size = 9.5, color = TEXT): PDFKit.PDFDocument {
    return this.doc.font(PDF_FONT.regular).fontSize(size).fillColor(color);
  }

  private heading(text: string, keep = 40): void {
    const doc = this.doc;
    if (doc.y > doc.page.margins.top + 1) doc.moveDown(0.8);
    if (doc.y + 32 + keep > pageBottom(doc)) doc.addPage();
    const y = doc.y;
    doc.font(PDF_FONT.bold).fontSize(12).fillColor(ACCENT).text(this.w(text), MARGIN, y, { width: this.width, structType: 'H2' });
    const ruleY = doc.y + 2;
    doc.save().moveTo(MARGIN, ruleY).lineTo(MARGIN + this.width, ruleY).lineWidth(0.8).strokeColor(ACCENT).stroke().restore();
    doc.x = MARGIN;
    doc.y = ruleY + 8;
    doc.fillColor(TEXT);
  }

  private paragraph(text: string, size = 9.5, color = TEXT): void {
    if (this.doc.y + 14 > pageBottom(this.doc)) this.doc.addPage();
    this.body(size, color).text(this.w(text).trim(), MARGIN, this.doc.y, { width: this.width, lineGap: 2, paragraphGap: 4 });
    this.doc.x = MARGIN;
  }

  private table(columns: Array<{ header: string; width: number; align?: 'left' | 'right' | 'center' }>, rows: PdfTableRow[], noHeader = false): PdfTableDrawer {
    const fixed = columns.slice(0, -1).reduce((s, c) => s + c.width, 0);
    const last = columns[columns.length - 1];
    const sized = [...columns.slice(0, -1), { ...last, width: this.width - fixed }].map((c) => ({ ...c, header: this.w(c.header) }));
    const clean = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? this.w(cell) : { ...cell, text: this.w(cell.text), notes: cell.notes?.map((n) => this.w(n)) })));
    return new PdfTableDrawer(this.doc, { columns: sized, rows: clean, noHeader });
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
    return name ?? this.t.system;
  }

  // ---- sections ----

  private titleBlock(): void {
    const { doc, t, c } = this;
    doc.y = MARGIN + 6;
    doc.font(PDF_FONT.bold).fontSize(11).fillColor(ACCENT).text(this.w(c.organization), MARGIN, doc.y, { width: this.width });
    doc.moveDown(0.5);
    doc.font(PDF_FONT.bold).fontSize(22).fillColor(TEXT).text(this.w(t.docTitle), { width: this.width, structType: 'H1' });
    doc.moveDown(0.15);
    doc.font(PDF_FONT.bold).fontSize(13).fillColor(ACCENT).text(this.w(c.case.reference), { width: this.width, continued: true });
    doc.font(PDF_FONT.regular).fillColor(TEXT).text(this.w(`  ${c.case.title}`), { width: this.width });
    doc.moveDown(0.4);
    this.paragraph(t.intro, 9, MUTED);
    doc.moveDown(0.3);
    const ruleY = doc.y;
    doc.save().rect(MARGIN, ruleY, this.width, 2.5).fill(ACCENT).restore();
    doc.y = ruleY + 10;
    // The hash up front as well: the first thing an auditor compares.
    doc.font(PDF_FONT.bold).fontSize(8.5).fillColor(MUTED).text(this.w(`${t.contentHash}: `), MARGIN, doc.y, { width: this.width, continued: true });
    doc.font(PDF_FONT.mono).fontSize(8.5).fillColor(TEXT).text(this.data.sha256);
    doc.x = MARGIN;
  }

  private award(): void {
    const { t, c, f } = this;
    const a = c.award;
    const facts = this.facts([
      [t.value, f.money(a.totalValue, a.currency)],
      [t.approvedAt, f.dateTime(a.decidedAt)],
      [t.followsRanking, a.followsRanking ? t.followsYes : t.followsNo],
      [t.rfq, `${c.rfq.reference} – ${c.rfq.title}`],
    ]);
    this.heading(t.award, facts.startHeight() + 30);
    this.paragraph(t.awardIntro(a.version, this.person(a.proposedBy), f.dateTime(a.proposedAt)));
    facts.draw();
    this.doc.moveDown(0.6);
    const lines = this.table(
      [
        { header: t.pos, width: 30 },
        { header: t.item, width: 145 },
        { header: t.supplier, width: 110 },
        { header: t.quantity, width: 50, align: 'right' },
        { header: t.unitPrice, width: 65, align: 'right' },
        { header: t.total, width: 0, align: 'right' },
      ],
      [
        ...a.lines.map((l) => [
          l.position === null ? '' : String(l.position),
          l.description ?? l.lineKey,
          l.supplier,
          f.number(l.quantity, 4),
          f.money(l.unitPrice),
          { text: f.money(l.total), bold: true },
        ]),
        ['', { text: t.total, bold: true }, '', '', '', { text: f.money(a.totalValue, a.currency), bold: true }],
      ],
    );
    if (this.doc.y + lines.startHeight() > pageBottom(this.doc)) this.doc.addPage();
    lines.draw();
    this.doc.moveDown(0.6);
    this.doc.font(PDF_FONT.bold).fontSize(10).fillColor(TEXT).text(this.w(t.justification), MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
    this.paragraph(a.justification?.trim() || t.noJustification);
    const steps = a.approvalSteps.map((s) => t.roles[s] ?? s).join(' › ');
    this.paragraph(t.route(t.modes[a.approvalMode] ?? a.approvalMode, steps), 9, MUTED);
  }

  private approvals(): void {
    const { t, c, f } = this;
    const table = this.table(
      [
        { header: t.approver, width: 120 },
        { header: t.role, width: 70 },
        { header: t.decision, width: 70 },
        { header: t.time, width: 105 },
        { header: t.comment, width: 0 },
      ],
      c.approvals.map((a) => [
        a.onBehalfOf ? `${this.person(a.approver)} (${t.asDeputyFor(a.onBehalfOf)})` : this.person(a.approver),
        t.roles[a.role] ?? a.role,
        { text: t.decisions[a.decision] ?? a.decision, bold: true, color: a.decision === 'APPROVED' ? OK : BAD },
        f.dateTime(a.decidedAt),
        a.comment ?? '—',
      ]),
    );
    this.heading(t.approvals, table.startHeight());
    table.draw();
    if (c.earlierProposals.length > 0) {
      const earlier = this.table(
        [
          { header: t.version, width: 50 },
          { header: t.status, width: 110 },
          { header: t.value, width: 95, align: 'right' },
          { header: t.time, width: 105 },
          { header: t.reason, width: 0 },
        ],
        c.earlierProposals.map((p) => [String(p.version), t.statuses[p.status] ?? p.status, f.money(p.totalValue), f.dateTime(p.decidedAt ?? p.proposedAt), p.reason ?? '—']),
      );
      this.doc.moveDown(0.6);
      if (this.doc.y + 20 + earlier.startHeight() > pageBottom(this.doc)) this.doc.addPage();
      this.doc.font(PDF_FONT.bold).fontSize(10).fillColor(TEXT).text(this.w(t.earlierProposals), MARGIN, this.doc.y, { width: this.width });
      this.doc.moveDown(0.2);
      earlier.draw();
    }
  }

  private ranking(): void {
    const { t, c, f } = this;
    const table = this.table(
      [
        { header: t.rank, width: 50 },
        { header: t.supplier, width: 300 },
        { header: t.score, width: 0, align: 'right' },
      ],
      c.ranking.map((r) => [String(r.rank), r.supplier, f.score(r.total)]),
    );
    this.heading(t.ranking, c.ranking.length ? table.startHeight() : 20);
    if (c.ranking.length === 0) this.paragraph(t.noRanking);
    else table.draw();
    const criteria = this.table(
      [
        { header: t.criterion, width: 250 },
        { header: t.assessedBy, width: 120 },
        { header: t.weight, width: 0, align: 'right' },
      ],
      c.rfq.criteria.map((k) => [t.criterionNames[k.name] ?? k.name, { text: t.kinds[k.kind] ?? k.kind, color: MUTED }, String(k.weight)]),
    );
    this.doc.moveDown(0.6);
    if (this.doc.y + 20 + criteria.startHeight() > pageBottom(this.doc)) this.doc.addPage();
    this.doc.font(PDF_FONT.bold).fontSize(10).fillColor(TEXT).text(this.w(t.criteria), MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
    criteria.draw();
  }

  private scores(): void {
    const { t, c, f } = this;
    const names = new Map(c.rfq.criteria.map((k) => [k.key, t.criterionNames[k.name] ?? k.name]));
    const table = this.table(
      [
        { header: t.supplier, width: 110 },
        { header: t.criterion, width: 95 },
        { header: t.consensus, width: 70, align: 'right' },
        { header: t.evaluators, width: 0 },
      ],
      c.scores.map((s) => [
        s.supplier,
        names.get(s.criterion) ?? s.criterion,
        { text: s.consensus === null ? '—' : f.score(s.consensus), bold: true, notes: s.wideSpread ? [t.wideSpread] : undefined, color: s.wideSpread ? BAD : undefined },
        {
          text: s.evaluators.map((e) => `${e.name} (${t.roles[e.role] ?? e.role}${e.counted ? '' : `, ${t.advisory}`}): ${e.score}`).join('\n') || '—',
          notes: s.evaluators.map((e) => `${e.name}: ${e.comment}`),
        },
      ]),
    );
    this.heading(t.scores, c.scores.length ? table.startHeight() : 20);
    if (c.scores.length === 0) this.paragraph(t.noScores);
    else table.draw();
  }

  private negotiation(): void {
    const { t, c, f } = this;
    const n = c.negotiation;
    const table = this.table(
      [
        { header: t.round, width: 45 },
        { header: t.message, width: 200 },
        { header: t.deadline, width: 105 },
        { header: t.asked, width: 0 },
      ],
      n.rounds.map((r) => [
        String(r.number),
        { text: r.message, notes: r.targets.length ? [`${t.targets}: ${r.targets.map((x) => `${x.position === null ? x.lineKey : `${t.pos} ${x.position}`}${x.description ? ` (${x.description})` : ''} ${f.money(x.unitPrice)}`).join('; ')}`] : undefined },
        { text: f.dateTime(r.closesAt), notes: r.endedAt ? [`${t.ended}: ${f.dateTime(r.endedAt)}`] : undefined },
        r.suppliers.map((s) => `${s.supplier}${s.responded ? ` (${t.responded})` : ''}`).join('\n'),
      ]),
    );
    this.heading(t.negotiation, n.rounds.length ? table.startHeight() : 20);
    if (n.skippedReason) this.paragraph(t.skipped(n.skippedReason));
    if (n.rounds.length > 0) table.draw();
    else if (!n.skippedReason) this.paragraph(t.noNegotiation);
  }

  private invitationsAndQuotes(): void {
    const { t, c, f } = this;
    const invitations = this.table(
      [
        { header: t.supplier, width: 200 },
        { header: t.status, width: 90 },
        { header: t.invited, width: 0 },
      ],
      c.invitations.map((i) => [i.supplier, { text: t.invitationStatuses[i.status] ?? i.status, notes: i.declineReason ? [i.declineReason] : undefined }, f.dateTime(i.invitedAt)]),
    );
    this.heading(t.invitations, invitations.startHeight());
    invitations.draw();
    const rows: PdfTableRow[] = [];
    for (const q of c.quotes) {
      for (const r of q.revisions) {
        rows.push([q.supplier, String(r.revision), { text: f.dateTime(r.submittedAt), notes: [r.round === null ? t.rfqPhase : t.inRound(r.round)] }, { text: r.sha256, color: TEXT }]);
      }
    }
    const quotes = this.table(
      [
        { header: t.supplier, width: 120 },
        { header: t.revision, width: 35, align: 'right' },
        { header: t.submitted, width: 105 },
        { header: t.receipt, width: 0 },
      ],
      rows,
    );
    this.heading(t.quotes, rows.length ? quotes.startHeight() : 20);
    if (rows.length === 0) this.paragraph(t.noQuotes);
    else quotes.draw();
  }

  private caseFacts(): void {
    const { t, c, f } = this;
    const locale = this.data.locale;
    const facts = this.facts([
      [t.purchaseType, PURCHASE_TYPES[locale][c.case.purchaseType] ?? c.case.purchaseType],
      [t.importance, IMPORTANCE[locale][c.case.importance] ?? c.case.importance],
      [t.category, c.case.categoryCode ?? '—'],
      [t.currency, c.case.currency],
      [t.openedAt, `${f.dateTime(c.case.openedAt)}${c.case.openedBy ? ` – ${c.case.openedBy}` : ''}`],
      [
        t.specification,
        c.specification
          ? t.specText(c.specification.version, c.specification.approvedAt ? f.dateTime(c.specification.approvedAt) : null, c.specification.approvedBy, c.specification.lines, c.specification.requirements)
          : t.noSpecification,
      ],
      [t.published, f.dateTime(c.rfq.publishedAt)],
      [t.closesAt, f.dateTime(c.rfq.closesAt)],
      [t.closedAt, f.dateTime(c.rfq.closedAt)],
      [t.twoEnvelope, c.rfq.twoEnvelope ? `${t.yes}${c.rfq.technicalLockedAt ? ` – ${t.technicalLocked} ${f.dateTime(c.rfq.technicalLockedAt)}` : ''}` : t.no],
      [t.exchangeRates, c.rfq.exchangeRates.length ? c.rfq.exchangeRates.map((r) => `1 ${r.currency} = ${r.rate} ${c.case.currency}`).join('; ') : '—'],
    ]);
    this.heading(t.caseFacts, facts.startHeight());
    facts.draw();
  }

  private audit(): void {
    const { t, c, f } = this;
    const a = c.audit;
    const byAction = this.table(
      [
        { header: t.action, width: 300 },
        { header: t.count, width: 0, align: 'right' },
      ],
      a.byAction.map((x) => [x.action, String(x.count)]),
    );
    this.heading(t.audit, byAction.startHeight() + 30);
    this.paragraph(t.auditIntro(a.events, f.dateTime(a.firstAt), f.dateTime(a.lastAt)));
    if (a.lastHash) {
      this.doc.font(PDF_FONT.bold).fontSize(8.5).fillColor(MUTED).text(this.w(`${t.auditLastHash}:`), MARGIN, this.doc.y, { width: this.width });
      this.doc.font(PDF_FONT.mono).fontSize(8).fillColor(TEXT).text(a.lastHash, MARGIN, this.doc.y, { width: this.width });
      this.doc.x = MARGIN;
      this.doc.moveDown(0.4);
    }
    byAction.draw();
    const entries = this.table(
      [
        { header: '#', width: 45, align: 'right' },
        { header: t.time, width: 120 },
        { header: t.action, width: 180 },
        { header: t.actor, width: 0 },
      ],
      a.entries.map((e) => [String(e.sequence), f.dateTime(e.occurredAt), e.action, this.person(e.actor)]),
    );
    this.doc.moveDown(0.6);
    if (a.entries.length > 0) {
      if (this.doc.y + entries.startHeight() > pageBottom(this.doc)) this.doc.addPage();
      entries.draw();
    }
  }

  private integrity(): void {
    const { t, data, doc } = this;
    this.heading(t.integrity, 90);
    this.paragraph(t.integrityText, 9);
    doc.moveDown(0.3);
    doc.font(PDF_FONT.bold).fontSize(9.5).fillColor(TEXT).text(this.w(t.contentHash), MARGIN, doc.y, { width: this.width });
    doc.font(PDF_FONT.monoBold).fontSize(9.5).fillColor(ACCENT).text(data.sha256, MARGIN, doc.y, { width: this.width });
    doc.font(PDF_FONT.regular).fontSize(8.5).fillColor(MUTED).text(this.w(data.jsonUrl), MARGIN, doc.y + 2, { width: this.width });
    doc.moveDown(0.5);
    const chain = data.chain.ok ? t.chainOk(data.chain.checkedEvents) : t.chainBroken;
    doc.font(PDF_FONT.bold).fontSize(9).fillColor(data.chain.ok ? OK : BAD).text(this.w(chain), MARGIN, doc.y, { width: this.width });
    doc.fillColor(TEXT);
  }

  private pageFurniture(): void {
    const { doc, t, c, data } = this;
    const range = doc.bufferedPageRange();
    const total = range.count;
    const generated = this.w(`${t.generated}: ${this.f.dateTime(data.generatedAt)} · SHA-256 ${data.sha256.slice(0, 16)}…`);
    for (let i = range.start; i < range.start + total; i++) {
      doc.switchToPage(i);
      const { width, height, margins } = doc.page;
      const saved = { ...margins };
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      this.pdf.artifact(() => {
        const headerY = 28;
        doc.font(PDF_FONT.regular).fontSize(8).fillColor(MUTED);
        doc.text(this.w(`${c.organization} · ${t.docTitle}`), MARGIN, headerY, { width: this.width * 0.64, height: 10, ellipsis: true });
        doc.font(PDF_FONT.bold).fillColor(ACCENT);
        doc.text(this.w(c.case.reference), MARGIN + this.width * 0.66, headerY, { width: this.width * 0.34, align: 'right', lineBreak: false });
        doc.save().moveTo(MARGIN, headerY + 12).lineTo(width - MARGIN, headerY + 12).lineWidth(0.5).strokeColor(RULE).stroke().restore();
        const footerY = height - MARGIN + 14;
        doc.save().moveTo(MARGIN, footerY - 5).lineTo(width - MARGIN, footerY - 5).lineWidth(0.5).strokeColor(RULE).stroke().restore();
        doc.font(PDF_FONT.regular).fontSize(7.5).fillColor(MUTED);
        doc.text(generated, MARGIN, footerY, { width: this.width * 0.75, lineBreak: false });
        doc.font(PDF_FONT.bold).fontSize(8).fillColor(TEXT);
        doc.text(this.w(t.page(i - range.start + 1, total)), MARGIN + this.width * 0.6, footerY, { width: this.width * 0.4, align: 'right', lineBreak: false });
      });
      doc.page.margins = saved;
    }
    doc.fillColor(TEXT);
  }
}

/** Renders the decision record as a PDF. */
export function renderDecisionRecord(data: DecisionRecordDocument): Promise<Buffer> {
  return new DecisionRecordWriter(data).render();
}
