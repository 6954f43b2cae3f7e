/**
 * Conditional formatting as Sheets documents it, for the emulator and the preview:
 * SpreadsheetApp.newConditionalFormatRule() builds a rule (a boolean condition, a background and
 * a font colour, one or more ranges); Sheet.setConditionalFormatRules(rules) replaces the
 * sheet's rules with that list, and getConditionalFormatRules() reads them back, so that an
 * add-on keeps a user's rules only by passing them back. A cell shows the format of the first
 * rule in the list whose ranges hold it and whose condition its displayed value meets, over
 * its own format, and only while it meets it: editing the cell re-applies the rules.
 *
 * Only the conditions the add-on uses are modelled (text exactly equal to, empty, not empty);
 * any other builder method is absent, so that a test fails rather than pass on a guess.
 */
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

/** SpreadsheetApp.BooleanCriteria, the members the fake evaluates. */
export const BOOLEAN_CRITERIA = {
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
} as const;

/** The part of a Range a rule needs: where it is. */
export interface RuleRange {
  getSheet(): { getName(): string };
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
}

export interface RuleState {
  criteria: keyof typeof BOOLEAN_CRITERIA | null;
  values: string[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: RuleRange[];
}

export class FakeConditionalFormatRule {
  constructor(readonly state: RuleState) {}
  getRanges(): GRange[] {
    return [...this.state.ranges] as unknown as GRange[];
  }
  getBooleanCondition() {
    const s = this.state;
    if (!s.criteria) return null;
    return {
      getCriteriaType: () => s.criteria,
      getCriteriaValues: () => [...s.values],
      getBackgroundObject: () => null,
      getBackground: () => s.background,
      getFontColor: () => s.fontColor,
      getBold: () => s.bold,
    };
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder({
      ...this.state,
      values: [...this.state.values],
      ranges: [...this.state.ranges],
    });
  }
}

export class FakeConditionalFormatRuleBuilder {
  constructor(
    readonly state: RuleState = {
      criteria: null,
      values: [],
      background: null,
      fontColor: null,
      bold: null,
      ranges: [],
    },
  ) {}
  private self(): GBuilder {
    return this as unknown as GBuilder;
  }
  whenTextEqualTo(text: string): GBuilder {
    this.state.criteria = 'TEXT_EQUAL_TO';
    this.state.values = [String(text)];
    return this.self();
  }
  whenCellEmpty(): GBuilder {
    this.state.criteria = 'CELL_EMPTY';
    this.state.values = [];
    return this.self();
  }
  whenCellNotEmpty(): GBuilder {
    this.state.criteria = 'CELL_NOT_EMPTY';
    this.state.values = [];
    return this.self();
  }
  setBackground(color: string | null): GBuilder {
    this.state.background = color;
    return this.self();
  }
  setFontColor(color: string | null): GBuilder {
    this.state.fontColor = color;
    return this.self();
  }
  setBold(bold: boolean | null): GBuilder {
    this.state.bold = bold;
    return this.self();
  }
  setRanges(ranges: GRange[]): GBuilder {
    this.state.ranges = [...(ranges as unknown as RuleRange[])];
    return this.self();
  }
  getRanges(): GRange[] {
    return [...this.state.ranges] as unknown as GRange[];
  }
  build(): GRule {
    if (!this.state.criteria) throw new Error('The conditional format rule has no condition.');
    if (this.state.ranges.length === 0)
      throw new Error('The conditional format rule has no ranges.');
    return new FakeConditionalFormatRule({
      ...this.state,
      values: [...this.state.values],
      ranges: [...this.state.ranges],
    }) as unknown as GRule;
  }
}

const holds = (r: RuleRange, sheet: string, row: number, col: number) =>
  r.getSheet().getName() === sheet &&
  row >= r.getRow() &&
  row < r.getRow() + r.getNumRows() &&
  col >= r.getColumn() &&
  col < r.getColumn() + r.getNumColumns();

/**
 * The format the sheet's rules give a cell showing `shown`: the first rule (in list order)
 * whose ranges hold the cell and whose condition the text meets; null when none does.
 */
export function conditionalFormat(
  rules: readonly FakeConditionalFormatRule[],
  sheet: string,
  row: number,
  col: number,
  shown: string,
): { background: string | null; fontColor: string | null; bold: boolean | null } | null {
  for (const { state } of rules) {
    if (!state.ranges.some((r) => holds(r, sheet, row, col))) continue;
    const met =
      state.criteria === 'TEXT_EQUAL_TO'
        ? shown === state.values[0]
        : state.criteria === 'CELL_EMPTY'
          ? shown === ''
          : state.criteria === 'CELL_NOT_EMPTY'
            ? shown !== ''
            : false;
    if (met) return { background: state.background, fontColor: state.fontColor, bold: state.bold };
  }
  return null;
}
