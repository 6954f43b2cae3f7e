/**
 * The add-on menu and its actions. onOpen may run in AuthMode.NONE (before the user has
 * authorised the add-on in this file), so it only builds the menu and reads no document data.
 */
import { getDataIndex } from '../data';
import { DEFAULT_COUNTRY, parseCountry } from '../core/arguments/args';
import { TipError } from '../core/base/errors';
import { valueFormats } from '../core/figures/formats';
import { figureChartData, tierChartData } from '../core/tables/charts';
import { ANY, DEFAULT_SOURCE } from '../core/tiers/compare';
import {
  REPORT_COLUMNS,
  SOURCE_LIST_DATE,
  TIMELINE_SOURCE_COLUMN,
  figuresReportWithNotes,
  sourceList,
  timelineWithNotes,
  type Table,
} from '../core/tables/tables';
import { yearRanges } from '../core/base/text';
import { ADDON_TITLE, runAction } from './alerts';
import { chartBeside } from './charts';
import { REFRESH_ITEM, refreshHelp } from './refresh';
import { colourTiers } from './tier-colours';
import {
  atomically,
  findOrPlaceTable,
  placeTable,
  reveal,
  where,
  type ColumnFormats,
  type TableKind,
} from './placement';

/** Label and top-level handler of every item, in menu order; null is a separator. */
export const MENU_ITEMS: readonly ([label: string, handler: string] | null)[] = [
  ['Browse sources', 'menuBrowseSources'],
  null,
  ['Insert tier timeline', 'menuInsertTimeline'],
  ['Insert figures table', 'menuInsertFigures'],
  ['Insert source list', 'menuInsertSourceList'],
  null,
  ['Chart tier timeline', 'menuChartTimeline'],
  ['Chart figures', 'menuChartFigures'],
  null,
  REFRESH_ITEM,
  ['Help', 'menuHelp'],
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

// Named ranges read TIPCambodia_…: never like a TIP_ function, in any letter case.
const TIMELINE: TableKind = {
  what: 'tier timeline',
  sheetName: 'TIP timeline',
  rangeName: 'TIPCambodia_TimelineTable',
};
const FIGURES: TableKind = {
  what: 'figures table',
  sheetName: 'TIP figures',
  rangeName: 'TIPCambodia_FiguresTable',
};
const TIMELINE_CHART: TableKind = {
  what: 'tier chart data',
  sheetName: 'TIP chart data',
  rangeName: 'TIPCambodia_TierChartData',
};
const FIGURES_CHART: TableKind = {
  what: 'figures chart data',
  sheetName: 'TIP chart data',
  rangeName: 'TIPCambodia_FiguresChartData',
};

const SOURCE_LIST: TableKind = {
  what: 'source list',
  sheetName: 'TIP sources',
  rangeName: 'TIPCambodia_SourceList',
};

const country = () => parseCountry(getDataIndex(), DEFAULT_COUNTRY);
// The menu's timeline has a row for every report year from the first any source covers to the
// last, a column per source, and each tier's citation as the note of its cell.
const timeline = () => timelineWithNotes(getDataIndex(), country(), ANY);
const figures = () => figuresReportWithNotes(getDataIndex(), country());

/** Periods kept as text ("2015" stays a label); values show their qualifier ("at least 100"). */
function figuresFormats(table: Table): ColumnFormats[] {
  return [
    { column: REPORT_COLUMNS.period, formats: table.map(() => '@') },
    {
      column: REPORT_COLUMNS.value,
      formats: valueFormats(table.map((row, i) => (i === 0 ? '' : row[REPORT_COLUMNS.qualifier]))),
    },
  ];
}

/** A table the menu wrote: shown, selected, and named in a toast. */
function inserted(range: GoogleAppsScript.Spreadsheet.Range | null, kind: TableKind): void {
  if (range) reveal(range, `The ${kind.what} is in ${where(range)}.`);
}

/** The timeline's columns of tiers: the Tier column and each source's. */
function tierColumns(): number[] {
  const sources = getDataIndex().sources.length;
  return [1, ...Array.from({ length: sources }, (_, i) => TIMELINE_SOURCE_COLUMN + i)];
}

export function menuInsertTimeline(): void {
  runAction(() => {
    const { table, notes } = timeline();
    const range = placeTable(table, TIMELINE, [], notes);
    if (range) colourTiers(range, tierColumns());
    inserted(range, TIMELINE);
  });
}

export function menuInsertFigures(): void {
  runAction(() => {
    const { table, notes } = figures();
    inserted(placeTable(table, FIGURES, figuresFormats(table), notes), FIGURES);
  });
}

/** Every source the add-on draws on, one row each, as a table to sort and export. */
export function menuInsertSourceList(): void {
  runAction(() => {
    const { table, notes } = sourceList(getDataIndex());
    // Dates stay text ("2009-06-17", "2017"), so that Sheets neither turns them into numbers
    // nor into dates of its own locale, and they sort by time. Each licence is a note.
    const dates = { column: SOURCE_LIST_DATE, formats: table.map(() => '@') };
    inserted(placeTable(table, SOURCE_LIST, [dates], notes), SOURCE_LIST);
  });
}

export function menuChartTimeline(): void {
  // Whole or nothing: a table is never left without its chart (atomically).
  runAction(() =>
    atomically(() => {
      const { table: values, notes } = timeline();
      const table = findOrPlaceTable(values, TIMELINE, [], notes);
      if (table) colourTiers(table, tierColumns());
      if (table) chartBeside(table, [tierChartData(getDataIndex(), country())], TIMELINE_CHART);
    }),
  );
}

export function menuChartFigures(): void {
  runAction(() =>
    atomically(() => {
      const { table: values, notes } = figures();
      const table = findOrPlaceTable(values, FIGURES, figuresFormats(values), notes);
      if (!table) return;
      const charts = figureChartData(table.getValues() as Table, country().name, getDataIndex());
      if (charts.length === 0) {
        throw new TipError(
          'No metric in the figures table has comparable figures for two periods or more to chart.',
        );
      }
      chartBeside(table, charts, FIGURES_CHART);
    }),
  );
}

/**
 * One line per source of the registry, in its order (the order the default "any" tries them
 * in): its name, what it is, where it ends; then what "any" does.
 */
function sourcesHelp(): string[] {
  const ds = getDataIndex();
  return [
    ...ds.sources.map(
      (s, i) =>
        `${i + 1}. "${s.key}": ${s.entry.about} Report years with a tier: ${yearRanges(s.reportYears())}.`,
    ),
    `"${DEFAULT_SOURCE}" (the default of every source argument): the first of these with a tier, in this order, and an error naming each tier where two disagree. TIP_BASIS names the source it took ("stated (report)"); TIP_CHECK sets the press against the report, or the record where no report text is held.`,
  ];
}

export function menuHelp(): void {
  runAction(() => {
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      ADDON_TITLE,
      [
        'Formulas ([ ] marks an argument you may leave out; Sheets shows help as you type):',
        '=TIP_TIER(year, [country], [source]): the tier in that year’s report. Country: Cambodia if left out. Source: "any" if left out, the best evidence: the report’s words, then Kelley and Heiss’s record, then the press (listed below).',
        '=TIP_TIER_NUMBER(year, [country], [source]): the tier as 1, 2, 2.5 (Watch List) or 3.',
        '=TIP_CHECK(year, [country], [detail]): did the press report it as the State Department did? "agrees with the report", "agrees with the record; no report text", "differs from the report: …", "report only", "record only", "press only", with any press error the data records ("; press correction"); TRUE as detail says it in words.',
        '=TIP_STAT(metric, year, [country], [source]): a figure for the year it is about ("at least" figures are lower bounds), or a period such as "Jan-Jun 2019", "Apr 2008-Mar 2009" or "2017 reporting period"; from the report\'s own words or the press (the source argument, as for tiers). =TIP_SOURCE gives its unit and whose count it is (the NCCT, some media reports…).',
        '=TIP_STAT_CHECK(metric, year, [country], [detail]): whether the sources give the same figure: "agrees", "differs", "period differs" (the same count under another period), "report only", "press only" or "no source".',
        '=TIP_SOURCE(what, year, [country], [source]): one line per source behind a tier ("tier") or a figure: the quote, the short citation with the address, the basis; for a tier, every source’s unless you name one.',
        '=TIP_CITE(what, year, [country], [source], [style]): the citation of the value to paste, in "apa" (the default) or "chicago"; what the sidebar’s Copy citation copies.',
        '=TIP_BASIS(what, year, [country], [source], [detail]): "stated", "inferred" or "external" (needs a fact from outside the sources); "coded" for the dataset; for a tier with no source named, the source it came from follows: "stated (report)"; TRUE as detail names the outside facts.',
        '=TIP_YEARS([what], [country], [source]): the years with a value, as a column.',
        '=TIP_TIMELINE([country], [source]), =TIP_FIGURES([metric], [source]), =TIP_COUNTRIES([source]), =TIP_METRICS(), =TIP_ARTICLES(): tables.',
        'A year may be a number, a date or a range. Where your locale writes decimals with a comma, separate arguments with ";": =TIP_TIER(2003; "Burma").',
        '',
        'Browse sources: every article, passage and report page with its quotes and address, to insert a value or formula into the selected cell or copy its citation.',
        'Insert…: a table at the selected cell if its cells are free (no value, formula, note or rule, not protected, out of reach of any formula’s result), else (if you agree) on a new sheet; each value carries its citation as a note. The figures table names, for each figure, its unit, the sources that give it (From) and whose count it is (Counted by). Chart…: a chart beside the table, one series per metric, unit and kind of period. A message says where each went.',
        ...refreshHelp(),
        '',
        'Sources (the source argument), in the order the default tries them:',
        ...sourcesHelp(),
        '',
        'Every tier and figure stands on a verbatim quote marked stated, inferred or external; a year a source does not cover has no value in it.',
      ].join('\n'),
      ui.ButtonSet.OK,
    );
  });
}
