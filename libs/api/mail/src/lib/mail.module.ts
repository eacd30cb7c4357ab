import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';
import { MailWorker } from './mail-worker.service';

@Module({ imports: [AuditModule], providers: [MailService, MailWorker, MailResolver], exports: [MailService, MailWorker] })
export class MailModule {}
