import { inject, Pipe, PipeTransform } from '@angular/core';
import { Locale } from '@bc/shared/domain';
import { LanguageService } from '../language.service';

/** A CPV code's labels as the API gives them: English, and the official German one. */
export interface CpvLabels {
  label: string;
  labelDe?: string | null;
}

/** The label in `language`: the official German one in German (where known), else the English one. */
export function cpvLabelIn(language: Locale, value: CpvLabels | null | undefined): string {
  if (!value) return '';
  return language === Locale.DE && value.labelDe ? value.labelDe : value.label;
}

/** A CPV code's label in the active language. Impure so it follows a language switch. */
@Pipe({ name: 'bcCpvLabel', pure: false })
export class BcCpvLabelPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: CpvLabels | null | undefined): string {
    return cpvLabelIn(this.language.lang(), value);
  }
}
