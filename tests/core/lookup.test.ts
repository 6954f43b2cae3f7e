import { getDataIndex } from '../../src/data';
import { parseCountry, parseMetric } from '../../src/core/arguments/args';
import { basisDetail, citation } from '../../src/core/citations/citation';
import { statFact } from '../../src/core/figures/stat';
import type { DocumentsSource } from '../../src/core/sources/documents';
import { periodLabel } from '../../src/core/base/periods';
import { TIER_NUMBERS, tierNumber } from '../../src/core/tiers/tiers';
import { yearRanges } from '../../src/core/base/text';

const ds = getDataIndex();
const cambodia = parseCountry(ds, 'Cambodia');

const articles = ds.press;
const report = ds.source('report') as DocumentsSource;

describe('a documents source', () => {
  test('the articles give a tier for every Cambodian report year they cover', () => {
    const timeline = Object.fromEntries(
      articles.years(cambodia).map((y) => [y, articles.tier(cambodia, y)?.tier]),
    );
    expect(timeline).toEqual({
      2001: 'Tier 2',
      2002: 'Tier 3',
      2003: 'Tier 2',
      2004: 'Tier 2',
      2005: 'Tier 3',
      2006: 'Tier 2 Watch List',
      2007: 'Tier 2 Watch List',
      2008: 'Tier 2',
      2009: 'Tier 2 Watch List',
      2010: 'Tier 2',
      2012: 'Tier 2',
      2013: 'Tier 2 Watch List',
      2014: 'Tier 2 Watch List',
      2016: 'Tier 2',
      2017: 'Tier 2',
      2019: 'Tier 2 Watch List',
      2020: 'Tier 2 Watch List',
      2021: 'Tier 2 Watch List',
      2022: 'Tier 3',
      2023: 'Tier 3',
      2024: 'Tier 3',
      2025: 'Tier 3',
    });
  });

  test('the report gives a tier for every year a page fixes, none for 2011–2015 or 2025', () => {
    expect(report.years(cambodia)).toEqual([
      2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2016, 2017, 2018, 2019, 2020,
      2021, 2022, 2023, 2024,
    ]);
    expect(report.tier(cambodia, 2011)).toBeNull();
    expect(report.tier(cambodia, 2025)).toBeNull();
  });

  test('keeps every document that supports a placement, stated first', () => {
    expect(articles.placementsFor('Cambodia', 2005).map((s) => [s.document, s.basis])).toEqual([
      ['downgrade-2009', 'stated'],
      ['stays-2007', 'inferred'],
    ]);
    expect(report.placementsFor('Cambodia', 2009).map((s) => [s.document, s.basis])).toEqual([
      ['embassy-2009', 'stated'],
      ['embassy-2010', 'inferred'],
    ]);
  });

  test('a year it does not cover has no value, and its message lists the years that do', () => {
    expect(articles.missing(cambodia, 2011)).toBe(
      'No tier for Cambodia in the 2011 report in the news articles; its report years with a tier: 2001–2010, 2012–2014, 2016–2017, 2019–2025.',
    );
  });

  test('a country the article says was not listed says so', () => {
    expect(articles.missing(parseCountry(ds, 'Singapore'), 2003)).toContain(
      'The article “Cambodia Moves Up on US Trafficking List” says Singapore was not listed in the 2003 report (“except for Singapore, which was not listed”).',
    );
    expect(articles.mark(parseCountry(ds, 'Singapore'), 2003)).toBe('not listed');
    expect(articles.mark(cambodia, 2015)).toBe('not in Tier 2');
  });

  test('what the words say beyond the tier is kept with the placement', () => {
    const [sponsor] = articles.placementsFor('Cambodia', 2025);
    expect([sponsor.movement, sponsor.consecutiveYears, sponsor.labels]).toEqual([
      'remained',
      4,
      ['state sponsor'],
    ]);
    expect(citation(ds, sponsor)).toContain(
      '(remained; 4th year in a row; called “state sponsor”)',
    );
  });

  test('other countries come from the lists in the articles', () => {
    expect(articles.tier(parseCountry(ds, 'Myanmar'), 2003)?.tier).toBe('Tier 3');
    expect(articles.tier(parseCountry(ds, 'India'), 2007)?.tier).toBe('Tier 2 Watch List');
    expect(articles.tier(parseCountry(ds, 'Russia'), 2002)?.tier).toBe('Tier 3');
    expect(articles.tier(parseCountry(ds, 'Russia'), 2003)).toBeNull();
  });
});

