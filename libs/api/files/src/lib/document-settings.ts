import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, RequestContext } from '@bc/api/core';
import { UserDirectory } from '@bc/api/identity';
import type { Locale } from '@bc/shared/domain';

/** What every generated document (RFQ document, evaluation report, decision record) is written for. */
export interface DocumentSetting {
  /** The signed-in reader's language. */
  locale: Locale;
  /** The product's display time zone, in which the document prints its dates and times. */
  timeZone: string;
  /** When the document is made: now, by the product's clock. */
  generatedAt: Date;
}

/** The reader's language, the display time zone and the time of making, for a document made now for the signed-in caller. */
@Injectable()
export class DocumentSettings {
  constructor(
    private readonly directory: UserDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async forReader(ctx: RequestContext): Promise<DocumentSetting> {
    const locale = await this.directory.readerLocale(ctx);
    return { locale, timeZone: this.config.displayTimeZone, generatedAt: this.clock.now() };
  }
}
