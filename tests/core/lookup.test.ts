import { getDataset } from '../../src/data';
import { parseCountry, parseMetric } from '../../src/core/args';
import { citation, statFact, tierFact } from '../../src/core/lookup';
import { periodLabel } from '../../src/core/periods';
import { TIER_NUMBERS, tierNumber } from '../../src/core/tiers';
import { yearRanges } from '../../src/core/text';

const ds = getDataset();
const cambodia = parseCountry(ds, 'Cambodia');

describe('tierFact', () => {
  test('gives the tier the articles support for every Cambodian report year', () => {
    const timeline = Object.fromEntries(
      ds.tierYears('Cambodia').map((y) => [y, tierFact(ds, cambodia, y).tier]),
    );
    expect(timeline).toEqual({
      2002: 'Tier 3',
      2003: 'Tier 2',
      2005: 'Tier 3',
      2006: 'Tier 2 Watch List',
      2007: 'Tier 2 Watch List',
      2008: 'Tier 2',
      2009: 'Tier 2 Watch List',
      2012: 'Tier 2',
      2013: 'Tier 2 Watch List',
      2014: 'Tier 2 Watch List',
      2015: 'Tier 2 Watch List',
      2016: 'Tier 2',
      2017: 'Tier 2',
      2019: 'Tier 2 Watch List',
    });
  });

  test('keeps both sources where two articles support a placement, stated first', () => {
    const fact = tierFact(ds, cambodia, 2005);
    expect(fact.sources.map((s) => [s.article, s.basis])).toEqual([
      ['downgrade-2009', 'stated'],
      ['stays-2007', 'inferred'],
    ]);
  });

  test('a year no article covers has no value, and the message lists the years that do', () => {
    expect(() => tierFact(ds, cambodia, 2010)).toThrow(
      'No tier for Cambodia in the 2010 report in the articles; report years with a tier: 2002–2003, 2005–2009, 2012–2017, 2019.',
    );
  });

  test('a country the article says was not listed says so', () => {
    expect(() => tierFact(ds, parseCountry(ds, 'Singapore'), 2003)).toThrow(
      'The article “Cambodia Moves Up on US Trafficking List” says Singapore was not listed in the 2003 report (“except for Singapore, which was not listed”).',
    );
  });

  test('other countries come from the lists in the articles', () => {
    expect(tierFact(ds, parseCountry(ds, 'Myanmar'), 2003).tier).toBe('Tier 3');
    expect(tierFact(ds, parseCountry(ds, 'India'), 2007).tier).toBe('Tier 2 Watch List');
    expect(tierFact(ds, parseCountry(ds, 'Russia'), 2002).tier).toBe('Tier 3');
    expect(() => tierFact(ds, parseCountry(ds, 'Russia'), 2003)).toThrow(
      'report years with a tier: 2002.',
    );
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
    expect(() => statFact(ds, parseMetric(ds, 'convictions'), { year: 2014 }, cambodia)).toThrow(
      'No convictions for Cambodia for 2014 in the sources; periods with a figure: 2015, 2016.',
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

  test('a citation names the quote, article, publisher, report year and basis', () => {
    const [source] = statFact(ds, parseMetric(ds, 'convictions'), { year: 2015 }, cambodia).sources;
    expect(citation(ds, source)).toBe(
      '“from 43 in 2015 to at least 100 in 2016” — US gives score on trafficking (Phnom Penh Post), on the 2017 TIP report; stated.',
    );
    const [inferred] = tierFact(ds, cambodia, 2003).sources;
    expect(citation(ds, inferred)).toBe(
      '“The US State Department has bumped Cambodia up to Tier 2 in its annual report” — Cambodia Moves Up on US Trafficking List (publisher not named), on the 2003 (year inferred) TIP report; inferred.',
    );
    const [external] = tierFact(ds, cambodia, 2019).sources;
    expect(citation(ds, external)).toBe(
      '“placing the Kingdom on its Tier 2 Watch List” — NCCT slams US report on human trafficking (Khmer Times), on the 2019 (year from an outside fact) TIP report; external, resting on an outside fact: The US State Department released the 2019 Trafficking in Persons Report on 20 June 2019. (Check: US State Department, 2019 Trafficking in Persons Report (state.gov), and the Secretary of State’s remarks at its release on 20 June 2019.)',
    );
  });
});
