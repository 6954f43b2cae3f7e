/**
 * The preview's sheet grid, behaving as Sheets does for what a user tries first: columns as
 * wide as the sheet says (100 px unless set, resizable by dragging the right edge of a column
 * header), text that overflows into empty cells to its right and is clipped by a filled one,
 * or wraps onto more lines (the row grows) in a cell set to wrap, numbers and dates
 * right-aligned, TRUE/FALSE and errors centred, a note marked in its cell's corner and shown on
 * hover, headers that stay in place while the cells scroll under them, every change of
 * selection scrolled into view, and the keyboard: arrows, Tab, Enter (edit, then Enter commits
 * and moves down), Delete, Page Up/Down, typing to replace.
 */
import { columnLetter } from '../emulator/sheets';
import type { CellView } from './cells';

export const DEFAULT_WIDTH = 100;
export const ROW_HEIGHT = 21;
const MIN_WIDTH = 24;

export interface Selection {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Something drawn over the cells, anchored at a cell as Sheets anchors a chart. */
export interface Floating {
  element: HTMLElement;
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
}

/** What a cell shows, with what the add-on set on it. */
export type CellShown = CellView & {
  bold?: boolean;
  wrap?: boolean;
  note?: string;
  /** WrapStrategy CLIP: one line, cut at the cell's edge, never running over a neighbour. */
  clip?: boolean;
  /** Range.setVerticalAlignment; Sheets' default is the bottom. */
  valign?: 'top' | 'middle' | 'bottom';
  /** What a conditional format rule gives the cell while its condition holds. */
  background?: string;
  color?: string;
};

export interface GridSource {
  /** Which sheet is shown. */
  sheetKey(): string;
  /** A column's width in pixels, as the sheet has it. */
  columnWidth(col: number): number;
  /** Sets a column's width (a drag on the header's edge). */
  setColumnWidth(col: number, px: number): void;
  /** The sheet's size, and the rows and columns in use. */
  size(): { maxRows: number; maxCols: number; usedRows: number; usedCols: number };
  view(row: number, col: number): CellShown;
  selection(): Selection;
  select(row: number, col: number): void;
  /** Delete: empties the selected cells. */
  clear(selection: Selection): void;
  /** Enter, F2 or a typed character: edit the selected cell (in the formula bar). */
  edit(initial?: string): void;
  /** The sheet's charts, drawn over the cells at their anchors. */
  floating(): Floating[];
  /** Rows frozen at the top (Sheet.setFrozenRows): they stay in view under the headers. */
  frozenRows?(): number;
}

export class Grid {
  private rows = 0;
  private cols = 0;
  private table: HTMLTableElement | null = null;
  private shownSelection = '';

  constructor(
    readonly container: HTMLElement,
    readonly source: GridSource,
  ) {
    container.tabIndex = 0;
    container.setAttribute('role', 'grid');
    container.setAttribute('aria-label', 'Sheet cells');
    container.addEventListener('keydown', (e) => this.onKey(e));
    container.addEventListener('mousedown', (e) => this.onMouseDown(e));
    // A note shows beside its cell while the pointer is over the cell, as in Sheets.
    container.addEventListener('mouseover', (e) => {
      const td = (e.target as HTMLElement).closest<HTMLElement>('td.note');
      if (td) this.showNote(td);
      else this.hideNote();
    });
    container.addEventListener('mouseleave', () => this.hideNote());
  }

  width(col: number): number {
    return this.source.columnWidth(col) || DEFAULT_WIDTH;
  }

  setWidth(col: number, px: number): void {
    this.source.setColumnWidth(col, Math.max(MIN_WIDTH, Math.round(px)));
  }

  private noteBox: HTMLElement | null = null;
  private showNote(td: HTMLElement): void {
    if (!this.noteBox) {
      this.noteBox = document.createElement('div');
      this.noteBox.className = 'note-popup';
      this.noteBox.setAttribute('role', 'note');
      document.body.appendChild(this.noteBox);
    }
    const box = td.getBoundingClientRect();
    this.noteBox.textContent = td.dataset.note ?? '';
    this.noteBox.style.left = `${box.right + 4}px`;
    this.noteBox.style.top = `${box.top}px`;
    this.noteBox.hidden = false;
  }
  private hideNote(): void {
    if (this.noteBox) this.noteBox.hidden = true;
  }

