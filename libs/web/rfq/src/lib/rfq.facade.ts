import { computed, Injectable, signal } from '@angular/core';
import { ErrorCode } from '@bc/shared/domain';
import {
  ApproveRfqGQL,
  CancelRfqGQL,
  CaseRfqGQL,
  CaseRfqQuery,
  CloseRfqEarlyGQL,
  CreateRfqGQL,
  PublishRfqGQL,
  RequestRfqApprovalGQL,
  ReturnRfqGQL,
  RfqFieldsFragment,
} from '@bc/web/data-access';
import { ActionState, FeatureFacade, reloadOn } from '@bc/web/case-kit';
import { rfqErrorTranslation } from './rfq-errors';

export type CaseWithRfq = CaseRfqQuery['purchaseCase'];

/** Codes after which the page shows the RFQ as it now is (someone else acted, or time passed). */
const RELOAD_ON: readonly string[] = [ErrorCode.CONFLICT, ErrorCode.STALE, ErrorCode.RFQ_CLOSED, ErrorCode.NOT_FOUND, ErrorCode.INVITEES_OUTSTANDING];

/**
 * The RFQ page's data: a case with its RFQ, read and changed through the API. Each command answers
 * the changed RFQ (or `true`), or `undefined` when it failed and `state.error` says why; after a
 * conflict the RFQ is read afresh, the error kept above it. Provided by the page.
 */
@Injectable()
export class RfqFacade extends FeatureFacade {
  private caseId = '';
  /** What the page does each time the case was read (it resets its clock). */
  private afterRead?: () => void;
  readonly state = new ActionState(reloadOn(RELOAD_ON, () => this.load(this.caseId, true)), true, rfqErrorTranslation);
  readonly purchaseCase = signal<CaseWithRfq | null>(null);
  readonly rfq = computed(() => this.purchaseCase()?.rfq ?? null);

  /** Reads the case `caseId` and its RFQ; `read` runs after it was read (the page resets its clock). */
  async load(caseId = this.caseId, keepError = false, read?: () => void): Promise<void> {
    this.caseId = caseId;
    if (read) this.afterRead = read;
    await this.state.load(async () => {
      this.purchaseCase.set((await this.api.read(CaseRfqGQL, { caseId })).purchaseCase);
      this.afterRead?.();
    }, keepError);
  }

  /** Shows a changed RFQ (saved terms, an answered question) without reading the case again. */
  setRfq(rfq: RfqFieldsFragment): void {
    this.purchaseCase.update((c) => (c ? { ...c, rfq } : c));
  }

  create(caseId: string): Promise<RfqFieldsFragment | undefined> {
    return this.change(async () => (await this.api.write(CreateRfqGQL, { caseId })).createRfq);
  }

  requestApproval(id: string): Promise<RfqFieldsFragment | undefined> {
    return this.change(async () => (await this.api.write(RequestRfqApprovalGQL, { id })).requestRfqApproval);
  }

  approve(id: string, comment: string | null): Promise<RfqFieldsFragment | undefined> {
    return this.change(async () => (await this.api.write(ApproveRfqGQL, { id, comment })).approveRfq);
  }

  returnToBuyer(id: string, comment: string): Promise<RfqFieldsFragment | undefined> {
    return this.change(async () => (await this.api.write(ReturnRfqGQL, { id, comment })).returnRfq);
  }

  /** Publishing moves the case to the RFQ stage and sends the invitations: `after` runs in the command (the notice, reading both afresh). */
  publish(id: string, after: () => Promise<void>): Promise<true | undefined> {
    return this.done(async () => {
      await this.api.write(PublishRfqGQL, { id });
      await after();
    });
  }

  /** Closing early moves the case to evaluation and opens the quotes: `after` runs in the command (the notice, reading both afresh). */
  closeEarly(id: string, after: () => Promise<void>): Promise<true | undefined> {
    return this.done(async () => {
      await this.api.write(CloseRfqEarlyGQL, { id });
      await after();
    });
  }

  cancel(id: string, reason: string, after: () => Promise<void>): Promise<true | undefined> {
    return this.done(async () => {
      await this.api.write(CancelRfqGQL, { id, reason });
      await after();
    });
  }

  private change(work: () => Promise<RfqFieldsFragment>): Promise<RfqFieldsFragment | undefined> {
    return this.state.run(async () => {
      const rfq = await work();
      this.setRfq(rfq);
      return rfq;
    });
  }
}
