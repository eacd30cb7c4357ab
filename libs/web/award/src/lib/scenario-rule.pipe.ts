import { inject, Pipe, PipeTransform } from '@angular/core';
import { AwardScenarioRuleFieldsFragment } from '@bc/web/data-access';
import { TranslateService } from '@ngx-translate/core';
import { RuleNames, ruleText } from './scenario-view';

/**
 * A scenario rule in the reader's language (`ruleText`), its keyed parameters translated first.
 * Impure, as the translate pipe is: it follows a language switch.
 */
@Pipe({ name: 'bcScenarioRule', pure: false })
export class ScenarioRulePipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(rule: AwardScenarioRuleFieldsFragment, names: RuleNames): string {
    const text = ruleText(rule, names);
    const params: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(text.params)) {
      if (name.endsWith('Key')) {
        const plain = name.slice(0, -3);
        if (value) params[plain] = this.translate.instant(value as string);
      } else if (value !== null && value !== undefined) params[name] = value;
    }
    return this.translate.instant(text.key, params);
  }
}
