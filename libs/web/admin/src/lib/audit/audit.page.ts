import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
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
} from '@bc/web/data-access';
import { BcDatePipe, BcPluralPipe } from '@bc/web/i18n';
import { ErrorBanner, TranslatedPaginatorIntl } from '@bc/web/ui';

import { TranslatePipe } from '@ngx-translate/core';

type AuditEventRow = AuditEventsQuery['auditEvents']['items'][number];
type Verification = VerifyAuditChainQuery['verifyAuditChain'];

@Component({
  selector: 'bc-audit-page',
  imports: [BcPluralPipe, 
    MatTableModule,
    MatPaginatorModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    BcDatePipe,
    ErrorBanner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
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
  protected readonly pageSizes = [25, 50, 100];

  protected readonly events = signal<AuditEventRow[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly loading = signal(true);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });

  protected readonly verifying = signal(false);
  protected readonly verification = signal<Verification | null>(null);

  ngOnInit(): void {
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
        this.eventsGql.fetch({ variables: { limit, offset: this.pageIndex() * limit } }),
      );
      this.events.set(data.auditEvents.items);
      this.total.set(data.auditEvents.total);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
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
