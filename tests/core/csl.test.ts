/** core/citations/csl.ts: documents as CSL-JSON items, facts in words, and the text "Copy citation" copies. */
import { citationDate, cslDate, cslItem } from '../../src/core/citations/csl';
import type { SourceDocument } from '../../src/core/base/types';
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
  test('a news article: its headline, the newspaper as it writes its name, date and address', () => {
    expect(
      cslItem(
        doc({
          id: 'downgrade-2009',
          headline: 'US Downgrades Cambodian Trafficking Efforts',
          publisher: 'VOA Khmer (Voice of America)',
          url: 'https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
          published: '2009-06-17',
          cite: { site: 'VOA Khmer' },
        }),
        'apa',
      ),
    ).toEqual({
      id: 'downgrade-2009',
      type: 'article-newspaper',
      title: 'US Downgrades Cambodian Trafficking Efforts',
      // Kept as written: no style re-cases it ("ecoi.net", not "Ecoi.Net").
      'container-title': '<span class="nocase">VOA Khmer</span>',
      issued: { 'date-parts': [[2009, 6, 17]] },
      URL: 'https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
    });
  });

  test('a byline is kept whole: the data does not say which part is the family name', () => {
    expect(
      cslItem(
        doc({ byline: 'Taing Vida', publisher: 'Khmer Times', url: 'https://k.example/1' }),
        'apa',
      ).author,
    ).toEqual([{ literal: 'Taing Vida' }]);
  });

  test('nothing is invented: no site, date, author or address where the data has none', () => {
    expect(
      cslItem(
        doc({
          id: 'moves-up-2003',
          headline: 'Cambodia Moves Up',
          reportYear: 2003,
          reportYearBasis: 'inferred',
        }),
        'apa',
      ),
    ).toEqual({ id: 'moves-up-2003', type: 'article-newspaper', title: 'Cambodia Moves Up' });
  });

  test('a page of the report is the State Department’s web page, under the report’s title', () => {
    const page = doc({
      id: 'report-2019',
      kind: 'report text',
      headline: '[Cambodia, 2019 Trafficking in Persons Report]',
      publisher: 'US Department of State',
      url: 'https://www.state.gov/reports/2019-trafficking-in-persons-report/cambodia/',
      cite: {
        author: 'U.S. Department of State',
        title: '2019 Trafficking in Persons Report: Cambodia',
        site: 'U.S. Department of State',
        date: '2019-06-20',
      },
    });
    const item = {
      id: 'report-2019',
      type: 'webpage',
      title: '2019 Trafficking in Persons Report: Cambodia',
      author: [{ literal: 'U.S. Department of State' }],
      issued: { 'date-parts': [[2019, 6, 20]] },
      URL: 'https://www.state.gov/reports/2019-trafficking-in-persons-report/cambodia/',
    };
    // APA leaves out a site that is the author (APA 7, 9.24); Chicago names it.
    expect(cslItem(page, 'apa')).toEqual(item);
    expect(cslItem(page, 'chicago')).toEqual({
      ...item,
      'container-title': '<span class="nocase">U.S. Department of State</span>',
    });
  });

  test('a mirror: the State Department as author, the mirror as the site it was read on', () => {
    const mirror = doc({
      kind: 'mirror of report text',
      publisher: 'ecoi.net (Austrian Red Cross, ACCORD)',
      url: 'https://r.example',
      cite: { author: 'U.S. Department of State', site: 'ecoi.net' },
    });
    expect(cslItem(mirror, 'apa')).toMatchObject({
      type: 'webpage',
      author: [{ literal: 'U.S. Department of State' }],
      'container-title': '<span class="nocase">ecoi.net</span>',
      // No date of its own: the report year its title fixes (stated).
      issued: { 'date-parts': [[2017]] },
    });
  });

  test('an embassy release: the embassy, its date, a press release', () => {
    expect(
      cslItem(
        doc({
          kind: 'embassy press release',
          publisher: 'US Embassy Phnom Penh',
          published: '2010-06-15',
          cite: {
            author: 'U.S. Embassy Phnom Penh',
            site: 'U.S. Embassy Phnom Penh',
            genre: 'Press release',
          },
        }),
        'apa',
      ),
    ).toEqual({
      id: 'doc',
      type: 'webpage',
      title: 'Headline',
      author: [{ literal: 'U.S. Embassy Phnom Penh' }],
      genre: 'Press release',
      issued: { 'date-parts': [[2010, 6, 15]] },
    });
  });

  test('the date a citation prints: cite.date, the date published, a report page’s stated year', () => {
    expect(citationDate(doc({ cite: { date: '2017' }, published: '2017-06-28' }))).toBe('2017');
    expect(citationDate(doc({ published: '2017-06-28' }))).toBe('2017-06-28');
    expect(citationDate(doc({ kind: 'report text' }))).toBe('2017');
    // A news report that names the year's report reports its release, that year.
    expect(citationDate(doc({}))).toBe('2017');
    // A year only inferred (or from an outside fact) dates nothing unless cite.date says so.
    expect(citationDate(doc({ reportYearBasis: 'inferred' }))).toBeUndefined();
    expect(citationDate(doc({ kind: 'report text', reportYearBasis: 'external' }))).toBeUndefined();
    expect(citationDate(doc({ reportYear: null, reportYearBasis: undefined }))).toBeUndefined();
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

  test('every page of the report with a report year: the group author, a title, a date', () => {
    for (const d of reportPages as SourceDocument[]) {
      if (d.reportYear === null) continue;
      const item = cslItem(d, 'apa');
      expect(item.author?.[0]).toEqual({
        literal:
          d.kind === 'embassy press release'
            ? 'U.S. Embassy Phnom Penh'
            : 'U.S. Department of State',
      });
      expect(item.title).not.toMatch(/^\[/);
      expect(item.issued?.['date-parts'][0][0]).toBeGreaterThanOrEqual(d.reportYear);
      expect(item.URL).toBe(d.url);
    }
  });

  test('every article: its headline unless a title is recorded, its own address', () => {
    for (const d of articles as SourceDocument[]) {
      const item = cslItem(d, 'chicago');
      expect(item.title).toBe(d.cite?.title ?? d.headline);
      expect(item.URL ?? null).toBe(d.url);
      const named = d.cite?.author;
      expect(item.author).toEqual(
        typeof named === 'object' ? [named] : d.byline ? [{ literal: d.byline }] : undefined,
      );
    }
  });
});
