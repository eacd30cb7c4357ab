import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  Api,
  AppError,
  AwardScenarioFieldsFragment,
  AwardScenarioRuleKind,
  AwardScenariosQuery,
  CreateAwardScenarioGQL,
  SolveAwardScenarioGQL,
  UpdateAwardScenarioGQL,
} from '@bc/web/data-access';
import { DialogSubmission } from '@bc/web/case-kit';
import { DialogFrame } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { ADDABLE_KINDS, emptyForm, FIELDS_OF_KIND, formOf, inputOf, LineGroupDraft, newRule, nextGroupKey, NumberText, QuickKey, QuickRules, RuleDraft, RuleDraftField, RuleSource, ScenarioForm, nextRowId, withoutGroup } from './scenario-form';
import { RuleText, ScenarioField, scenarioErrorTranslation, scenarioFieldMessage, scenarioFieldOf } from './scenario-view';

export interface ScenarioDialogData {
  rfqId: string;
  currency: string;
  suppliers: AwardScenariosQuery['awardScenarios']['suppliers'];
  lines: AwardScenariosQuery['awardScenarios']['lines'];
  /** A saved custom scenario to change; none for a new one. */
  scenario?: AwardScenarioFieldsFragment;
}

type TopField = 'name' | 'budget';
/** An error at a row's or a lot's field; `field` is the one the server named. */
interface PlacedError {
  field: ScenarioField;
  text: RuleText;
}

/**
 * A new or a saved custom award scenario (issue 16): its name, objective (lowest cost, or best
 * score within a budget), lots (line groups) and the buyer's rules: the common ones as quick
 * fields, any other as a row of its kind (several shares, by value or quantity, for chosen
 * suppliers, within a lot). Saving creates or updates it and solves it at once; the dialog closes
 * with the solved scenario. A field the server refuses shows at that field.
 */
@Component({
  selector: 'bc-scenario-dialog',
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatRadioModule, MatSelectModule, TranslatePipe, DialogFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario.dialog.html',
  styles: `
    @use 'case-dialog';
    .bc-scenario-form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0 1rem;
    }
    .bc-scenario-form .bc-wide {
      grid-column: 1 / -1;
    }
    .bc-scenario-objective {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
      margin-bottom: 0.5rem;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
      legend {
        font: var(--mat-sys-title-small);
        margin-bottom: 0.5rem;
      }
    }
    .bc-scenario-checks {
      display: flex;
      flex-direction: column;
      margin-bottom: 0.75rem;
    }
    .bc-scenario-section {
      margin-top: 0.5rem;
    }
    .bc-scenario-note {
      font: var(--mat-sys-body-small);
      margin: 0 0 0.75rem;
    }
    fieldset.bc-scenario-item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
      padding: 0.5rem 0.75rem 0.25rem;
      margin: 0 0 0.75rem;
      legend {
        padding: 0 0.25rem;
        margin-bottom: 0;
      }
    }
    .bc-scenario-add {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 1rem;
    }
    .bc-danger {
      color: var(--mat-sys-error);
    }
    .bc-field-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
      margin: 0 0 0.5rem;
    }
  `,
})
export class ScenarioDialog {
  private readonly api = inject(Api);
  private readonly ref = inject<MatDialogRef<ScenarioDialog, AwardScenarioFieldsFragment>>(MatDialogRef);
  protected readonly data = inject<ScenarioDialogData>(MAT_DIALOG_DATA);
  protected readonly editing = !!this.data.scenario;
  protected readonly addableKinds = ADDABLE_KINDS;
  protected readonly fieldsOf = FIELDS_OF_KIND;

  protected readonly form = signal<ScenarioForm>(this.data.scenario ? formOf(this.data.scenario) : emptyForm());
  /** The quick rules typed as numbers, blank for none. */
  protected readonly numberFields = [
    { key: 'maxSuppliers' as const, min: 1, max: 1000 },
    { key: 'minSuppliers' as const, min: 1, max: 1000 },
    { key: 'maxShare' as const, min: 1, max: 100 },
    { key: 'minReliability' as const, min: 0, max: 100 },
    { key: 'incumbent' as const, min: 0, max: 100 },
  ];
  /** The quick rules that are on or off. */
  protected readonly checkFields = ['mustHaves', 'wholeLines', 'capacity'] as const;
  protected readonly newKind = signal<AwardScenarioRuleKind>('SHARE');

