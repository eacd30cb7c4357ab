export * from './lib/mail.module';
export * from './lib/mail.service';
export * from './lib/mail-address';
export * from './lib/mail-worker.service';
export * from './lib/mail-queue.service';
export * from './lib/outbox-message.entity';
export * from './lib/render-mail';
export * from './lib/ics';
export * from './lib/format-amount';
export * from './lib/dto/mail.types';
import { OutboxMessage } from './lib/outbox-message.entity';

export const MAIL_ENTITIES = [OutboxMessage];