  /** Rows and columns drawn: the sheet's used area and the selection, with room to move. */
  private extent(): { rows: number; cols: number } {
    const s = this.source.size();
    const sel = this.source.selection();
    let rows = Math.max(100, s.usedRows + 30, sel.row + sel.numRows + 30);
    let cols = Math.max(26, s.usedCols + 3, sel.col + sel.numCols + 3);
    for (const f of this.source.floating()) {
      rows = Math.max(rows, f.row + Math.ceil((f.offsetY + f.height) / ROW_HEIGHT) + 2);
      cols = Math.max(cols, f.col + Math.ceil((f.offsetX + f.width) / DEFAULT_WIDTH) + 1);
    }
    return { rows: Math.min(s.maxRows, rows), cols: Math.min(s.maxCols, cols) };
  }

  /** Draws the cells, then shows the selection (scrolled into view when it changed). */
  render(): void {
    const { rows, cols } = this.extent();
    this.rows = rows;
    this.cols = cols;
    const table = document.createElement('table');
    table.className = 'grid';
    const colgroup = document.createElement('colgroup');
    colgroup.appendChild(Object.assign(document.createElement('col'), { className: 'row-head' }));
    let total = 46;
    for (let c = 1; c <= cols; c++) {
      const col = document.createElement('col');
      col.style.width = `${this.width(c)}px`;
      total += this.width(c);
      colgroup.appendChild(col);
    }
    table.appendChild(colgroup);
    table.style.width = `${total}px`;

    const head = table.createTHead().insertRow();
    const corner = document.createElement('th');
    corner.className = 'corner';
    head.appendChild(corner);
    for (let c = 1; c <= cols; c++) {
      const th = document.createElement('th');
      th.textContent = columnLetter(c);
      th.dataset.col = String(c);
      const handle = document.createElement('span');
      handle.className = 'resize';
      handle.dataset.col = String(c);
      handle.title = `Drag to resize column ${columnLetter(c)}`;
      th.appendChild(handle);
      head.appendChild(th);
    }

    const body = table.createTBody();
    const frozen = this.source.frozenRows?.() ?? 0;
    // What scrolling into view keeps clear: the column headers and the frozen rows.
    this.container.style.scrollPaddingTop = `${22 + frozen * ROW_HEIGHT}px`;
    for (let r = 1; r <= rows; r++) {
      const tr = body.insertRow();
      if (r <= frozen) {
        tr.className = r === frozen ? 'frozen last-frozen' : 'frozen';
        tr.style.setProperty('--frozen-top', `${22 + (r - 1) * ROW_HEIGHT}px`);
      }
      const th = document.createElement('th');
      th.textContent = String(r);
      th.dataset.row = String(r);
      tr.appendChild(th);
      const views = Array.from({ length: cols }, (_, i) => this.source.view(r, i + 1));
      for (let c = 1; c <= cols; c++) {
        const view = views[c - 1];
        const td = tr.insertCell();
        td.dataset.cell = `${columnLetter(c)}${r}`;
        td.className = view.kind;
        if (view.bold) td.classList.add('bold');
        if (view.title) td.title = view.title;
        if (view.note) {
          td.classList.add('note');
          td.dataset.note = view.note;
        }
        if (view.valign && view.valign !== 'bottom') td.classList.add(`valign-${view.valign}`);
        if (view.background) td.style.background = view.background;
        if (view.color) td.style.color = view.color;
        if (view.kind === 'empty') continue;
        const lines = view.text.includes('\n');
        if (view.wrap || view.clip) {
          // Wrapped onto more lines within the column, the row growing to show them (a line
          // break always starts a new line, as in Sheets); clipped text stays within its cell.
          const div = document.createElement('div');
          div.className = view.wrap ? 'v wrap' : 'v clip';
          div.style.width = `${this.width(c)}px`;
          div.textContent = view.text;
          td.appendChild(div);
          continue;
        }
        // Text runs on over empty cells to its right, as far as it needs, and stops at the
        // first filled one; a short text keeps the grid lines of the cells it does not reach.
        // Each line of a text with line breaks is a line of the cell (the row grows), and runs
        // on the same way.
        let span = this.width(c);
        if (view.kind === 'text') {
          const needed = Math.max(...view.text.split('\n').map((l) => this.textWidth(l))) + 8;
          for (let k = c + 1; k <= cols && span < needed && views[k - 1].kind === 'empty'; k++)
            span += this.width(k);
        }
        const div = document.createElement('div');
        div.className = `${span > this.width(c) ? 'v overflow' : 'v'}${lines ? ' lines' : ''}`;
        div.style.width = `${span}px`;
        div.textContent = view.text;
        td.appendChild(div);
      }
    }
    const top = this.container.scrollTop;
    const left = this.container.scrollLeft;
    this.table = table;
    this.container.replaceChildren(table);
    this.placeFloating(table);
    this.container.scrollTop = top;
    this.container.scrollLeft = left;
    this.showSelection(true);
  }

