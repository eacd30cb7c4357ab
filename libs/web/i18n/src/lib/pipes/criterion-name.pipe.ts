import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { DEFAULT_CRITERIA } from '@bc/shared/domain';

/** The default criteria's names as the server stores them (English), by key. */
const DEFAULT_NAMES = new Map(Object.values(DEFAULT_CRITERIA).flatMap((list) => list.map((c) => [c.key, c.name] as const)));

/**
 * An RFQ criterion's name in the active language: a default criterion whose name is still the
 * default is translated (`criteria.defaultNames.<KEY>`); a name the buyer wrote is shown as written.
 * Impure so it follows a language switch.
 */
@Pipe({ name: 'bcCriterionName', pure: false })
export class BcCriterionNamePipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(criterion: { key: string; name: string } | null | undefined): string {
    if (!criterion) return '';
    if (DEFAULT_NAMES.get(criterion.key) !== criterion.name) return criterion.name;
    const key = `criteria.defaultNames.${criterion.key}`;
    const translated: string = this.translate.instant(key);
    return translated && translated !== key ? translated : criterion.name;
  }
}
