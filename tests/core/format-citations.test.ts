/**
 * The build's citation formatter (src/data/format-citations.ts: citation-js and the CSL styles,
 * in Node), beside what APA 7 and Chicago 17 print for the same kinds of work, and the strings
 * every document of the data files gets.
 */
import { formatCitations, formatReference, formatShort } from '../../src/data/format-citations';
import type { CslItem } from '../../src/core/citations/csl';
import { CITE_MAX } from '../../src/core/citations/citation-styles';
import { DATA_FILES } from '../../src/data';

const state = [{ literal: 'U.S. Department of State' }];
const report: CslItem = {
  id: 'report-2018',
  type: 'webpage',
  title: '2018 Trafficking in Persons Report: Cambodia',
  author: state,
  issued: { 'date-parts': [[2018, 6, 28]] },
  URL: 'https://www.state.gov/reports/2018-trafficking-in-persons-report/cambodia/',
};
const mirror: CslItem = {
  id: 'report-2017',
  type: 'webpage',
  title: 'Trafficking in Persons Report 2017 - Country Narratives - Cambodia',
  author: state,
  'container-title': '<span class="nocase">ecoi.net</span>',
  issued: { 'date-parts': [[2017, 6, 27]] },
  URL: 'https://www.ecoi.net/en/document/1402367.html',
};
const release: CslItem = {
  id: 'embassy-2010',
  type: 'webpage',
  genre: 'Press release',
  title: 'Cambodia Upgraded to Tier 2 on 2010 Trafficking in Persons Report',
  author: [{ literal: 'U.S. Embassy Phnom Penh' }],
  issued: { 'date-parts': [[2010, 6, 15]] },
  URL: 'http://cambodia.usembassy.gov/pr_061510_article.html',
};
const news: CslItem = {
  id: 'downgrade-2009',
  type: 'article-newspaper',
  title: 'US Downgrades Cambodian Trafficking Efforts',
  'container-title': '<span class="nocase">VOA Khmer</span>',
  issued: { 'date-parts': [[2009, 6, 17]] },
  URL: 'https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
};
const dataSet: CslItem = {
  id: 'dataset',
  type: 'dataset',
  genre: 'Data set',
  title: 'Scorecard Diplomacy code repository',
  author: [
    { family: 'Kelley', given: 'Judith' },
    { family: 'Heiss', given: 'Andrew' },
  ],
  publisher: '<span class="nocase">GitHub</span>',
  issued: { 'date-parts': [[2017]] },
  URL: 'https://github.com/andrewheiss/scorecard-diplomacy/blob/f8c06be/data/processed/map_tiers.csv',
};

// APA 7 (Publication Manual, 7th ed., ch. 10): a web page with a group author, the site left
// out where it is the author (10.16); a press release, full date and "[Press release]"; a
// newspaper article without a byline, title in the author's place (10.1); a data set with
// "[Data set]" and the publisher (10.9).
test.each([
  [
    report,
    'U.S. Department of State. (2018, June 28). 2018 Trafficking in Persons Report: Cambodia. https://www.state.gov/reports/2018-trafficking-in-persons-report/cambodia/',
  ],
  [
    mirror,
    'U.S. Department of State. (2017, June 27). Trafficking in Persons Report 2017 - Country Narratives - Cambodia. ecoi.net. https://www.ecoi.net/en/document/1402367.html',
  ],
  [
    release,
    'U.S. Embassy Phnom Penh. (2010, June 15). Cambodia Upgraded to Tier 2 on 2010 Trafficking in Persons Report [Press release]. http://cambodia.usembassy.gov/pr_061510_article.html',
  ],
  [
    news,
    'US Downgrades Cambodian Trafficking Efforts. (2009, June 17). VOA Khmer. https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
  ],
  [
    dataSet,
    'Kelley, J., & Heiss, A. (2017). Scorecard Diplomacy code repository [Data set]. GitHub. https://github.com/andrewheiss/scorecard-diplomacy/blob/f8c06be/data/processed/map_tiers.csv',
  ],
])('APA 7th edition %#', (item, text) => {
  expect(formatReference(item, 'apa')).toBe(text);
});

