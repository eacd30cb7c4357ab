import type { ImportanceClass, PurchaseType } from '@bc/shared/domain';
import type { AnalyticsChart, AnalyticsFilter } from '@bc/web/data-access';

/** The filter bar's values as the page holds them. */
export interface FilterValues {
  from: string;
  to: string;
  category: { code: string } | null;
  purchaseTypes: readonly PurchaseType[];
  importances: readonly ImportanceClass[];
  buyerId: string;
}

export const NO_FILTER: FilterValues = { from: '', to: '', category: null, purchaseTypes: [], importances: [], buyerId: '' };

/** The API's filter: only what is set (an empty period is the API's default: the year up to today). */
export function toAnalyticsFilter(v: FilterValues): AnalyticsFilter {
  return {
    ...(v.from ? { from: v.from } : {}),
    ...(v.to ? { to: v.to } : {}),
    ...(v.category ? { category: v.category.code } : {}),
    ...(v.purchaseTypes.length ? { purchaseTypes: [...v.purchaseTypes] } : {}),
    ...(v.importances.length ? { importances: [...v.importances] } : {}),
    ...(v.buyerId ? { buyerId: v.buyerId } : {}),
  };
}

/** `SPEND_BY_CATEGORY` → `spend-by-category`, the export's file name. */
export function chartSlug(chart: AnalyticsChart): string {
  return chart.toLowerCase().replace(/_/g, '-');
}

/** The REST export of one chart's table with the page's filter, in the UI language. */
export function exportUrl(chart: AnalyticsChart, format: 'csv' | 'xlsx', filter: AnalyticsFilter, lang: string, dimension?: string): string {
  const params = new URLSearchParams();
  if (Object.keys(filter).length > 0) params.set('filter', JSON.stringify(filter));
  if (dimension) params.set('dimension', dimension);
  params.set('locale', lang === 'de' ? 'de' : 'en');
  return `/api/analytics/${chartSlug(chart)}.${format}?${params.toString()}`;
}
