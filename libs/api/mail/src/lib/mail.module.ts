import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';
import { MailWorker } from './mail-worker.service';
import { MailQueue } from './mail-queue.service';

@Module({ imports: [AuditModule], providers: [MailService, MailWorker, MailQueue, MailResolver], exports: [MailService, MailWorker, MailQueue] })
export class MailModule {}
