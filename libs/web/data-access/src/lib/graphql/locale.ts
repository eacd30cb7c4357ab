import { Locale } from '@bc/shared/domain';
import type { Locale as ApiLocale } from './generated';

export type { ApiLocale };

/**
 * The API's Locale enum travels as its GraphQL names (`EN`, `DE`); the app's languages are the
 * shared enum's values (`en`, `de`, what ngx-translate and `<html lang>` use).
 */
const FROM_API: Record<ApiLocale, Locale> = { EN: Locale.EN, DE: Locale.DE };
const TO_API: Record<Locale, ApiLocale> = { [Locale.EN]: 'EN', [Locale.DE]: 'DE' };

export function fromApiLocale(locale: ApiLocale): Locale {
  return FROM_API[locale];
}

export function toApiLocale(locale: Locale): ApiLocale {
  return TO_API[locale];
}
