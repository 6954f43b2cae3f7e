import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from '../src/data';
import { checkDataset, checkQuotes } from '../src/data/validate';
import type { DatasetFiles } from '../src/core/types';

const ARTICLES_DIR = path.resolve(__dirname, '..', '..', 'shared', 'articles');
const haveArticles = fs.existsSync(ARTICLES_DIR);
const readArticle = (file: string) => {
  const full = path.join(ARTICLES_DIR, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
};
const copy = (): DatasetFiles => JSON.parse(JSON.stringify(DATA_FILES));

describe('the data files', () => {
  test('match the schema and are consistent', () => {
    expect(checkDataset(DATA_FILES)).toEqual([]);
  });

  test('hold the five articles with a fact or more from each', () => {
    expect(DATA_FILES.articles).toHaveLength(5);
    for (const article of DATA_FILES.articles) {
      const facts = [...DATA_FILES.placements, ...DATA_FILES.figures].filter(
        (f) => f.article === article.id,
      );
      expect(facts.length).toBeGreaterThan(0);
    }
  });

  (haveArticles ? test : test.skip)('quote every fact verbatim from its own article', () => {
    expect(checkQuotes(DATA_FILES, readArticle)).toEqual([]);
  });

  (haveArticles ? test : test.skip)(
    'name each article’s archived copy, whose headline it gives',
    () => {
      for (const article of DATA_FILES.articles) {
        const text = readArticle(article.file);
        expect(text).toBeDefined();
        expect(text).toContain(article.headline);
        if (article.publisher) expect(text).toContain(article.publisher);
      }
    },
  );
});

describe('the checks catch', () => {
  test('a quote that is not in its article', () => {
    if (!haveArticles) return;
    const ds = copy();
    ds.placements[0].quote = 'Cambodia was rated Tier 1';
    expect(checkQuotes(ds, readArticle)).toEqual([
      'src/data/placements.json, record 1 (Cambodia 2009): quote not found verbatim in article downgrade-2009: "Cambodia was rated Tier 1"',
    ]);
  });

  test('a quote attributed to the wrong article', () => {
    if (!haveArticles) return;
    const ds = copy();
    ds.figures[0].article = 'ncct-2019';
    expect(checkQuotes(ds, readArticle).join('\n')).toContain(
      'src/data/figures.json, record 1 (convictions Cambodia 2015): quote not found verbatim in article ncct-2019',
    );
  });

  test('two sources that disagree with no note, and accept them with one', () => {
    const ds = copy();
    const clash = { ...ds.placements[0], article: 'stays-2007', tier: 'Tier 3' as const };
    ds.placements.push(clash);
    expect(checkDataset(ds)).toEqual([
      expect.stringMatching(/placement Cambodia 2009: sources disagree .* no conflictNote/),
    ]);
    for (const p of ds.placements.filter((x) => x.country === 'Cambodia' && x.year === 2009)) {
      p.conflictNote = 'Reading taken: …';
    }
    expect(checkDataset(ds)).toEqual([]);
  });

  test('figures that disagree for the same period', () => {
    const ds = copy();
    ds.figures.push({ ...ds.figures[0], article: 'ncct-2019', value: 44 });
    expect(checkDataset(ds).join('\n')).toMatch(/figure convictions Cambodia 2015 .*disagree/);
  });

  test('an inferred fact without its reasoning', () => {
    const ds = copy();
    const inferred = ds.placements.find((p) => p.basis === 'inferred');
    delete inferred!.reasoning;
    expect(checkDataset(ds).join('\n')).toContain("must have required property 'reasoning'");
  });

  test('unknown articles, countries and metrics, and clashing aliases', () => {
    const ds = copy();
    ds.placements[0].article = 'no-such-article';
    ds.placements[1].country = 'Kampuchea';
    ds.figures[0].metric = 'arrests';
    ds.countries[1].aliases.push('cambodia');
    const problems = checkDataset(ds).join('\n');
    expect(problems).toContain('unknown article "no-such-article"');
    expect(problems).toContain('country "Kampuchea" is not a canonical name');
    expect(problems).toContain(
      'src/data/figures.json, record 1 (arrests Cambodia 2015): unknown metric "arrests"',
    );
    expect(problems).toContain('country name or alias "cambodia" clashes with "Cambodia"');
  });

  test('a tier outside the four', () => {
    const ds = copy() as unknown as { placements: { tier: string }[] };
    ds.placements[0].tier = 'Tier 4';
    expect(checkDataset(ds).join('\n')).toContain(
      'src/data/placements.json, record 1 (Cambodia 2009): tier must be equal to one of the allowed values',
    );
  });
});

/**
 * Every number an article prints is a recorded figure of that article, or is listed here with
 * the reason it is not one. Years, "Tier N" and ordinals of tiers are left out first.
 */
const NOT_FIGURES: Record<string, Record<string, string>> = {
  'moves-up-2003': { '5': 'the age of the youngest girls rescued, not a count' },
  'score-2017': {
    '2': 'photo caption: two people pictured, not a statistic',
    '3': 'the “three-tier system” and the three convicted ring members (recorded as ijm_case_convictions)',
    '20': 'MOST VIEWED links: unrelated stories',
    '29': 'MOST VIEWED links: unrelated stories',
    '32': 'MOST VIEWED links: unrelated stories',
    '50': 'MOST VIEWED links: unrelated stories',
    '61': 'MOST VIEWED links: unrelated stories',
    '60.94': 'MOST VIEWED links: unrelated stories',
    '18.245': 'MOST VIEWED links: unrelated stories',
    '11.99': 'MOST VIEWED links: unrelated stories',
    '3000': 'MOST VIEWED links: unrelated stories',
    '28': 'MOST VIEWED links: unrelated stories (2023-28)',
    '5': 'MOST VIEWED links: unrelated stories (five goals)',
  },
  'stays-2007': {
    '4': '“four separate categories”: the tiers themselves',
    '30': 'India, Cambodia and 30 other countries: recorded as watch_list_countries, 32',
  },
  'ncct-2019': {
    '2': '“Two women accused” in a photo caption',
    '20': 'the release date, June 20',
    '15': 'the age limit in the metric victims_rescued_under_15',
  },
};

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

function numbersIn(text: string): string[] {
  const cleaned = text
    .replace(/\btier (?:one|two|three|\d)\b/gi, ' ')
    .replace(/\b(?:19|20)\d\d\b(?!,\d)/g, ' ');
  const digits = [...cleaned.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
  const words = [...cleaned.matchAll(/\b[a-z]+\b/gi)]
    .map((m) => WORDS[m[0].toLowerCase()])
    .filter((n) => n !== undefined)
    .map(String);
  return [...new Set([...digits, ...words].map((n) => String(Number(n))))];
}

(haveArticles ? test : test.skip)(
  'every number in the articles is a recorded figure or explained',
  () => {
    const unexplained: string[] = [];
    for (const article of DATA_FILES.articles) {
      const recorded = new Set(
        DATA_FILES.figures.filter((f) => f.article === article.id).map((f) => String(f.value)),
      );
      const explained = NOT_FIGURES[article.id] ?? {};
      for (const n of numbersIn(readArticle(article.file) as string)) {
        if (!recorded.has(n) && !(n in explained)) unexplained.push(`${article.id}: ${n}`);
      }
    }
    expect(unexplained).toEqual([]);
  },
);

describe('three levels of basis', () => {
  const all = [...DATA_FILES.placements, ...DATA_FILES.nonPlacements, ...DATA_FILES.figures];

  test('every outside fact is recorded once, with where to check it, and used', () => {
    expect(DATA_FILES.outsideFacts.map((f) => f.id).sort()).toEqual([
      'asean-members-2003',
      'tip-2003-release',
      'tip-2017-release',
      'tip-2019-release',
    ]);
    for (const f of DATA_FILES.outsideFacts) expect(f.check.length).toBeGreaterThan(20);
  });

  test('records that rest on a fact outside the articles are external and name it', () => {
    const externalOf = (pick: (r: (typeof all)[number]) => boolean) =>
      all.filter(pick).map((r) => [r.basis, r.outsideFacts]);
    // The whole 2019 article: its report year is fixed only by the release date.
    const ncct = externalOf((r) => r.article === 'ncct-2019');
    expect(ncct).toHaveLength(10); // the 2019 placement and nine NCCT figures
    for (const r of ncct) expect(r).toEqual(['external', ['tip-2019-release']]);
    // ASEAN members the article does not name.
    for (const country of [
      'Brunei',
      'Indonesia',
      'Laos',
      'Malaysia',
      'Philippines',
      'Thailand',
      'Vietnam',
    ]) {
      const p = DATA_FILES.placements.find((x) => x.country === country && x.year === 2003)!;
      expect([country, p.basis, p.outsideFacts]).toEqual([
        country,
        'external',
        ['asean-members-2003'],
      ]);
    }
    // Months read from a report's release month.
    const months = DATA_FILES.figures.filter((f) => f.metric.includes('ijm'));
    expect(months.map((f) => [f.metric, f.basis, f.outsideFacts])).toEqual([
      ['ijm_case_convictions', 'external', ['tip-2017-release']],
      ['girls_rescued_ijm', 'external', ['tip-2003-release']],
      ['girls_rescued_ijm', 'external', ['tip-2003-release']],
    ]);
    const ncctArticle = DATA_FILES.articles.find((a) => a.id === 'ncct-2019')!;
    expect([ncctArticle.reportYearBasis, ncctArticle.reportYearClue.outsideFacts]).toEqual([
      'external',
      ['tip-2019-release'],
    ]);
  });

  test('the 2007 article’s year takes the text-only route through the 2009 article', () => {
    const a = DATA_FILES.articles.find((x) => x.id === 'stays-2007')!;
    expect(a.reportYearBasis).toBe('inferred');
    expect(a.reportYearClue.outsideFacts).toBeUndefined();
    expect(a.reportYearClue.reasoning).toContain('The 2009 article gives Tier 3 in 2005');
    for (const r of all.filter((x) => x.article === 'stays-2007'))
      expect(r.basis).not.toBe('external');
  });

  test('no inferred or stated record mentions outside knowledge without naming it', () => {
    for (const r of all.filter((x) => x.basis !== 'external')) {
      expect([r.article, r.reasoning ?? '']).not.toEqual([
        r.article,
        expect.stringMatching(/outside|each June|membership/i),
      ]);
    }
  });

  test('countries named in no article are the three placed through ASEAN membership', () => {
    expect(DATA_FILES.countries.filter((c) => c.namedIn.length === 0).map((c) => c.name)).toEqual([
      'Brunei',
      'Laos',
      'Philippines',
    ]);
  });
});

describe('the checks catch problems of evidence', () => {
  test('an external record without its outside fact, and outside facts on an inferred one', () => {
    const ds = copy();
    delete ds.placements.find((p) => p.country === 'Brunei')!.outsideFacts;
    ds.placements[1].outsideFacts = ['tip-2019-release'];
    const problems = checkDataset(ds).join('\n');
    expect(problems).toContain(
      "src/data/placements.json, record 14 (Brunei 2003): must have required property 'outsideFacts'",
    );
    expect(problems).toContain(
      'src/data/placements.json, record 2 (Cambodia 2008): must NOT be valid',
    );
  });

  test('an unknown outside fact, an unused one, and an external record without reasoning', () => {
    const ds = copy();
    ds.figures[4].outsideFacts = ['tip-2071-release'];
    expect(checkDataset(ds)).toEqual([
      'src/data/figures.json, record 5 (ijm_case_convictions Cambodia 2017): unknown outside fact "tip-2071-release" (not in src/data/outside-facts.json)',
      'src/data/outside-facts.json, record 3 (tip-2017-release): no record uses this outside fact',
    ]);
    const noReason = copy();
    delete noReason.figures[4].reasoning;
    expect(checkDataset(noReason)).toEqual([
      "src/data/figures.json, record 5 (ijm_case_convictions Cambodia 2017): must have required property 'reasoning'",
      'src/data/figures.json, record 5 (ijm_case_convictions Cambodia 2017): must match "then" schema',
    ]);
  });

  test('a negative fact that contradicts a placement', () => {
    const ds = copy();
    ds.placements.push({ ...ds.placements[7], year: 2003 }); // Russia, Tier 3, 2003
    expect(checkDataset(ds)).toContain(
      'src/data/non-placements.json, record 2 (Russia 2003): says not in Tier 3, but a placement gives Tier 3',
    );
  });

  (haveArticles ? test : test.skip)('a country whose namedIn does not match the articles', () => {
    const ds = copy();
    ds.countries.find((c) => c.name === 'Brunei')!.namedIn = ['moves-up-2003'];
    expect(checkQuotes(ds, readArticle)).toEqual([
      'src/data/countries.json, record 4 (Brunei): namedIn is [moves-up-2003] but the articles naming it are []',
    ]);
  });
});
