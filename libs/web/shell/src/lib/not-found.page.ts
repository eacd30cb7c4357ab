import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'bc-not-found-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.title' | translate }}</h1>
    <p>{{ 'notFound.text' | translate }}</p>
    <a mat-flat-button routerLink="/">{{ 'notFound.home' | translate }}</a>
  `,
})
export class NotFoundPage {}