describe('statFact', () => {
  test('gives the figure for the year it is about', () => {
    expect(
      statFact(ds, parseMetric(ds, 'convictions'), { year: 2015 }, cambodia).figure.value,
    ).toBe(43);
    const f2016 = statFact(ds, parseMetric(ds, 'convictions'), { year: 2016 }, cambodia).figure;
    expect([f2016.value, f2016.qualifier]).toEqual([100, 'at least']);
  });

  test('global metrics ignore the country', () => {
    expect(
      statFact(ds, parseMetric(ds, 'countries ranked'), { year: 2007 }, null).figure.value,
    ).toBe(164);
    expect(
      statFact(ds, parseMetric(ds, 'countries ranked'), { year: 2007 }, cambodia).figure.value,
    ).toBe(164);
  });

  test('a year without a figure lists the years with one', () => {
    expect(() => statFact(ds, parseMetric(ds, 'convictions'), { year: 2013 }, cambodia)).toThrow(
      'No convictions for Cambodia for 2013 in the sources; periods with a figure: April 2007–March 2008, 2008, April 2008–March 2009, 2009, 2012, 2014, 2015, 2016, 2017 reporting period.',
    );
    // One source asked for: its periods, and the formula that asks the source that has it.
    expect(() =>
      statFact(ds, parseMetric(ds, 'convictions'), { year: 2014 }, cambodia, articles),
    ).toThrow(
      'No convictions for Cambodia for 2014 in the news articles; periods with a figure: April 2007–March 2008, 2008, April 2008–March 2009, 2009, 2012, 2015, 2016. A figure is in the report\'s own words: =TIP_STAT("convictions", 2014, "Cambodia", "report").',
    );
    expect(() =>
      statFact(ds, parseMetric(ds, 'convictions'), { year: 2015 }, parseCountry(ds, 'Burma')),
    ).toThrow('it has no figure for any year');
  });
});

describe('formatting', () => {
  test('periods', () => {
    expect(periodLabel({ year: 2015 })).toBe('2015');
    expect(periodLabel({ year: 2003, fromMonth: 3, toMonth: 3 })).toBe('March 2003');
    expect(periodLabel({ year: 2019, fromMonth: 1, toMonth: 6 })).toBe('January–June 2019');
  });

  test('year ranges', () => {
    expect(yearRanges([2019, 2002, 2003, 2005, 2006, 2007])).toBe('2002–2003, 2005–2007, 2019');
  });

  test('tier numbers order the tiers for charts', () => {
    expect(TIER_NUMBERS).toEqual({
      'Tier 1': 1,
      'Tier 2': 2,
      'Tier 2 Watch List': 2.5,
      'Tier 3': 3,
    });
    expect(tierNumber('Tier 2 Watch List')).toBe(2.5);
  });

  test('a TIP_SOURCE line: the quote, unit and whose count, the short citation with the address, the basis', () => {
    const convictions = parseMetric(ds, 'convictions');
    const [source] = statFact(ds, convictions, { year: 2015 }, cambodia, articles).sources;
    // A figure says its unit and whose count it is; in an article, that it is the article's.
    expect(citation(ds, source)).toBe(
      '“from 43 in 2015 to at least 100 in 2016” (individuals; counted by the 2017 TIP report, as the Phnom Penh Post reports it: “The report cites a mounting number of traffickers convicted”) — (“US Gives Score on Trafficking,” 2017) https://www.phnompenhpost.com/national/us-gives-score-trafficking; stated.',
    );
    const [own] = statFact(ds, convictions, { year: 2015 }, cambodia, report).sources;
    expect(citation(ds, own)).toBe(
      '“The National Committee for Counter Trafficking (NCCT) reported courts convicted at least 100 traffickers—including some whose trials began in the previous reporting period—up from 43 in 2015 and 29 in 2014” (individuals; counted by National Committee for Counter Trafficking (NCCT)) — (U.S. Department of State, 2017) https://www.state.gov/reports/2017-trafficking-in-persons-report/cambodia/; stated.',
    );
    const [inferred] = articles
      .placementsFor('Cambodia', 2003)
      .filter((p) => p.document === 'moves-up-2003');
    expect(citation(ds, inferred)).toBe(
      '“The US State Department has bumped Cambodia up to Tier 2 in its annual report” (upgraded) — (Cambodia Moves Up on US Trafficking List, 2003); inferred.',
    );
    const [page] = report.placementsFor('Cambodia', 2019);
    expect(citation(ds, page)).toBe(
      '“Therefore Cambodia was downgraded to Tier 2 Watch List.” (downgraded) — (U.S. Department of State, 2019) https://www.state.gov/reports/2019-trafficking-in-persons-report/cambodia/; stated.',
    );
    // An external value says so; what it rests on is =TIP_BASIS(…, TRUE)'s detail.
    const [khmerTimes] = articles.placementsFor('Cambodia', 2019);
    expect(citation(ds, khmerTimes)).toBe(
      '“placing the Kingdom on its Tier 2 Watch List” — (Taing, 2019) https://www.khmertimeskh.com/626677/ncct-slams-us-report-on-human-trafficking/; external (rests on an outside fact: =TIP_BASIS(…, TRUE) names it).',
    );
    expect(basisDetail(ds, khmerTimes)).toMatch(
      /^external: it also rests on a fact from outside the sources \(“placing the Kingdom on its Tier 2 Watch List”, \(Taing, 2019\)\)\. Outside fact: The US State Department released the 2014 Trafficking/,
    );
  });
});
