import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { certificateGaps, cpvPrefix, Permission } from '@bc/shared/domain';
import { SupplierService } from '@bc/api/suppliers';
import { SuggestionReasonCode } from '../dto/purchasing.types';
import { ShortlistEntry } from '../entities/shortlist.entity';
import { CaseAccessService } from './case-access.service';
import { CaseFactsProviders } from './case-facts-providers';
import { suggestionScore } from './suggestion-score';

export interface Suggestion {
  supplierId: string;
  score: number;
  reasons: Array<{ code: SuggestionReasonCode; detail: string }>;
}

export const MAX_SUGGESTIONS = 50;

/**
 * Suppliers to consider for a case's shortlist: those registered for the case's category or a
 * code under it (the seed's advice: address only those to whom the subject fully matters — a
 * supplier registered only for the whole division is not suggested for one class of it), not
 * blocked, not already on the shortlist; ranked by `suggestionScore`, each with its reasons (when
 * the case requires certificates, whether the supplier holds them, by `certificateGaps`).
 */
@Injectable()
export class SuggestionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly access: CaseAccessService,
    private readonly providers: CaseFactsProviders,
    private readonly suppliers: SupplierService,
  ) {}

  async suggest(ctx: RequestContext, caseId: string): Promise<Suggestion[]> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.SHORTLIST_EDIT);
    if (!purchaseCase.categoryCode) return [];
    const prefix = cpvPrefix(purchaseCase.categoryCode);
    const onShortlist = await this.connection.getRepository(ctx, ShortlistEntry).find({ where: { caseId }, select: { supplierId: true } });
    const rows = await this.suppliers.candidatesForCategory(ctx, prefix, onShortlist.map((e) => e.supplierId), purchaseCase.requiredCertificates.length > 0);
    const required = purchaseCase.requiredCertificates;
    const responseRates = await this.providers.responseRates(ctx, rows.map((r) => r.id));
    return rows
      .map((r) => {
        const reliability = r.reliability_score === null ? null : Number(r.reliability_score);
        const responseRate = responseRates.get(r.id) ?? null;
        // The case's own requirements, by the rule the gatekeeper's warnings use.
        const gaps = required.length ? certificateGaps(required, r.certificates, r.today) : null;
        const reasons: Suggestion['reasons'] = [
          ...r.matches.map((m) => ({ code: SuggestionReasonCode.CATEGORY_MATCH, detail: `${m.code} ${m.label}` })),
          { code: SuggestionReasonCode.QUALIFICATION, detail: r.qualification_status },
          r.has_expired_certificate
            ? { code: SuggestionReasonCode.CERTIFICATE_EXPIRED, detail: 'At least one certificate has expired' }
            : r.certificate_count > 0
              ? { code: SuggestionReasonCode.CERTIFICATES_VALID, detail: `${r.certificate_count} certificate(s), all valid` }
              : { code: SuggestionReasonCode.NO_CERTIFICATES, detail: 'No certificate on file' },
          ...(gaps === null
            ? []
            : gaps.length === 0
              ? [{ code: SuggestionReasonCode.REQUIRED_CERTIFICATES_MET, detail: required.join(', ') }]
              : [{ code: SuggestionReasonCode.REQUIRED_CERTIFICATES_LACKING, detail: gaps.map((g) => g.certificate).join(', ') }]),
          reliability === null
            ? { code: SuggestionReasonCode.NO_HISTORY, detail: 'No performance history yet' }
            : { code: SuggestionReasonCode.RELIABILITY, detail: String(Math.round(reliability)) },
          ...(responseRate === null ? [] : [{ code: SuggestionReasonCode.RESPONSE_RATE, detail: String(Math.round(responseRate * 100)) }]),
        ];
        const score = suggestionScore({
          qualification: r.qualification_status,
          reliability,
          certificateCount: Number(r.certificate_count),
          hasExpiredCertificate: r.has_expired_certificate,
          requiredCertificateGaps: gaps?.length ?? null,
          responseRate,
        });
        return { supplierId: r.id, score, reasons, name: r.name };
      })
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, MAX_SUGGESTIONS)
      .map(({ supplierId, score, reasons }) => ({ supplierId, score, reasons }));
  }
}
