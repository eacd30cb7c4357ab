import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError, RequestContext } from '@bc/api/core';
import { ComparisonWorkbookSheets, type WorkbookSheetsWriter } from '@bc/api/evaluation';
import { writeScenarioSheets } from '../documents/scenario-sheets';
import { AwardScenarioService } from './award-scenario.service';

/**
 * Adds the award scenarios to the RFQ comparison workbook (`/api/rfqs/:id/comparison.xlsx`).
 * The workbook lives in the evaluation library, a layer below this one: it cannot read scenarios,
 * so this registers its sheets there when the module starts. The scenarios are read through
 * `AwardScenarioService.comparison`, the `awardScenarios` query's own read, so its permission
 * (QUOTE_READ and the case's access) and sealing (SEALED, PRICES_HIDDEN) hold; a caller it refuses
 * gets the comparison without the scenario sheets. Without a supplier taking part there is nothing
 * to compare, and no scenario sheets either.
 */
@Injectable()
export class ScenarioWorkbook implements OnModuleInit {
  constructor(
    private readonly sheets: ComparisonWorkbookSheets,
    private readonly scenarios: AwardScenarioService,
  ) {}

  onModuleInit(): void {
    this.sheets.register((ctx, rfqId) => this.prepare(ctx, rfqId));
  }

  private async prepare(ctx: RequestContext, rfqId: string): Promise<WorkbookSheetsWriter | null> {
    let view;
    try {
      view = await this.scenarios.comparison(ctx, rfqId);
    } catch (error) {
      if (error instanceof AppError) return null;
      throw error;
    }
    if (view.suppliers.length === 0 || view.scenarios.length === 0) return null;
    return (sheets) => writeScenarioSheets(view, sheets);
  }
}
