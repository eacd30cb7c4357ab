import { Locale, Role, ScoreSource, SENSITIVITY_MAX_SHIFT, WIDE_SPREAD_POINTS } from '@bc/shared/domain';
import { caseRecordMeta, criterionName, pageBottom, PDF_FONT, roleName, PDF_MARGIN, PDF_PALETTE, PdfPageFrame, PdfTableDrawer, PdfTableRow, PdfWriter, printableDeep } from '@bc/api/documents';
import { translator } from '@bc/shared/i18n/documents';
import { EvaluationReportCriterionScore, EvaluationReportData, EvaluationReportEvaluatorScore } from './evaluation-report-data';

export type { EvaluationReportCriterionScore, EvaluationReportData, EvaluationReportEvaluatorScore };

/**
 * The evaluation report of a closed RFQ: what the buying center decided on and why, for the case
 * file and for the deciders. The comparison summary, the criteria and weights, every evaluator's
 * score and comment per criterion and supplier (advisors' apart, not counted), the consensus and
 * its wide-spread flags, the ranking with weighted totals, and the sensitivity check in words.
 * Same look as the RFQ document (a tagged PDF/A-2b with embedded Unicode fonts), labels in the reader's language,
 * times in the configured zone (with UTC). Built from a plain object: no I/O.
 */

const { accent: ACCENT, text: TEXT, muted: MUTED, warn: WARN, warnFill: WARN_FILL, alert: FLAG } = PDF_PALETTE;
const MARGIN = PDF_MARGIN;

/** The evaluation report's words (`documents.evaluation` in the shared catalogue). */
const texts = (locale: Locale) => translator(locale, 'documents.evaluation');

class EvaluationReportWriter extends PdfWriter {
  /** Headings keep a little less room here than in the other documents (page breaks stay where they were). */
  protected override readonly headingGap = 18;
  private readonly data: EvaluationReportData;
  private readonly t: ReturnType<typeof texts>;

  constructor(input: EvaluationReportData) {
    const data = printableDeep(input);
    const t = texts(data.locale);
    super({
      locale: data.locale,
      timeZone: data.timeZone,
      meta: caseRecordMeta({ docTitle: t('docTitle'), reference: data.rfq.reference, title: data.rfq.title, caseReference: data.purchaseCase.reference, author: data.buyer.name, at: data.generatedAt }),
    });
    this.data = data;
    this.t = t;
  }

  protected sections(): void {
    this.titleBlock();
    this.notices();
    this.ranking();
    this.sensitivity();
    this.comparison();
    this.criteriaTable();
    this.scores();
  }

  protected frame(): PdfPageFrame {
    const { t, data } = this;
    return {
      header: `${data.buyer.name} · ${t('docTitle')} · ${t('confidential')}`,
      reference: data.rfq.reference,
      generated: this.f.dateTime(data.generatedAt),
    };
  }

  private paragraph(text: string, color: string = TEXT, size = 9.5): void {
    this.body(size, color).text(text.trim(), MARGIN, this.doc.y, { width: this.width, lineGap: 2, paragraphGap: 4 });
    this.doc.x = MARGIN;
  }

  private paragraphHeight(text: string, size = 9.5, width = this.width): number {
    return this.body(size).heightOfString(text.trim(), { width, lineGap: 2, paragraphGap: 4 });
  }

  private criterionName(key: string): string {
    const c = this.data.criteria.find((x) => x.key === key);
    if (!c) return key;
    return criterionName(this.data.locale, c.name);
  }

  private role(role: Role): string {
    return roleName(this.data.locale, role);
  }

  // ---- sections ----

  private titleBlock(): void {
    const { t, data, f } = this;
    this.masthead({ organization: data.buyer.name, title: t('docTitle'), reference: data.rfq.reference, name: data.rfq.title });
    const facts: Array<[string, string]> = [
      [t('purchaseCase'), `${data.purchaseCase.reference} – ${data.purchaseCase.title}`],
      [t('closedAt'), data.rfq.closedAt ? f.dateTime(data.rfq.closedAt) : t('notClosed')],
      [t('currency'), data.rfq.currency],
    ];
    this.factLines(facts);
    this.mastheadRule();
  }

