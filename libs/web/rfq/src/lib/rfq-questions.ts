import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { Api, AnswerRfqQuestionGQL, AppError, RfqQuestionFieldsFragment, toAppError } from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { ErrorBanner, TextInput } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { rfqErrorTranslation } from './rfq-errors';

type AnswerForm = FormGroup<{
  answer: FormControl<string>;
  publish: FormControl<boolean>;
  publishedQuestion: FormControl<string>;
}>;

/**
 * Suppliers' questions with who asked. The buyer answers privately (to the asker only), or
 * publishes question and answer to every invitee without the asker's name, in a wording
 * that names nobody. A published answer stays as it is.
 */
@Component({
  selector: 'bc-rfq-questions',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatRadioModule, TranslatePipe, BcDatePipe, ErrorBanner, TextInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="bc-rfq-questions-heading">
      <h2 id="bc-rfq-questions-heading">{{ 'rfq.questions' | translate }}</h2>
      @if (errorMessage(); as message) {
        <bc-error-banner class="bc-page-error" [messageKey]="message.key" [params]="message.params" />
      }
      <ol class="bc-rfq-questions">
        @for (q of questions(); track q.id) {
          <li class="bc-rfq-question">
            <p class="bc-rfq-question__meta">
              <strong>{{ q.supplierName }}</strong>
              <span class="bc-muted"> · {{ q.askedAt | bcDate }}</span>
              <span class="bc-status bc-rfq-visibility--{{ q.visibility }}">{{ 'rfq.visibility.' + q.visibility | translate }}</span>
            </p>
            <p class="bc-rfq-text">{{ q.body }}</p>
            @if (q.publishedQuestion && q.publishedQuestion !== q.body) {
              <p class="bc-rfq-text bc-muted">{{ 'rfq.publishedAs' | translate: { text: q.publishedQuestion } }}</p>
            }
            @if (q.answer) {
              <div class="bc-rfq-answer">
                <span class="bc-block bc-muted">{{ 'rfq.answeredBy' | translate: { name: q.answeredByName ?? '', date: (q.answeredAt | bcDate) } }}</span>
                <p class="bc-rfq-text">{{ q.answer }}</p>
              </div>
            }
            @if (canAnswer() && q.visibility !== 'PUBLISHED') {
              @if (forms()[q.id]; as f) {
                <form class="bc-rfq-answer-form" [formGroup]="f" (submit)="$event.preventDefault(); submit(q, f)">
                  <bc-text-input
                    class="bc-rfq-full"
                    [control]="f.controls.answer"
                    [label]="'rfq.answer' | translate"
                    [rows]="3"
                    [max]="8000"
                    required
                  />
                  <mat-radio-group formControlName="publish" class="bc-rfq-radios" [attr.aria-label]="'rfq.answerHow' | translate">
                    <mat-radio-button [value]="false">{{ 'rfq.answerPrivately' | translate: { supplier: q.supplierName } }}</mat-radio-button>
                    <mat-radio-button [value]="true">{{ 'rfq.answerPublish' | translate }}</mat-radio-button>
                  </mat-radio-group>
                  @if (f.controls.publish.value) {
                    <mat-form-field class="bc-rfq-full">
                      <mat-label>{{ 'rfq.publishedQuestion' | translate }}</mat-label>
                      <textarea matInput rows="2" formControlName="publishedQuestion"></textarea>
                      <mat-hint>{{ 'rfq.publishedQuestionHint' | translate }}</mat-hint>
                    </mat-form-field>
                  }
                  <div class="bc-rfq-actions">
                    <button mat-flat-button type="submit" [disabled]="busy() === q.id">
                      <mat-icon svgIcon="send" aria-hidden="true" />{{ (f.controls.publish.value ? 'rfq.sendPublished' : 'rfq.sendPrivate') | translate }}
                    </button>
                    <button mat-button type="button" (click)="close(q.id)">{{ 'common.cancel' | translate }}</button>
                  </div>
                </form>
              } @else {
                <button mat-stroked-button type="button" (click)="open(q)">
                  <mat-icon svgIcon="edit" aria-hidden="true" />{{ (q.answer ? 'rfq.changeAnswer' : 'rfq.answerQuestion') | translate }}
                </button>
              }
            }
          </li>
        } @empty {
          <li class="bc-muted">{{ 'rfq.noQuestions' | translate }}</li>
        }
      </ol>
    </section>
  `,
  styleUrls: ['./page.scss', './panel.scss', './rfq-questions.scss'],
})
export class RfqQuestions {
  private readonly api = inject(Api);

  readonly questions = input.required<readonly RfqQuestionFieldsFragment[]>();
  /** The buyer may answer while the RFQ is out. */
  readonly canAnswer = input(false);
  readonly answered = output<RfqQuestionFieldsFragment>();

  protected readonly forms = signal<Record<string, AnswerForm>>({});
  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? rfqErrorTranslation(error) : null;
  });

  protected open(q: RfqQuestionFieldsFragment): void {
    const form: AnswerForm = new FormGroup({
      answer: new FormControl(q.answer ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(8000)] }),
      publish: new FormControl(false, { nonNullable: true }),
      publishedQuestion: new FormControl(q.body, { nonNullable: true }),
    });
    this.forms.update((all) => ({ ...all, [q.id]: form }));
  }

  protected close(id: string): void {
    this.forms.update((all) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== id)));
  }

  protected async submit(q: RfqQuestionFieldsFragment, form: AnswerForm): Promise<void> {
    const v = form.getRawValue();
    if (!v.answer.trim()) form.controls.answer.setValue('');
    if (!v.answer.trim() || form.invalid) {
      form.markAllAsTouched();
      return;
    }
    this.busy.set(q.id);
    this.error.set(null);
    try {
      const input = {
        answer: v.answer.trim(),
        publish: v.publish,
        publishedQuestion: v.publish ? v.publishedQuestion.trim() || null : null,
      };
      const updated = (await this.api.write(AnswerRfqQuestionGQL, { id: q.id, input })).answerRfqQuestion;
      this.close(q.id);
      this.answered.emit(updated);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(null);
    }
  }
}
