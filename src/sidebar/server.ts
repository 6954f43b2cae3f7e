/**
 * The sidebar's server side: opening it with its data already in the page, and inserting a
 * fact into the active cell (the only call the panel makes, and only when the user asks).
 */
import { getDataset } from '../data';
import { TipError } from '../core/errors';
import { formulaFor, sidebarData } from '../core/facts';
import { TIP_STAT, TIP_TIER } from '../functions/custom-functions';
import { runAction } from '../menu/alerts';
import type { InsertRequest, InsertResult } from './api';

export const SIDEBAR_TITLE = 'TIP Cambodia sources';

/**
 * JSON that can sit inside a <script> element: every "<", ">" and "&" escaped (so no text can
 * close the element or open a comment), and the two line separators JSON allows but old
 * JavaScript did not. JSON.parse reads it back unchanged.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Opens the sidebar in one round trip: the template (dist/Sidebar.html) is evaluated here with
 * the sources, printed by its one force-printing scriptlet <?!= data ?>.
 */
export function menuBrowseSources(): void {
  runAction(() => {
    const template = HtmlService.createTemplateFromFile('Sidebar');
    template.data = jsonForHtml(sidebarData(getDataset()));
    SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(SIDEBAR_TITLE));
  });
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
