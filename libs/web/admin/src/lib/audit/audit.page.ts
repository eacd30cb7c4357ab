import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { Permission } from '@bc/shared/domain';
import {
  Api,
  AuditEventsQuery,
  SessionStore,
  Submission,
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

/** A column showing one field of the event as plain text. */
interface AuditTextColumn {
  id: string;
  header: string;
  field: 'sequence' | 'entityType' | 'summary';
  numeric?: boolean;
  summary?: boolean;
}

@Component({
  selector: 'bc-audit-page',
  imports: [BcPluralPipe, MatTableModule, MatButtonModule, MatIconModule, TranslatePipe, BcDatePipe, ErrorBanner, PagedTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styleUrls: ['../admin-page.scss', './audit.page.scss'],
})
export class AuditPage implements OnInit {
  private readonly api = inject(Api);
  private readonly session = inject(SessionStore);

  protected readonly organization = this.session.organization;
  protected readonly canVerify = computed(() => this.session.permissions().includes(Permission.AUDIT_VERIFY));
  protected readonly columns = ['sequence', 'occurredAt', 'actor', 'action', 'entity', 'summary'];
  /** The columns that show one field as it is; the table's order is `columns`, not the order of definition. */
  protected readonly textColumns: readonly AuditTextColumn[] = [
    { id: 'sequence', header: 'audit.sequence', field: 'sequence', numeric: true },
    { id: 'entity', header: 'audit.entity', field: 'entityType' },
    { id: 'summary', header: 'audit.summary', field: 'summary', summary: true },
  ];

  protected readonly events = new PagedList<AuditEventRow>(async (page) => (await this.api.read(AuditEventsGQL, page)).auditEvents);
  /** Verifying the chain; its failure shows above the list (the list shows its own). */
  protected readonly verifying = new Submission();
  protected readonly verification = signal<Verification | null>(null);

  ngOnInit(): void {
    void this.events.load();
  }

  protected async verify(): Promise<void> {
    this.verification.set(null);
    await this.verifying.run(async () => this.verification.set((await this.api.read(VerifyAuditChainGQL)).verifyAuditChain));
  }
}
