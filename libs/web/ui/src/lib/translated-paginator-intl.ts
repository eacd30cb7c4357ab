import { effect, inject, Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';
import { LanguageService } from '@bc/web/i18n';

/** Material's paginator labels (read by screen readers) in the active language. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  constructor() {
    super();
    effect(() => {
      this.language.lang();
      this.itemsPerPageLabel = this.t('paginator.itemsPerPage');
      this.nextPageLabel = this.t('paginator.nextPage');
      this.previousPageLabel = this.t('paginator.previousPage');
      this.firstPageLabel = this.t('paginator.firstPage');
      this.lastPageLabel = this.t('paginator.lastPage');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const start = length === 0 ? 0 : page * pageSize + 1;
    const end = Math.min((page + 1) * pageSize, length);
    return this.t('paginator.range', { start, end, length });
  };

  private t(key: string, params?: Record<string, unknown>): string {
    return this.translate.instant(key, params) as string;
  }
}
