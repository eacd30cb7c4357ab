import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import {
  AppError,
  dataOf,
  errorTranslation,
  MailOutboxGQL,
  OutboxMessageFieldsFragment,
  OutboxStatus,
  RetryMailGQL,
  SessionStore,
  toAppError,
} from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { EmptyState, ErrorBanner, TranslatedPaginatorIntl } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

/** The filter's choices: every email, or those in one status. */
export type OutboxFilter = 'ALL' | OutboxStatus;
export const OUTBOX_FILTERS: readonly OutboxFilter[] = ['ALL', 'PENDING', 'SENT', 'FAILED'];

/** What the API is asked for: no status means every email. */
export function statusOf(filter: OutboxFilter): OutboxStatus | null {
  return filter === 'ALL' ? null : filter;
}

/** Translation key of a status, as shown in its chip. */
export function statusLabel(status: OutboxStatus): string {
  return `mail.statuses.${status}`;
}

/** Only an email the server has given up on can be sent again; a pending one is still being tried. */
export function canRetry(message: Pick<OutboxMessageFieldsFragment, 'status'>): boolean {
  return message.status === 'FAILED';
}

/** The mail server's last answer, where it still matters: not once the email has gone out. */
export function errorShown(message: Pick<OutboxMessageFieldsFragment, 'status' | 'lastError'>): string | null {
  return message.status === 'SENT' ? null : message.lastError || null;
}

/** The time that tells where an email stands: when it went out, or when the next attempt is due. */
export function timeShown(
  message: Pick<OutboxMessageFieldsFragment, 'status' | 'sentAt' | 'nextAttemptAt'>,
): { key: string; at: string | null } {
  switch (message.status) {
    case 'SENT':
      return { key: 'mail.sentAt', at: message.sentAt };
    case 'PENDING':
      return { key: 'mail.nextAttemptAt', at: message.nextAttemptAt };
    default:
      return { key: 'mail.noMoreAttempts', at: null };
  }
}

@Component({
  selector: 'bc-mail-page',
  imports: [
    MatTableModule,
    MatPaginatorModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    BcDatePipe,
    EmptyState,
    ErrorBanner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './mail.page.html',
  styleUrls: ['../admin-page.scss', './mail.page.scss'],
})
export class MailPage implements OnInit {
  private readonly outboxGql = inject(MailOutboxGQL);
  private readonly retryGql = inject(RetryMailGQL);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly session = inject(SessionStore);

  protected readonly organization = this.session.organization;
  protected readonly filters = OUTBOX_FILTERS;
  protected readonly columns = ['recipient', 'subject', 'status', 'attempts', 'when', 'actions'];
  protected readonly pageSizes = [25, 50, 100];
  protected readonly statusLabel = statusLabel;
  protected readonly canRetry = canRetry;
  protected readonly errorShown = errorShown;
  protected readonly timeShown = timeShown;

  protected readonly filter = signal<OutboxFilter>('ALL');
  protected readonly messages = signal<OutboxMessageFieldsFragment[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly loading = signal(true);
  protected readonly retrying = signal<string | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });
  protected readonly empty = computed(() => !this.loading() && !this.error() && this.total() === 0);

  ngOnInit(): void {
    void this.load();
  }

  protected setFilter(event: MatButtonToggleChange): void {
    this.filter.set(event.value as OutboxFilter);
    this.pageIndex.set(0);
    void this.load();
  }

  protected page(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const limit = this.pageSize();
      const data = await dataOf(
        this.outboxGql.fetch({
          variables: { status: statusOf(this.filter()), limit, offset: this.pageIndex() * limit },
        }),
      );
      this.messages.set(data.mailOutbox.items);
      this.total.set(data.mailOutbox.total);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async retry(message: OutboxMessageFieldsFragment): Promise<void> {
    this.retrying.set(message.id);
    this.error.set(null);
    try {
      const updated = (await dataOf(this.retryGql.mutate({ variables: { id: message.id } }))).retryMail;
      this.messages.update((list) => list.map((m) => (m.id === updated.id ? updated : m)));
      this.snackBar.open(
        this.translate.instant('mail.retried', { to: updated.to }) as string,
        this.translate.instant('common.close') as string,
        { duration: 5000 },
      );
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.retrying.set(null);
    }
  }
}