  /**
   * Charts over the cells, their top-left corner at the anchor cell plus the offsets, as in
   * Sheets. An anchor beyond the sheet's last column or row is drawn there, past the edge of
   * the grid, so that the preview shows the problem rather than hiding it.
   */
  private placeFloating(table: HTMLTableElement): void {
    const origin = table.getBoundingClientRect();
    for (const f of this.source.floating()) {
      const row = Math.min(f.row, this.rows);
      const col = Math.min(f.col, this.cols);
      const box = this.td(row, col)?.getBoundingClientRect();
      if (!box) continue;
      let x = box.left - origin.left;
      let y = box.top - origin.top;
      for (let c = col; c < f.col; c++) x += this.width(c);
      y += (f.row - row) * ROW_HEIGHT;
      f.element.classList.add('floating');
      f.element.style.left = `${x + f.offsetX}px`;
      f.element.style.top = `${y + f.offsetY}px`;
      this.container.appendChild(f.element);
    }
  }

  private measure: CanvasRenderingContext2D | null = null;
  /** The width a text takes in the grid's font. */
  private textWidth(text: string): number {
    if (!this.measure) {
      this.measure = document.createElement('canvas').getContext('2d');
      if (this.measure) this.measure.font = getComputedStyle(this.container).font || '13px Arial';
    }
    return this.measure ? this.measure.measureText(text).width : text.length * 7;
  }

  private td(row: number, col: number): HTMLTableCellElement | null {
    return this.table?.querySelector(`td[data-cell="${columnLetter(col)}${row}"]`) ?? null;
  }

  /**
   * Marks the selected cells and their headers, and scrolls them into view when the selection
   * changed (a click, a key, Go to, or the add-on selecting what it wrote).
   */
  showSelection(redrawn = false): void {
    const sel = this.source.selection();
    if (sel.row + sel.numRows - 1 > this.rows || sel.col + sel.numCols - 1 > this.cols) {
      this.render();
      return;
    }
    const key = `${this.source.sheetKey()}!${sel.row},${sel.col},${sel.numRows},${sel.numCols}`;
    const changed = key !== this.shownSelection;
    if (!changed && !redrawn) return;
    this.shownSelection = key;
    for (const el of this.container.querySelectorAll('.selected, .in-range, .active'))
      el.classList.remove('selected', 'in-range', 'active');
    for (let r = sel.row; r < sel.row + sel.numRows; r++) {
      this.table?.querySelector(`th[data-row="${r}"]`)?.classList.add('active');
      for (let c = sel.col; c < sel.col + sel.numCols; c++) {
        if (sel.numRows > 1 || sel.numCols > 1) this.td(r, c)?.classList.add('in-range');
      }
    }
    for (let c = sel.col; c < sel.col + sel.numCols; c++)
      this.table?.querySelector(`th[data-col="${c}"]`)?.classList.add('active');
    const active = this.td(sel.row, sel.col);
    active?.classList.add('selected');
    if (changed) this.reveal();
  }

