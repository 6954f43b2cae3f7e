/**
 * The panel's citation formatter (src/sidebar/client/cite.ts) with citation-js, as bundled:
 * node-fetch and sync-fetch are the module that throws (scripts/sidebar-bundle.mjs swaps them
 * in the bundle the same way).
 */
import { formatReference } from '../../src/sidebar/client/cite';
import { CITATION_STYLES, citationText } from '../../src/sidebar/client/citation';
import type { CslItem } from '../../src/core/csl';

jest.mock('node-fetch', () => jest.requireActual('../../src/sidebar/client/offline-fetch'));
jest.mock('sync-fetch', () => jest.requireActual('../../src/sidebar/client/offline-fetch'));

const voa: CslItem = {
  id: 'downgrade-2009',
  type: 'article-newspaper',
  title: 'US Downgrades Cambodian Trafficking Efforts',
  'container-title': 'VOA Khmer (Voice of America)',
  issued: { 'date-parts': [[2009, 6, 17]] },
  URL: 'https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
};
const post: CslItem = {
  id: 'score-2017',
  type: 'article-newspaper',
  title: 'US gives score on trafficking',
  'container-title': 'Phnom Penh Post',
  URL: 'https://www.phnompenhpost.com/national/us-gives-score-trafficking',
};
const khmerTimes: CslItem = {
  id: 'ncct-2019',
  type: 'article-newspaper',
  title: 'NCCT slams US report on human trafficking',
  'container-title': 'Khmer Times',
  author: [{ literal: 'Taing Vida' }],
  URL: 'https://www.khmertimeskh.com/626677/ncct-slams-us-report-on-human-trafficking/',
};
const report: CslItem = {
  id: 'report-2019',
  type: 'report',
  title: '[Cambodia, 2019 Trafficking in Persons Report]',
  publisher: 'US Department of State',
  URL: 'https://www.state.gov/reports/2019-trafficking-in-persons-report/cambodia/',
};
const unknown: CslItem = {
  id: 'moves-up-2003',
  type: 'article-newspaper',
  title: 'Cambodia Moves Up on US Trafficking List',
};

test('offers one author–date style and one notes style, APA first', () => {
  expect(CITATION_STYLES.map((s) => s.key)).toEqual(['apa', 'chicago-note-bibliography']);
});

describe('APA 7th edition', () => {
  test.each([
    [
      voa,
      'US Downgrades Cambodian Trafficking Efforts. (2009, June 17). VOA Khmer (Voice of America). https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
    ],
    // Undated: "(n.d.)", and the address without a dangling "Retrieved" (no access date).
    [
      post,
      'US gives score on trafficking. (n.d.). Phnom Penh Post. https://www.phnompenhpost.com/national/us-gives-score-trafficking',
    ],
    [
      khmerTimes,
      'Taing Vida. (n.d.). NCCT slams US report on human trafficking. Khmer Times. https://www.khmertimeskh.com/626677/ncct-slams-us-report-on-human-trafficking/',
    ],
    [
      report,
      '[Cambodia, 2019 Trafficking in Persons Report]. (n.d.). US Department of State. https://www.state.gov/reports/2019-trafficking-in-persons-report/cambodia/',
    ],
    [unknown, 'Cambodia Moves Up on US Trafficking List. (n.d.).'],
  ])('%#', (item, text) => {
    expect(formatReference(item, 'apa')).toBe(text);
  });
});

describe('Chicago 17th edition, notes and bibliography', () => {
  test.each([
    [
      voa,
      'VOA Khmer (Voice of America). “US Downgrades Cambodian Trafficking Efforts.” June 17, 2009. https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html.',
    ],
    [
      post,
      'Phnom Penh Post. “US Gives Score on Trafficking.” n.d. https://www.phnompenhpost.com/national/us-gives-score-trafficking.',
    ],
    [
      khmerTimes,
      'Taing Vida. “NCCT Slams US Report on Human Trafficking.” Khmer Times, n.d. https://www.khmertimeskh.com/626677/ncct-slams-us-report-on-human-trafficking/.',
    ],
    [
      report,
      '“[Cambodia, 2019 Trafficking in Persons Report].” US Department of State, n.d. https://www.state.gov/reports/2019-trafficking-in-persons-report/cambodia/.',
    ],
    [unknown, '“Cambodia Moves Up on US Trafficking List.” n.d.'],
  ])('%#', (item, text) => {
    expect(formatReference(item, 'chicago-note-bibliography')).toBe(text);
  });
});

test('an unknown style is an error that names it', () => {
  expect(() => formatReference(voa, 'mla')).toThrow('there is no citation style "mla".');
});

describe('citationText', () => {
  const reference =
    'US gives score on trafficking. (n.d.). Phnom Penh Post. https://www.phnompenhpost.com/national/us-gives-score-trafficking';
  test('the reference, then the fact and the quote', () => {
    expect(
      citationText(reference, {
        supports: 'Traffickers convicted in 2016: at least 100',
        quote: 'from 43 in 2015 to at least 100 in 2016',
        basis: 'stated',
      }),
    ).toBe(
      `${reference}\nTraffickers convicted in 2016: at least 100. “from 43 in 2015 to at least 100 in 2016”`,
    );
  });

  test('a fact the words do not state says so, without the project’s terms', () => {
    const fact = { supports: 'Fact', quote: 'words' };
    expect(citationText('Ref.', { ...fact, basis: 'inferred' })).toBe(
      'Ref.\nFact (inferred from the quoted words). “words”',
    );
    expect(citationText('Ref.', { ...fact, basis: 'external' })).toBe(
      'Ref.\nFact (inferred from the quoted words and a fact the source does not give). “words”',
    );
    for (const basis of ['inferred', 'external'] as const)
      expect(citationText('Ref.', { ...fact, basis })).not.toMatch(
        /\b(inferred|external|stated)\.|basis/,
      );
  });
});
