/**
 * The headers users see over the tables the add-on writes, in words, in one place: the other
 * tests take them from these constants (src/core/tables/tables.ts), as the code that writes the
 * tables does.
 */
import { getDataIndex } from '../../src/data';
import {
  FIGURES_HEADER,
  FIGURES_REPORT_HEADER,
  SOURCE_LIST_HEADER,
  timelineHeader,
} from '../../src/core/tables/tables';

const words = (header: readonly string[]) => header.join(' | ');

test('the tables’ headers, as users read them', () => {
  expect(words(timelineHeader(getDataIndex()))).toBe(
    'Report year | Tier | From | Basis | Report | Dataset | Articles | Check | Sources',
  );
  expect(words(FIGURES_REPORT_HEADER)).toBe(
    'Metric | Period | Value | Unit | Qualifier | Scope | Basis | Source | From | Counted by',
  );
  expect(words(SOURCE_LIST_HEADER)).toBe(
    'Report year | Date | Title | Author | Published on | Address | Kind | Supports | Source',
  );
  expect(words(FIGURES_HEADER)).toBe(
    'Metric | Label | Unit | Country | Period | Year | Value | Qualifier | Basis | Source | From | Counted by',
  );
});
