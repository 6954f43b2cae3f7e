/**
 * An in-memory fake of the part of SpreadsheetApp, Ui, Charts and ScriptApp the add-on uses,
 * behaving as Sheets does: 1-based rows and columns, getValues as 2D arrays with "" for empty
 * cells, insertSheet throwing on a duplicate name, ranges refused outside the sheet, setValues
 * refusing data of another shape, data access refused in AuthMode.NONE, a chart builder
 * that records type, ranges and options, array results laid out over the cells below and to
 * the right of their formula (and #REF! where a filled cell is in the way), "Loading..." for
 * a custom function not finished, notes, data validation, ";;;" formats that hide a value,
 * protected ranges and sheets (an edit there fails), column widths, wrapping and toasts. Every method is typed against
 * @types/google-apps-script (Pick<> of the real interface), and every call is logged.
 *
 *
 * The module the tests, the preview and the benchmark import: it builds the services
 * (createFakeSheets) and re-exports each class family's file: cells.ts (values, formats, the
 * call log, A1), range.ts, protection.ts, sheet.ts (sheets and the spreadsheet), charts.ts,
 * named-ranges.ts, ui.ts (Ui and HtmlService), formatting.ts (conditional formats).
 */
import { BOOLEAN_CRITERIA, FakeConditionalFormatRuleBuilder } from './formatting';
import { Recorder, WRAP_STRATEGIES } from './cells';
import { FakeSpreadsheet } from './sheet';
import { FakeHtmlOutput, FakeHtmlTemplate, FakeUi } from './ui';

export * from './cells';
export * from './charts';
export * from './named-ranges';
export * from './protection';
export * from './range';
export * from './sheet';
export * from './ui';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GUi = GoogleAppsScript.Base.Ui;

export interface FakeServices {
  SpreadsheetApp: Pick<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    'getUi' | 'getActiveSpreadsheet' | 'getActive' | 'flush'
  > & {
    WrapStrategy: typeof WRAP_STRATEGIES;
    ProtectionType: { RANGE: 'RANGE'; SHEET: 'SHEET' };
    BooleanCriteria: typeof BOOLEAN_CRITERIA;
    newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  };
  Charts: {
    ChartType: Record<string, string>;
    Position: Record<string, string>;
    PointStyle: Record<string, string>;
  };
  ScriptApp: { AuthMode: Record<string, string> };
  HtmlService: {
    createHtmlOutputFromFile(filename: string): FakeHtmlOutput;
    createTemplateFromFile(filename: string): FakeHtmlTemplate;
  };
  Utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;
  console: Pick<Console, 'log' | 'error' | 'warn' | 'info'>;
}

/**
 * Utilities.formatDate for the patterns the add-on uses (yyyy, MM, dd, HH, mm, ss), in a named
 * time zone; any other pattern letter is refused rather than guessed.
 */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const unsupported = format.replace(/yyyy|MM|dd|HH|mm|ss/g, '').match(/[A-Za-z]/);
  if (unsupported) throw new Error(`The fake's formatDate does not support "${unsupported[0]}".`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const fields: Record<string, string> = {
    yyyy: part('year').padStart(4, '0'),
    MM: part('month'),
    dd: part('day'),
    HH: part('hour'),
    mm: part('minute'),
    ss: part('second'),
  };
  return format.replace(/yyyy|MM|dd|HH|mm|ss/g, (token) => fields[token]);
}

/** A spreadsheet, its UI and the services the add-on sees as globals, all in memory. */
export function createFakeSheets(options: { readHtml?: (filename: string) => string } = {}) {
  const rec = new Recorder();
  const spreadsheet = new FakeSpreadsheet(rec);
  const ui = new FakeUi(rec);
  const logged: unknown[][] = [];
  const services: FakeServices = {
    SpreadsheetApp: {
      getUi: () => {
        rec.log('SpreadsheetApp.getUi');
        return ui as unknown as GUi;
      },
      getActiveSpreadsheet: () => {
        rec.requireData('SpreadsheetApp.getActiveSpreadsheet');
        return spreadsheet as unknown as GSpreadsheet;
      },
      getActive: () => {
        rec.requireData('SpreadsheetApp.getActive');
        return spreadsheet as unknown as GSpreadsheet;
      },
      // Writes apply at once here, so there is nothing to apply.
      flush: () => rec.log('SpreadsheetApp.flush'),
      WrapStrategy: WRAP_STRATEGIES,
      ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
      BooleanCriteria: BOOLEAN_CRITERIA,
      newConditionalFormatRule: () => {
        rec.log('SpreadsheetApp.newConditionalFormatRule');
        return new FakeConditionalFormatRuleBuilder() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
      },
    },
    Charts: {
      ChartType: Object.fromEntries(
        [
          'AREA',
          'BAR',
          'BUBBLE',
          'COLUMN',
          'COMBO',
          'LINE',
          'PIE',
          'SCATTER',
          'STEPPED_AREA',
          'TABLE',
        ].map((t) => [t, t]),
      ),
      Position: { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' },
      PointStyle: Object.fromEntries(
        ['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'].map((t) => [t, t]),
      ),
    },
    ScriptApp: {
      AuthMode: {
        NONE: 'NONE',
        LIMITED: 'LIMITED',
        FULL: 'FULL',
        CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
      },
    },
    HtmlService: {
      createHtmlOutputFromFile: (filename: string) => {
        rec.log('HtmlService.createHtmlOutputFromFile');
        if (!options.readHtml) throw new Error(`No HTML file named ${filename} was found.`);
        return new FakeHtmlOutput(options.readHtml(filename));
      },
      createTemplateFromFile: (filename: string) => {
        rec.log('HtmlService.createTemplateFromFile');
        if (!options.readHtml) throw new Error(`No HTML file named ${filename} was found.`);
        return new FakeHtmlTemplate(options.readHtml(filename));
      },
    },
    Utilities: { formatDate },
    console: {
      log: (...a: unknown[]) => logged.push(a),
      info: (...a: unknown[]) => logged.push(a),
      warn: (...a: unknown[]) => logged.push(a),
      error: (...a: unknown[]) => logged.push(a),
    },
  };
  return { rec, spreadsheet, ui, services, logged };
}
