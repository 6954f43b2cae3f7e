/** The sidebar's server side: opening it, its data, and inserting a fact into the active cell. */
import { getDataset } from '../data';
import { TipError } from '../core/errors';
import { formulaFor, sidebarData as buildSidebarData, type SidebarData } from '../core/facts';
import { TIP_STAT, TIP_TIER } from '../functions/custom-functions';
import { runAction } from '../menu/alerts';
import type { InsertRequest, InsertResult } from './api';

export const SIDEBAR_TITLE = 'TIP Cambodia sources';

export function menuBrowseSources(): void {
  runAction(() => {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
    SpreadsheetApp.getUi().showSidebar(html);
  });
}

export function sidebarData(): SidebarData {
  return buildSidebarData(getDataset());
}

/**
 * The value a cell would get, computed here from the request (by the same custom function the
 * formula would call), never taken from the client.
 */
function valueFor(request: InsertRequest): string | number {
  if (!Number.isInteger(request.year)) throw new TipError(`year ${request.year} is not a year.`);
  const country = request.country ?? '';
  const value =
    request.what === 'tier'
      ? TIP_TIER(request.year, country)
      : TIP_STAT(request.what, request.year, country);
  return value as string | number;
}

export function sidebarInsert(request: InsertRequest): InsertResult {
  const value = valueFor(request);
  const cell = SpreadsheetApp.getActiveSpreadsheet().getActiveRange()?.getCell(1, 1);
  if (!cell) throw new TipError('Select a cell in the sheet first.');
  const where = `${cell.getSheet().getName()}!${cell.getA1Notation()}`;
  const current = cell.getFormula() || cell.getDisplayValue();
  if (current !== '' && !request.replace) return { status: 'occupied', cell: where, current };
  if (request.mode === 'formula') {
    const formula = formulaFor(request.what, request.year, request.country);
    cell.setFormula(formula);
    return { status: 'inserted', cell: where, content: formula };
  }
  cell.setValue(value);
  return { status: 'inserted', cell: where, content: value };
}
