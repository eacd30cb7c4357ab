import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import { de, en } from '@bc/shared/i18n';

const BUNDLED: Record<string, TranslationObject> = { en, de };

/**
 * Both languages are small and bundled with the app: switching is instant and works
 * without another request (and without a server that serves JSON files). The catalogue lives in
 * @bc/shared/i18n, where the API's documents read it too.
 */
@Injectable()
export class BundledTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(BUNDLED[lang] ?? en);
  }
}
