/**
 * Which cells "Refresh TIP formulas" writes again: the formulas that call one of the add-on's
 * TIP_ functions, in as few write calls as the grid allows: rectangles of such cells (each one
 * `Range.setFormulas` call) and cells that hold the same text (each set one
 * `RangeList.setFormula` call). Pure: knows nothing of Apps Script.
 */

/** Text in double quotes ("" is a quote inside it), dropped before looking for a call. */
const STRING_LITERAL = /"(?:[^"]|"")*"/g;
/** Text in single quotes: a sheet name such as 'TIP_notes'!A1, never a call. */
const SHEET_NAME = /'(?:[^']|'')*'/g;
/** A call of a TIP_ function: the name not preceded by a letter, digit, "_" or ".". */
const TIP_CALL = /(^|[^A-Za-z0-9_.])TIP_[A-Za-z0-9_]*\s*\(/i;

/**
 * Whether a formula (as `Range.getFormulas` gives it, "=…") calls a TIP_ function anywhere in
 * it: `=TIP_TIER(2016)`, `=IFERROR(tip_stat("convictions", A2), "")`. Not `="TIP_TIER(2016)"`
 * (text), a cell of a sheet named 'TIP_x', or a named range such as TIPCambodia_Timeline.
 */
export function callsTipFunction(formula: string): boolean {
  if (!formula.startsWith('=')) return false;
  return TIP_CALL.test(formula.replace(STRING_LITERAL, '""').replace(SHEET_NAME, "''"));
}

/** A block of cells, 0-based from the grid's first cell. */
export interface Block {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/**
 * Rectangles that together hold exactly the cells `pick` selects, no other cell: scanning row by
 * row, each free picked cell starts a block that grows right while the cells are picked, then
 * down while the whole row of the block is. A column of 500 formulas is one block; a table of
 * formulas with a text heading is one block below its heading.
 */
export function blocksOf(grid: readonly (readonly string[])[], pick: (cell: string) => boolean) {
  const taken = grid.map((line) => line.map(() => false));
  const wanted = (r: number, c: number) =>
    r < grid.length && c < grid[r].length && !taken[r][c] && pick(grid[r][c]);
  const blocks: Block[] = [];
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (!wanted(r, c)) continue;
      let numCols = 1;
      while (wanted(r, c + numCols)) numCols++;
      let numRows = 1;
      const rowFree = (rr: number) => {
        for (let cc = c; cc < c + numCols; cc++) if (!wanted(rr, cc)) return false;
        return true;
      };
      while (rowFree(r + numRows)) numRows++;
      for (let i = 0; i < numRows; i++)
        for (let j = 0; j < numCols; j++) taken[r + i][c + j] = true;
      blocks.push({ row: r, col: c, numRows, numCols });
    }
  }
  return blocks;
}

/** Cells that hold the very same formula text, written back with one call. */
export interface Group {
  formula: string;
  /** 0-based [row, column] of each cell. */
  cells: [number, number][];
}

/** What to write back: blocks (each its own grid of formulas) and groups (one formula each). */
export interface RefreshPlan {
  blocks: Block[];
  groups: Group[];
}

/** How many write calls a plan makes. */
export const planCalls = (plan: RefreshPlan) => plan.blocks.length + plan.groups.length;

/**
 * The plan with the fewest write calls that writes every picked cell once and no other cell,
 * of three: blocks only (a column of `=TIP_TIER(A2)`, `=TIP_TIER(A3)`, … is one block); groups
 * of cells with the same text only (`=TIP_TIER(2016)` in 300 scattered cells is one group); or
 * the groups of two cells or more, then blocks over the cells left. Ties go to the first.
 */
export function refreshPlan(
  grid: readonly (readonly string[])[],
  pick: (cell: string) => boolean,
): RefreshPlan {
  const byText = new Map<string, [number, number][]>();
  grid.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!pick(cell)) return;
      const cells = byText.get(cell) ?? [];
      cells.push([r, c]);
      byText.set(cell, cells);
    }),
  );
  const allGroups = [...byText].map(([formula, cells]) => ({ formula, cells }));
  const shared = allGroups.filter((g) => g.cells.length > 1);
  const inShared = new Set(shared.flatMap((g) => g.cells.map(([r, c]) => `${r},${c}`)));
  const plans: RefreshPlan[] = [
    { blocks: blocksOf(grid, pick), groups: [] },
    { blocks: [], groups: allGroups },
    {
      blocks: blocksOf(
        grid.map((line, r) => line.map((cell, c) => (inShared.has(`${r},${c}`) ? '' : cell))),
        pick,
      ),
      groups: shared,
    },
  ];
  return plans.reduce((best, p) => (planCalls(p) < planCalls(best) ? p : best));
}

/** "B12" for 0-based row 11, column 1; "AA1" for column 26. */
export function a1(row: number, col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}
