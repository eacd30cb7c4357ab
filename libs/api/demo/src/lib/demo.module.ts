import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { IdentityModule } from '@bc/api/identity';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [IdentityModule, AuditModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
