/**
 * Issue 19's tier part: the default is the best evidence ("any", in the registry's order), the
 * check answers the journalist's question (the press against the report, or the record), press
 * errors are data the check names, and one rule for "stated" holds in every source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES, getDataIndex } from '../src/data';
import { DataIndex } from '../src/core/data-index';
import { ANY, DEFAULT_SOURCE, parseSource, sourceOrder } from '../src/core/tiers/compare';
import { checkTier, checkVerdict } from '../src/core/tiers/check';
import { ReferenceRecord } from '../src/core/sources/reference';
import type { RecordSource } from '../src/core/sources/record';
import { checkDataset, checkQuotes } from '../src/data/validate';
import { sidebarData } from '../src/core/tables/facts';
import { timelineWithNotes } from '../src/core/tables/tables';
import { NO_FILTERS, filterArticles } from '../src/sidebar/client/filter';
import * as source from '../src/functions/custom-functions';
import { loadBundle } from '../emulator/node-loader';
import { createFakeSheets } from '../emulator/sheets';

const ds = getDataIndex();
const cambodia = ds.findCountry('Cambodia')!;
const SHARED = path.join(__dirname, '..', '..', 'shared');
const readShared = (file: string) => {
  const full = path.join(SHARED, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
};
const copy = () => JSON.parse(JSON.stringify(DATA_FILES));
type Fn = (...args: unknown[]) => unknown;
const call = (name: string, ...args: unknown[]) =>
  (source as unknown as Record<string, Fn>)[name](...args);

describe('the default source', () => {
  test('is "any", defined once, trying the registry in its order: report, record, press', () => {
    expect(DEFAULT_SOURCE).toBe(ANY);
    expect(parseSource(ds, '')).toBe('any');
    expect(parseSource(ds, undefined as unknown as string)).toBe('any');
    expect(ds.sources.map((s) => s.key)).toEqual(['report', 'dataset', 'articles']);
    expect(sourceOrder(ds)).toBe(
      "the report's own words, then Kelley and Heiss's dataset, then the news articles",
    );
    expect(ds.press.key).toBe('articles');
    expect(parseSource(ds, 'press')).toBe(ds.press);
  });

  test('TIP_BASIS names the source of every report year 2001–2025: the report, else the record, else the press', () => {
    const from = Array.from({ length: 25 }, (_, i) => {
      const basis = call('TIP_BASIS', 'tier', 2001 + i) as string;
      return `${2001 + i} ${/\((\w+)\)$/.exec(basis)?.[1]}`;
    });
    expect(from.filter((f) => f.endsWith('report')).map((f) => Number(f.slice(0, 4)))).toEqual([
      2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2016, 2017, 2018, 2019, 2020,
      2021, 2022, 2023, 2024,
    ]);
    expect(from.filter((f) => f.endsWith('dataset')).map((f) => Number(f.slice(0, 4)))).toEqual([
      2011, 2012, 2013, 2014, 2015,
    ]);
    expect(from.filter((f) => f.endsWith('articles'))).toEqual(['2025 articles']);
    // Where no source has a tier, the default says what each says instead.
    expect(() => call('TIP_TIER', 2003, 'Singapore')).toThrow(
      "Kelley and Heiss's dataset has NA for Singapore in the 2003 report (not in that report, or a special case; map_tiers.csv row 2517). The article “Cambodia Moves Up on US Trafficking List” says Singapore was not listed in the 2003 report (“except for Singapore, which was not listed”). No tier for Singapore in the 2003 report in any source",
    );
    // "articles" named still fails for 2018, with the message it always gave.
    expect(() => call('TIP_TIER', 2018, '', 'articles')).toThrow(
      'No tier for Cambodia in the 2018 report in the news articles',
    );
  });
});

describe('TIP_CHECK', () => {
  test('a year checked against the report and one checked only against the record differ', () => {
    expect(call('TIP_CHECK', 2016)).toBe('agrees with the report');
    expect(call('TIP_CHECK', 2014)).toBe('agrees with the record; no report text');
    expect(checkTier(ds, cambodia, 2016).against?.noun).toBe('report');
    expect(checkTier(ds, cambodia, 2014).against?.noun).toBe('record');
  });

  test('names the 2017 article’s correction (2012) and its self-contradiction (2013)', () => {
    expect(call('TIP_CHECK', 2012)).toBe(
      'agrees with the record; no report text; press correction',
    );
    expect(call('TIP_CHECK', 2013)).toBe(
      'agrees with the record; no report text; press self-contradiction; press correction',
    );
    const words = call('TIP_CHECK', 2012, '', true) as string;
    expect(words).toContain(
      'Press correction: “A previous version of this article said that Cambodia had dropped to tier three in 2012.”',
    );
    expect(call('TIP_CHECK', 2013, 'KHM', true)).toContain(
      'Press self-contradiction: “dropped to the tier two watch list in 2013 and was upgraded to the watch list in 2013”',
    );
    expect(call('TIP_CHECK', 2007)).toBe('agrees with the report; press headline against body');
  });

  test('a press tier that differs is named against the source it was checked with', () => {
    const files = copy();
    for (const p of files.placements)
      if (p.country === 'Cambodia' && (p.year === 2016 || p.year === 2014)) p.tier = 'Tier 3';
    const changed = new DataIndex(files);
    expect(checkTier(changed, cambodia, 2016).verdict).toBe(
      'differs from the report: press Tier 3, report Tier 2',
    );
    expect(checkTier(changed, cambodia, 2014).verdict).toBe(
      'differs from the record: press Tier 3, record Tier 2 Watch List; no report text',
    );
    expect(checkTier(changed, cambodia, 2016).agrees).toBe(false);
  });

  test('the verdict logic knows nothing of tiers: a figure checks the same way', () => {
    const same = (a: number, b: number) => a === b;
    const show = (n: number) => `${n} convictions`;
    const press = { noun: 'press', missing: 'no press text', value: 43 };
    const report = (value: number | null) => ({ noun: 'report', missing: 'no report text', value });
    expect(checkVerdict(press, [report(43)], [], same, show).verdict).toBe(
      'agrees with the report',
    );
    expect(checkVerdict(press, [report(100)], [], same, show).verdict).toBe(
      'differs from the report: press 43 convictions, report 100 convictions',
    );
    expect(checkVerdict({ ...press, value: null }, [report(43)], [], same, show).verdict).toBe(
      'report only',
    );
    expect(checkVerdict(press, [report(null)], [], same, show).verdict).toBe('press only');
    const error = { kind: 'wrong year' as const, quote: 'q', note: 'n', document: 'd' };
    expect(checkVerdict(press, [report(43)], [error], same, show).verdict).toBe(
      'agrees with the report; press wrong year',
    );
  });
});

describe('press errors are data', () => {
  test('the schema takes only the known kinds, with a quote and a note', () => {
    const files = copy();
    const p = files.placements.find(
      (x: { document: string; year: number }) => x.document === 'score-2017' && x.year === 2012,
    );
    p.errata[0].kind = 'typo';
    delete p.errata[0].note;
    const problems = checkDataset(files).join('\n');
    expect(problems).toContain('errata.0.kind must be equal to one of the allowed values');
    expect(problems).toContain("must have required property 'note'");
  });

  (fs.existsSync(SHARED) ? test : test.skip)(
    'an erratum’s quote stands verbatim in its document',
    () => {
      const files = copy();
      const p = files.placements.find(
        (x: { document: string; year: number }) => x.document === 'score-2017' && x.year === 2012,
      );
      p.errata[0].quote = 'An earlier version said Cambodia dropped to Tier 3 in 2012';
      expect(checkQuotes(files, readShared)).toEqual([
        expect.stringMatching(
          /^src\/data\/placements\.json, record \d+ \(Cambodia 2012\) correction: quote not found verbatim in document score-2017/,
        ),
      ]);
    },
  );
});

describe('one rule for "stated"', () => {
  test('the data holds to it', () => {
    expect(checkDataset(DATA_FILES)).toEqual([]);
    const stated = (doc: string, year: number) =>
      DATA_FILES.placements.find((p) => p.document === doc && p.year === year)?.basis;
    expect([
      stated('downgrade-2009', 2009),
      stated('score-2017', 2017),
      stated('state-sponsor-2025', 2025),
      stated('fourth-year-2025', 2025),
      stated('cambodiadaily-2009', 2009),
      stated('cambodiadaily-2010', 2010),
    ]).toEqual(Array(6).fill('stated'));
    // A year reached by counting stays inferred.
    expect(stated('cambodiadaily-2009', 2008)).toBe('inferred');
    expect(stated('state-sponsor-2025', 2024)).toBe('inferred');
  });

  test('the check refuses an inferred placement of a year its document states, and a stated year it does not name', () => {
    const files = copy();
    const p = files.placements.find(
      (x: { document: string; year: number }) => x.document === 'score-2017' && x.year === 2017,
    );
    p.basis = 'inferred';
    const doc = files.articles.find((d: { id: string }) => d.id === 'slips-2002');
    doc.reportYearClue.quote = 'Cambodia in the “Tier 3” group';
    const moves = files.placements.find(
      (x: { document: string; year: number; country: string }) =>
        x.document === 'moves-up-2003' && x.year === 2003 && x.country === 'Cambodia',
    );
    moves.basis = 'stated';
    delete moves.reasoning;
    expect(checkDataset(files)).toEqual([
      expect.stringMatching(
        /articles\.json, record \d+ .*: reportYearBasis is stated but 2002 is not in its year clue, headline, date or address$/,
      ),
      expect.stringMatching(
        /placements\.json, record \d+ \(Cambodia 2003\): basis stated is surer than its document's report year \(inferred\)$/,
      ),
      expect.stringMatching(
        /placements\.json, record \d+ \(Cambodia 2017\): the quote names a tier and document score-2017 states the year 2017 .*so the placement is stated, not inferred$/,
      ),
    ]);
  });

  test('the embassy’s 2009 move is marked inferred, its tier stated', () => {
    const p = DATA_FILES.reportPlacements.find(
      (x) => x.document === 'embassy-2009' && x.year === 2009,
    )!;
    expect([p.basis, p.movement, p.movementBasis]).toEqual(['stated', 'downgraded', 'inferred']);
    expect(call('TIP_SOURCE', 'tier', 2009, '', 'report')).toContain('(downgraded (inferred))');
  });
});

describe('the new passages', () => {
  test('give 2008, 2009 and 2010, each with its basis, and TIP_ARTICLES lists them', () => {
    const of = (id: string) =>
      DATA_FILES.placements
        .filter((p) => p.document === id)
        .map((p) => [p.country, p.year, p.tier, p.movement ?? '', p.basis]);
    expect(of('cambodiadaily-2009')).toEqual([
      ['Cambodia', 2009, 'Tier 2 Watch List', 'downgraded', 'stated'],
      ['Cambodia', 2008, 'Tier 2', 'upgraded', 'inferred'],
    ]);
    expect(of('cambodiadaily-2010')).toEqual([
      ['Cambodia', 2010, 'Tier 2', 'upgraded', 'stated'],
      ['Cambodia', 2009, 'Tier 2 Watch List', '', 'inferred'],
    ]);
    expect(call('TIP_TIER', 2010, '', 'articles')).toBe('Tier 2');
    expect(call('TIP_CHECK', 2010)).toBe('agrees with the report');
  });
});

describe('the inserted timeline', () => {
  test('its Check column is TIP_CHECK’s verdict, and the cell’s note says it in words', () => {
    const { table, notes } = timelineWithNotes(ds, cambodia, 'any');
    const column = table[0].indexOf('Check');
    const row = table.findIndex((r) => r[0] === 2012);
    expect(table[row][column]).toBe('agrees with the record; no report text; press correction');
    expect(notes[row][column]).toBe(call('TIP_CHECK', 2012, '', true));
    expect(notes[row][column]).toContain(
      'Press correction: “A previous version of this article said that Cambodia had dropped to tier three in 2012.”',
    );
    // Nothing to check, no note: 2011 is the record's alone.
    expect(notes[table.findIndex((r) => r[0] === 2011)][column]).toBe('');
  });
});

describe('the sidebar says where a value came from and offers the others', () => {
  const view = sidebarData(ds);
  const card = (doc: string, year: number) =>
    view.articles
      .find((a) => a.id === doc)!
      .facts.find((f) => f.kind === 'tier' && f.year === year)!;

  test('a press card names its source in the formula, carries the check, and lists the others', () => {
    const press = card('score-2017', 2016);
    expect(press.formula).toBe('=TIP_TIER(2016, "Cambodia", "articles")');
    expect(press.source).toBe('articles');
    expect(press.compared?.check).toBe('agrees with the report');
    expect(press.compared?.others).toEqual([{ source: 'report', tier: 'Tier 2' }]);
  });

  test('a card the default answers from needs no source; a report card has no press check', () => {
    const report = card('report-2018', 2018);
    expect(report.formula).toBe('=TIP_TIER(2018)');
    expect(report.source).toBeUndefined();
    expect(report.compared?.check).toBeUndefined();
    expect(card('state-sponsor-2025', 2025).formula).toBe('=TIP_TIER(2025)');
    expect(card('score-2017', 2012).compared?.check).toBe(
      'agrees with the record; no report text; press correction',
    );
  });
});

describe('the sidebar’s check filter finds the press’s errors', () => {
  const view = sidebarData(ds);
  const subjects = (check: string) =>
    filterArticles(view.articles, { ...NO_FILTERS, check }).flatMap((a) =>
      a.facts.map((f) => `${a.id} ${f.subject}`),
    );

  test('press placements with a recorded error, and none that differ', () => {
    expect(subjects('press-error')).toEqual([
      'stays-2007 Cambodia, 2007 report',
      'score-2017 Cambodia, 2013 report',
      'score-2017 Cambodia, 2012 report',
    ]);
    expect(subjects('press-differs')).toEqual([]);
  });
});

describe('the record answers for one country without unpacking the others', () => {
  test('every country’s rows are those of the full parse, row numbers included', () => {
    const file = (ds.source('dataset') as RecordSource).record.file;
    const full = new ReferenceRecord(file).countries;
    for (const [iso, country] of full) {
      const one = new ReferenceRecord(file);
      for (const [year, row] of country.rows) expect(one.row(iso, year)).toEqual(row);
      expect(one.tierYears(iso)).toEqual(new ReferenceRecord(file).tierYears(iso));
    }
  });
});

describe('Help and the formula help say the order and the default', () => {
  test('Help lists the sources in the order the default tries them', () => {
    const fake = createFakeSheets();
    loadBundle(fake.services as unknown as Record<string, unknown>).menuHelp();
    const text = fake.ui.alerts[0].prompt as string;
    const at = (needle: string) => text.indexOf(needle);
    expect(at('\n1. "report": ')).toBeGreaterThan(0);
    expect(at('\n2. "dataset": ')).toBeGreaterThan(at('\n1. "report": '));
    expect(at('\n3. "articles": ')).toBeGreaterThan(at('\n2. "dataset": '));
    expect(text).toContain(
      '"any" (the default of every source argument): the first of these with a tier, in this order',
    );
    expect(text).toContain('Source: "any" if left out, the best evidence');
    expect(text).toContain('"agrees with the record; no report text"');
  });

  test('the formula help of every source argument ends with the default', () => {
    const code = fs.readFileSync(path.join(__dirname, '..', 'dist', 'Code.js'), 'utf8');
    const params = [...code.matchAll(/@param \{[^}]+\} \[source\] (.*)/g)].map((m) => m[1]);
    expect(params.length).toBeGreaterThanOrEqual(7);
    for (const p of params) {
      expect(p).toContain(
        '"report" (the report\'s own words, report years 2001–2010, 2016–2024), "dataset" (Kelley and Heiss\'s dataset, report years 2001–2015), "articles"',
      );
      expect(p).toContain(
        'or "any" (the default: the first of these, in this order, with a tier; an error where two disagree)',
      );
    }
  });
});
