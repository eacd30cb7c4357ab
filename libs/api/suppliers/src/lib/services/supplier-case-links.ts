import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';

/** Whether a case of the caller's organization exists (purchasing answers; it sits above this library). */
export type CaseExists = (ctx: RequestContext, caseId: string) => Promise<boolean>;
/** The CPV codes the caller's organization's cases are filed under. */
export type CaseCategories = (ctx: RequestContext) => Promise<string[]>;

/**
 * What the supplier directory needs to know about purchase cases (a performance event names the
 * case it happened on). Purchasing owns cases and sits above this library, so it registers the
 * answer when its module starts, instead of this library reading its table.
 */
@Injectable()
export class SupplierCaseLinks {
  private caseExistsSource: CaseExists | null = null;
  private categoriesSource: CaseCategories | null = null;

  registerCaseExists(source: CaseExists): void {
    this.caseExistsSource = source;
  }

  registerCaseCategories(source: CaseCategories): void {
    this.categoriesSource = source;
  }

  /** No purchasing registered: no case uses a category. */
  caseCategories(ctx: RequestContext): Promise<string[]> {
    return this.categoriesSource ? this.categoriesSource(ctx) : Promise.resolve([]);
  }

  /** No purchasing registered: no case exists. */
  caseExists(ctx: RequestContext, caseId: string): Promise<boolean> {
    return this.caseExistsSource ? this.caseExistsSource(ctx, caseId) : Promise.resolve(false);
  }
}
