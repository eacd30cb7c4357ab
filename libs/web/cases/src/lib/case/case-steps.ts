import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { CASE_STAGE_ORDER, CaseStage, TransitionBlocker } from '@bc/shared/domain';
import { CaseFieldsFragment } from '@bc/web/data-access';
import { TranslatePipe } from '@ngx-translate/core';

export type NextStep = CaseFieldsFragment['nextSteps'][number];

/** The steps a case walks, as shown: every stage up to the award (cancelling is not a step). */
export const STEP_STAGES: readonly CaseStage[] = CASE_STAGE_ORDER.filter((s) => s !== CaseStage.CANCELLED);

/** Where a stage stands for a case at `current`. */
export function stepState(stage: CaseStage, current: CaseStage): 'done' | 'current' | 'upcoming' {
  if (current === CaseStage.CANCELLED) return 'upcoming';
  // Awarded is where the path ends: nothing is left to do.
  if (current === CaseStage.AWARDED) return 'done';
  const a = STEP_STAGES.indexOf(stage);
  const b = STEP_STAGES.indexOf(current);
  return a < b ? 'done' : a === b ? 'current' : 'upcoming';
}

/** Moves forward in the process (not back, not cancelling), in process order. */
export function forwardSteps(current: CaseStage, steps: readonly NextStep[]): NextStep[] {
  const from = STEP_STAGES.indexOf(current);
  return steps
    .filter((s) => s.to !== CaseStage.CANCELLED && STEP_STAGES.indexOf(s.to) > from)
    .sort((x, y) => STEP_STAGES.indexOf(x.to) - STEP_STAGES.indexOf(y.to));
}

/**
 * What stands in the way of a step, as translation keys. A missing reason is not listed: the
 * user is asked for it when they take the step.
 */
export function blockerKeys(step: NextStep): string[] {
  return step.blockers.filter((b) => b !== TransitionBlocker.REASON_REQUIRED).map((b) => `blockers.${b}`);
}

export function isBlocked(step: NextStep): boolean {
  return blockerKeys(step).length > 0;
}

/**
 * The case's path through the stages: what is done, where it stands, and for the next step
 * what is still missing (the API's transition blockers, translated).
 */
@Component({
  selector: 'bc-case-steps',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="bc-steps">
      @for (stage of stages; track stage) {
        @let state = stateOf(stage);
        <li class="bc-step bc-step--{{ state }}" [attr.aria-current]="state === 'current' ? 'step' : null">
          <mat-icon
            class="bc-step__icon"
            [svgIcon]="state === 'done' ? 'verified' : state === 'current' ? 'arrow_forward' : 'pending'"
            aria-hidden="true"
          />
          <div class="bc-step__body">
            <span class="bc-step__name">{{ 'stages.' + stage | translate }}</span>
            <span class="bc-step__state">{{ 'steps.' + state | translate }}</span>
            @if (nextByStage().get(stage); as step) {
              @let keys = keysOf(step);
              @if (keys.length) {
                <div class="bc-step__blockers">
                  <span>{{ 'steps.blockedBy' | translate }}</span>
                  <ul>
                    @for (key of keys; track key) {
                      <li>{{ key | translate }}</li>
                    }
                  </ul>
                </div>
              } @else if (step.via) {
                <span class="bc-step__ready">{{ 'steps.via.' + step.via | translate }}</span>
              } @else {
                <span class="bc-step__ready">{{ 'steps.ready' | translate }}</span>
              }
            }
          </div>
        </li>
      }
    </ol>
  `,
  styles: `
    @use 'blocks';
    .bc-steps {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .bc-step {
      display: flex;
      gap: 0.75rem;
      padding: 0.5rem 0;
      position: relative;
    }
    .bc-step:not(:last-child)::after {
      content: '';
      position: absolute;
      left: 11px;
      top: 2.25rem;
      bottom: -0.25rem;
      border-left: 2px solid var(--mat-sys-outline-variant);
    }
    .bc-step__icon {
      flex: none;
      color: var(--mat-sys-outline);
    }
    .bc-step--done .bc-step__icon {
      color: var(--mat-sys-primary);
    }
    .bc-step--current .bc-step__icon {
      color: var(--mat-sys-primary);
    }
    .bc-step__body {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
    }
    .bc-step__name {
      font: var(--mat-sys-title-small);
    }
    .bc-step--current .bc-step__name {
      color: var(--mat-sys-primary);
    }
    .bc-step__state {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .bc-step__blockers {
      margin-top: 0.25rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--mat-sys-corner-small);
      @include blocks.tone(tertiary);
      font: var(--mat-sys-body-medium);
    }
    .bc-step__blockers ul {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
    .bc-step__ready {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-primary);
    }
  `,
})
export class CaseSteps {
  readonly stage = input.required<CaseStage>();
  readonly nextSteps = input.required<readonly NextStep[]>();

  protected readonly stages = STEP_STAGES;
  /** The next forward step of each target stage, so its blockers show under that stage. */
  protected readonly nextByStage = computed(
    () => new Map(forwardSteps(this.stage(), this.nextSteps()).map((step) => [step.to, step] as const)),
  );

  protected stateOf(stage: CaseStage): 'done' | 'current' | 'upcoming' {
    return stepState(stage, this.stage());
  }

  protected keysOf(step: NextStep): string[] {
    return blockerKeys(step);
  }
}
