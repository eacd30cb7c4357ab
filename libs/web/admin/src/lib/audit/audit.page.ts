import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { Permission } from '@bc/shared/domain';
import {
  AppError,
  AuditEventsQuery,
  dataOf,
  errorTranslation,
  SessionStore,
  toAppError,
  VerifyAuditChainGQL,
  VerifyAuditChainQuery,
  AuditEventsGQL,
  PagedList,
} from '@bc/web/data-access';
import { BcDatePipe, BcPluralPipe } from '@bc/web/i18n';
import { ErrorBanner, PagedTable } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

type AuditEventRow = AuditEventsQuery['auditEvents']['items'][number];
type Verification = VerifyAuditChainQuery['verifyAuditChain'];

@Component({
  selector: 'bc-audit-page',
  imports: [BcPluralPipe, MatTableModule, MatButtonModule, MatIconModule, TranslatePipe, BcDatePipe, ErrorBanner, PagedTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styleUrls: ['../admin-page.scss', './audit.page.scss'],
})
export class AuditPage implements OnInit {
  private readonly eventsGql = inject(AuditEventsGQL);
  private readonly verifyGql = inject(VerifyAuditChainGQL);
  private readonly session = inject(SessionStore);

  protected readonly organization = this.session.organization;
  protected readonly canVerify = computed(() => this.session.permissions().includes(Permission.AUDIT_VERIFY));
  protected readonly columns = ['sequence', 'occurredAt', 'actor', 'action', 'entity', 'summary'];

  protected readonly events = new PagedList<AuditEventRow>(
    async (limit, offset) => (await dataOf(this.eventsGql.fetch({ variables: { limit, offset } }))).auditEvents,
  );
  /** The verification's own failure; the list shows its own. */
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });

  protected readonly verifying = signal(false);
  protected readonly verification = signal<Verification | null>(null);

  ngOnInit(): void {
    void this.events.load();
  }

  protected async verify(): Promise<void> {
    this.verifying.set(true);
    this.verification.set(null);
    this.error.set(null);
    try {
      const data = await dataOf(this.verifyGql.fetch());
      this.verification.set(data.verifyAuditChain);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.verifying.set(false);
    }
  }
}
