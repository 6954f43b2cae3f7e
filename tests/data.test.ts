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
      expect.stringContaining('quote not found verbatim in downgrade-2009'),
    ]);
  });

  test('a quote attributed to the wrong article', () => {
    if (!haveArticles) return;
    const ds = copy();
    ds.figures[0].article = 'ncct-2019';
    expect(checkQuotes(ds, readArticle).join('\n')).toContain('figure convictions 2015');
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
    expect(problems).toContain('figure arrests 2015: unknown metric');
    expect(problems).toContain('country name or alias "cambodia" clashes with "Cambodia"');
  });

  test('a tier outside the four', () => {
    const ds = copy() as unknown as { placements: { tier: string }[] };
    ds.placements[0].tier = 'Tier 4';
    expect(checkDataset(ds).join('\n')).toContain(
      '/placements/0/tier must be equal to one of the allowed values',
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
