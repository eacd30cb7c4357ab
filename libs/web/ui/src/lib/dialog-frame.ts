import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorBanner } from './error-banner';

/**
 * The frame every dialog of the product shares: the title, the error banner above the content,
 * the content, and the actions (cancel, then the submit button). A form dialog wraps the frame in
 * its `<form>` so that the submit button submits it:
 *
 * ```html
 * <form [formGroup]="form" (ngSubmit)="submit()">
 *   <bc-dialog-frame [heading]="'x.title' | translate" [error]="errorMessage()" [busy]="saving()" [submitLabel]="'common.save' | translate">
 *     …fields…
 *   </bc-dialog-frame>
 * </form>
 * ```
 *
 * Other actions go in as `<button bcDialogAction …>`, after the built-in ones.
 */
@Component({
  selector: 'bc-dialog-frame',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe, ErrorBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (titleId()) {
      <h2 mat-dialog-title [id]="titleId()">{{ heading() }}</h2>
    } @else {
      <h2 mat-dialog-title>{{ heading() }}</h2>
    }
    <mat-dialog-content>
      @if (error(); as message) {
        <bc-error-banner class="bc-dialog-error" [messageKey]="message.key" [params]="message.params" />
      }
      <ng-content />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (cancelLabel()) {
        <button mat-button type="button" [mat-dialog-close]="cancelResult()">{{ cancelLabel() | translate }}</button>
      }
      @if (submitLabel()) {
        <button mat-flat-button type="submit" [disabled]="busy()" [class.bc-destructive]="destructive()">{{ submitLabel() }}</button>
      }
      <ng-content select="[bcDialogAction]" />
    </mat-dialog-actions>
  `,
  styles: `
    :host {
      display: contents;
    }
    .bc-dialog-error {
      margin-bottom: 1rem;
    }
  `,
})
export class DialogFrame {
  /** The title, translated. */
  readonly heading = input.required<string>();
  /** An id for the title, for content labelled by it. */
  readonly titleId = input('');
  readonly error = input<{ key: string; params: Record<string, unknown> } | null | undefined>(null);
  /** The submit button's text, translated; none without it. */
  readonly submitLabel = input('');
  readonly busy = input(false);
  readonly destructive = input(false);
  /** Translation key of the cancel button; '' for none. */
  readonly cancelLabel = input('common.cancel');
  /** What the dialog closes with on cancel. */
  readonly cancelResult = input<unknown>(undefined);
}