  /** What the reader must know before trusting the ranking: missing scores and missing rates. */
  private notices(): void {
    const { t, data, f } = this;
    const notes: string[] = [];
    if (!data.rankingComplete) {
      const missing = data.suppliers
        .filter((s) => s.missing.length > 0)
        .map((s) => `${s.supplierName} (${s.missing.map((k) => this.criterionName(k)).join(', ')})`);
      notes.push(t('incompleteNote', { list: missing.join('; ') }));
    }
    if (data.missingRates.length > 0) notes.push(t('missingRatesNote', { list: f.list(data.missingRates), currency: data.rfq.currency }));
    if (notes.length === 0) return;
    const doc = this.doc;
    const pad = 8;
    const inner = this.width - 2 * pad;
    const title = data.rankingComplete ? '' : t('incomplete');
    doc.font(PDF_FONT.bold).fontSize(10.5);
    const h1 = title ? doc.heightOfString(title, { width: inner }) + 3 : 0;
    doc.font(PDF_FONT.regular).fontSize(9);
    const h2 = notes.reduce((s, n) => s + doc.heightOfString(n, { width: inner, lineGap: 1.5 }) + 2, 0);
    const h = h1 + h2 + 2 * pad;
    this.ensureSpace(h + 10);
    const y = doc.y;
    doc.save().rect(MARGIN, y, this.width, h).fillAndStroke(WARN_FILL, WARN).restore();
    doc.y = y + pad;
    if (title) {
      doc.font(PDF_FONT.bold).fontSize(10.5).fillColor(WARN).text(title, MARGIN + pad, doc.y, { width: inner });
      doc.y += 3;
    }
    for (const n of notes) {
      doc.font(PDF_FONT.regular).fontSize(9).fillColor(TEXT).text(n, MARGIN + pad, doc.y, { width: inner, lineGap: 1.5 });
      doc.y += 2;
    }
    doc.x = MARGIN;
    doc.y = y + h + 4;
  }

  private ranking(): void {
    const { t, data, f } = this;
    if (data.suppliers.length === 0) {
      this.heading(t('result'), 20);
      this.paragraph(t('noQuotes'));
      return;
    }
    const rows: PdfTableRow[] = data.suppliers.map((s) => [
      { text: String(s.rank), bold: s.rank === 1 },
      { text: s.supplierName, bold: s.rank === 1 },
      { text: f.score(s.total), bold: true, color: s.rank === 1 ? ACCENT : TEXT },
      s.comparableTotal !== null ? f.decimal(s.comparableTotal) : { text: t('notConverted'), color: MUTED },
      s.missing.length ? { text: s.missing.map((k) => this.criterionName(k)).join(', '), color: FLAG } : { text: t('noneMissing'), color: MUTED },
    ]);
    const table = this.table(
      [
        { header: t('rank'), width: 36 },
        { header: t('supplier'), width: 165 },
        { header: t('weightedTotal'), width: 90, align: 'right' },
        { header: t('comparableTotal', { currency: data.rfq.currency }), width: 95, align: 'right' },
        { header: t('missingScores'), width: 0 },
      ],
      rows,
    );
    this.heading(t('result'), table.startHeight());
    table.draw();
  }

  private sensitivity(): void {
    const { t, data, f, doc } = this;
    const s = data.sensitivity;
    const paragraphs: string[] = [];
    const bullets: string[] = [];
    if (!s || data.suppliers.length === 0) paragraphs.push(t('sensitivityNone'));
    else if (data.suppliers.length === 1) paragraphs.push(t('sensitivitySingle', { leader: s.leaderName }));
    else {
      const tied = data.suppliers.filter((x) => x.rank === 1);
      if (tied.length > 1) paragraphs.push(t('sensitivityTie', { names: f.list(tied.map((x) => x.supplierName)) }));
      if (s.stable) paragraphs.push(t('sensitivityStable', { leader: s.leaderName, maxShift: SENSITIVITY_MAX_SHIFT }));
      else {
        paragraphs.push(t('sensitivityUnstable', { leader: s.leaderName, maxShift: SENSITIVITY_MAX_SHIFT }));
        for (const c of s.changes) {
          const criterion = data.criteria.find((x) => x.key === c.criterionKey);
          const from = criterion?.weight ?? 0;
          bullets.push(
            t('sensitivityChange', {
              criterion: this.criterionName(c.criterionKey),
              from,
              to: from + c.shift,
              shift: c.shift > 0 ? `+${c.shift}` : `–${Math.abs(c.shift)}`,
              leader: c.newLeaderName,
            }),
          );
        }
        const unmoved = data.criteria.filter((c) => !s.changes.some((x) => x.criterionKey === c.key)).map((c) => this.criterionName(c.key));
        if (unmoved.length > 0) bullets.push(t('sensitivityUnmoved', { criteria: f.list(unmoved), maxShift: SENSITIVITY_MAX_SHIFT }));
      }
      if (!data.rankingComplete) paragraphs.push(t('sensitivityIncomplete'));
    }
    const indent = 14;
    const bulletHeight = (b: string) => this.paragraphHeight(b, 9.5, this.width - indent);
    const all = paragraphs.reduce((sum, p) => sum + this.paragraphHeight(p), 0) + bullets.reduce((sum, b) => sum + bulletHeight(b), 0);
    this.heading(t('sensitivity'), Math.min(all, 200));
    // The conclusion first, then the shifts that would change it.
    const [first, ...rest] = paragraphs;
    this.paragraph(first);
    for (const b of bullets) {
      this.ensureSpace(bulletHeight(b));
      const y = doc.y;
      this.body(9.5, ACCENT).text('•', MARGIN + 2, y, { width: indent, lineBreak: false });
      this.body().text(b, MARGIN + indent, y, { width: this.width - indent, lineGap: 2, paragraphGap: 4 });
      doc.x = MARGIN;
    }
    for (const p of rest) {
      this.ensureSpace(this.paragraphHeight(p));
      this.paragraph(p, MUTED);
    }
  }

