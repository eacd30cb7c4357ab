import { effect, inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { LanguageService } from './language.service';

/**
 * Route `title`s are translation keys. The document title is "<page> · Buying Center" in the
 * active language and is rewritten when the language changes.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private pageKey: string | undefined;

  constructor() {
    super();
    effect(() => {
      this.language.lang();
      this.render();
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey = this.buildTitle(snapshot);
    this.render();
  }

  private render(): void {
    const app = this.translate.instant('app.name') as string;
    const page = this.pageKey ? (this.translate.instant(this.pageKey) as string) : undefined;
    this.title.setTitle(page ? `${page} · ${app}` : app);
  }
}
