/**
 * npm start: the add-on in a page, without a Google account. dist/Code.js runs over the Apps
 * Script emulator (emulator/: the in-memory Sheets services and the page's bundle loader);
 * HyperFormula computes the grid's formulas with the TIP_ functions registered from the
 * bundle; the add-on menu, the sidebar from dist/ (its google.script.run bridged to the
 * bundle) and the charts the menu builds all work here.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { loadBundle, type Bundle } from '../emulator/browser-loader';
import {
  DEFAULT_COLUMN_WIDTH,
  columnLetter,
  createFakeSheets,
  parseA1,
  type ButtonName,
  type FakeSheet,
  type Value,
} from '../emulator/sheets';
import { conditionalFormat } from '../emulator/formatting';
import { cellView, errorCopies, serialToDate } from './cells';
import { renderChart } from './charts';
import { createEngine, registerCustomFunctions } from './engine';
import { Grid, type Selection } from './grid';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.text();
}

function ask(alert: { title: string; prompt: string; buttons: string }): ButtonName {
  const message = `${alert.title ? `${alert.title}\n\n` : ''}${alert.prompt}`;
  if (alert.buttons === 'YES_NO') return window.confirm(message) ? 'YES' : 'NO';
  if (alert.buttons === 'OK_CANCEL') return window.confirm(message) ? 'OK' : 'CANCEL';
  window.alert(message);
  return 'OK';
}

async function start(): Promise<void> {
  const [code, sidebarHtml, shim] = await Promise.all([
    text('/dist/Code.js'),
    text('/dist/Sidebar.html'),
    text('/shim.js'),
  ]);
  const fake = createFakeSheets({ readHtml: (name) => (name === 'Sidebar' ? sidebarHtml : '') });
  fake.ui.onAlert = ask;
  const ss = fake.spreadsheet;
  // A typed date becomes midnight in the browser's zone: the spreadsheet's zone is the
  // browser's, as a new Sheets file takes its owner's, so its year is the one typed.
  ss.setSpreadsheetTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const bundle: Bundle = loadBundle(code, fake.services as unknown as Record<string, unknown>);
  registerCustomFunctions(bundle.customFunctions);
  const hf: HyperFormula = createEngine();
  /** A formula calling a table function, whose size may depend on the cells it reads. */
  const tableCall = new RegExp(
    `\\b(${bundle.customFunctions
      .filter((f) => f.table)
      .map((f) => f.name)
      .join('|')})\\(`,
    'i',
  );

  const sheetId = (sheet: FakeSheet): number => {
    let id = hf.getSheetId(sheet.name);
    if (id === undefined) id = hf.getSheetId(hf.addSheet(sheet.name)) as number;
    return id;
  };

  // Copies of a thrown error over an array's area, which Sheets leaves empty (see cells.ts).
  let copies: Map<string, Set<string>> | null = null;
  const errorCopiesOf = (sheet: FakeSheet): Set<string> => {
    copies ??= new Map();
    let set = copies.get(sheet.name);
    if (!set) {
      const formulas = [...sheet.cells]
        .filter(([, cell]) => cell.formula)
        .map(([key]) => key.split(',').map((n) => Number(n) - 1) as [number, number]);
      set = errorCopies(hf, sheetId(sheet), formulas);
      copies.set(sheet.name, set);
    }
    return set;
  };
  const isCopy = (sheet: FakeSheet, row: number, col: number) =>
    errorCopiesOf(sheet).has(`${row - 1},${col - 1}`);

  /** Set while the add-on runs: whether it wrote into the grid. */
  let wrote = false;
  ss.onEdit = (sheet, row, col) => {
    const cell = sheet.cell(row, col);
    const content = cell ? cell.formula || cell.value : '';
    // What is written is parsed as if typed (HyperFormula's own date, boolean and number
    // parsing), as Sheets does for Range.setValue and for typing.
    const id = sheetId(sheet);
    // A cell formatted as plain text ("@") keeps what is written as text, as in Sheets; the
    // engine reads a leading apostrophe that way.
    const asText = cell?.numberFormat === '@' && typeof content === 'string' && !cell.formula;
    const enter = (r: number, k: number, formula: string) => {
      // Entered again: cleared first, as HyperFormula keeps a formula set to its own text.
      hf.setCellContents({ sheet: id, row: r, col: k }, null);
      hf.setCellContents({ sheet: id, row: r, col: k }, formula);
    };
    const formulas = [...sheet.cells]
      .filter(([key, c]) => c.formula && key !== `${row},${col}`)
      .map(([key, c]): [number, number, string] => {
        const [r, k] = key.split(',').map((n) => Number(n) - 1);
        return [r, k, c.formula];
      });
    // One batch: a table whose size depends on a cell (=TIP_YEARS(, , A1)) is sized again with
    // the cell's new value before anything is computed, as Sheets sizes a result when it arrives
    // (HyperFormula sizes an array when its formula is entered, and fails on a larger result).
    hf.batch(() => {
      hf.setCellContents(
        { sheet: id, row: row - 1, col: col - 1 },
        content === '' ? null : ((asText ? `'${content}` : content) as never),
      );
      for (const [r, k, formula] of formulas) if (tableCall.test(formula)) enter(r, k, formula);
    });
    // A result that could not spill spills once the way is clear, as in Sheets (HyperFormula
    // keeps it blocked until the formula is entered again).
    if (content === '') {
      for (const [r, k, formula] of formulas) {
        const v = hf.getCellValue({ sheet: id, row: r, col: k });
        if (v instanceof DetailedCellError && v.type === 'SPILL') enter(r, k, formula);
      }
    }
    copies = null;
    wrote = true;
  };
  // What getValues returns: the computed value; a Date for a date cell; an error's text.
  ss.readValue = (sheet, row, col): Value | undefined => {
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) return undefined;
    const at = { sheet: id, row: row - 1, col: col - 1 };
    const v = hf.getCellValue(at);
    if (v instanceof DetailedCellError) return isCopy(sheet, row, col) ? '' : cellView(hf, at).text;
    if (v === null) return '';
    const type = hf.getCellValueDetailedType(at);
    if (typeof v === 'number' && (type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME'))
      return serialToDate(v);
    return v as Value;
  };
  sheetId(ss.activeSheet);

  // ---- the grid
  const input = $<HTMLInputElement>('formula');
  const content = (sheet: FakeSheet, row: number, col: number): string => {
    const cell = sheet.cell(row, col);
    if (!cell) return '';
    if (cell.formula) return cell.formula;
    return cell.value instanceof Date ? cell.value.toLocaleDateString('en-US') : String(cell.value);
  };

  const grid = new Grid($('grid'), {
    sheetKey: () => ss.activeSheet.name,
    size: () => {
      const sheet = ss.activeSheet;
      const dims = hf.getSheetDimensions(sheetId(sheet));
      return {
        maxRows: sheet.maxRows,
        maxCols: sheet.maxColumns,
        usedRows: dims.height,
        usedCols: dims.width,
      };
    },
    view: (row, col) => {
      const sheet = ss.activeSheet;
      if (isCopy(sheet, row, col)) return { text: '', kind: 'empty' };
      const view = cellView(hf, { sheet: sheetId(sheet), row: row - 1, col: col - 1 });
      const cell = sheet.cell(row, col);
      // What the add-on set: bold, wrapping, a note (shown on hover), and a number format
      // ("at least "#,##0, #,##0) shown as Sheets shows it.
      // Vertical alignment, clipping, and the first conditional format rule the cell meets
      // (emulator/formatting.ts), as Sheets applies them.
      const rule = conditionalFormat(sheet.conditionalRules, sheet.name, row, col, view.text);
      const set = {
        bold: cell?.bold || rule?.bold || undefined,
        wrap: cell?.wrap === 'WRAP',
        clip: cell?.wrap === 'CLIP',
        valign: cell?.valign as 'top' | 'middle' | 'bottom' | undefined,
        background: rule?.background ?? undefined,
        color: rule?.fontColor ?? undefined,
        note: cell?.note || undefined,
      };
      const format = cell?.numberFormat;
      if (format && format !== 'General' && format !== '@' && view.kind === 'number') {
        return { text: sheet.displayAt(row, col), kind: 'number', ...set };
      }
      return { ...view, ...set };
    },
    // Column widths are the sheet's: what the add-on sets (Sheet.setColumnWidth) and what a
    // drag sets.
    columnWidth: (col) => ss.activeSheet.widths.get(col) ?? DEFAULT_COLUMN_WIDTH,
    setColumnWidth: (col, px) => ss.activeSheet.widths.set(col, px),
    selection: () => {
      const r = ss.activeRange;
      return { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols };
    },
    select: (row, col) => select(row, col),
    clear: (sel: Selection) => {
      const sheet = ss.activeSheet;
      for (let r = sel.row; r < sel.row + sel.numRows; r++)
        for (let c = sel.col; c < sel.col + sel.numCols; c++)
          if (sheet.cell(r, c)) sheet.write(r, c, '');
      refresh();
    },
    frozenRows: () => ss.activeSheet.frozenRows,
    floating: () =>
      ss.activeSheet.charts.map((chart) => {
        const element = renderChart(chart);
        const svg = element.querySelector('svg')!;
        return {
          element,
          row: chart.position.row,
          col: chart.position.column,
          offsetX: chart.position.offsetX,
          offsetY: chart.position.offsetY,
          width: Number(svg.getAttribute('width')),
          height: Number(svg.getAttribute('height')),
        };
      }),
    edit: (initial) => {
      editing = { row: ss.activeRange.row, col: ss.activeRange.col, original: input.value };
      if (initial !== undefined) input.value = initial;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    },
  });

  function renderTabs(): void {
    $('tabs').replaceChildren(
      ...ss.sheets.map((sheet) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = sheet.name;
        b.className = sheet === ss.activeSheet ? 'tab active' : 'tab';
        b.setAttribute('aria-pressed', String(sheet === ss.activeSheet));
        b.addEventListener('click', () => {
          ss.activeSheet = sheet;
          ss.activeRange = sheet.range(1, 1, 1, 1);
          refresh();
        });
        return b;
      }),
    );
  }

  function renderFormulaBar(): void {
    const sel = ss.activeRange;
    $('cell-name').textContent = `${sel.sheet.name}!${columnLetter(sel.col)}${sel.row}`;
    if (!editing) input.value = content(sel.sheet, sel.row, sel.col);
  }

  let sidebarShown = 0;
  function renderSidebar(): void {
    if (fake.ui.sidebars.length === sidebarShown) return;
    sidebarShown = fake.ui.sidebars.length;
    const { title, html } = fake.ui.sidebars[sidebarShown - 1];
    $('sidebar-title').textContent = title;
    const bridge = `<script>window.__gasCall = function (n, a) { return parent.__gasCall(n, a); };</script><script>${shim}</script>`;
    $<HTMLIFrameElement>('sidebar-frame').srcdoc = html.replace('<head>', () => `<head>${bridge}`);
    $('sidebar').hidden = false;
  }

  function refresh(): void {
    renderTabs();
    grid.render();
    renderFormulaBar();
    renderSidebar();
  }

  // ---- the add-on: menu, server calls from the sidebar
  /**
   * Runs an entry point of the bundle; then shows what it wrote and what it selected, scrolled
   * into view, as Sheets does (a chart it draws is in view because it selects the chart's
   * cells, not because the page looks for it).
   */
  function run<T>(fn: () => T): T {
    wrote = false;
    try {
      return fn();
    } finally {
      refresh();
      if (wrote) grid.reveal();
    }
  }

  // ---- toasts (Spreadsheet.toast), at the bottom right as Sheets shows them
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  ss.onToast = ({ msg, title }) => {
    const box = $('toast');
    box.replaceChildren(
      Object.assign(document.createElement('strong'), { textContent: title }),
      Object.assign(document.createElement('span'), { textContent: msg }),
    );
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (box.hidden = true), 8000);
  };

  function runEntry(name: string): void {
    try {
      run(() => bundle.entries[name]());
    } catch (err) {
      window.alert(`${name} failed: ${(err as Error).message}`);
    }
  }

  (window as unknown as { __gasCall: (n: string, a: string) => Promise<string> }).__gasCall =
    async (name, argsJson) => {
      await new Promise((r) => setTimeout(r, 30)); // a server round trip is never synchronous
      try {
        const value = run(() => bundle.entries[name](...(JSON.parse(argsJson) as unknown[])));
        return JSON.stringify({ ok: true, value: value === undefined ? null : value });
      } catch (err) {
        return JSON.stringify({ ok: false, error: (err as Error).message });
      }
    };

  // ---- the Extensions menu: opens and closes as a menu does (click, Escape, click elsewhere)
  const menuEl = $('menu');
  const menuButton = $('menu-button');
  const menuItems = () => [...menuEl.querySelectorAll<HTMLButtonElement>('button')];
  function closeMenu(focusButton = false): void {
    if (menuEl.hidden) return;
    menuEl.hidden = true;
    menuButton.setAttribute('aria-expanded', 'false');
    if (focusButton) menuButton.focus();
  }
  function openMenu(): void {
    menuEl.hidden = false;
    menuButton.setAttribute('aria-expanded', 'true');
    menuItems()[0]?.focus();
  }
  bundle.entries.onOpen({ authMode: 'LIMITED' });
  const list = $('menu-items');
  for (const item of fake.ui.menu?.items ?? []) {
    if (item === 'separator') {
      list.appendChild(Object.assign(document.createElement('hr'), { role: 'separator' }));
      continue;
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.textContent = item.label;
    b.addEventListener('click', () => {
      closeMenu();
      grid.container.focus({ preventScroll: true });
      runEntry(item.functionName);
    });
    list.appendChild(b);
  }
  menuButton.addEventListener('click', () => (menuEl.hidden ? openMenu() : closeMenu()));
  menuEl.addEventListener('keydown', (e) => {
    const items = menuItems();
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') items[(i + 1) % items.length].focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length].focus();
    else return;
    e.preventDefault();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !menuEl.hidden) {
      e.preventDefault();
      closeMenu(true);
    }
  });
  document.addEventListener('mousedown', (e) => {
    const target = e.target as Node;
    if (!menuEl.contains(target) && !menuButton.contains(target)) closeMenu();
  });
  // A click inside the sidebar's frame does not reach this document: its focus moving does.
  window.addEventListener('blur', () => closeMenu());
  $('sidebar-close').addEventListener('click', () => {
    $('sidebar').hidden = true;
  });

  // ---- selection and editing (in the formula bar, as Sheets' bar edits the selected cell)
  /** The cell being edited and what the bar held when editing began. */
  let editing: { row: number; col: number; original: string } | null = null;

  function select(row: number, col: number): void {
    const sheet = ss.activeSheet;
    ss.activeRange = sheet.range(
      Math.min(sheet.maxRows, Math.max(1, row)),
      Math.min(sheet.maxColumns, Math.max(1, col)),
      1,
      1,
    );
    grid.showSelection();
    renderFormulaBar();
  }

  /** Writes what the bar holds into the cell being edited, as typing into it does. */
  function commit(): void {
    if (!editing) return;
    const { row, col, original } = editing;
    editing = null;
    const raw = input.value;
    if (raw === original) return;
    const range = ss.activeSheet.range(row, col, 1, 1);
    // setValue parses text as typing does (dates, booleans, numbers; "=" starts a formula).
    range.setValue(raw);
    refresh();
  }

  input.addEventListener('focus', () => {
    editing ??= { row: ss.activeRange.row, col: ss.activeRange.col, original: input.value };
  });
  input.addEventListener('keydown', (e) => {
    const moves: Record<string, [number, number]> = {
      Enter: [e.shiftKey ? -1 : 1, 0],
      Tab: [0, e.shiftKey ? -1 : 1],
    };
    if (e.key in moves) {
      e.preventDefault();
      const at = editing ?? { row: ss.activeRange.row, col: ss.activeRange.col };
      commit();
      select(at.row + moves[e.key][0], at.col + moves[e.key][1]);
      grid.container.focus({ preventScroll: true });
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (editing) input.value = editing.original;
      editing = null;
      grid.container.focus({ preventScroll: true });
    }
  });
  // Clicking elsewhere (another cell, the menu) keeps what was typed, as Sheets does.
  input.addEventListener('blur', () => commit());

  $('go').addEventListener('submit', (e) => {
    e.preventDefault();
    const target = $<HTMLInputElement>('go-cell').value.trim().toUpperCase();
    let at: [number, number];
    try {
      at = parseA1(target);
    } catch {
      window.alert(`"${target}" is not a cell reference such as B3.`);
      return;
    }
    const sheet = ss.activeSheet;
    if (at[0] > sheet.maxRows || at[1] > sheet.maxColumns) {
      window.alert(
        `${target} is outside ${sheet.name}, which has ${sheet.maxRows} rows and columns A to ${columnLetter(sheet.maxColumns)}.`,
      );
      return;
    }
    select(at[0], at[1]);
    grid.container.focus({ preventScroll: true });
  });

  refresh();
  grid.container.focus({ preventScroll: true });
  // For the browser tests: the in-memory spreadsheet, and a redraw after changing it.
  (window as unknown as { __preview: unknown }).__preview = { spreadsheet: ss, refresh };
  document.body.dataset.ready = 'true';
}

start().catch((err: Error) => {
  document.body.dataset.ready = 'error';
  $('grid').textContent = `The preview could not start: ${err.message}`;
});
