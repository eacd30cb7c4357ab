import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SpecificationDiffQuery, SpecLineFieldsFragment, SpecRequirementFieldsFragment } from '@bc/web/data-access';
import { BcQuantityPipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';

export type SpecDiff = SpecificationDiffQuery['specificationDiff'];

/** One field of a changed line or requirement, before and after. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export function attributesText(line: Pick<SpecLineFieldsFragment, 'attributes'>): string {
  return line.attributes.map((a) => `${a.name}: ${a.value}`).join('; ');
}

function lineField(line: SpecLineFieldsFragment | null, field: string): string {
  if (!line) return '';
  switch (field) {
    case 'attributes':
      return attributesText(line);
    case 'quantity':
      return String(Number(line.quantity));
    case 'description':
    case 'unit':
      return line[field];
    default:
      return '';
  }
}

function requirementField(req: SpecRequirementFieldsFragment | null, field: string): string {
  if (!req) return '';
  switch (field) {
    case 'text':
      return req.text;
    case 'kind':
      return req.kind;
    case 'weight':
      return req.weight === null || req.weight === undefined ? '' : String(req.weight);
    default:
      return '';
  }
}

/** The fields that differ, as before/after text; `fields` comes from the API. */
export function lineFieldChanges(change: SpecDiff['lines'][number]): FieldChange[] {
  return change.fields.map((field) => ({ field, before: lineField(change.before, field), after: lineField(change.after, field) }));
}

export function requirementFieldChanges(change: SpecDiff['requirements'][number]): FieldChange[] {
  return change.fields.map((field) => ({
    field,
    before: requirementField(change.before, field),
    after: requirementField(change.after, field),
  }));
}

export function isEmptyDiff(diff: SpecDiff): boolean {
  return diff.lines.length === 0 && diff.requirements.length === 0 && diff.attachments.length === 0;
}

/**
 * The differences between two specification versions: lines, requirements and attachments that
 * were added, removed or changed; for a changed one, each changed field before and after.
 */
@Component({
  selector: 'bc-spec-diff-view',
  imports: [TranslatePipe, BcQuantityPipe, NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- A changed line's or requirement's fields, each before and after (a requirement's kind by its name). -->
    <ng-template #fieldChanges let-fields let-labels="labels">
      <dl class="bc-fields">
        @for (f of fields; track f.field) {
          <dt>{{ labels + f.field | translate }}</dt>
          <dd>
            <del [attr.aria-label]="('diff.before' | translate) + ': ' + (f.before || '–')">{{ f.field === 'kind' && f.before ? ('requirementKind.' + f.before | translate) : f.before || '–' }}</del>
            <span aria-hidden="true"> → </span>
            <ins [attr.aria-label]="('diff.after' | translate) + ': ' + (f.after || '–')">{{ f.field === 'kind' && f.after ? ('requirementKind.' + f.after | translate) : f.after || '–' }}</ins>
          </dd>
        }
      </dl>
    </ng-template>
    @let d = diff();
    @if (empty()) {
      <p class="bc-no-diff">{{ 'diff.none' | translate }}</p>
    }
    @if (d.lines.length) {
      <h3>{{ 'spec.lines' | translate }}</h3>
      <ul class="bc-changes">
        @for (c of d.lines; track c.key) {
          <li class="bc-change bc-change--{{ c.change }}">
            <span class="bc-change__kind">{{ 'diff.' + c.change | translate }}</span>
            <div class="bc-change__body">
              @switch (c.change) {
                @case ('ADDED') {
                  <ins>{{ c.after?.quantity | bcQuantity }} {{ c.after?.unit }} · {{ c.after?.description }}</ins>
                  @if (c.after && c.after.attributes.length) {
                    <span class="bc-attrs">{{ attributesText(c.after) }}</span>
                  }
                }
                @case ('REMOVED') {
                  <del>{{ c.before?.quantity | bcQuantity }} {{ c.before?.unit }} · {{ c.before?.description }}</del>
                }
                @default {
                  <span class="bc-change__title">{{ c.after?.description ?? c.before?.description }}</span>
                  <ng-container *ngTemplateOutlet="fieldChanges; context: { $implicit: lineChanges(c), labels: 'diff.lineField.' }" />
                }
              }
            </div>
          </li>
        }
      </ul>
    }
    @if (d.requirements.length) {
      <h3>{{ 'spec.requirements' | translate }}</h3>
      <ul class="bc-changes">
        @for (c of d.requirements; track c.key) {
          <li class="bc-change bc-change--{{ c.change }}">
            <span class="bc-change__kind">{{ 'diff.' + c.change | translate }}</span>
            <div class="bc-change__body">
              @switch (c.change) {
                @case ('ADDED') {
                  <ins>{{ c.after?.text }}</ins>
                  <span class="bc-attrs">{{ 'requirementKind.' + c.after?.kind | translate }}</span>
                }
                @case ('REMOVED') {
                  <del>{{ c.before?.text }}</del>
                }
                @default {
                  <span class="bc-change__title">{{ c.after?.text ?? c.before?.text }}</span>
                  <ng-container *ngTemplateOutlet="fieldChanges; context: { $implicit: requirementChanges(c), labels: 'diff.requirementField.' }" />
                }
              }
            </div>
          </li>
        }
      </ul>
    }
    @if (d.attachments.length) {
      <h3>{{ 'spec.attachments' | translate }}</h3>
      <ul class="bc-changes">
        @for (c of d.attachments; track $index) {
          <li class="bc-change bc-change--{{ c.change }}">
            <span class="bc-change__kind">{{ 'diff.' + c.change | translate }}</span>
            <div class="bc-change__body">
              @if (c.change === 'REMOVED') {
                <del>{{ c.file?.name ?? ('diff.fileGone' | translate) }}</del>
              } @else {
                <ins>{{ c.file?.name ?? ('diff.fileGone' | translate) }}</ins>
              }
            </div>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 1rem 0 0.5rem;
    }
    .bc-changes {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .bc-change {
      display: flex;
      gap: 0.75rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--mat-sys-corner-small);
      border-left: 4px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface-container-low);
    }
    .bc-change--ADDED {
      border-left-color: #1b7f3b;
      background: #e7f5ea;
    }
    .bc-change--REMOVED {
      border-left-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
    }
    .bc-change--CHANGED {
      border-left-color: #9a6700;
      background: #fff5d6;
    }
    .bc-change__kind {
      flex: none;
      width: 6.5rem;
      font: var(--mat-sys-label-large);
    }
    .bc-change__body {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-width: 0;
    }
    .bc-change__title {
      font-weight: 500;
    }
    .bc-attrs {
      font: var(--mat-sys-body-small);
    }
    ins {
      text-decoration: none;
      background: #c6efce;
      color: #0b3d1a;
      padding: 0 0.125rem;
    }
    del {
      background: #ffd7d5;
      color: #5c0f0b;
      padding: 0 0.125rem;
    }
    .bc-fields {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0;
    }
    .bc-fields dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .bc-no-diff {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SpecDiffView {
  readonly diff = input.required<SpecDiff>();
  protected readonly empty = computed(() => isEmptyDiff(this.diff()));
  protected readonly attributesText = attributesText;
  protected readonly lineChanges = lineFieldChanges;
  protected readonly requirementChanges = requirementFieldChanges;
}
