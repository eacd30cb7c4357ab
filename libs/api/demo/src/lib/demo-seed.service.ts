import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { Organization, PasswordService, User } from '@bc/api/identity';
import { OrganizationKind } from '@bc/shared/domain';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, type DemoOrganization } from './demo-data';
import { SHOWCASE_CFO } from './showcase-data';
import { ShowcaseSeedService } from './showcase-seed.service';
import { SHOWCASE_INTRODUCED_DAYS_AGO } from './showcase-steps';

export interface SeededUser {
  email: string;
  name: string;
  organization: string;
  roles: string[];
}

/** Fills an empty database with a demo buying organization and two supplier companies. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly showcase: ShowcaseSeedService,
  ) {}

  /**
   * Seeds only a database with no organization yet; returns the demo users either way. With
   * `showcase`, also the directory and purchase cases a first start opens on (tests leave it out
   * and build what each needs). The showcase's CFO, a second decider, is among the users returned.
   */
  async seedIfEmpty(options: { showcase?: boolean } = {}): Promise<{ seeded: boolean; users: SeededUser[] }> {
    const usersOf = (o: DemoOrganization) => (options.showcase && o.kind === OrganizationKind.BUYING ? [...o.users, SHOWCASE_CFO] : o.users);
    const users = DEMO_ORGANIZATIONS.flatMap((o) => usersOf(o).map((u) => ({ email: u.email, name: u.name, organization: o.name, roles: [...u.roles] })));
    const ctx = RequestContext.system();
    const seeded = await this.connection.withTransaction(ctx, async (em) => {
      // One seeder at a time, even with several instances starting together.
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 42))', ['demo-seed']);
      if ((await em.getRepository(Organization).count()) > 0) return false;
      const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
      // The showcase tells a story of months: the organizations and users come first in it.
      const clock = options.showcase ? this.showcase.clockFor(em) : null;
      const createUsers = () => this.createUsers(ctx, em, passwordHash);
      if (clock) await clock.at(clock.daysAgo(SHOWCASE_INTRODUCED_DAYS_AGO), createUsers);
      else await createUsers();
      if (clock) await this.showcase.seed(em, clock);
      return true;
    });
    if (seeded) this.logger.log(`Seeded demo data: ${users.length} users`);
    return { seeded, users };
  }

  private async createUsers(ctx: RequestContext, em: EntityManager, passwordHash: string): Promise<void> {
    for (const demo of DEMO_ORGANIZATIONS) {
      const organization = await em.getRepository(Organization).save({
        name: demo.name,
        kind: demo.kind,
        country: demo.country,
        defaultLocale: demo.defaultLocale,
      });
      for (const u of demo.users) {
        const user = await em.getRepository(User).save({
          organizationId: organization.id,
          email: u.email,
          name: u.name,
          roles: u.roles,
          locale: u.locale,
          passwordHash,
          disabledAt: null,
          lastSignInAt: null,
        });
        await this.audit.record(ctx, {
          action: 'user.created',
          entityType: 'User',
          entityId: user.id,
          organizationId: organization.id,
          actorUserId: null,
          actorName: 'demo data',
          summary: { email: u.email, roles: u.roles },
        });
      }
    }
  }
}
