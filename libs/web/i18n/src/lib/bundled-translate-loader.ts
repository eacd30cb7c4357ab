import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import { de } from './translations/de';
import { en } from './translations/en';

const BUNDLED: Record<string, TranslationObject> = { en, de };

/**
 * Both languages are small and bundled with the app: switching is instant and works
 * without another request (and without a server that serves JSON files).
 */
@Injectable()
export class BundledTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(BUNDLED[lang] ?? en);
  }
}
