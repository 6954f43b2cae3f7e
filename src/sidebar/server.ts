/**
 * The sidebar's server side: opening it with its data already in the page, and inserting a
 * fact into the active cell (the only call the panel makes, and only when the user asks).
 */
import { getDataIndex } from '../data';
import { parseCountry, parseMetric, parsePlace, parseYear } from '../core/arguments/args';
import { TipError, show } from '../core/base/errors';
import { ANY, type SourceChoice, parseSource, tierFrom } from '../core/tiers/compare';
import { normalizeKey } from '../core/base/text';
import type { CellValue } from '../core/base/values';
import { figureCellText, figureNumberFormat } from '../core/figures/formats';
import { citations } from '../core/citations/citation';
import { figureSourceOf, statFact } from '../core/figures/stat';
import { formulaFor } from '../core/arguments/formulas';
import { parsePeriod } from '../core/base/periods';
import { TIP_STAT, TIP_TIER } from '../functions/custom-functions';
import { runAction } from '../menu/alerts';
import { readGuard } from '../menu/guard';
import { where } from '../menu/placement';
import type { InsertRequest, InsertResult } from './api';

export const SIDEBAR_TITLE = 'TIP Cambodia sources';

/**
 * Opens the sidebar in one round trip: dist/Sidebar.html already carries the sources (the
 * build wrote them into it, src/sidebar/embed.ts), so the panel needs no call to be usable.
 */
export function menuBrowseSources(): void {
  runAction(() => {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
    SpreadsheetApp.getUi().showSidebar(html);
  });
}

/** What the panel may send, by field: anything else is refused with the add-on's message. */
const MODES = ['value', 'formula'] as const;

/**
 * The request as the panel sends it, checked field by field: google.script.run passes whatever
 * a page (or anyone calling the endpoint) sends, so every field's type is checked, and the
 * year, country, metric and source are read by the same parsers as the formulas, whose
 * messages name the value and say what is valid.
 */
export function checkRequest(raw: unknown): InsertRequest {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new TipError(
      `The sidebar sent ${show(raw)}, not an insert request: close the sidebar and open it again (Browse sources).`,
    );
  }
  const r = raw as Record<string, unknown>;
  const ds = getDataIndex();
  if (typeof r.what !== 'string' || r.what.trim() === '')
    throw new TipError(`what ${show(r.what)} is not "tier" or a metric such as "convictions".`);
  const tier = normalizeKey(r.what) === 'tier';
  if (!tier) parseMetric(ds, r.what);
  if (typeof r.when !== 'string' && typeof r.when !== 'number')
    throw new TipError(
      `year ${show(r.when)} is not a year or a period: give a year such as 2016, or a period such as "Jan-Jun 2019".`,
    );
  if (tier) parseYear(r.when);
  else parsePeriod(r.when);
  if (r.country !== null && r.country !== undefined && typeof r.country !== 'string')
    throw new TipError(`country ${show(r.country)} is not a country name.`);
  if (typeof r.country === 'string') parseCountry(ds, r.country);
  if (r.source !== undefined && r.source !== null && r.source !== '') {
    // A figure's card asks its own source too; the record, which has no figures, is refused.
    const choice = parseSource(ds, r.source as CellValue);
    if (!tier) figureSourceOf(ds, choice);
  }
  if (!MODES.includes(r.mode as (typeof MODES)[number]))
    throw new TipError(`mode ${show(r.mode)} is not "value" or "formula".`);
  if (r.replace !== undefined && typeof r.replace !== 'boolean')
    throw new TipError(`replace ${show(r.replace)} is not TRUE or FALSE.`);
  return {
    what: tier ? 'tier' : r.what,
    when: r.when,
    country: typeof r.country === 'string' ? r.country : null,
    source: typeof r.source === 'string' && r.source !== '' ? r.source : undefined,
    mode: r.mode as InsertRequest['mode'],
    replace: r.replace === true,
  };
}

/**
 * The value a cell would get, computed here from the request (by the same custom function the
 * formula would call), never taken from the client.
 */
function valueFor(request: InsertRequest): string | number {
  const { when } = request;
  const country = request.country || '';
  const value =
    request.what === 'tier'
      ? TIP_TIER(when, country, request.source || '')
      : TIP_STAT(request.what, when, country, request.source || '');
  return value as string | number;
}

