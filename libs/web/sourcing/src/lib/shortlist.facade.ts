import { Injectable, signal } from '@angular/core';
import { ShortlistDecision, ShortlistSource } from '@bc/shared/domain';
import {
  ApproveShortlistGQL,
  ReturnShortlistGQL,
  SetShortlistEntryGQL,
  ShortlistSuggestionsGQL,
  ShortlistSuggestionsQuery,
  SubmitShortlistGQL,
  toAppError,
} from '@bc/web/data-access';
import { ActionState, FeatureFacade } from '@bc/web/case-kit';

export type Suggestion = ShortlistSuggestionsQuery['shortlistSuggestions'][number];

/**
 * The shortlist panel's data: the suggested suppliers, and the shortlist's commands (decide on a
 * supplier, submit, approve, send back). A command answers `true`, or `undefined` when it failed
 * and `state.error` says why; the case itself is the page's, which reads it again after a change.
 * Provided by the panel.
 */
@Injectable()
export class ShortlistFacade extends FeatureFacade {
  readonly state = new ActionState();
  readonly suggestions = signal<Suggestion[]>([]);
  readonly loadingSuggestions = signal(false);

  async loadSuggestions(caseId: string): Promise<void> {
    this.loadingSuggestions.set(true);
    try {
      this.suggestions.set((await this.api.read(ShortlistSuggestionsGQL, { caseId })).shortlistSuggestions);
    } catch (error) {
      this.state.error.set(toAppError(error));
    } finally {
      this.loadingSuggestions.set(false);
    }
  }

  decide(caseId: string, supplierId: string, decision: ShortlistDecision, reason: string, source: ShortlistSource): Promise<true | undefined> {
    return this.done(() => this.api.write(SetShortlistEntryGQL, { caseId, supplierId, decision, reason, source }));
  }

  submit(caseId: string, singleSourceJustification: string | null): Promise<true | undefined> {
    return this.done(() => this.api.write(SubmitShortlistGQL, { caseId, singleSourceJustification }));
  }

  approve(caseId: string, comment: string | null): Promise<true | undefined> {
    return this.done(() => this.api.write(ApproveShortlistGQL, { caseId, comment }));
  }

  sendBack(caseId: string, comment: string): Promise<true | undefined> {
    return this.done(() => this.api.write(ReturnShortlistGQL, { caseId, comment }));
  }
}
