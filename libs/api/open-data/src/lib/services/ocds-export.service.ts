import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppError, type AppConfig, Clock, notFound, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AwardViewService } from '@bc/api/award';
import { ErrorCode, OPEN_DATA_PAGE_SIZE } from '@bc/shared/domain';
import type { CaseFacts, PublishingFacts } from '../ocds/case-facts';
import { recordOf } from '../ocds/merge';
import type { OcdsRecordPackage, OcdsRelease, OcdsReleasePackage } from '../ocds/ocds.types';
import { buildReleases } from '../ocds/release-builder';
import { OcdsFactsReader } from './ocds-facts.reader';
import { OpenDataSettingsService, type OpenDataSettingsView } from './open-data-settings.service';

export interface PackageHead {
  uri: string;
  publishedDate: string;
  publisher: { name: string };
}

/** Where a streamed package goes: each piece is written as soon as it is ready (the sink waits for the socket to drain). */
export type Sink = (chunk: string) => Promise<void>;

export interface Period {
  from: Date;
  to: Date;
}

/**
 * OCDS packages of the organization's cases: one case's release package or record package (for
 * the case's award readers), a period's releases streamed in batches (for those who read the
 * whole organization's record), and the public feed's pages.
 */
@Injectable()
export class OcdsExportService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly settings: OpenDataSettingsService,
    private readonly facts: OcdsFactsReader,
    private readonly awards: AwardViewService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async caseReleasePackage(ctx: RequestContext, caseId: string): Promise<{ reference: string; body: OcdsReleasePackage }> {
    const { facts, publishing } = await this.caseFacts(ctx, caseId, 'release-package.json');
    return { reference: facts.reference, body: { ...this.head(facts.organization.name, publishing), version: '1.1', releases: buildReleases(facts, publishing) } };
  }

  async caseRecordPackage(ctx: RequestContext, caseId: string): Promise<{ reference: string; body: OcdsRecordPackage }> {
    const { facts, publishing } = await this.caseFacts(ctx, caseId, 'record-package.json');
    return { reference: facts.reference, body: { ...this.head(facts.organization.name, publishing), version: '1.1', records: [recordOf(buildReleases(facts, publishing))] } };
  }

  /** The settings a package needs: without an ocid prefix there are no ocids, so nothing is produced. */
  async publishingOf(ctx: RequestContext): Promise<OpenDataSettingsView & { ocidPrefix: string }> {
    const settings = await this.settings.get(ctx);
    if (!settings.ocidPrefix) throw new AppError(ErrorCode.OCID_PREFIX_MISSING, 'Set the organization’s ocid prefix first (an admin does, on the Purchasing policy page)');
    return { ...settings, ocidPrefix: settings.ocidPrefix };
  }

  /**
   * Streams the release package of every release dated in [from, to): the cases are read a batch
   * at a time (keyset on the case id), each batch's releases written out before the next is read,
   * so memory holds one batch whatever the number of cases.
   */
  async streamPeriod(ctx: RequestContext, period: Period, sink: Sink): Promise<void> {
    const settings = await this.publishingOf(ctx);
    const org = await this.organizationName(this.connection.manager(ctx), ctx.organizationId);
    const publishing = this.publishing(settings, `${this.config.publicUrl}/api/open-data/releases.json?from=${period.from.toISOString()}&to=${period.to.toISOString()}`);
    await this.stream(this.connection.manager(ctx), ctx.organizationId, settings.includeContacts, org, publishing, period, sink);
  }

  /** One page of the public feed: the releases of up to OPEN_DATA_PAGE_SIZE cases after `after`, and the cursor of the next page. */
  async publicPage(prefix: string, after: string | null): Promise<{ body: OcdsReleasePackage; next: string | null }> {
    const settings = await this.settings.publicByPrefix(prefix);
    if (!settings?.ocidPrefix) throw notFound('Open data');
    const em = this.connection.dataSource.manager;
    const batch = await this.facts.batch(em, {
      organizationId: settings.organizationId,
      after,
      limit: OPEN_DATA_PAGE_SIZE,
      includeContacts: settings.includeContacts,
      now: this.clock.now(),
    });
    const name = await this.organizationName(em, settings.organizationId);
    const uri = `${this.config.publicUrl}/api/public/ocds/${prefix}/releases.json${after ? `?cursor=${after}` : ''}`;
    const publishing = this.publishing({ ...settings, ocidPrefix: settings.ocidPrefix }, uri);
    const releases = batch.flatMap((f) => buildReleases(f, publishing));
    // The page's date is its latest release's, so an unchanged page is byte for byte the same (its ETag holds).
    const latest = releases.reduce((max, r) => (r.date > max ? r.date : max), '1970-01-01T00:00:00.000Z');
    const body: OcdsReleasePackage = { uri, version: '1.1', publishedDate: latest, publisher: { name }, releases };
    return { body, next: batch.length === OPEN_DATA_PAGE_SIZE ? batch[batch.length - 1].caseId : null };
  }

  private async stream(em: EntityManager, organizationId: string, includeContacts: boolean, publisher: string, publishing: PublishingFacts, period: Period, sink: Sink): Promise<void> {
    const head = this.head(publisher, publishing);
    await sink(`{"uri":${JSON.stringify(head.uri)},"version":"1.1","publishedDate":${JSON.stringify(head.publishedDate)},"publisher":${JSON.stringify(head.publisher)},"releases":[`);
    const from = period.from.toISOString();
    const to = period.to.toISOString();
    let after: string | null = null;
    let first = true;
    for (;;) {
      const batch: CaseFacts[] = await this.facts.batch(em, { organizationId, after, limit: OPEN_DATA_PAGE_SIZE, from: period.from, to: period.to, includeContacts, now: publishing.publishedDate });
      const inPeriod = batch.flatMap((f) => buildReleases(f, publishing)).filter((r: OcdsRelease) => r.date >= from && r.date < to);
      for (const release of inPeriod) {
        await sink(`${first ? '' : ','}${JSON.stringify(release)}`);
        first = false;
      }
      if (batch.length < OPEN_DATA_PAGE_SIZE) break;
      after = batch[batch.length - 1].caseId;
    }
    await sink(']}');
  }

  private async caseFacts(ctx: RequestContext, caseId: string, file: string): Promise<{ facts: CaseFacts; publishing: PublishingFacts }> {
    // Whoever reads the case's awards and decision record (AWARD_READ on the case, or a decider of the organization).
    await this.awards.openCase(ctx, caseId);
    const settings = await this.publishingOf(ctx);
    const publishing = this.publishing(settings, `${this.config.publicUrl}/api/cases/${caseId}/ocds/${file}`);
    const [facts] = await this.facts.batch(this.connection.manager(ctx), {
      organizationId: ctx.organizationId,
      caseIds: [caseId],
      limit: 1,
      includeContacts: settings.includeContacts,
      now: publishing.publishedDate,
    });
    if (!facts) throw notFound('Open data (the case has not left its RFQ stage)');
    return { facts, publishing };
  }

  private publishing(settings: { ocidPrefix: string; includeContacts: boolean }, packageUri: string): PublishingFacts {
    return { ocidPrefix: settings.ocidPrefix, includeContacts: settings.includeContacts, publicUrl: this.config.publicUrl, packageUri, publishedDate: this.clock.now() };
  }

  private head(publisher: string, publishing: PublishingFacts): PackageHead {
    return { uri: publishing.packageUri, publishedDate: publishing.publishedDate.toISOString(), publisher: { name: publisher } };
  }

  private async organizationName(em: EntityManager, organizationId: string): Promise<string> {
    const [row] = await em.query(`SELECT name FROM organization WHERE id = $1`, [organizationId]);
    return row?.name ?? '';
  }
}