  /** Scrolls the selection into view: as much of it as fits, its first cell above all. */
  reveal(): void {
    const sel = this.source.selection();
    const active = this.td(sel.row, sel.col);
    // As much of the range as fits, its first cell last so that it wins.
    this.td(sel.row + sel.numRows - 1, sel.col + sel.numCols - 1)?.scrollIntoView({
      block: 'nearest',
      inline: 'nearest',
    });
    active?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // A range that starts in the frozen rows (always on screen) shows from the sheet's top, so
    // that its rows under the frozen ones are in view too, not scrolled away beneath them.
    if (sel.row <= (this.source.frozenRows?.() ?? 0)) this.container.scrollTop = 0;
  }

  private visibleRows(): number {
    return Math.max(1, Math.floor((this.container.clientHeight - ROW_HEIGHT) / ROW_HEIGHT) - 1);
  }

  private move(dRow: number, dCol: number): void {
    const sel = this.source.selection();
    const s = this.source.size();
    const row = Math.min(s.maxRows, Math.max(1, sel.row + dRow));
    const col = Math.min(s.maxCols, Math.max(1, sel.col + dCol));
    this.source.select(row, col);
  }

  /**
   * Ctrl+arrow, as in Sheets: to the end of the run of filled cells, or to the next filled
   * cell, or to the edge of the sheet when there is none.
   */
  private jump(row: number, col: number, dr: number, dc: number): [number, number] {
    const s = this.source.size();
    const inside = (r: number, c: number) => r >= 1 && c >= 1 && r <= s.maxRows && c <= s.maxCols;
    const filled = (r: number, c: number) =>
      r <= s.usedRows && c <= s.usedCols && this.source.view(r, c).kind !== 'empty';
    let r = row + dr;
    let c = col + dc;
    if (!inside(r, c)) return [row, col];
    if (filled(row, col) && filled(r, c)) {
      while (inside(r + dr, c + dc) && filled(r + dr, c + dc)) [r, c] = [r + dr, c + dc];
      return [r, c];
    }
    while (inside(r, c) && !filled(r, c)) [r, c] = [r + dr, c + dc];
    return inside(r, c) ? [r, c] : [r - dr, c - dc];
  }

  private onKey(e: KeyboardEvent): void {
    if (e.target !== this.container || e.altKey) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const sel = this.source.selection();
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (e.key in moves) {
      const [dr, dc] = moves[e.key];
      if (ctrl) this.source.select(...this.jump(sel.row, sel.col, dr, dc));
      else this.move(dr, dc);
    } else if (e.key === 'Tab') {
      this.move(0, e.shiftKey ? -1 : 1);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      this.source.edit();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      this.source.clear(sel);
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      this.move((e.key === 'PageDown' ? 1 : -1) * this.visibleRows(), 0);
    } else if (e.key === 'Home') {
      this.source.select(ctrl ? 1 : sel.row, 1);
    } else if (e.key.length === 1 && !ctrl) {
      this.source.edit(e.key);
    } else {
      return;
    }
    e.preventDefault();
  }

  private onMouseDown(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    if (target.classList.contains('resize')) {
      this.startResize(e, Number(target.dataset.col));
      return;
    }
    const td = target.closest('td');
    if (!td?.dataset.cell) return;
    e.preventDefault(); // keep the focus on the grid, not on a text selection
    this.container.focus({ preventScroll: true });
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(td.dataset.cell)!;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    this.source.select(Number(digits), col);
  }

  /** Dragging a header's right edge sets the column's width, live. */
  private startResize(e: MouseEvent, col: number): void {
    e.preventDefault();
    const startX = e.clientX;
    const startWidth = this.width(col);
    const colEl = this.table?.querySelectorAll('col')[col] as HTMLElement | undefined;
    const startTable = this.table?.getBoundingClientRect().width ?? 0;
    document.body.classList.add('resizing');
    const onMove = (m: MouseEvent) => {
      const w = Math.max(MIN_WIDTH, startWidth + m.clientX - startX);
      if (colEl) colEl.style.width = `${w}px`;
      if (this.table) this.table.style.width = `${startTable + w - startWidth}px`;
    };
    const onUp = (m: MouseEvent) => {
      document.removeEventListener('mousemove', onMove);
      document.removeEventListener('mouseup', onUp);
      document.body.classList.remove('resizing');
      this.setWidth(col, startWidth + m.clientX - startX);
      this.render();
    };
    document.addEventListener('mousemove', onMove);
    document.addEventListener('mouseup', onUp);
  }
}