// Chicago 17 (14.206 web pages, 14.191 news, 14.115 press releases, 14.257 data sets):
// author, title in quotes, the site, the date, the address; headline-style capitals.
test.each([
  [
    {
      ...report,
      'container-title': '<span class="nocase">U.S. Department of State</span>',
    } as CslItem,
    'U.S. Department of State. “2018 Trafficking in Persons Report: Cambodia.” U.S. Department of State, June 28, 2018. https://www.state.gov/reports/2018-trafficking-in-persons-report/cambodia/.',
  ],
  [
    mirror,
    'U.S. Department of State. “Trafficking in Persons Report 2017 - Country Narratives - Cambodia.” ecoi.net, June 27, 2017. https://www.ecoi.net/en/document/1402367.html.',
  ],
  [
    release,
    'U.S. Embassy Phnom Penh. “Cambodia Upgraded to Tier 2 on 2010 Trafficking in Persons Report.” Press release, June 15, 2010. http://cambodia.usembassy.gov/pr_061510_article.html.',
  ],
  [
    news,
    'VOA Khmer. “US Downgrades Cambodian Trafficking Efforts.” June 17, 2009. https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html.',
  ],
  [
    dataSet,
    'Kelley, Judith, and Andrew Heiss. “Scorecard Diplomacy Code Repository.” Data set. GitHub, 2017. https://github.com/andrewheiss/scorecard-diplomacy/blob/f8c06be/data/processed/map_tiers.csv.',
  ],
])('Chicago 17th edition, bibliography %#', (item, text) => {
  expect(formatReference(item, 'chicago')).toBe(text);
});

test('the APA in-text citation is the short form TIP_SOURCE gives', () => {
  expect(formatShort(report)).toBe('(U.S. Department of State, 2018)');
  expect(formatShort(dataSet)).toBe('(Kelley & Heiss, 2017)');
});

describe('every document of the data files', () => {
  const formatted = formatCitations(DATA_FILES);
  const documents = [...DATA_FILES.reportPages, ...DATA_FILES.articles];

  test('has its citation in each style, none over the limit TIP_CITE keeps', () => {
    expect(Object.keys(formatted.documents).sort()).toEqual(documents.map((d) => d.id).sort());
    expect(Object.keys(formatted.records)).toEqual(['dataset']);
    for (const c of [...Object.values(formatted.documents), ...Object.values(formatted.records)]) {
      expect(c.apa.length).toBeLessThanOrEqual(CITE_MAX);
      expect(c.chicago.length).toBeLessThanOrEqual(CITE_MAX);
    }
  });

  test('a page of the report with a report year: the State Department or the Embassy, a year, the address; never n.d. or a bracketed title', () => {
    for (const d of DATA_FILES.reportPages.filter((p) => p.reportYear !== null)) {
      const c = formatted.documents[d.id];
      const author =
        d.kind === 'embassy press release' ? 'U.S. Embassy Phnom Penh' : 'U.S. Department of State';
      expect(c.apa).toMatch(
        new RegExp(`^${author.replace(/\./g, '\\.')}\\. \\(\\d{4}(, \\w+ \\d+)?\\)\\. [^[]`),
      );
      expect(c.chicago.startsWith(`${author}. “`)).toBe(true);
      for (const text of [c.apa, c.chicago]) {
        expect(text).toContain(d.url as string);
        expect(text).not.toMatch(/n\.d\.|\[Cambodia/);
      }
    }
  });

  test('the news: dated where the data fixes a year; n.d. only for none', () => {
    const undated = DATA_FILES.articles.filter((a) =>
      formatted.documents[a.id].apa.includes('(n.d.)'),
    );
    expect(undated.map((a) => a.id)).toEqual([]);
    expect(formatted.documents['state-sponsor-2025'].apa).toBe(
      '[CamboJA News report on the 2025 Trafficking in Persons report]. (2025). CamboJA News. https://cambojanews.com/us-state-department-labels-cambodia-state-sponsor-of-human-trafficking',
    );
    expect(formatted.documents['ncct-2019'].chicago).toBe(
      'Taing, Vida. “NCCT Slams US Report on Human Trafficking.” Khmer Times, 2019. https://www.khmertimeskh.com/626677/ncct-slams-us-report-on-human-trafficking/.',
    );
    // Publisher names as the publisher writes them.
    expect(
      Object.values(formatted.documents)
        .map((c) => c.apa)
        .join('\n'),
    ).not.toMatch(/Ecoi\.Net/);
  });
});
