/**
 * Refresh TIP formulas: Sheets computes a custom function again when its formula is entered or
 * its arguments change, not when the add-on's code or data changes, so after an update the
 * cells already in a spreadsheet keep the old answers. This writes every formula that calls a
 * TIP_ function back into its own cell, unchanged, which has Sheets compute it again: a block
 * of such cells with one `Range.setFormulas`, cells with the same text with one
 * `RangeList.setFormula` (src/core/sheets/refresh.ts picks the fewest calls). No other cell is written:
 * not the other formulas, not values, not the cells a formula's array result fills; notes and
 * formats stay.
 */
import { a1, callsTipFunction, refreshPlan } from '../core/sheets/refresh';
import { releaseLine } from '../core/base/release';
import { cap } from '../core/base/errors';
import { ADDON_TITLE, runAction } from './alerts';

/** The menu item: its label and its top-level handler in Code.js. */
export const REFRESH_ITEM: [label: string, handler: string] = [
  'Refresh TIP formulas',
  'menuRefreshFormulas',
];

/** What Help says of the refresh, and of the version and data the user has. */
export function refreshHelp(): string[] {
  return [
    'Refresh TIP formulas: after the add-on is updated, makes every TIP_ formula in this spreadsheet compute again with the new data (Sheets recomputes a formula only when it or its arguments change). It writes each TIP_ formula back as it is; other cells, notes and formats are not touched.',
    releaseLine(),
  ];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function menuRefreshFormulas(): void {
  runAction(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let formulas = 0;
    let sheets = 0;
    const failed: string[] = [];
    for (const sheet of ss.getSheets()) {
      const rows = sheet.getLastRow();
      const cols = sheet.getLastColumn();
      if (rows < 1 || cols < 1) continue;
      const grid = sheet.getRange(1, 1, rows, cols).getFormulas();
      const plan = refreshPlan(grid, callsTipFunction);
      let written = 0;
      const write = (where: () => string, cells: number, act: () => void) => {
        try {
          act();
          written += cells;
        } catch {
          // A protected range the user may not edit, for one: its formulas stay as they were.
          failed.push(`${sheet.getName()}!${where()}`);
        }
      };
      for (const b of plan.blocks) {
        const range = sheet.getRange(b.row + 1, b.col + 1, b.numRows, b.numCols);
        const block = grid
          .slice(b.row, b.row + b.numRows)
          .map((line) => line.slice(b.col, b.col + b.numCols));
        write(
          () => range.getA1Notation(),
          b.numRows * b.numCols,
          () => range.setFormulas(block),
        );
      }
      for (const g of plan.groups) {
        const cells = g.cells.map(([r, c]) => a1(r, c));
        write(
          () => (cells.length > 3 ? `${cells.slice(0, 3).join(', ')}, …` : cells.join(', ')),
          cells.length,
          () => sheet.getRangeList(cells).setFormula(g.formula),
        );
      }
      formulas += written;
      if (written) sheets++;
    }
    const release = releaseLine();
    if (failed.length) {
      const ui = SpreadsheetApp.getUi();
      ui.alert(
        ADDON_TITLE,
        cap(
          `Recomputed ${plural(formulas, 'TIP_ formula')}. These cells could not be written (protected?), so their formulas keep their old results: ${failed.join(', ')}. ${release}`,
        ),
        ui.ButtonSet.OK,
      );
      return;
    }
    ss.toast(
      formulas
        ? `Recomputed ${plural(formulas, 'TIP_ formula')} on ${plural(sheets, 'sheet')}. ${release}`
        : `No TIP_ formula in this spreadsheet to recompute. ${release}`,
      ADDON_TITLE,
    );
  });
}
