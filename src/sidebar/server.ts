/**
 * The sidebar's server side: opening it with its data already in the page, and inserting a
 * fact into the active cell (the only call the panel makes, and only when the user asks).
 */
import { getDataset } from '../data';
import { parseCountry, parseMetric, parsePlace, parseYear } from '../core/args';
import { TipError } from '../core/errors';
import { figureCellText, figureNumberFormat } from '../core/formats';
import { citations, formulaFor, statFact } from '../core/lookup';
import { parsePeriod } from '../core/periods';
import { type SourceChoice, parseSource } from '../core/compare';
import { TIP_STAT, TIP_TIER } from '../functions/custom-functions';
import { runAction } from '../menu/alerts';
import { breaksResult, where } from '../menu/placement';
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

/**
 * The value a cell would get, computed here from the request (by the same custom function the
 * formula would call), never taken from the client.
 */
function valueFor(request: InsertRequest): string | number {
  const { when } = request;
  if (typeof when !== 'string' && !Number.isInteger(when))
    throw new TipError(`year ${when} is not a year.`);
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
  const ds = getDataset();
  const metric = parseMetric(ds, request.what);
  const place = parsePlace(ds, metric, request.country || '');
  const { figure } = statFact(ds, metric, parsePeriod(request.when), place, sourceOf(request));
  const format = figureNumberFormat(figure, true);
  return format ? { format, text: figureCellText(figure, true) } : null;
}

/** The source a request names, or the formulas' default where it names none. */
function sourceOf(request: InsertRequest): SourceChoice {
  return parseSource(getDataset(), request.source || '');
}

/**
 * Writes a fact into the active cell, unless it holds something or is a blank cell of a
 * formula's array result (writing there would turn that formula into #REF!): then nothing is
 * written and the panel asks first (replace: true once the user agreed). A formula gets the
 * same number format as the value ("at least 100" either way).
 */
export function sidebarInsert(request: InsertRequest): InsertResult {
  return insertFact(request, noteFor(request));
}

/**
 * The citation a value inserted from the panel carries as its cell's note: the sources the
 * formula answers from (the source's quotes for a tier, the card's source's for a figure).
 */
function noteFor(request: InsertRequest): string {
  const ds = getDataset();
  const country = request.country || '';
  if (request.what === 'tier') {
    const place = parseCountry(ds, country);
    const year = parseYear(request.when);
    const source = request.source ? ds.source(request.source) : ds.defaultSource;
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

/** The insert, with a note for the cell when one is given (a citation, say). */
export function insertFact(request: InsertRequest, note = ''): InsertResult {
  const value = valueFor(request);
  const active = SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
  if (!active) throw new TipError('Select a cell in the sheet first.');
  const cell = active.getCell(1, 1);
  const place = where(cell);
  const current = cell.getFormula() || cell.getDisplayValue();
  if (!request.replace) {
    if (current !== '') return { status: 'occupied', cell: place, current };
    const inside = breaksResult(cell, [[value]]);
    if (inside) return { status: 'occupied', cell: place, current, inside };
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
