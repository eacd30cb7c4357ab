import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { LoadStatus, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { ChartView } from './chart-format';

/** A point of a chart the user asked the cases of. */
export interface DrillRequest {
  key: string;
  label: string;
}

let nextId = 0;

/**
 * One chart of the analytics page in its card: heading, what it measures (projected), the chart or
 * its table (a toggle; the table is the accessible alternative and drills down by keyboard), the
 * CSV and xlsx exports. A click on a point of the chart asks for the cases behind it. ECharts itself
 * is imported when the first chart renders (a chunk of its own).
 */
@Component({
  selector: 'bc-chart-card',
  imports: [NgxEchartsDirective, MatButtonModule, MatIconModule, TranslatePipe, LoadStatus, ScrollRegion],
  providers: [provideEchartsCore({ echarts: () => import('./analytics-echarts').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chart-card.html',
  styleUrl: './chart-card.scss',
})
export class ChartCard {
  readonly heading = input.required<string>();
  readonly view = input<ChartView | null>(null);
  readonly loading = input(false);
  readonly error = input<{ key: string; params: Record<string, unknown> } | null>(null);
  /** The exports' addresses (none: no export buttons). */
  readonly csvHref = input('');
  readonly xlsxHref = input('');
  /** Height of the chart in px. */
  readonly height = input(320);
  /** Start with the table (where the table says more than a chart). */
  readonly tableFirst = input(false);
  readonly drill = output<DrillRequest>();

  protected readonly id = `bc-chart-${nextId++}`;
  private readonly toggled = signal(false);
  protected readonly showTable = computed(() => this.toggled() !== this.tableFirst());
  protected readonly chartLabel = computed(() => `${this.heading()}: ${this.view()?.table.rows.map((r) => r.cells.join(' ')).slice(0, 6).join('; ') ?? ''}`);

  protected toggle(): void {
    this.toggled.update((v) => !v);
  }

  /** ECharts gives back the data item, which carries the point's key (a division of the treemap or the rest of spend has none to drill). */
  protected clicked(event: { data?: unknown; name?: string }): void {
    const data = event.data as { key?: unknown; name?: unknown } | undefined;
    const key = typeof data?.key === 'string' ? data.key : null;
    if (!key || key.startsWith('division:') || key === 'REST') return;
    const row = this.view()?.table.rows.find((r) => r.key === key);
    this.drill.emit({ key, label: row?.label || String(data?.name ?? event.name ?? key) });
  }

  protected drillRow(key: string, label: string): void {
    this.drill.emit({ key, label });
  }
}
