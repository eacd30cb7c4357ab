import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Api, AskRfqQuestionGQL, PortalQuestionFieldsFragment, Submission } from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { CharCount, ErrorBanner, FieldError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { portalErrorMessage } from '../portal-errors';

/** The server's limit on a question. */
const MAX_QUESTION = 4000;

/**
 * Questions and answers: what the buyer published for every bidder (without who asked), the
 * company's own questions with their answers, and the form to ask until the question deadline.
 */
@Component({
  selector: 'bc-questions-panel',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, BcDatePipe, ErrorBanner, FieldError, CharCount],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="bc-published-heading" class="bc-block-section">
      <h2 id="bc-published-heading">{{ 'portalQuestions.published' | translate }}</h2>
      <p class="bc-muted">{{ 'portalQuestions.publishedIntro' | translate }}</p>
      <ol class="bc-qa-list">
        @for (q of published(); track q.id) {
          <li class="bc-qa">
            <p class="bc-qa__question">
              <span class="bc-qa__label">{{ 'portalQuestions.q' | translate }}</span> {{ q.question }}
              @if (q.mine) {
                <span class="bc-chip bc-qa__mine">{{ 'portalQuestions.yours' | translate }}</span>
              }
            </p>
            <p class="bc-qa__answer"><span class="bc-qa__label">{{ 'portalQuestions.a' | translate }}</span> {{ q.answer }}</p>
            @if (q.answeredAt) {
              <p class="bc-muted bc-qa__meta">{{ 'portalQuestions.answeredOn' | translate: { date: (q.answeredAt | bcDate) } }}</p>
            }
          </li>
        } @empty {
          <li class="bc-muted">{{ 'portalQuestions.nonePublished' | translate }}</li>
        }
      </ol>
    </section>

    <section aria-labelledby="bc-mine-heading" class="bc-block-section">
      <h2 id="bc-mine-heading">{{ 'portalQuestions.mine' | translate }}</h2>
      <ol class="bc-qa-list">
        @for (q of mine(); track q.id) {
          <li class="bc-qa">
            <p class="bc-qa__question"><span class="bc-qa__label">{{ 'portalQuestions.q' | translate }}</span> {{ q.question }}</p>
            @if (q.answer) {
              <p class="bc-qa__answer"><span class="bc-qa__label">{{ 'portalQuestions.a' | translate }}</span> {{ q.answer }}</p>
            }
            <p class="bc-muted bc-qa__meta">
              {{ 'portalQuestions.askedOn' | translate: { date: (q.askedAt | bcDate) } }} ·
              @if (!q.answer) {
                {{ 'portalQuestions.awaiting' | translate }}
              } @else if (q.published) {
                {{ 'portalQuestions.answeredPublished' | translate }}
              } @else {
                {{ 'portalQuestions.answeredPrivately' | translate }}
              }
            </p>
          </li>
        } @empty {
          <li class="bc-muted">{{ 'portalQuestions.noneMine' | translate }}</li>
        }
      </ol>
    </section>

    <section aria-labelledby="bc-ask-heading" class="bc-block-section">
      <h2 id="bc-ask-heading">{{ 'portalQuestions.ask' | translate }}</h2>
      @if (errorMessage(); as message) {
        <bc-error-banner class="bc-page-error" [messageKey]="message.key" [params]="message.params" />
      }
      @if (canAsk()) {
        <p class="bc-muted">
          {{ 'portalQuestions.askIntro' | translate: { deadline: (questionsCloseAt() | bcDate: 'zone') } }}
        </p>
        <form class="bc-ask" novalidate (submit)="$event.preventDefault(); ask()">
          <mat-form-field class="bc-ask__field">
            <mat-label>{{ 'portalQuestions.yourQuestion' | translate }}</mat-label>
            <textarea matInput rows="4" [formControl]="body" required></textarea>
            <mat-hint>{{ 'portalQuestions.askHint' | translate }}</mat-hint>
            <mat-hint align="end"><bc-char-count [control]="body" [max]="max" /></mat-hint>
            <mat-error><bc-field-error [control]="body" /></mat-error>
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="asking.busy()">
            <mat-icon svgIcon="send" aria-hidden="true" />{{ (asking.busy() ? 'portalQuestions.sending' : 'portalQuestions.send') | translate }}
          </button>
        </form>
      } @else {
        <p class="bc-muted">{{ 'portalQuestions.periodOver' | translate: { deadline: (questionsCloseAt() | bcDate: 'zone') } }}</p>
      }
    </section>
  `,
  styleUrl: '../portal.scss',
  styles: `
    @use 'blocks';
    .bc-block-section {
      margin-bottom: 1.75rem;
    }
    .bc-qa-list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
      max-width: 60rem;
    }
    .bc-qa {
      @include blocks.framed(0.75rem 1rem);
    }
    .bc-qa p {
      margin: 0 0 0.25rem;
      white-space: pre-line;
    }
    .bc-qa__label {
      font-weight: 600;
      margin-right: 0.25rem;
    }
    .bc-qa__mine {
      margin-left: 0.5rem;
      white-space: nowrap;
    }
    .bc-qa__meta {
      font: var(--mat-sys-body-small);
    }
    .bc-ask {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
      max-width: 48rem;
    }
    .bc-ask__field {
      width: 100%;
    }
  `,
})
export class QuestionsPanel {
  private readonly api = inject(Api);

  readonly invitationId = input.required<string>();
  readonly questions = input.required<readonly PortalQuestionFieldsFragment[]>();
  readonly questionsCloseAt = input.required<string>();
  /** Whether the RFQ takes questions at all (published, not closed). */
  readonly open = input.required<boolean>();
  readonly asked = output<PortalQuestionFieldsFragment>();

  protected readonly max = MAX_QUESTION;
  protected readonly body = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_QUESTION)] });
  protected readonly asking = new Submission();
  protected readonly errorMessage = portalErrorMessage(this.asking.error);
  /** Told by the server that the period is over, whatever this browser's clock says. */
  private readonly periodOver = signal(false);

  protected readonly published = computed(() => this.questions().filter((q) => q.published));
  protected readonly mine = computed(() => this.questions().filter((q) => q.mine));
  protected readonly canAsk = computed(
    () => this.open() && !this.periodOver() && new Date(this.questionsCloseAt()).getTime() > Date.now(),
  );

  protected async ask(): Promise<void> {
    const text = this.body.value.trim();
    if (!text) this.body.setValue('');
    if (!text || this.body.invalid) {
      this.body.markAsTouched();
      return;
    }
    await this.asking.run(
      async () => {
        const question = (await this.api.write(AskRfqQuestionGQL, { invitationId: this.invitationId(), body: text })).askRfqQuestion;
        this.body.reset('');
        this.asked.emit(question);
      },
      (error) => {
        if (error.code === 'QUESTION_PERIOD_OVER' || error.code === 'RFQ_CLOSED') this.periodOver.set(true);
        return false; // the banner says why
      },
    );
  }
}
