/** core/csl.ts: documents as CSL-JSON items, facts in words, and the text "Copy citation" copies. */
import {
  cslDate,
  cslItem,
  figureSupported,
  nonPlacementSupported,
  placementSupported,
} from '../../src/core/csl';
import type { SourceDocument } from '../../src/core/types';
import articles from '../../src/data/articles.json';
import reportPages from '../../src/data/report-pages.json';

/** A document as the data files write one; only the fields a citation reads differ. */
function doc(fields: Partial<SourceDocument>): SourceDocument {
  return {
    id: 'doc',
    kind: 'news article',
    headline: 'Headline',
    publisher: null,
    url: null,
    licence: 'quoted briefly',
    reportYear: 2017,
    reportYearBasis: 'stated',
    reportYearClue: { quote: 'q', reasoning: 'r' },
    file: 'articles/x.txt',
    readings: [],
    ...fields,
  };
}

describe('cslItem', () => {
  test('a news article with publisher, date and address', () => {
    expect(
      cslItem(
        doc({
          id: 'downgrade-2009',
          headline: 'US Downgrades Cambodian Trafficking Efforts',
          publisher: 'VOA Khmer (Voice of America)',
          url: 'https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
          published: '2009-06-17',
        }),
      ),
    ).toEqual({
      id: 'downgrade-2009',
      type: 'article-newspaper',
      title: 'US Downgrades Cambodian Trafficking Efforts',
      'container-title': 'VOA Khmer (Voice of America)',
      issued: { 'date-parts': [[2009, 6, 17]] },
      URL: 'https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
    });
  });

  test('a byline is kept whole: the data does not say which part is the family name', () => {
    expect(
      cslItem(doc({ byline: 'Taing Vida', publisher: 'Khmer Times', url: 'https://k.example/1' })),
    ).toEqual({
      id: 'doc',
      type: 'article-newspaper',
      title: 'Headline',
      'container-title': 'Khmer Times',
      author: [{ literal: 'Taing Vida' }],
      URL: 'https://k.example/1',
    });
  });

  test('nothing is invented: no publisher, date, author or address where the data has none', () => {
    expect(cslItem(doc({ id: 'moves-up-2003', headline: 'Cambodia Moves Up' }))).toEqual({
      id: 'moves-up-2003',
      type: 'article-newspaper',
      title: 'Cambodia Moves Up',
    });
  });

  test('a passage is a newspaper article; the report page a report with its publisher', () => {
    expect(cslItem(doc({ kind: 'news passage' })).type).toBe('article-newspaper');
    expect(
      cslItem(
        doc({
          id: 'report-2019',
          kind: 'report text',
          headline: '[Cambodia, 2019 Trafficking in Persons Report]',
          publisher: 'US Department of State',
          url: 'https://www.state.gov/reports/2019-trafficking-in-persons-report/cambodia/',
        }),
      ),
    ).toEqual({
      id: 'report-2019',
      type: 'report',
      // A description in brackets stays one: APA and Chicago put it in the title's place.
      title: '[Cambodia, 2019 Trafficking in Persons Report]',
      publisher: 'US Department of State',
      URL: 'https://www.state.gov/reports/2019-trafficking-in-persons-report/cambodia/',
    });
  });

  test('a mirror is a web page of its site; an embassy release a report of genre press release', () => {
    expect(
      cslItem(
        doc({ kind: 'mirror of report text', publisher: 'Refworld', url: 'https://r.example' }),
      ),
    ).toEqual({
      id: 'doc',
      type: 'webpage',
      title: 'Headline',
      'container-title': 'Refworld',
      URL: 'https://r.example',
    });
    expect(
      cslItem(
        doc({
          kind: 'embassy press release',
          publisher: 'US Embassy Phnom Penh',
          published: '2010-06-15',
        }),
      ),
    ).toEqual({
      id: 'doc',
      type: 'report',
      title: 'Headline',
      publisher: 'US Embassy Phnom Penh',
      genre: 'Press release',
      issued: { 'date-parts': [[2010, 6, 15]] },
    });
  });

  test('an access date only where a caller gives one, and only for a page with an address', () => {
    const page = doc({ url: 'https://p.example' });
    expect(cslItem(page, { accessed: '2026-11-29' }).accessed).toEqual({
      'date-parts': [[2026, 11, 29]],
    });
    expect(cslItem(page).accessed).toBeUndefined();
    expect(cslItem(doc({}), { accessed: '2026-11-29' }).accessed).toBeUndefined();
  });

  test.each([
    ['2009-06-17', [2009, 6, 17]],
    ['2009-06', [2009, 6]],
    ['2009', [2009]],
  ])('reads the date %s', (iso, parts) => {
    expect(cslDate(iso)).toEqual({ 'date-parts': [parts] });
  });

  test.each([[undefined], [''], ['17 June 2009'], ['2009-6-17']])(
    'reads no date from %p',
    (iso) => {
      expect(cslDate(iso)).toBeUndefined();
    },
  );

  test('every document of the data files: its own fields, nothing more', () => {
    for (const d of [...articles, ...reportPages] as SourceDocument[]) {
      const item = cslItem(d);
      expect(item.id).toBe(d.id);
      expect(item.title).toBe(d.headline);
      expect(item['container-title'] ?? item.publisher ?? null).toBe(d.publisher);
      expect(item.URL ?? null).toBe(d.url);
      expect(item.issued).toEqual(cslDate(d.published));
      expect(item.author).toEqual(d.byline ? [{ literal: d.byline }] : undefined);
    }
  });
});