/**
 * For a figure, the number format that shows its qualifier and part-year period in the cell
 * ("at least 100", "78 (January–June 2019)") while the cell stays a number.
 */
function formatFor(request: InsertRequest): { format: string; text: string } | null {
  if (request.what === 'tier') return null;
  const ds = getDataIndex();
  const metric = parseMetric(ds, request.what);
  const place = parsePlace(ds, metric, request.country || '');
  const { figure } = statFact(ds, metric, parsePeriod(request.when), place, sourceOf(request));
  const format = figureNumberFormat(figure, true);
  return format ? { format, text: figureCellText(figure, true) } : null;
}

/** The source a request names, or the formulas' default where it names none. */
function sourceOf(request: InsertRequest): SourceChoice {
  return parseSource(getDataIndex(), request.source || '');
}

/**
 * Writes a fact into the active cell, unless it holds something or is a blank cell of a
 * formula's array result (writing there would turn that formula into #REF!): then nothing is
 * written and the panel asks first (replace: true once the user agreed). A formula gets the
 * same number format as the value ("at least 100" either way).
 */
export function sidebarInsert(raw: unknown): InsertResult {
  return answered(() => {
    const request = checkRequest(raw);
    return insertFact(request, noteFor(request));
  });
}

/**
 * Runs an endpoint so that the panel gets the add-on's own messages: a TipError as it is, and
 * anything unexpected (logged, with its stack, for the developers) as a short message.
 */
function answered<T>(endpoint: () => T): T {
  try {
    return endpoint();
  } catch (err) {
    if (err instanceof TipError) throw err;
    console.error(err);
    throw new TipError(
      'The add-on could not insert this value (an error of its own, logged for its developers). Try again, or insert the formula instead.',
    );
  }
}

/**
 * The citation a value inserted from the panel carries as its cell's note: the citations of
 * the source the value comes from (the one named, or the one the default "any" answers from)
 * for a tier, the figure's for a metric (from the card's source).
 */
function noteFor(request: InsertRequest): string {
  const ds = getDataIndex();
  const country = request.country || '';
  if (request.what === 'tier') {
    const place = parseCountry(ds, country);
    const year = parseYear(request.when);
    const choice = parseSource(ds, request.source ?? '');
    const source = choice === ANY ? tierFrom(ds, place, year, ANY).from : choice;
    return source.citations(place, year).join('\n');
  }
  const metric = parseMetric(ds, request.what);
  const { sources } = statFact(
    ds,
    metric,
    parsePeriod(request.when),
    parsePlace(ds, metric, country),
    sourceOf(request),
  );
  return citations(ds, sources);
}

/**
 * The insert, with a note for the cell when one is given (a citation, say). The cell must be
 * free (./menu/guard.ts: no value, shown or hidden, no formula, note or data validation, and no
 * formula's array result can reach it); otherwise nothing is written and the panel asks
 * (replace: true once the user agreed, which replaces the cell's content and note). A
 * protected cell is refused whatever the answer, with a message.
 */
export function insertFact(request: InsertRequest, note = ''): InsertResult {
  const value = valueFor(request);
  const active = SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
  if (!active) throw new TipError('Select a cell in the sheet first.');
  const cell = active.getCell(1, 1);
  const place = where(cell);
  const { obstacle } = readGuard(cell);
  if (obstacle?.protectedCell) {
    throw new TipError(
      `${obstacle.text}, which you cannot edit: select another cell, and insert again.`,
    );
  }
  if (obstacle && !request.replace) {
    const current = cell.getFormula() || cell.getDisplayValue();
    return {
      status: 'occupied',
      cell: place,
      current,
      reason: `${obstacle.text}.`,
      ...(obstacle.formula ? { inside: obstacle.formula } : {}),
    };
  }
  const shown = formatFor(request);
  const formula =
    request.mode === 'formula' &&
    formulaFor(request.what, request.when, request.country, request.source);
  if (formula) cell.setFormula(formula);
  else cell.setValue(value);
  if (shown) cell.setNumberFormat(shown.format);
  if (note) cell.setNote(note);
  return { status: 'inserted', cell: place, content: formula || (shown ? shown.text : value) };
}
