import { Injectable, signal } from '@angular/core';
import { CaseStage } from '@bc/shared/domain';
import {
  CancelCaseGQL,
  CaseFieldsFragment,
  CaseTimelineGQL,
  errorTranslation,
  MoveCaseGQL,
  PurchaseCaseGQL,
  PurchaseCaseQuery,
  toAppError,
} from '@bc/web/data-access';
import { ActionState, FeatureFacade } from '@bc/web/case-kit';
import { TimelineEntry, timelineFacts } from './timeline-facts';

/**
 * The case page's data: the case with its steps and blockers, and its approved award; moving and
 * cancelling it. Each command answers the changed case, or `undefined` when it failed and
 * `state.error` says why (a refused move says why through the case's blockers, so the case is read
 * again). Provided by the page.
 */
@Injectable()
export class CaseFacade extends FeatureFacade {
  private id = '';
  readonly state = new ActionState(() => {
    void this.load();
  }, true);
  readonly purchaseCase = signal<CaseFieldsFragment | null>(null);
  /** The approved award, shown on the overview of an awarded case. */
  readonly award = signal<PurchaseCaseQuery['purchaseCase']['currentAward'] | null>(null);

  async load(id = this.id): Promise<void> {
    this.id = id;
    await this.state.load(async () => {
      const { purchaseCase } = await this.api.read(PurchaseCaseGQL, { id });
      this.purchaseCase.set(purchaseCase);
      this.award.set(purchaseCase.currentAward?.status === 'APPROVED' ? purchaseCase.currentAward : null);
    });
  }

  /** The case's audit trail, newest first: read when the history is shown. */
  readonly timeline = signal<TimelineEntry[] | null>(null);
  readonly timelineError = signal<{ key: string; params: Record<string, unknown> } | null>(null);

  async loadTimeline(id: string): Promise<void> {
    try {
      const events = (await this.api.read(CaseTimelineGQL, { id })).purchaseCase.timeline;
      this.timeline.set(
        [...events].reverse().map((e) => ({ id: e.id, action: e.action, actorName: e.actorName, occurredAt: e.occurredAt, facts: timelineFacts(e.summary) })),
      );
      this.timelineError.set(null);
    } catch (e) {
      this.timelineError.set(errorTranslation(toAppError(e)));
    }
  }

  /** A panel or dialog changed the case: show it as it now is. */
  set(updated: CaseFieldsFragment): void {
    this.purchaseCase.set(updated);
  }

  move(caseId: string, to: CaseStage, reason: string | null): Promise<CaseFieldsFragment | undefined> {
    return this.change(async () => (await this.api.write(MoveCaseGQL, { caseId, to, reason })).moveCase);
  }

  cancel(caseId: string, reason: string): Promise<CaseFieldsFragment | undefined> {
    return this.change(async () => (await this.api.write(CancelCaseGQL, { caseId, reason })).cancelCase);
  }

  private change(work: () => Promise<CaseFieldsFragment>): Promise<CaseFieldsFragment | undefined> {
    return this.state.run(async () => {
      const updated = await work();
      this.purchaseCase.set(updated);
      return updated;
    });
  }
}