  /** Errors at their fields: the server's, or the dialog's own check. */
  protected readonly fieldErrors = signal<Partial<Record<TopField | QuickKey, RuleText>>>({});
  protected readonly rowErrors = signal<Record<number, PlacedError>>({});
  protected readonly groupErrors = signal<Record<number, PlacedError>>({});
  private sent: { sources: RuleSource[]; groups: LineGroupDraft[] } = { sources: [], groups: [] };
  private readonly submission = new DialogSubmission<AwardScenarioFieldsFragment>(this.ref, (error) => this.placeAtField(error), scenarioErrorTranslation);
  protected readonly busy = this.submission.saving;
  protected readonly errorMessage = this.submission.errorMessage;

  protected set<K extends keyof ScenarioForm>(key: K, value: ScenarioForm[K]): void {
    this.form.update((f) => ({ ...f, [key]: value }));
  }

  protected setQuick<K extends QuickKey>(key: K, value: QuickRules[K]): void {
    this.form.update((f) => ({ ...f, quick: { ...f.quick, [key]: value } }));
  }

  protected addGroup(): void {
    this.form.update((f) => ({ ...f, groups: [...f.groups, { key: nextGroupKey(f.groups), name: '', lineKeys: [] }] }));
  }

  protected setGroup(key: string, patch: Partial<LineGroupDraft>): void {
    this.form.update((f) => ({ ...f, groups: f.groups.map((g) => (g.key === key ? { ...g, ...patch } : g)) }));
  }

  /** A lot removed, and with it every rule's reference to it. */
  protected removeGroup(key: string): void {
    this.form.update((f) => withoutGroup(f, key));
    this.groupErrors.set({});
  }

  protected addRule(): void {
    this.form.update((f) => ({ ...f, rules: [...f.rules, newRule(nextRowId(f.rules), this.newKind())] }));
  }

  protected setRule(id: number, patch: Partial<RuleDraft>): void {
    this.form.update((f) => ({ ...f, rules: f.rules.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
  }

  protected setRuleNumber(id: number, field: RuleDraftField, value: NumberText): void {
    this.setRule(id, { [field]: value });
  }

  protected removeRule(id: number): void {
    this.form.update((f) => ({ ...f, rules: f.rules.filter((r) => r.id !== id) }));
    this.rowErrors.update((errors) => Object.fromEntries(Object.entries(errors).filter(([row]) => Number(row) !== id)));
  }

  /** A row's error at one of its fields. */
  protected rowErrorAt(id: number, field: RuleDraftField): RuleText | null {
    const e = this.rowErrors()[id];
    return e && e.field === field ? e.text : null;
  }

  /** A row's error at no field it shows (the rule as a whole). */
  protected rowErrorElse(r: RuleDraft): RuleText | null {
    const e = this.rowErrors()[r.id];
    return e && !(this.fieldsOf[r.kind] as readonly string[]).includes(e.field) ? e.text : null;
  }

  protected groupErrorAt(index: number, fields: readonly ScenarioField[]): RuleText | null {
    const e = this.groupErrors()[index];
    return e && fields.includes(e.field) ? e.text : null;
  }

  private placeAtField(error: AppError): boolean {
    const at = scenarioFieldOf(error);
    if (!at) return false;
    const text = scenarioFieldMessage(error);
    if (at.group !== null) {
      if (!this.sent.groups[at.group]) return false;
      this.groupErrors.set({ [at.group]: { field: at.field, text } });
      return true;
    }
    if (at.rule !== null) {
      const source = this.sent.sources[at.rule];
      if (!source) return false;
      if ('quick' in source) this.fieldErrors.set({ [source.quick]: text });
      else this.rowErrors.set({ [source.row]: { field: at.field, text } });
      return true;
    }
    if (at.field !== 'name' && at.field !== 'budget') return false;
    this.fieldErrors.set({ [at.field]: text });
    return true;
  }

  protected async submit(): Promise<void> {
    this.fieldErrors.set({});
    this.rowErrors.set({});
    this.groupErrors.set({});
    const form = this.form();
    if (!form.name.trim()) {
      this.fieldErrors.set({ name: { key: 'common.required', params: {} } });
      return;
    }
    const { input, sources } = inputOf(form);
    this.sent = { sources, groups: form.groups };
    const saved = this.data.scenario;
    await this.submission.submit(async () => {
      const scenario = saved
        ? (await this.api.write(UpdateAwardScenarioGQL, { id: saved.id, input })).updateAwardScenario
        : (await this.api.write(CreateAwardScenarioGQL, { input: { ...input, rfqId: this.data.rfqId } })).createAwardScenario;
      // Saved: the panel shows it even when solving fails (it can be solved from there).
      try {
        return (await this.api.write(SolveAwardScenarioGQL, { id: scenario.id })).solveAwardScenario;
      } catch {
        return scenario;
      }
    });
  }
}
