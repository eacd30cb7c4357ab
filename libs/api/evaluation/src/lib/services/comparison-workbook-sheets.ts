import { Injectable, Logger } from '@nestjs/common';
import type { Row, Worksheet } from 'exceljs';
import { RequestContext } from '@bc/api/core';
import type { Locale } from '@bc/shared/domain';

/** A sheet's column definitions: label, width and the number format of its values. */
export type WorkbookColumns = Array<{ label: string; width: number; numFmt?: string }>;

/**
 * What a library above this one may do in the comparison workbook while it is streamed: add sheets
 * laid out like the workbook's own (frozen header, filter, print setup, header and footer), commit
 * rows as the workbook does, and pace its writing; with the workbook's number formats.
 */
export interface WorkbookSheets {
  locale: Locale;
  formats: { money: string; price: string; quantity: (q: number) => string };
  addSheet(name: string, columns: WorkbookColumns, freezeColumns: number): Worksheet;
  commitRow(row: Row): void;
  /** Waits, every so many rows, for the zip and the client to take what was written. */
  pace(ws: Worksheet, rowNumber: number): Promise<void>;
}

/** Writes a contribution's sheets after the comparison's own. */
export type WorkbookSheetsWriter = (sheets: WorkbookSheets) => Promise<void>;

/**
 * Reads what a contribution needs for this RFQ and caller **before** the download starts (so its
 * own refusals happen before the first byte) and answers the writer of its sheets, or null when it
 * has none for this caller and RFQ.
 */
export type WorkbookSheetsContribution = (ctx: RequestContext, rfqId: string) => Promise<WorkbookSheetsWriter | null>;

/**
 * Sheets the comparison workbook takes from libraries above this one (award scenarios, issue 16):
 * this library may not read them, so each registers its contribution when its module starts (as
 * case cancellation takes its withdrawals), in the order the sheets follow the comparison's.
 */
@Injectable()
export class ComparisonWorkbookSheets {
  private readonly logger = new Logger('ComparisonWorkbookSheets');
  private readonly contributions: WorkbookSheetsContribution[] = [];

  register(contribution: WorkbookSheetsContribution): void {
    this.contributions.push(contribution);
  }

  /**
   * The writers of the contributed sheets for this caller and RFQ, read before the download starts.
   * A contribution that fails (a solver worker down) leaves its sheets out, logged: the comparison
   * itself is still downloaded.
   */
  async prepare(ctx: RequestContext, rfqId: string): Promise<WorkbookSheetsWriter[]> {
    const writers: WorkbookSheetsWriter[] = [];
    for (const contribute of this.contributions) {
      try {
        const writer = await contribute(ctx, rfqId);
        if (writer) writers.push(writer);
      } catch (err) {
        this.logger.error({ err, requestId: ctx.requestId, rfqId }, 'contributed comparison sheets left out');
      }
    }
    return writers;
  }
}
