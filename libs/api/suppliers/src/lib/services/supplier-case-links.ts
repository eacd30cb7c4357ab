import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';

/** Whether a case of the caller's organization exists (purchasing answers; it sits above this library). */
export type CaseExists = (ctx: RequestContext, caseId: string) => Promise<boolean>;

/**
 * What the supplier directory needs to know about purchase cases (a performance event names the
 * case it happened on). Purchasing owns cases and sits above this library, so it registers the
 * answer when its module starts, instead of this library reading its table.
 */
@Injectable()
export class SupplierCaseLinks {
  private caseExistsSource: CaseExists | null = null;

  registerCaseExists(source: CaseExists): void {
    this.caseExistsSource = source;
  }

  /** No purchasing registered: no case exists. */
  caseExists(ctx: RequestContext, caseId: string): Promise<boolean> {
    return this.caseExistsSource ? this.caseExistsSource(ctx, caseId) : Promise.resolve(false);
  }
}
