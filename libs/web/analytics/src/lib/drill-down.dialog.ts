import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { StageBadge } from '@bc/web/case-kit';
import { AnalyticsChart, AnalyticsDrillDownGQL, AnalyticsDrillDownQuery, AnalyticsFilter, Api } from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe } from '@bc/web/i18n';
import { LoadStatus, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { ChartLoad } from './chart-load';

export interface DrillDownData {
  chart: AnalyticsChart;
  key: string;
  /** The point in words, for the title ("Savings: Against the estimate"). */
  point: string;
  filter: AnalyticsFilter;
}

/** How many cases a drill-down lists (the API's default). */
export const DRILL_LIMIT = 200;

/**
 * The cases behind one point of a chart, each linking to its case page, with its awarded total in
 * the reporting currency and, where it was converted, the RFQ currency's amount and the rate used.
 */
@Component({
  selector: 'bc-drill-down-dialog',
  imports: [MatDialogModule, MatButtonModule, RouterLink, TranslatePipe, BcAmountPipe, BcDatePipe, LoadStatus, ScrollRegion, StageBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'analytics.drill.title' | translate: { point: data.point } }}</h2>
    <mat-dialog-content>
      <bc-load-status [loading]="result.loading()" [error]="result.error()" />
      @if (result.data(); as r) {
        <p class="bc-count">{{ 'analytics.drill.count' | translate: { shown: r.cases.length, total: r.total } }}</p>
        @if (r.cases.length === 0) {
          <p>{{ 'analytics.drill.none' | translate }}</p>
        } @else {
          <div class="bc-table-wrap">
            <table class="bc-drill-table">
              <caption class="bc-visually-hidden">{{ 'analytics.drill.title' | translate: { point: data.point } }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'analytics.drill.reference' | translate }}</th>
                  <th scope="col">{{ 'analytics.drill.stage' | translate }}</th>
                  <th scope="col">{{ 'analytics.category' | translate }}</th>
                  <th scope="col">{{ 'analytics.drill.awardedAt' | translate }}</th>
                  <th scope="col" class="bc-num">{{ 'analytics.drill.awarded' | translate: { currency: r.meta.currency } }}</th>
                  <th scope="col" class="bc-num">{{ 'analytics.drill.original' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of r.cases; track c.caseId) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="['/cases', c.caseId]" mat-dialog-close>{{ c.reference }}</a>
                      <div class="bc-title">{{ c.title }}</div>
                    </th>
                    <td><bc-stage-badge [stage]="c.stage" /></td>
                    <td class="bc-nowrap">{{ c.categoryCode ?? '–' }}</td>
                    <td class="bc-nowrap">{{ c.awardedAt ? (c.awardedAt | bcDate) : '–' }}</td>
                    <td class="bc-num">{{ c.awarded ? (c.awarded | bcAmount: r.meta.currency) : '–' }}</td>
                    <td class="bc-num">
                      @if (c.awardedTotal && c.rfqCurrency && c.rate) {
                        {{ c.awardedTotal | bcAmount: c.rfqCurrency }}
                        <div class="bc-title">1 {{ r.meta.currency }} = {{ c.rate }} {{ c.rfqCurrency }}</div>
                      } @else {
                        –
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.close' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    @use 'blocks';
    @use 'table-frame';
    .bc-count {
      margin-top: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .bc-drill-table {
      width: 100%;
      border-collapse: collapse;
      th,
      td {
        padding: 0.375rem 0.75rem;
        text-align: left;
        vertical-align: top;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      tbody th {
        font-weight: normal;
        min-width: 12rem;
      }
      .bc-num {
        text-align: right;
        white-space: nowrap;
      }
    }
    .bc-nowrap {
      white-space: nowrap;
    }
    .bc-title {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .bc-visually-hidden {
      @include blocks.visually-hidden;
    }
  `,
})
export class DrillDownDialog implements OnInit {
  protected readonly data = inject<DrillDownData>(MAT_DIALOG_DATA);
  private readonly api = inject(Api);
  protected readonly result = new ChartLoad<AnalyticsDrillDownQuery['analyticsDrillDown']>();
  protected readonly shown = computed(() => this.result.data()?.cases.length ?? 0);

  ngOnInit(): void {
    const { chart, key, filter } = this.data;
    void this.result.run(async () => (await this.api.read(AnalyticsDrillDownGQL, { chart, key, filter, limit: DRILL_LIMIT })).analyticsDrillDown);
  }
}
