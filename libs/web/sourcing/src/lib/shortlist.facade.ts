import { Injectable, inject, signal } from '@angular/core';
import { ShortlistDecision, ShortlistSource } from '@bc/shared/domain';
import {
  ApproveShortlistGQL,
  dataOf,
  ReturnShortlistGQL,
  SetShortlistEntryGQL,
  ShortlistSuggestionsGQL,
  ShortlistSuggestionsQuery,
  SubmitShortlistGQL,
  toAppError,
} from '@bc/web/data-access';
import { ActionState } from '@bc/web/case-kit';

export type Suggestion = ShortlistSuggestionsQuery['shortlistSuggestions'][number];

/**
 * The shortlist panel's data: the suggested suppliers, and the shortlist's commands (decide on a
 * supplier, submit, approve, send back). A command answers `true`, or `undefined` when it failed
 * and `state.error` says why; the case itself is the page's, which reads it again after a change.
 * Provided by the panel.
 */
@Injectable()
export class ShortlistFacade {
  private readonly suggestionsGql = inject(ShortlistSuggestionsGQL);
  private readonly setEntryGql = inject(SetShortlistEntryGQL);
  private readonly submitGql = inject(SubmitShortlistGQL);
  private readonly approveGql = inject(ApproveShortlistGQL);
  private readonly returnGql = inject(ReturnShortlistGQL);

  readonly state = new ActionState();
  readonly suggestions = signal<Suggestion[]>([]);
  readonly loadingSuggestions = signal(false);

  async loadSuggestions(caseId: string): Promise<void> {
    this.loadingSuggestions.set(true);
    try {
      const data = await dataOf(this.suggestionsGql.fetch({ variables: { caseId } }));
      this.suggestions.set(data.shortlistSuggestions);
    } catch (error) {
      this.state.error.set(toAppError(error));
    } finally {
      this.loadingSuggestions.set(false);
    }
  }

  decide(caseId: string, supplierId: string, decision: ShortlistDecision, reason: string, source: ShortlistSource): Promise<true | undefined> {
    return this.done(async () => {
      await dataOf(this.setEntryGql.mutate({ variables: { caseId, supplierId, decision, reason, source } }));
    });
  }

  submit(caseId: string, singleSourceJustification: string | null): Promise<true | undefined> {
    return this.done(async () => {
      await dataOf(this.submitGql.mutate({ variables: { caseId, singleSourceJustification } }));
    });
  }

  approve(caseId: string, comment: string | null): Promise<true | undefined> {
    return this.done(async () => {
      await dataOf(this.approveGql.mutate({ variables: { caseId, comment } }));
    });
  }

  sendBack(caseId: string, comment: string): Promise<true | undefined> {
    return this.done(async () => {
      await dataOf(this.returnGql.mutate({ variables: { caseId, comment } }));
    });
  }

  private done(work: () => Promise<void>): Promise<true | undefined> {
    return this.state.run(async () => {
      await work();
      return true as const;
    });
  }
}
