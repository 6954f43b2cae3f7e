/**
 * The custom functions, run twice: from the TypeScript source, and from the built
 * dist/Code.js loaded into a bare V8 context as Apps Script loads it. Both must agree.
 */
import * as source from '../src/functions/custom-functions';
import { inSandbox, loadBundle, plain } from '../emulator/node-loader';
import { timelineHeader } from '../src/core/tables/tables';
import { getDataIndex } from '../src/data';

type Fn = (...args: unknown[]) => unknown;
interface Impl {
  call(name: string, ...args: unknown[]): unknown;
  date(y: number, m: number, d: number): Date;
}

const fromSource: Impl = {
  call: (name, ...args) => (source as unknown as Record<string, Fn>)[name](...args),
  date: (y, m, d) => new Date(y, m, d),
};
const sandbox = loadBundle();
const fromBundle: Impl = {
  call: (name, ...args) => plain(sandbox[name](...args)),
  date: (y, m, d) => inSandbox<Date>(sandbox, `new Date(${y}, ${m}, ${d})`),
};

describe.each([
  ['source', fromSource],
  ['dist/Code.js in a bare vm context', fromBundle],
])('custom functions from %s', (_label, impl) => {
  const call = impl.call;

  test('TIP_TIER gives the tier of a report year, Cambodia by default', () => {
    expect(call('TIP_TIER', 2016)).toBe('Tier 2');
    expect(call('TIP_TIER', '2009')).toBe('Tier 2 Watch List');
    expect(call('TIP_TIER', 2005, '')).toBe('Tier 3');
    expect(call('TIP_TIER', 2003, 'Myanmar')).toBe('Tier 3');
    expect(call('TIP_TIER', impl.date(2019, 5, 20))).toBe('Tier 2 Watch List');
  });

  test('blank in, blank out', () => {
    expect(call('TIP_TIER', '')).toBe('');
    expect(call('TIP_TIER_NUMBER', '')).toBe('');
    expect(call('TIP_STAT', '', 2015)).toBe('');
    expect(call('TIP_STAT', 'convictions', '')).toBe('');
    expect(call('TIP_SOURCE', 'tier', '')).toBe('');
  });

  test('a required argument left out is an error that names it; an empty cell stays a blank', () => {
    expect(() => call('TIP_TIER')).toThrow('year is missing: give a year such as 2016.');
    expect(() => call('TIP_TIER_NUMBER')).toThrow('year is missing: give a year such as 2016.');
    expect(() => call('TIP_CHECK')).toThrow('year is missing: give a year such as 2016.');
    expect(() => call('TIP_STAT', 'convictions')).toThrow(
      'year is missing: give a year such as 2016.',
    );
    expect(() => call('TIP_STAT')).toThrow(
      'metric is missing: give a metric such as "convictions".',
    );
    expect(() => call('TIP_SOURCE', 'tier')).toThrow('year is missing: give a year such as 2016.');
    expect(() => call('TIP_BASIS')).toThrow(
      'what is missing: give "tier" or a metric such as "convictions".',
    );
    // An empty cell given as the argument is "": blank in, blank out.
    expect(call('TIP_TIER', '', undefined)).toBe('');
    expect(call('TIP_CHECK', '')).toBe('');
    expect(call('TIP_BASIS', 'tier', '')).toBe('');
    // Optional arguments may still be left out.
    expect(call('TIP_TIER', 2016)).toBe('Tier 2');
  });

  test('a 6,000-character argument is echoed in 60 characters, and every message stays under 1,000', () => {
    const long = 'x'.repeat(6000);
    const echo = `"${'x'.repeat(57)}…"`;
    const message = (...args: unknown[]) => {
      try {
        call(...(args as [string, ...unknown[]]));
      } catch (err) {
        return (err as Error).message;
      }
      throw new Error(`${String(args[0])} did not fail`);
    };
    expect(message('TIP_TIER', long)).toBe(
      `year ${echo} is not a year: give a four-digit year such as 2016.`,
    );
    expect(message('TIP_STAT', long, 2015)).toMatch(new RegExp(`^Unknown metric ${echo}: `));
    for (const args of [
      ['TIP_TIER', 2016, long],
      ['TIP_TIER', 2016, '', long],
      ['TIP_STAT', 'convictions', long],
      ['TIP_SOURCE', long, 2016],
      ['TIP_YEARS', long],
      ['TIP_TIMELINE', long],
      ['TIP_COUNTRIES', long],
    ]) {
      const text = message(...args);
      expect([args[0], text.length < 1000, text.includes(echo)]).toEqual([args[0], true, true]);
    }
    // In a range, each cell's N/A text is as short.
    const column = call('TIP_TIER', [[long], [`${long}y`]]) as string[][];
    expect(column).toEqual([
      [`N/A: year ${echo} is not a year: give a four-digit year such as 2016.`],
      [`N/A: year ${echo} is not a year: give a four-digit year such as 2016.`],
    ]);
  });

  test('a column of years gives a column, with N/A text where there is no data', () => {
    expect(call('TIP_TIER', [[2016], [2026], [''], [2019]])).toEqual([
      ['Tier 2'],
      [
        "N/A: No tier for Cambodia in the 2026 report in any source (the report's own words, Kelley and Heiss's dataset, the news articles); report years with a tier in one or more: 2001–2025.",
      ],
      [''],
      ['Tier 2 Watch List'],
    ]);
    // The press by name, for a year it does not cover: the message points to the others.
    expect(call('TIP_TIER', [[2018], [2016]], '', 'articles')).toEqual([
      [
        'N/A: No tier for Cambodia in the 2018 report in the news articles; its report years with a tier: 2001–2010, 2012–2014, 2016–2017, 2019–2025. A tier is in the report\'s own words: =TIP_TIER(2018, "Cambodia", "report").',
      ],
      ['Tier 2'],
    ]);
  });

  test('the default is the best evidence: every report year 2001–2025 answers, from the report first, the record next, the press last', () => {
    const years = Array.from({ length: 25 }, (_, i) => [2001 + i]);
    expect((call('TIP_TIER', years) as string[][]).map((r) => r[0])).toEqual([
      'Tier 2',
      'Tier 3',
      'Tier 2',
      'Tier 2',
      'Tier 3',
      'Tier 2 Watch List',
      'Tier 2 Watch List',
      'Tier 2',
      'Tier 2 Watch List',
      'Tier 2',
      'Tier 2',
      'Tier 2',
      'Tier 2 Watch List',
      'Tier 2 Watch List',
      'Tier 2 Watch List',
      'Tier 2',
      'Tier 2',
      'Tier 2',
      'Tier 2 Watch List',
      'Tier 2 Watch List',
      'Tier 2 Watch List',
      'Tier 3',
      'Tier 3',
      'Tier 3',
      'Tier 3',
    ]);
    const basis = (call('TIP_BASIS', 'tier', years) as string[][]).map((r) => r[0]);
    // The report's words wherever they give a tier (2008 only by inference, from the embassy's
    // 2009 release), Kelley and Heiss's record for 2011–2015, the press for 2025 alone.
    expect(basis).toEqual([
      ...Array(7).fill('stated (report)'),
      'inferred (report)',
      'stated (report)',
      'stated (report)',
      ...Array(5).fill('coded (dataset)'),
      ...Array(9).fill('stated (report)'),
      'stated (articles)',
    ]);
    // The same values as the press gives, where it gives one: only the basis and source differ.
    expect(call('TIP_TIER', 2014, '', 'articles')).toBe(call('TIP_TIER', 2014));
    expect(call('TIP_BASIS', 'tier', 2014, '', 'articles')).toBe('inferred');
    // The first line of TIP_SOURCE is the source the value came from.
    expect((call('TIP_SOURCE', 'tier', 2013) as string).split('\n')[0]).toMatch(
      /^Dataset: Cambodia, 2013 report: Tier 2 Watch List \(code 3\) — map_tiers\.csv row \d+, \(Kelley & Heiss, 2017\); coded\.$/,
    );
    expect((call('TIP_SOURCE', 'tier', 2025) as string).split('\n')[0]).toMatch(
      /^Articles: “placing Cambodia/,
    );
  });

  test('TIP_TIER_NUMBER gives chartable numbers', () => {
    expect(call('TIP_TIER_NUMBER', [[2002, 2003, 2008, 2009]])).toEqual([[3, 2, 2, 2.5]]);
  });

  test('TIP_STAT gives a figure for the year it is about', () => {
    expect(call('TIP_STAT', 'convictions', 2015)).toBe(43);
    expect(call('TIP_STAT', 'Convictions', '2016')).toBe(100);
    expect(call('TIP_STAT', 'countries ranked', 2007)).toBe(164);
    expect(call('TIP_STAT', 'cases foiled', 'Jan-Jun 2019', 'Cambodia')).toBe(78);
  });

  test('a part-year figure answers only for its period, in the spellings users write', () => {
    for (const when of [
      'Jan-Jun 2019',
      'January–June 2019',
      'jan - jun 2019',
      'H1 2019',
      '2019 H1',
      '2019-H1',
      '1H 2019',
      'January to June 2019',
    ]) {
      expect([when, call('TIP_STAT', 'cases foiled', when)]).toEqual([when, 78]);
    }
    expect(call('TIP_STAT', 'cases foiled', 'H1 2018')).toBe(62);
    expect(call('TIP_STAT', 'girls rescued', 'June 2002')).toBe(14);
    expect(call('TIP_STAT', 'girls rescued', 'Mar 2003')).toBe(37);
    expect(call('TIP_STAT', 'siem reap convictions', '2017-05')).toBe(3);
    // Jan–Dec is the whole year.
    expect(call('TIP_STAT', 'convictions', 'Jan-Dec 2015')).toBe(43);
  });

  test('a plain year never returns a part-year figure: the message names the period, its value and how to ask', () => {
    expect(() => call('TIP_STAT', 'cases foiled', 2019, '', 'any')).toThrow(
      'No figure for cases_foiled for Cambodia for the whole of 2019 in the sources; they have January–June 2019: 78 cases. Ask for that period: =TIP_STAT("cases_foiled", "Jan-Jun 2019").',
    );
    expect(() => call('TIP_STAT', 'cases foiled', 2018)).toThrow(
      'they have January–June 2018: 62 cases',
    );
    expect(() => call('TIP_STAT', 'girls rescued', 2002, '', 'any')).toThrow(
      'they have June 2002: 14 victims. Ask for that period: =TIP_STAT("girls_rescued_ijm", "Jun 2002").',
    );
    expect(() => call('TIP_STAT', 'cases foiled', 'H2 2019', '', 'any')).toThrow(
      'for July–December 2019 in the sources; they have January–June 2019',
    );
    expect(() => call('TIP_STAT', 'convictions', 'H1 2015', '', 'any')).toThrow(
      'No figure for convictions for Cambodia for January–June 2015 in the sources; they have 2015: 43 individuals',
    );
    expect(call('TIP_STAT', 'cases foiled', [[2019], ['H1 2019']])).toEqual([
      [
        expect.stringMatching(
          /^N\/A: No figure for cases_foiled for Cambodia for the whole of 2019/,
        ),
      ],
      [78],
    ]);
  });

  test('whole-report figures are keyed by report year and take no months', () => {
    expect(call('TIP_STAT', 'watch list', 2007)).toBe(32);
    expect(() => call('TIP_STAT', 'watch list', 2008, '', 'any')).toThrow(
      'No watch_list_countries for the 2008 report in the sources; report years with a figure: 2007 report.',
    );
    expect(() => call('TIP_STAT', 'countries ranked', 'H1 2007')).toThrow(
      'countries_ranked is counted once per report',
    );
  });

  test('a row of metrics and a column of years fill a table in one call', () => {
    expect(call('TIP_STAT', [['convictions', 'NCCT funding']], [[2015], [2016]])).toEqual([
      [43, 877407],
      [100, 974896],
    ]);
  });

  test('TIP_SOURCE and TIP_BASIS give the citation and its basis', () => {
    const all = (call('TIP_SOURCE', 'tier', 2005) as string).split('\n');
    // Every source, the report's first: its page, two articles and a passage's negative fact,
    // then Kelley and Heiss's row; each line headed by its source.
    expect(all.map((line) => line.split(':')[0])).toEqual([
      'Report',
      'Dataset',
      'Articles',
      'Articles',
      'Articles',
    ]);
    expect(all[0]).toBe(
      'Report: “Cambodia is placed on Tier 3” — (U.S. Department of State, 2005) https://www.refworld.org/reference/annualreport/usdos/2005/en/44043; stated.',
    );
    expect(all[2]).toBe(
      'Articles: “The country was rated Tier 3, the worst, in 2005.” — (“US Downgrades Cambodian Trafficking Efforts,” 2009) https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html; stated.',
    );
    // One source named: that source's lines only, unheaded.
    expect(call('TIP_SOURCE', 'tier', 2005, '', 'report')).toBe(all[0].slice('Report: '.length));
    expect(call('TIP_SOURCE', 'convictions', 2016)).toContain('at least 100 in 2016');
    expect(call('TIP_BASIS', 'tier', [[2013], [2014], [2019]], '', 'articles')).toEqual([
      ['stated'],
      ['inferred'],
      ['external'],
    ]);
    expect(call('TIP_BASIS', 'tier', [[2013], [2019]])).toEqual([
      ['coded (dataset)'],
      ['stated (report)'],
    ]);
    expect(call('TIP_BASIS', 'tier', 2019, '', 'report')).toBe('stated');
    expect(call('TIP_BASIS', 'tier', 2011, '', 'any')).toBe('coded (dataset)');
    expect(call('TIP_BASIS', 'tier', 2012, '', 'ANY')).toBe('coded (dataset)');
    expect(call('TIP_BASIS', 'tier', 2025, '', 'ANY')).toBe('stated (articles)');
    // Burma is Myanmar only through an outside fact, whichever name is asked.
    expect(call('TIP_BASIS', 'tier', 2003, 'Myanmar', 'articles')).toBe('external');
    expect(() => call('TIP_BASIS', 'convictions', 2016, '', 'dataset')).toThrow(
      'source "dataset" (Kelley and Heiss\'s dataset) gives tiers only: figures come from "report", "articles" or "any".',
    );
    expect(call('TIP_BASIS', 'victims', 'H1 2019')).toBe('external (articles)');
    // The outside fact is named by TIP_BASIS's detail, not in every TIP_SOURCE line.
    expect(call('TIP_SOURCE', 'victims', 'H1 2019')).toMatch(
      /; external \(rests on an outside fact: =TIP_BASIS\(…, TRUE\) names it\)\.$/,
    );
    expect(call('TIP_BASIS', 'victims', 'H1 2019', '', '', true)).toContain(
      'Outside fact: The US State Department released the 2019 Trafficking in Persons Report on 20 June 2019.',
    );
    expect(call('TIP_BASIS', 'tier', 2011, '', 'any', true)).toBe(
      "coded: Kelley and Heiss's coders' reading of the 2011 report, map_tiers.csv row 490 (code 2). (dataset)",
    );
  });

  test('no line of TIP_SOURCE passes 600 characters, for any tier or figure', () => {
    const lines: string[] = [];
    const years = (call('TIP_YEARS') as number[][]).map((r) => r[0]);
    for (const y of [...years, 2011, 2015])
      lines.push(...String(call('TIP_SOURCE', 'tier', y)).split('\n'));
    for (const [metric] of (call('TIP_METRICS') as string[][]).slice(1)) {
      for (const [when] of call('TIP_YEARS', metric) as (number | string)[][])
        lines.push(...String(call('TIP_SOURCE', metric, when)).split('\n'));
    }
    expect(lines.length).toBeGreaterThan(60);
    expect(lines.filter((l) => l.length > 600)).toEqual([]);
  });

  test('TIP_CITE: every report year cites the State Department (or its Embassy), dated, titled, with the address', () => {
    const years = (call('TIP_YEARS', 'tier', '', 'report') as number[][]).map((r) => r[0]);
    expect(years).toHaveLength(19);
    for (const y of years) {
      for (const style of ['apa', 'chicago', 'Chicago']) {
        const text = call('TIP_CITE', 'tier', y, '', 'report', style) as string;
        expect([y, text]).toEqual([
          y,
          expect.stringMatching(/^U\.S\. (Department of State|Embassy Phnom Penh)\. /),
        ]);
        expect([y, text]).toEqual([y, expect.stringMatching(/https?:\/\/\S+$/)]);
        expect([y, text]).toEqual([y, expect.not.stringMatching(/n\.d\.|\[(?!Press release\])/)]);
        expect(text.length).toBeLessThanOrEqual(400);
      }
    }
    expect(call('TIP_CITE', 'tier', 2018, '', 'report')).toBe(
      'U.S. Department of State. (2018, June 28). 2018 Trafficking in Persons Report: Cambodia. https://www.state.gov/reports/2018-trafficking-in-persons-report/cambodia/',
    );
    expect(call('TIP_CITE', 'tier', 2018, '', 'report', 'chicago')).toBe(
      'U.S. Department of State. “2018 Trafficking in Persons Report: Cambodia.” U.S. Department of State, June 28, 2018. https://www.state.gov/reports/2018-trafficking-in-persons-report/cambodia/.',
    );
    expect(call('TIP_CITE', 'tier', 2010, '', 'report')).toBe(
      'U.S. Embassy Phnom Penh. (2010, June 15). Cambodia Upgraded to Tier 2 on 2010 Trafficking in Persons Report [Press release]. http://cambodia.usembassy.gov/pr_061510_article.html',
    );
  });

  test('TIP_CITE: the news, a figure, the data set for "any", ranges and a wrong style', () => {
    expect(call('TIP_CITE', 'tier', 2025, '', 'articles')).toBe(
      '[CamboJA News report on the 2025 Trafficking in Persons report]. (2025). CamboJA News. https://cambojanews.com/us-state-department-labels-cambodia-state-sponsor-of-human-trafficking',
    );
    expect(call('TIP_CITE', 'convictions', 2016, '', '', 'chicago')).toBe(
      'The Phnom Penh Post. “US Gives Score on Trafficking.” 2017. https://www.phnompenhpost.com/national/us-gives-score-trafficking.',
    );
    // "any" takes the record for 2011, which no document gives: their data set is cited.
    expect(call('TIP_CITE', 'tier', 2011, '', 'any')).toBe(
      'Kelley, J., & Heiss, A. (2017). Scorecard Diplomacy code repository [Data set]. GitHub. https://github.com/andrewheiss/scorecard-diplomacy/blob/f8c06be83c75c34c97bc3992e24fedc8d275c83b/data/processed/map_tiers.csv',
    );
    const column = call('TIP_CITE', 'tier', [[2016], [2017]], '', 'report') as string[][];
    expect(column.map((r) => r[0].slice(0, 37))).toEqual(
      ['U.S. Department of State. (2016, Jun', 'U.S. Department of State. (2017, Jun'].map((s) =>
        s.padEnd(37, s.endsWith('Jun') ? 'e' : ''),
      ),
    );
    expect(() => call('TIP_CITE', 'tier', 2016, '', '', 'mla')).toThrow(
      'style "mla" is not a citation style: give "apa" (APA 7th edition (author–date)) or "chicago" (Chicago 17th edition (notes and bibliography)), or leave it out for "apa".',
    );
    expect(() => call('TIP_CITE', 'tier')).toThrow('year is missing');
  });

  test('the six countries that left Tier 3 in 2003 answer with what the article says', () => {
    for (const country of ['Russia', 'Saudi Arabia', 'Qatar', 'Lebanon', 'Tajikistan']) {
      // The default answers from Kelley and Heiss's record; the press by name says what it says.
      expect(call('TIP_TIER', 2003, country)).toBe('Tier 2');
      expect(call('TIP_BASIS', 'tier', 2003, country)).toBe('coded (dataset)');
      expect(() => call('TIP_TIER', 2003, country, 'articles')).toThrow(
        `The article “Cambodia Moves Up on US Trafficking List” says ${country} was not in Tier 3 in the 2003 report (“Other countries escaping that bottom rank are Russia, Indonesia, Saudi Arabia, Qatar, Lebanon and Tajikistan”); it does not give its tier. No tier for ${country} in the 2003 report in the news articles; its report years with a tier: 2002.`,
      );
      const cited = call('TIP_SOURCE', 'tier', 2003, country) as string;
      // Kelley and Heiss's row (the source the default answers from), then the article's
      // negative fact.
      expect(cited.split('\n')).toHaveLength(2);
      expect(cited.split('\n')[0]).toMatch(
        /^Dataset: .*, 2003 report: Tier \d \(code \d\) — map_tiers\.csv row \d+, \(Kelley & Heiss, 2017\); coded\.$/,
      );
      expect(cited.split('\n')[1]).toMatch(
        /^Articles: Not in Tier 3 in the 2003 report: “Other countries escaping that bottom rank are Russia, Indonesia, Saudi Arabia, Qatar, Lebanon and Tajikistan” — \(Cambodia Moves Up on US Trafficking List, 2003\); inferred\.$/,
      );
      expect(() => call('TIP_BASIS', 'tier', 2003, country, 'articles')).toThrow(
        'was not in Tier 3',
      );
    }
    // Indonesia's 2003 tier comes only from the ASEAN sentence, through an outside fact.
    expect(call('TIP_TIER', 2003, 'Indonesia')).toBe('Tier 2');
    expect(call('TIP_BASIS', 'tier', 2003, 'Indonesia', 'articles')).toBe('external');
    const indonesia = (call('TIP_SOURCE', 'tier', 2003, 'Indonesia') as string).split('\n');
    expect(indonesia).toHaveLength(3);
    expect(indonesia[0]).toMatch(
      /^Dataset: Indonesia, 2003 report: Tier 2 \(code 2\) — map_tiers\.csv row \d+, \(Kelley & Heiss, 2017\); coded\.$/,
    );
    expect(indonesia[1]).toMatch(/; external \(rests on an outside fact/);
    expect(call('TIP_BASIS', 'tier', 2003, 'Indonesia', 'articles', true)).toContain(
      'In 2003 ASEAN had ten members',
    );
    expect(indonesia[2]).toMatch(/^Articles: Not in Tier 3 in the 2003 report/);
  });

  test('list functions spill tables with a header row', () => {
    expect(call('TIP_YEARS', 'convictions', '', 'any')).toEqual([
      ['Apr 2007-Mar 2008'],
      [2008],
      ['Apr 2008-Mar 2009'],
      [2009],
      [2012],
      [2014],
      [2015],
      [2016],
      ['2017 reporting period'],
    ]);
    expect(call('TIP_YEARS', 'cases foiled')).toEqual([['Jan-Jun 2018'], ['Jan-Jun 2019']]);
    expect(call('TIP_STAT', 'cases foiled', call('TIP_YEARS', 'cases foiled'))).toEqual([
      [62],
      [78],
    ]);
    expect(call('TIP_YEARS')).toHaveLength(25);
    expect(call('TIP_YEARS', 'tier', '', 'articles')).toHaveLength(22);
    const timeline = call('TIP_TIMELINE') as unknown[][];
    expect(timeline[0]).toEqual(timelineHeader(getDataIndex()));
    expect(timeline).toHaveLength(26);
    // 2014: no report text, so the record answers; the press agrees.
    expect(timeline.find((r) => r[0] === 2014)).toEqual([
      2014,
      'Tier 2 Watch List',
      'dataset',
      'coded',
      '',
      'Tier 2 Watch List',
      'Tier 2 Watch List',
      'agrees with the record; no report text',
      "Kelley and Heiss's dataset, map_tiers.csv row 493",
    ]);
    const press = call('TIP_TIMELINE', '', 'articles') as unknown[][];
    expect(press.find((r) => r[0] === 2014)?.slice(1, 4)).toEqual([
      'Tier 2 Watch List',
      'articles',
      'inferred',
    ]);
    const figures = call('TIP_FIGURES', 'ncct funding') as unknown[][];
    expect(figures.map((r) => r[6])).toEqual(['Value', 877407, 974896]);
    expect((call('TIP_METRICS') as unknown[][])[1].slice(0, 3)).toEqual([
      'convictions',
      'Trafficking convictions',
      'individuals, convictions',
    ]);
    expect((call('TIP_COUNTRIES') as unknown[][]).length).toBe(194);
    expect((call('TIP_COUNTRIES', 'articles') as unknown[][]).length).toBe(30);
    const articles = call('TIP_ARTICLES') as unknown[][];
    expect(articles.map((r) => r[0])).toEqual([
      'Article',
      'downgrade-2009',
      'moves-up-2003',
      'score-2017',
      'stays-2007',
      'ncct-2019',
      'slips-2002',
      'off-watch-list-2008',
      'cambodiadaily-2009',
      'cambodiadaily-2010',
      'no-change-2014',
      'remains-2014',
      'no-improvement-2021',
      'state-sponsor-2025',
      'fourth-year-2025',
    ]);
    // Publisher, date and address where known; the year clue with its reasoning.
    expect(articles[1].slice(0, 8)).toEqual([
      'downgrade-2009',
      'news article',
      'US Downgrades Cambodian Trafficking Efforts',
      'VOA Khmer (Voice of America)',
      '',
      '17 June 2009',
      'https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
      2009,
    ]);
    expect(articles[1][9]).toBe(
      '“according to the 2009 “Trafficking in Persons” report, released Tuesday”: The article names the 2009 report.',
    );
    for (const row of articles) expect(row.join(' ')).not.toContain('undefined');
    expect(articles.filter((r) => r[6] !== '' && r[6] !== 'Address').length).toBe(13);
  });

  test.each([
    [['TIP_TIER', 2016.5], 'year 2016.5 is not a year: give a four-digit year such as 2016.'],
    [['TIP_TIER', 'abc'], 'year "abc" is not a year'],
    [['TIP_TIER', true], 'year TRUE is not a year'],
    [['TIP_TIER', 2026], 'No tier for Cambodia in the 2026 report in any source'],
    [
      ['TIP_TIER', 2018, '', 'articles'],
      'No tier for Cambodia in the 2018 report in the news articles',
    ],
    [
      ['TIP_TIER', 2016, 'Atlantis'],
      'No country "Atlantis" in any source: =TIP_COUNTRIES() lists all 193 countries of every source, and =TIP_COUNTRIES("articles") those of the news articles',
    ],
    [['TIP_STAT', 'robberies', 2015], 'Unknown metric "robberies": valid metrics are convictions'],
    [
      ['TIP_STAT', 'convictions', 2013, '', 'any'],
      'periods with a figure: April 2007–March 2008, 2008, April 2008–March 2009, 2009, 2012, 2014, 2015, 2016, 2017 reporting period.',
    ],
    [
      ['TIP_STAT', 'convictions', 'spring 2015'],
      'year "spring 2015" is not a year or a period: give a year such as 2016, part of one such as "Jan-Jun 2019", "H1 2019", "Q2 2019" or "May 2017", months across two years such as "Apr 2008-Mar 2009", or a report\'s reporting period such as "2021 reporting period".',
    ],
    [['TIP_STAT', 'convictions', 'Jun-Jan 2015'], 'is not a year or a period'],
    [['TIP_STAT', 'convictions', true], 'year TRUE is not a year or a period'],
    [['TIP_TIMELINE', [['Burma'], ['Laos']]], 'country takes one value, not a range of 2 cells'],
    [
      ['TIP_YEARS', 'tier', 'Singapore', 'report'],
      "No report year gives Singapore a tier in the report's own words (=TIP_COUNTRIES()",
    ],
    [
      ['TIP_YEARS', 'convictions', 'Burma', 'any'],
      'No year has a figure for convictions for Burma in the sources (=TIP_METRICS()',
    ],
    [
      ['TIP_STAT', [['convictions'], ['funding']], [[2015], [2016], [2017]]],
      'The ranges do not fit together',
    ],
  ])('%p fails with a message naming the value', (args, message) => {
    const [name, ...rest] = args as [string, ...unknown[]];
    expect(() => call(name, ...rest)).toThrow(message);
  });
});
