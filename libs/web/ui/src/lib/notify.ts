import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslateService } from '@ngx-translate/core';

/** A notice in the snack bar: the translated text with a close button, for five seconds (or `duration` ms). Call in an injection context. */
export function injectNotify(duration = 5000): (key: string, params?: Record<string, unknown>) => void {
  const snackBar = inject(MatSnackBar);
  const translate = inject(TranslateService);
  return (key, params = {}) => {
    snackBar.open(translate.instant(key, params) as string, translate.instant('common.close') as string, { duration });
  };
}
