/**
 * npm start: the add-on in a page, without a Google account. dist/Code.js runs over the
 * in-memory Sheets fake shared with the tests; HyperFormula computes the grid's formulas with
 * the TIP_ functions registered from the bundle; the add-on menu, the sidebar from dist/ (its
 * google.script.run bridged to the bundle) and the charts the menu builds all work here.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import {
  columnLetter,
  createFakeSheets,
  parseA1,
  type ButtonName,
  type FakeSheet,
  type Value,
} from '../emulator/sheets';
import { renderChart } from './charts';
import { createEngine, registerCustomFunctions } from './engine';
import { loadBundle, type Bundle } from '../emulator/browser-loader';

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
  const bundle: Bundle = loadBundle(code, fake.services as unknown as Record<string, unknown>);
  registerCustomFunctions(bundle.customFunctions);
  const hf: HyperFormula = createEngine();

  const sheetId = (sheet: FakeSheet): number => {
    let id = hf.getSheetId(sheet.name);
    if (id === undefined) id = hf.getSheetId(hf.addSheet(sheet.name)) as number;
    return id;
  };
  ss.onEdit = (sheet, row, col) => {
    const cell = sheet.cell(row, col);
    hf.setCellContents(
      { sheet: sheetId(sheet), row: row - 1, col: col - 1 },
      cell ? cell.formula || (cell.value as never) : null,
    );
  };
  ss.readValue = (sheet, row, col): Value | undefined => {
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) return undefined;
    const v = hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
    if (v instanceof DetailedCellError) return v.value;
    return v === null ? '' : (v as Value);
  };
  sheetId(ss.activeSheet);

  // ---- rendering
  function cellView(
    sheet: FakeSheet,
    row: number,
    col: number,
  ): { text: string; title?: string; kind: string } {
    const id = hf.getSheetId(sheet.name);
    const v = id === undefined ? null : hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
    if (v instanceof DetailedCellError) return { text: v.value, title: v.message, kind: 'error' };
    if (v === null || v === '') return { text: '', kind: 'empty' };
    if (typeof v === 'number')
      return { text: Number.isInteger(v) ? String(v) : String(+v.toFixed(6)), kind: 'number' };
    return { text: String(v), kind: typeof v === 'boolean' ? 'bool' : 'text' };
  }

  function renderGrid(): void {
    const sheet = ss.activeSheet;
    const id = sheetId(sheet);
    const dims = hf.getSheetDimensions(id);
    const rows = Math.min(sheet.maxRows, Math.max(40, dims.height + 8));
    const cols = Math.min(sheet.maxColumns, Math.max(12, dims.width + 3));
    const sel = ss.activeRange;
    const table = document.createElement('table');
    table.className = 'grid';
    const head = table.createTHead().insertRow();
    head.appendChild(document.createElement('th'));
    for (let c = 1; c <= cols; c++) {
      const th = document.createElement('th');
      th.textContent = columnLetter(c);
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (let r = 1; r <= rows; r++) {
      const tr = body.insertRow();
      const th = document.createElement('th');
      th.textContent = String(r);
      tr.appendChild(th);
      for (let c = 1; c <= cols; c++) {
        const td = tr.insertCell();
        const view = cellView(sheet, r, c);
        td.textContent = view.text;
        td.className = view.kind;
        if (sheet.cell(r, c)?.bold) td.classList.add('bold');
        if (view.title) td.title = view.title;
        td.dataset.cell = `${columnLetter(c)}${r}`;
        if (r === sel.row && c === sel.col) td.classList.add('selected');
      }
    }
    $('grid').replaceChildren(table);
  }

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

  function renderCharts(): void {
    const charts = ss.activeSheet.charts;
    $('charts').replaceChildren(...charts.map(renderChart));
    $('charts-block').hidden = charts.length === 0;
  }

  function renderFormulaBar(): void {
    const sel = ss.activeRange;
    $('cell-name').textContent = `${sel.sheet.name}!${columnLetter(sel.col)}${sel.row}`;
    const cell = sel.sheet.cell(sel.row, sel.col);
    const input = $<HTMLInputElement>('formula');
    if (document.activeElement !== input)
      input.value = cell ? cell.formula || String(cell.value ?? '') : '';
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
    renderGrid();
    renderFormulaBar();
    renderCharts();
    renderSidebar();
  }

  // ---- the add-on: menu, server calls from the sidebar
  function runEntry(name: string): void {
    try {
      bundle.entries[name]();
    } catch (err) {
      window.alert(`${name} failed: ${(err as Error).message}`);
    }
    refresh();
  }

  (window as unknown as { __gasCall: (n: string, a: string) => Promise<string> }).__gasCall =
    async (name, argsJson) => {
      await new Promise((r) => setTimeout(r, 30)); // a server round trip is never synchronous
      try {
        const value = bundle.entries[name](...(JSON.parse(argsJson) as unknown[]));
        refresh();
        return JSON.stringify({ ok: true, value: value === undefined ? null : value });
      } catch (err) {
        return JSON.stringify({ ok: false, error: (err as Error).message });
      }
    };

  bundle.entries.onOpen({ authMode: 'LIMITED' });
  const menu = fake.ui.menu;
  const list = $('menu-items');
  for (const item of menu?.items ?? []) {
    if (item === 'separator') {
      list.appendChild(Object.assign(document.createElement('hr'), { role: 'separator' }));
      continue;
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.textContent = item.label;
    b.addEventListener('click', () => {
      $('menu').hidden = true;
      $('menu-button').setAttribute('aria-expanded', 'false');
      runEntry(item.functionName);
    });
    list.appendChild(b);
  }
  $('menu-button').addEventListener('click', () => {
    const open = $('menu').hidden;
    $('menu').hidden = !open;
    $('menu-button').setAttribute('aria-expanded', String(open));
  });
  $('sidebar-close').addEventListener('click', () => {
    $('sidebar').hidden = true;
  });

  // ---- editing
  function select(row: number, col: number): void {
    const sheet = ss.activeSheet;
    ss.activeRange = sheet.range(Math.max(1, row), Math.max(1, col), 1, 1);
    refresh();
  }
  $('grid').addEventListener('click', (e) => {
    const td = (e.target as HTMLElement).closest('td');
    if (!td?.dataset.cell) return;
    const [row, col] = parseA1(td.dataset.cell);
    select(row, col);
    $<HTMLInputElement>('formula').focus();
  });
  $('formula').addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const input = e.target as HTMLInputElement;
    const sel = ss.activeRange;
    const raw = input.value;
    const range = sel.sheet.range(sel.row, sel.col, 1, 1);
    if (raw.startsWith('=')) range.setFormula(raw);
    else if (raw.trim() !== '' && !isNaN(Number(raw))) range.setValue(Number(raw));
    else range.setValue(raw);
    input.blur();
    select(sel.row + 1, sel.col);
    input.focus();
  });
  $('go').addEventListener('submit', (e) => {
    e.preventDefault();
    const target = $<HTMLInputElement>('go-cell').value.trim().toUpperCase();
    try {
      const [row, col] = parseA1(target);
      select(row, col);
    } catch {
      window.alert(`"${target}" is not a cell reference such as B3.`);
    }
  });

  refresh();
  document.body.dataset.ready = 'true';
}

start().catch((err: Error) => {
  document.body.dataset.ready = 'error';
  $('grid').textContent = `The preview could not start: ${err.message}`;
});