  private comparison(): void {
    const { t, data, f } = this;
    if (data.comparison.length === 0) return;
    const rows: PdfTableRow[] = data.comparison.map((c) => [
      { text: c.supplierName, bold: true },
      c.total !== null ? f.money(c.total, c.currency) : '—',
      c.comparableTotal !== null ? { text: f.decimal(c.comparableTotal), bold: true } : { text: t('notConverted'), color: FLAG },
      c.validUntil ? f.calendarDate(c.validUntil) : '—',
      { text: t('linesOf', { count: c.linesQuoted, total: data.lineCount }), notes: !c.complete && c.linesQuoted > 0 ? [t('partial')] : undefined },
      c.mustHavesNotMet.length
        ? { text: c.mustHavesNotMet.map((m) => `${m.position}. ${m.text}`).join('\n'), color: FLAG }
        : { text: t('none'), color: MUTED },
    ]);
    const table = this.table(
      [
        { header: t('supplier'), width: 100 },
        { header: t('quoteTotal'), width: 82, align: 'right' },
        { header: t('comparableTotal', { currency: data.rfq.currency }), width: 95, align: 'right' },
        { header: t('validUntil'), width: 62 },
        { header: t('linesQuoted'), width: 56 },
        { header: t('mustHavesNotMet'), width: 0 },
      ],
      rows,
    );
    this.heading(t('comparison'), table.startHeight());
    table.draw();
    this.doc.moveDown(0.6);
    const rates = data.exchangeRates.map((r) =>
      t(r.setByName ? 'rateLineBy' : 'rateLine', { currency: r.currency, rate: f.decimal(r.rate, 0), rfqCurrency: data.rfq.currency, by: r.setByName ?? '', at: f.day(r.setAt) }),
    );
    const lines = rates.length > 0 ? rates : data.missingRates.length > 0 ? [] : [t('noRates')];
    if (lines.length === 0) return;
    const title = rates.length > 0 ? t('rates', { currency: data.rfq.currency }) : '';
    const height = (title ? 14 : 0) + lines.reduce((s, l) => s + this.paragraphHeight(l, 9), 0);
    this.ensureSpace(Math.min(height, 120));
    if (title) this.doc.font(PDF_FONT.bold).fontSize(9).fillColor(MUTED).text(title, MARGIN, this.doc.y, { width: this.width });
    for (const l of lines) this.paragraph(l, TEXT, 9);
  }

  private criteriaTable(): void {
    const { t, data } = this;
    const rows: PdfTableRow[] = data.criteria.map((c) => [this.criterionName(c.key), { text: t.pick('kinds', c.kind) ?? c.kind, color: MUTED }, { text: String(c.weight), bold: true }]);
    rows.push([{ text: t('total'), bold: true }, '', { text: String(data.criteria.reduce((s, c) => s + c.weight, 0)), bold: true }]);
    const table = this.table(
      [
        { header: t('criterion'), width: 170 },
        { header: t('assessedBy'), width: 270 },
        { header: t('weight'), width: 0, align: 'right' },
      ],
      rows,
    );
    // Small table: kept whole on one page.
    const height = rows.reduce((s, r) => s + table.rowHeight(r), table.headerHeight());
    this.heading(t('criteria'), height < 300 ? height : table.startHeight());
    table.draw();
  }

