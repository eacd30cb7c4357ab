import { ImportanceClass, PurchaseType } from '@bc/shared/domain';

/** A filter after validation: the organization, the period as instants, the rest as given. */
export interface Scope {
  organizationId: string;
  /** The reporting currency of the organization. */
  currency: string;
  timeZone: string;
  from: string;
  to: string;
  /** The digits a CPV code's category starts with (its prefix), or null. */
  categoryPrefix: string | null;
  purchaseTypes: PurchaseType[] | null;
  importances: ImportanceClass[] | null;
  buyerId: string | null;
}

/**
 * The WHERE clause every chart puts on `analytics_case_fact f`: the organization, the case
 * filters, and the period on the chart's own date (`dateColumn`, a timestamptz of `f` or another
 * alias; days are counted in the display time zone, both ends included). Parameters are appended
 * to `params`, so a chart and its drill-down share the very same clause.
 */
export function caseWhere(scope: Scope, params: unknown[], dateColumn: string | null): string {
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts = [`f.organization_id = ${p(scope.organizationId)}`];
  if (scope.categoryPrefix) parts.push(`f.category_code LIKE ${p(`${scope.categoryPrefix}%`)}`);
  if (scope.purchaseTypes?.length) parts.push(`f.purchase_type = ANY(${p(scope.purchaseTypes)}::text[])`);
  if (scope.importances?.length) parts.push(`f.importance = ANY(${p(scope.importances)}::text[])`);
  if (scope.buyerId) parts.push(`f.buyer_ids @> ARRAY[${p(scope.buyerId)}::uuid]`);
  if (dateColumn) {
    const tz = p(scope.timeZone);
    parts.push(`${dateColumn} >= (${p(scope.from)}::date)::timestamp AT TIME ZONE ${tz}`);
    parts.push(`${dateColumn} < (${p(scope.to)}::date + 1)::timestamp AT TIME ZONE ${tz}`);
  }
  return parts.join(' AND ');
}

/** Whether the scope narrows cases beyond the organization and period (deliveries without a case then drop out). */
export function narrowsCases(scope: Scope): boolean {
  return !!(scope.categoryPrefix || scope.purchaseTypes?.length || scope.importances?.length || scope.buyerId);
}
