import { maySpill } from '../../src/core/sheets/spill';

describe('maySpill: fails closed on every formula not known to give one value', () => {
  test.each([
    ['=TIP_TIER(2016)', 'Tier 2'],
    ['=A1', '3'],
    ['=$B$2*2', '4'],
    ['=SUM(A1:A10)', '55'],
    ['=COUNTIF(B:B, "x")', '1'],
    ['=IF(A1>2, "big", "small")', 'big'],
    ['=TIP_STAT("convictions", 2015)', '100'],
    ["='My sheet'!A1", 'x'],
    ['=Sheet2!B3', 'x'],
    ['=ROUND(SUM(A1:A3)/3, 1)', '2'],
    ['=SUM(1:3)+IF(A1, 1, 2)', '1'],
    ['="a, {b}: c"', 'a, {b}: c'],
    ['=TRUE', 'TRUE'],
  ])('%s is single-valued', (formula, shown) => {
    expect(maySpill(formula, shown)).toBe(false);
  });

  test.each([
    ['=TIP_TIER(2016)', 'Loading...'],
    ['=A1', '#REF!'],
    ['=TIP_TIER(B1:B2)', 'Tier 2'],
    ['=TIP_TIMELINE()', 'Report year'],
    ['=TIP_YEARS()', '2001'],
    ['=SEQUENCE(3)', '1'],
    ['=QUERY(A1:C9, "select A")', 'x'],
    ['=FILTER(A1:A9, A1:A9>2)', '3'],
    ['=IMPORTRANGE("abc", "Sheet1!A1:C3")', 'x'],
    ['=ARRAYFORMULA(A1:A3*2)', '2'],
    ['={1, 2; 3, 4}', '1'],
    ['=A1:A3', '1'],
    ['=MyData', 'x'],
    ['=MYFUNCTION(2)', '2'],
    ['=IF(A1:A3>1, 1, 0)', '0'],
    ['=SPLIT("a,b", ",")', 'a'],
    ['=TRANSPOSE(A1:C1)', 'a'],
    ['=SUM(1:3)+IF(2:2, 1, 2)', '1'],
  ])('%s could spill', (formula, shown) => {
    expect(maySpill(formula, shown)).toBe(true);
  });
});
