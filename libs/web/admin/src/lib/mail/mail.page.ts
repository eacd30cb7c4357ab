import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import {
  Api,
  MailOutboxGQL,
  OutboxMessageFieldsFragment,
  OutboxStatus,
  PagedList,
  RetryMailGQL,
  SessionStore,
  toAppError,
} from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { injectNotify, PagedTable, TableEmptyState } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

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
  imports: [MatTableModule, MatButtonModule, MatButtonToggleModule, MatIconModule, TranslatePipe, BcDatePipe, PagedTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail.page.html',
  styleUrls: ['../admin-page.scss', './mail.page.scss'],
})
export class MailPage implements OnInit {
  private readonly api = inject(Api);
  private readonly notify = injectNotify();

  protected readonly organization = inject(SessionStore).organization;
  protected readonly filters = OUTBOX_FILTERS;
  protected readonly columns = ['recipient', 'subject', 'status', 'attempts', 'when', 'actions'];
  protected readonly statusLabel = statusLabel;
  protected readonly canRetry = canRetry;
  protected readonly errorShown = errorShown;
  protected readonly timeShown = timeShown;

  protected readonly filter = signal<OutboxFilter>('ALL');
  protected readonly messages = new PagedList<OutboxMessageFieldsFragment>(
    async (page) => (await this.api.read(MailOutboxGQL, { status: statusOf(this.filter()), ...page })).mailOutbox,
  );
  protected readonly retrying = signal<string | null>(null);
  protected readonly emptyState = computed<TableEmptyState>(() => ({
    icon: 'send',
    heading: 'mail.emptyTitle',
    text: this.filter() === 'ALL' ? 'mail.emptyText' : 'mail.emptyFiltered',
  }));

  ngOnInit(): void {
    void this.messages.load();
  }

  protected setFilter(event: MatButtonToggleChange): void {
    this.filter.set(event.value as OutboxFilter);
    this.messages.restart();
  }

  protected async retry(message: OutboxMessageFieldsFragment): Promise<void> {
    this.retrying.set(message.id);
    this.messages.error.set(null);
    try {
      const updated = (await this.api.write(RetryMailGQL, { id: message.id })).retryMail;
      this.messages.replace(updated, (a, b) => a.id === b.id);
      this.notify('mail.retried', { to: updated.to });
    } catch (error) {
      this.messages.error.set(toAppError(error));
    } finally {
      this.retrying.set(null);
    }
  }
}
