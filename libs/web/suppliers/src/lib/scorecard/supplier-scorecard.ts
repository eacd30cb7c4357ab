import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { ScorecardFieldsFragment } from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe, LanguageService } from '@bc/web/i18n';
import { ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

let nextId = 0;

/** The points of the score line: x by order of the events (oldest first), y 0..100 upwards. */
export function scorePoints(history: ScorecardFieldsFragment['history'], width: number, height: number): string {
  const scored = [...history].reverse().filter((e) => e.score !== null);
  if (scored.length === 0) return '';
  const step = scored.length > 1 ? width / (scored.length - 1) : 0;
  return scored.map((e, i) => `${Math.round(i * step * 10) / 10},${Math.round((height - ((e.score ?? 0) / 100) * height) * 10) / 10}`).join(' ');
}

/**
 * One supplier's scorecard with one buying organization: the competition and delivery figures of
 * the period (as the analytics define them, with when they were computed), the reliability score
 * after each event, and the certificates by expiry. Presentational: the page fetches the card; a
 * buyer's card carries case links and notes, a supplier's does not (the API leaves them out).
 */
@Component({
  selector: 'bc-supplier-scorecard',
  imports: [RouterLink, MatIconModule, MatTableModule, TranslatePipe, BcAmountPipe, BcDatePipe, ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier-scorecard.html',
  styleUrl: './supplier-scorecard.scss',
})
export class SupplierScorecardView {
  private readonly language = inject(LanguageService);

  readonly card = input.required<ScorecardFieldsFragment>();
  /** Links each event's case (buyers). */
  readonly linkCases = input(false);

  protected readonly id = `bc-scorecard-${nextId++}`;
  protected readonly chartWidth = 300;
  protected readonly chartHeight = 80;
  protected readonly points = computed(() => scorePoints(this.card().history, this.chartWidth, this.chartHeight));
  protected readonly showNotes = computed(() => this.card().history.some((e) => e.note !== null));
  protected readonly eventColumns = computed(() => ['occurredOn', 'kind', 'score', 'reference', ...(this.showNotes() ? ['note'] : [])]);
  protected readonly certificateColumns = ['name', 'issuer', 'validUntil', 'state'];

  protected percent(value: number | null | undefined): string {
    if (value === null || value === undefined) return '–';
    return `${value.toLocaleString(this.language.lang(), { maximumFractionDigits: 1 })} %`;
  }

  protected score(value: number | null): string {
    return value === null ? '–' : value.toLocaleString(this.language.lang(), { maximumFractionDigits: 1 });
  }

  /** The change an event made, signed ("+5", "−33.3"); null: it left the score as it was. */
  protected change(before: number | null, after: number | null): string | null {
    if (after === null || before === after) return null;
    if (before === null) return null;
    const delta = Math.round((after - before) * 10) / 10;
    const text = Math.abs(delta).toLocaleString(this.language.lang(), { maximumFractionDigits: 1 });
    return delta > 0 ? `+${text}` : `−${text}`;
  }
}
