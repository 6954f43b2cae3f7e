/**
 * Tiers coloured in an inserted table by conditional formatting, one rule per tier in the
 * tier's colour (TIER_COLOURS, the chart's and the sidebar's), so that a column of tiers reads
 * at a glance and stays right when the user edits a cell: Sheets re-applies the rules to what
 * the cell then holds. Only documented calls: SpreadsheetApp.newConditionalFormatRule,
 * ConditionalFormatRuleBuilder.whenTextEqualTo / setBackground / setFontColor / setRanges,
 * Sheet.getConditionalFormatRules and Sheet.setConditionalFormatRules.
 *
 * setConditionalFormatRules replaces the sheet's whole list, so the user's rules are read and
 * passed back first, ahead of the add-on's (the first matching rule wins, so theirs still
 * win where they overlap); the add-on's own earlier rules over the same cells are replaced,
 * not stacked, when the table is coloured again.
 */
import { TIER_COLOURS, TIER_LABELS } from '../core/tiers/tiers';
import { where } from './placement';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * Colours the tiers in these columns (0-based, within `table`) of the table's body (the rows
 * under its header). Two calls to Sheets: one read of the rules and one write.
 */
export function colourTiers(table: Range, columns: readonly number[]): void {
  const rows = table.getNumRows() - 1;
  if (rows < 1 || columns.length === 0) return;
  const sheet = table.getSheet();
  const body = columns.map((c) => table.offset(1, c, rows, 1));
  const cells = new Set(body.map(where));
  const ours = (rule: Rule) => {
    const condition = rule.getBooleanCondition();
    return (
      !!condition &&
      String(condition.getCriteriaType()) ===
        String(SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO) &&
      TIER_LABELS.includes(String(condition.getCriteriaValues()[0]) as never) &&
      rule.getRanges().every((r) => cells.has(where(r)))
    );
  };
  const kept = sheet.getConditionalFormatRules().filter((rule) => !ours(rule));
  const rules = TIER_LABELS.map((tier) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(tier)
      .setBackground(TIER_COLOURS[tier].fill)
      .setFontColor(TIER_COLOURS[tier].text)
      .setRanges(body)
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...rules]);
}
