import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '../language.service';

const UNITS = [
  { unit: 'byte', size: 1 },
  { unit: 'kilobyte', size: 1024 },
  { unit: 'megabyte', size: 1024 ** 2 },
  { unit: 'gigabyte', size: 1024 ** 3 },
] as const;

/** How big a file is, in the active language: "58 byte", "1.2 kB", "3,4 MB". Exact below a kilobyte, one decimal above. */
export function fileSize(bytes: number, lang: string): string {
  const step = [...UNITS].reverse().find((u) => bytes >= u.size) ?? UNITS[0];
  const value = bytes / step.size;
  return new Intl.NumberFormat(lang, { style: 'unit', unit: step.unit, unitDisplay: 'short', maximumFractionDigits: step.size === 1 ? 0 : 1 }).format(value);
}

/** `a.sizeBytes | bcFileSize`: impure so it follows a language switch. */
@Pipe({ name: 'bcFileSize', pure: false })
export class BcFileSizePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(bytes: number | null | undefined): string {
    return bytes === null || bytes === undefined || Number.isNaN(bytes) ? '' : fileSize(bytes, this.language.lang());
  }
}
