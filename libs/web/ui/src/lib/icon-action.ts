import { booleanAttribute, ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';

/**
 * A button that shows only an icon (remove a row, a line, a file): its label, translated, is both
 * its accessible name and its tooltip. The page listens to `(click)` on the element itself:
 *
 * `<bc-icon-action icon="delete" [label]="'x.remove' | translate: { name: row.name }" (click)="remove(row)" />`
 */
@Component({
  selector: 'bc-icon-action',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-icon-button type="button" [disabled]="disabled()" [attr.aria-label]="label()" [matTooltip]="label()">
      <mat-icon [svgIcon]="icon()" aria-hidden="true" />
    </button>
  `,
  styles: `
    :host {
      display: inline-block;
    }
  `,
})
export class IconAction {
  readonly icon = input.required<string>();
  readonly label = input.required<string>();
  readonly disabled = input(false, { transform: booleanAttribute });
}
