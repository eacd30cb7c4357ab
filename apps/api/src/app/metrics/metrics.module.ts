import { Module } from '@nestjs/common';
import { MailModule } from '@bc/api/mail';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics.service';

@Module({ imports: [MailModule], providers: [Metrics], controllers: [MetricsController], exports: [Metrics] })
export class MetricsModule {}
