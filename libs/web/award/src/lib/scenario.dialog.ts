import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  Api,
  AppError,
  AwardScenarioFieldsFragment,
  AwardScenarioRuleInput,
  AwardScenariosQuery,
  CreateAwardScenarioGQL,
  SolveAwardScenarioGQL,
} from '@bc/web/data-access';
import { DialogSubmission } from '@bc/web/case-kit';
import { DialogFrame } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { RuleText, scenarioErrorTranslation, scenarioFieldMessage, scenarioFieldOf } from './scenario-view';

export interface ScenarioDialogData {
  rfqId: string;
  currency: string;
  suppliers: AwardScenariosQuery['awardScenarios']['suppliers'];
}

/** The dialog's rule inputs, in the order the rules are sent (an error's rule index finds its input). */
type RuleInput = 'maxSuppliers' | 'minSuppliers' | 'maxShare' | 'minReliability' | 'mustHaves' | 'incumbent' | 'wholeLines' | 'capacity' | 'exclude';
type FieldKey = 'name' | 'budget' | RuleInput;

/** A number as typed ('' when blank; a decimal comma taken as the point). */
function numberOf(text: string | number | null | undefined): number | null {
  const value = String(text ?? '').trim().replace(',', '.');
  return value === '' || Number.isNaN(Number(value)) ? null : Number(value);
}

/**
 * A new award scenario (issue 16): its name, objective (lowest cost, or best score within a
 * budget) and the buyer's rules, each optional. Saving creates it and solves it at once; the
 * dialog closes with the solved scenario. A field the server refuses shows at that field.
 */
@Component({
  selector: 'bc-scenario-dialog',
  imports: [FormsModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, TranslatePipe, DialogFrame],
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

  protected readonly name = signal('');
  protected readonly objective = signal<'MIN_COST' | 'MAX_SCORE'>('MIN_COST');
  protected readonly budget = signal('');
  protected readonly maxSuppliers = signal('');
  protected readonly minSuppliers = signal('');
  protected readonly maxShare = signal('');
  protected readonly minReliability = signal('');
  protected readonly incumbent = signal('');
  protected readonly mustHaves = signal(false);
  protected readonly wholeLines = signal(false);
  protected readonly capacity = signal(true);
  protected readonly exclude = signal<string[]>([]);
  protected readonly hasIncumbent = computed(() => this.data.suppliers.some((s) => s.incumbent));
  /** The rules typed as numbers, blank for none. */
  protected readonly numberFields = [
    { key: 'maxSuppliers' as const, value: this.maxSuppliers, min: 1, max: 1000 },
    { key: 'minSuppliers' as const, value: this.minSuppliers, min: 1, max: 1000 },
    { key: 'maxShare' as const, value: this.maxShare, min: 1, max: 100 },
    { key: 'minReliability' as const, value: this.minReliability, min: 0, max: 100 },
    { key: 'incumbent' as const, value: this.incumbent, min: 0, max: 100 },
  ];
  /** The rules that are on or off. */
  protected readonly checkFields = [
    { key: 'mustHaves' as const, value: this.mustHaves },
    { key: 'wholeLines' as const, value: this.wholeLines },
    { key: 'capacity' as const, value: this.capacity },
  ];

  /** Errors at their fields: the server's, or the dialog's own check. */
  protected readonly fieldErrors = signal<Partial<Record<FieldKey, RuleText>>>({});
  private sentRules: RuleInput[] = [];
  private readonly submission = new DialogSubmission<AwardScenarioFieldsFragment>(this.ref, (error) => this.placeAtField(error), scenarioErrorTranslation);
  protected readonly busy = this.submission.saving;
  protected readonly errorMessage = this.submission.errorMessage;

  private rules(): { inputs: RuleInput[]; rules: AwardScenarioRuleInput[] } {
    const inputs: RuleInput[] = [];
    const rules: AwardScenarioRuleInput[] = [];
    const add = (input: RuleInput, rule: AwardScenarioRuleInput) => {
      inputs.push(input);
      rules.push(rule);
    };
    const maxSuppliers = numberOf(this.maxSuppliers());
    if (maxSuppliers !== null) add('maxSuppliers', { kind: 'MAX_SUPPLIERS', count: maxSuppliers });
    const minSuppliers = numberOf(this.minSuppliers());
    if (minSuppliers !== null) add('minSuppliers', { kind: 'MIN_SUPPLIERS', count: minSuppliers });
    const maxShare = numberOf(this.maxShare());
    if (maxShare !== null) add('maxShare', { kind: 'SHARE', basis: 'VALUE', maxPercent: maxShare });
    const minReliability = numberOf(this.minReliability());
    if (minReliability !== null) add('minReliability', { kind: 'MIN_RELIABILITY', minScore: minReliability });
    if (this.mustHaves()) add('mustHaves', { kind: 'MUST_HAVES_REQUIRED' });
    const incumbent = numberOf(this.incumbent());
    if (incumbent !== null) add('incumbent', { kind: 'INCUMBENT_RETENTION', basis: 'VALUE', minPercent: incumbent });
    if (this.wholeLines()) add('wholeLines', { kind: 'WHOLE_LINES' });
    if (this.capacity()) add('capacity', { kind: 'CAPACITY' });
    if (this.exclude().length) add('exclude', { kind: 'EXCLUDE_SUPPLIERS', invitationIds: this.exclude() });
    return { inputs, rules };
  }

  private placeAtField(error: AppError): boolean {
    const at = scenarioFieldOf(error);
    if (!at) return false;
    const key: FieldKey | undefined =
      at.rule !== null ? this.sentRules[at.rule] : at.field === 'name' ? 'name' : at.field === 'budget' ? 'budget' : undefined;
    if (!key) return false;
    this.fieldErrors.set({ [key]: scenarioFieldMessage(error) });
    return true;
  }

  protected async submit(): Promise<void> {
    this.fieldErrors.set({});
    if (!this.name().trim()) {
      this.fieldErrors.set({ name: { key: 'common.required', params: {} } });
      return;
    }
    const { inputs, rules } = this.rules();
    this.sentRules = inputs;
    const maxScore = this.objective() === 'MAX_SCORE';
    const input = {
      rfqId: this.data.rfqId,
      name: this.name().trim(),
      objective: this.objective(),
      budget: maxScore && this.budget().trim() ? this.budget().trim().replace(',', '.') : null,
      rules,
    };
    await this.submission.submit(async () => {
      const created = (await this.api.write(CreateAwardScenarioGQL, { input })).createAwardScenario;
      // Saved: the panel shows it even when solving fails (it can be solved from there).
      try {
        return (await this.api.write(SolveAwardScenarioGQL, { id: created.id })).solveAwardScenario;
      } catch {
        return created;
      }
    });
  }
}