  private scores(): void {
    const { t, data } = this;
    if (data.suppliers.length === 0) return;
    this.heading(t('scores'), this.paragraphHeight(t('scoresNote', { wideSpread: WIDE_SPREAD_POINTS }), 8.5) + 120);
    this.paragraph(t('scoresNote', { wideSpread: WIDE_SPREAD_POINTS }), MUTED, 8.5);
    data.criteria.forEach((criterion, index) => {
      const rows: PdfTableRow[] = data.suppliers.map((s) => this.scoreRow(criterion, s, s.criteria.find((c) => c.criterionKey === criterion.key)));
      const table = this.table(
        [
          { header: t('supplier'), width: 112 },
          { header: t('score'), width: 48, align: 'right' },
          { header: t('weighted'), width: 55, align: 'right' },
          { header: t('consensus'), width: 80 },
          { header: t('evaluators'), width: 0 },
        ],
        rows,
      );
      this.heading(`${index + 1}. ${this.criterionName(criterion.key)} – ${t('weightOf', { weight: criterion.weight })}`, table.startHeight(), 10.5);
      table.draw();
    });
  }

  private scoreRow(
    criterion: EvaluationReportData['criteria'][number],
    supplier: EvaluationReportData['suppliers'][number],
    c: EvaluationReportCriterionScore | undefined,
  ): PdfTableRow {
    const { t, f, data } = this;
    const name = { text: supplier.supplierName, bold: supplier.rank === 1, notes: [`${t('rank')} ${supplier.rank}`] };
    if (!c) return [name, { text: t('missing'), color: FLAG }, '', '', ''];
    const score = c.score === null ? { text: t('missing'), color: FLAG } : { text: f.score(c.score), bold: true };
    const weighted = c.score === null ? { text: f.score(0), color: FLAG, notes: [t('missingNote')] } : { text: f.score((c.score * criterion.weight) / 100) };

    const line = (s: EvaluationReportEvaluatorScore) => `${s.score} – ${s.evaluatorName} (${this.role(s.role)}): ${s.comment}`;
    const counted = c.scores.filter((s) => s.counted);
    const advisory = c.scores.filter((s) => !s.counted && !s.conflictOfInterest);
    const conflicted = c.scores.filter((s) => s.conflictOfInterest);
    const apart = [...conflicted.map((s) => `${t('conflict')}: ${line(s)}`), ...advisory.map((s) => `${t('advisory')}: ${line(s)}`)];

    if (c.source === ScoreSource.PRICE) {
      const text = supplier.comparableTotal !== null ? t('fromPrice', { total: f.money(supplier.comparableTotal, data.rfq.currency) }) : t('fromPriceMissing');
      return [name, score, weighted, { text: '—', color: MUTED }, { text, color: MUTED }];
    }
    if (c.source === ScoreSource.PERFORMANCE) {
      const perf = supplier.performanceScore !== null ? f.score(supplier.performanceScore) : '—';
      const notUsed = c.scores.map((s) => `${t('notUsed')}: ${line(s)}`);
      return [name, score, weighted, { text: '—', color: MUTED }, { text: t('fromPerformance', { score: perf }), color: MUTED, notes: notUsed.length ? notUsed : undefined }];
    }
    const consensus =
      c.mean === null
        ? { text: t('noCounted'), color: MUTED }
        : c.wideSpread
          ? { text: t('meanSpread', { mean: f.mean(c.mean), spread: c.spread ?? 0 }), bold: true, color: FLAG, notes: [t('wideSpread')] }
          : { text: t('meanSpread', { mean: f.mean(c.mean), spread: c.spread ?? 0 }) };
    const evaluators =
      counted.length > 0
        ? { text: counted.map(line).join('\n'), notes: apart.length ? apart : undefined }
        : { text: apart.length ? apart.join('\n') : t('noScores'), color: MUTED };
    return [name, score, weighted, consensus, evaluators];
  }
}

/** Renders the evaluation report as a PDF. The same input gives the same bytes. */
export function renderEvaluationReport(data: EvaluationReportData): Promise<Buffer> {
  return new EvaluationReportWriter(data).render();
}