describe('the fact a citation supports, in words', () => {
  test('a placement', () => {
    expect(placementSupported({ country: 'Cambodia', year: 2016, tier: 'Tier 2' })).toBe(
      "Cambodia's placement in the 2016 report: Tier 2",
    );
    expect(placementSupported({ country: 'Philippines', year: 2003, tier: 'Tier 2' })).toBe(
      "Philippines' placement in the 2003 report: Tier 2",
    );
  });

  test('what a country was not', () => {
    expect(nonPlacementSupported({ country: 'Singapore', year: 2003 })).toBe(
      "Singapore's placement in the 2003 report: not listed",
    );
    expect(nonPlacementSupported({ country: 'Russia', year: 2003, notTier: 'Tier 3' })).toBe(
      "Russia's placement in the 2003 report: not Tier 3",
    );
  });

  const metric = (label: string, scope: 'country' | 'global' = 'country') => ({ label, scope });

  test.each([
    [
      metric('Trafficking convictions'),
      { period: { year: 2016 }, value: 100, qualifier: 'at least', unit: 'individuals' as const },
      'Trafficking convictions in 2016: at least 100 individuals',
    ],
    [
      metric('Trafficking convictions'),
      { period: { year: 2012 }, value: 44, unit: 'convictions' as const },
      'Trafficking convictions in 2012: 44 convictions',
    ],
    [
      metric('Funding of the national anti-trafficking committee'),
      { period: { year: 2016 }, value: 974896, unit: 'USD' as const },
      'Funding of the national anti-trafficking committee in 2016: 974,896 US dollars',
    ],
    [
      metric('Trafficking cases foiled by police (NCCT count)'),
      { period: { year: 2019, fromMonth: 1, toMonth: 6 }, value: 78, unit: 'cases' as const },
      'Trafficking cases foiled by police (NCCT count) in January–June 2019: 78 cases',
    ],
    [
      metric('Trafficking convictions'),
      {
        period: { year: 2008, fromMonth: 4, toYear: 2009, toMonth: 3 },
        value: 12,
        unit: 'individuals' as const,
      },
      'Trafficking convictions in April 2008–March 2009: 12 individuals',
    ],
    [
      metric('Potential victims of sex trafficking identified by police'),
      {
        period: { year: 2021, reportingPeriod: true as const },
        value: 95,
        unit: 'victims' as const,
      },
      'Potential victims of sex trafficking identified by police in the 2021 reporting period: 95 victims',
    ],
    [
      metric('Countries on the Tier 2 Watch List', 'global'),
      { period: { year: 2007 }, value: 32, unit: 'countries' as const },
      'Countries on the Tier 2 Watch List in the 2007 report: 32 countries',
    ],
    [
      metric('Edition of the annual report', 'global'),
      { period: { year: 2007 }, value: 7, unit: 'edition' as const },
      'Edition of the annual report in the 2007 report: 7',
    ],
  ])('a figure: %#', (m, figure, text) => {
    expect(figureSupported(m, figure)).toBe(text);
  });
});
