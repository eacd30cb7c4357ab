import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { fileUrl, SpecVersionFieldsFragment } from '@bc/web/data-access';
import { BcQuantityPipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';
import { ScrollRegion } from '@bc/web/ui';

/** One specification version to read: line items, requirements and attachments. */
@Component({
  selector: 'bc-spec-version-view',
  imports: [ScrollRegion, MatIconModule, TranslatePipe, BcQuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = version();
    <section [attr.aria-labelledby]="headingPrefix() + '-lines'">
      <div class="bc-heading" role="heading" [id]="headingPrefix() + '-lines'" [attr.aria-level]="level()">{{ 'spec.lines' | translate }}</div>
      <div class="bc-table-wrap">
        <table class="bc-read-table" [attr.aria-labelledby]="headingPrefix() + '-lines'">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{{ 'spec.description' | translate }}</th>
              <th scope="col" class="bc-num">{{ 'spec.quantity' | translate }}</th>
              <th scope="col">{{ 'spec.unit' | translate }}</th>
              <th scope="col">{{ 'diff.lineField.attributes' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (line of v.lines; track line.key; let i = $index) {
              <tr>
                <td>{{ i + 1 }}</td>
                <td class="bc-pre">{{ line.description }}</td>
                <td class="bc-num">{{ line.quantity | bcQuantity }}</td>
                <td>{{ line.unit }}</td>
                <td>
                  @for (a of line.attributes; track $index) {
                    <span class="bc-block">{{ a.name }}: {{ a.value }}</span>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
    <section class="bc-part" [attr.aria-labelledby]="headingPrefix() + '-requirements'">
      <div class="bc-heading" role="heading" [id]="headingPrefix() + '-requirements'" [attr.aria-level]="level()">{{ 'spec.requirements' | translate }}</div>
      <ul class="bc-read-list">
        @for (req of v.requirements; track req.key) {
          <li>
            <span class="bc-kind bc-kind--{{ req.kind }}">{{ 'requirementKind.' + req.kind | translate }}</span>
            {{ req.text }}
            @if (req.weight !== null) {
              <span class="bc-muted">({{ 'spec.weight' | translate }} {{ req.weight }})</span>
            }
          </li>
        } @empty {
          <li class="bc-muted">{{ 'spec.noRequirements' | translate }}</li>
        }
      </ul>
    </section>
    <section class="bc-part" [attr.aria-labelledby]="headingPrefix() + '-attachments'">
      <div class="bc-heading" role="heading" [id]="headingPrefix() + '-attachments'" [attr.aria-level]="level()">{{ 'spec.attachments' | translate }}</div>
      <ul class="bc-attachments">
        @for (a of v.attachments; track a.id) {
          <li>
            <mat-icon svgIcon="attach_file" aria-hidden="true" />
            <a [href]="fileUrl(a.id)">{{ a.name }}</a>
          </li>
        } @empty {
          <li class="bc-muted">{{ 'spec.noAttachments' | translate }}</li>
        }
      </ul>
    </section>
  `,
  styles: `
    @use 'table-frame';

    .bc-heading {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.75rem;
    }
    .bc-part {
      margin-top: 2rem;
    }
    .bc-read-table {
      width: 100%;
      border-collapse: collapse;
    }
    .bc-read-table th,
    .bc-read-table td {
      padding: 0.625rem 1rem;
      text-align: left;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bc-read-table th {
      font: var(--mat-sys-title-small);
    }
    .bc-read-table tbody tr:last-child td {
      border-bottom: none;
    }
    .bc-read-table .bc-num {
      text-align: right;
    }
    .bc-pre {
      white-space: pre-line;
    }
    .bc-block {
      display: block;
      font: var(--mat-sys-body-small);
    }
    .bc-muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .bc-read-list,
    .bc-attachments {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .bc-read-list li {
      padding: 0.375rem 0;
    }
    .bc-attachments li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.5rem;
    }
    .bc-kind {
      display: inline-block;
      margin-right: 0.5rem;
      padding: 0 0.375rem;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-high);
    }
    .bc-kind--MUST_HAVE {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class SpecVersionView {
  readonly version = input.required<Pick<SpecVersionFieldsFragment, 'lines' | 'requirements' | 'attachments'>>();
  /** Makes the section ids unique when two versions are on one page. */
  readonly headingPrefix = input('bc-version');
  /** The level of the section headings in the page's outline. */
  readonly level = input(2);
  protected readonly fileUrl = fileUrl;
}
