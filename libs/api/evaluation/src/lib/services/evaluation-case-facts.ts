import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseAtStage, CaseFactsProviders, LaterCaseFacts } from '@bc/api/purchasing';
import { Rfq } from '@bc/api/rfq';
import { CaseStage, RfqStatus, Role } from '@bc/shared/domain';
import { ScoringService } from './scoring.service';

/**
 * What purchasing learns about a case from the evaluation library (CaseFactsProviders): whether
 * the evaluation of its closed RFQ is complete, which the moves out of EVALUATION need.
 */
@Injectable()
export class EvaluationCaseFacts implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: CaseFactsProviders,
    private readonly scoring: ScoringService,
  ) {}

  onModuleInit(): void {
    this.providers.registerFacts([CaseStage.EVALUATION], (ctx, cases) => this.facts(ctx, cases));
  }

  async facts(ctx: RequestContext, cases: readonly CaseAtStage[]): Promise<Map<string, Partial<LaterCaseFacts>>> {
    const out = new Map<string, Partial<LaterCaseFacts>>();
    // One evaluation per case: a list asking every case's nextSteps pays it per case in EVALUATION (the web asks on the case page only).
    for (const c of cases) out.set(c.id, { evaluationComplete: await this.complete(ctx, c.id) });
    return out;
  }

  /**
   * The case's closed RFQ has quotes, each scored on every criterion (prices converted), and
   * under two envelopes its technical scores are locked. Whoever asks (a requester reading the
   * case's next steps too) gets the same answer: the scores are read as procurement sees them,
   * and only the yes or no leaves this method.
   */
  async complete(ctx: RequestContext, caseId: string): Promise<boolean> {
    const rfq = await this.connection.getRepository(ctx, Rfq).findOne({
      where: { caseId, organizationId: ctx.organizationId, status: RfqStatus.CLOSED },
      order: { createdAt: 'DESC' },
    });
    if (!rfq || !rfq.closedAt) return false;
    if (rfq.twoEnvelope && !rfq.technicalLockedAt) return false;
    const asProcurement = RequestContext.system({ ...ctx.signedIn, roles: [Role.BUYER] });
    asProcurement.transactionManager = ctx.transactionManager;
    const evaluation = await this.scoring.evaluate(asProcurement, rfq.id);
    return evaluation.suppliers.length > 0 && evaluation.rankingComplete;
  }
}
