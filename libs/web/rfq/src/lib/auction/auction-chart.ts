import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageService } from '@bc/web/i18n';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { PriceSeries } from './auction-view';

/**
 * Each bidder's price over time as an ECharts step line. ECharts itself is imported when the chart
 * first renders, so it is a chunk of its own behind the auction page (never in the initial bundle).
 * For screen readers the chart is an image with a label; the table of every bid holds the figures.
 */
@Component({
  selector: 'bc-auction-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./auction-echarts').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="bc-auction-chart" role="img" [attr.aria-label]="label()" [options]="options()" [autoResize]="true"></div>`,
  styles: `
    .bc-auction-chart {
      height: 320px;
      width: 100%;
    }
  `,
})
export class AuctionChart {
  private readonly language = inject(LanguageService);
  readonly series = input.required<PriceSeries[]>();
  readonly currency = input.required<string>();
  readonly label = input('');
  /** Up to this time the last price holds (the server's time now, or the end). */
  readonly until = input<number | null>(null);

  protected readonly options = computed(() => {
    const until = this.until();
    const money = new Intl.NumberFormat(this.language.lang(), { style: 'currency', currency: this.currency(), maximumFractionDigits: 0 });
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      // On a phone the times would run into each other: ECharts leaves out those that overlap.
      xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => money.format(v) } },
      series: this.series().map((s) => {
        const last = s.points[s.points.length - 1];
        const data = until && last && until > last[0] ? [...s.points, [until, last[1]]] : s.points;
        return { name: s.name, type: 'line', step: 'end', showSymbol: true, data };
      }),
    };
  });
}
