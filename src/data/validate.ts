/**
 * Checks of the data files, run by the build (scripts/build.mjs), by `npm run check-data` and by
 * the tests. Not part of the Apps Script bundle: the bundle embeds data that already passed.
 *
 * Every problem names the file, the record (its position and what it is about) and what is
 * wrong, so that a newsroom adding an article can find and mend it.
 */
import Ajv2020 from 'ajv/dist/2020';
import schema from './schema.json';
import fileNames from './file-names.json';
import type { DatasetFiles, Sourced } from '../core/types';
import { foldSpace, normalizeKey, normalizeName } from '../core/text';
import { runYears } from '../core/reference';

/** The file each key of DatasetFiles is read from (scripts/lib.mjs reads the same list). */
export const FILE_NAMES: Record<keyof DatasetFiles, string> = fileNames;

type Key = keyof DatasetFiles;
type AnyRecord = Record<string, unknown>;

/** What a record is about, in a few words: "Cambodia 2009", "convictions 2015", "tip-2019-release". */
function describe(key: Key, record: AnyRecord | undefined): string {
  if (!record || typeof record !== 'object') return '';
  const period = record.period as { year?: number } | undefined;
  const parts: Record<Key, unknown[]> = {
    articles: [record.id],
    countries: [record.name],
    placements: [record.country, record.year],
    nonPlacements: [record.country, record.year],
    metrics: [record.key],
    figures: [record.metric, record.country, period?.year],
    outsideFacts: [record.id],
    reference: [],
    referenceAliases: [],
  };
  return parts[key].filter((p) => p !== undefined && p !== null).join(' ');
}

/** "src/data/placements.json, record 14 (Brunei 2003)". */
export function locate(files: Partial<DatasetFiles>, key: Key, index?: number): string {
  const file = `src/data/${FILE_NAMES[key]}`;
  if (index === undefined) return file;
  const record = (files[key] as unknown as AnyRecord[] | undefined)?.[index];
  const about = describe(key, record);
  return `${file}, record ${index + 1}${about ? ` (${about})` : ''}`;
}

/** Schema errors, then consistency errors: references, unique names, recorded conflicts. */
export function checkDataset(files: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(schema);
  if (!validate(files)) {
    const data = files as Partial<DatasetFiles>;
    return (validate.errors ?? []).map((e) => {
      const [, key, index, ...rest] = e.instancePath.split('/');
      if (!key) return `the data files: ${e.message ?? 'invalid'}`;
      // reference-tiers.json is an object: its path is a field, not a record number.
      const numbered = index !== undefined && /^\d+$/.test(index);
      const where = locate(data, key as Key, numbered ? Number(index) : undefined);
      const path = numbered ? rest : [index, ...rest].filter((p) => p !== undefined);
      const field = path.length ? `${path.join('.')} ` : '';
      return `${where}: ${field}${e.message ?? 'is invalid'}`;
    });
  }
  return checkConsistency(files as unknown as DatasetFiles);
}

/** A sourced record with where it is: file key and index. */
interface Located {
  key: Key;
  index: number;
  fact: Sourced & { country: string | null };
}

function sourcedRecords(ds: DatasetFiles): Located[] {
  return [
    ...ds.placements.map((fact, index): Located => ({ key: 'placements', index, fact })),
    ...ds.nonPlacements.map((fact, index): Located => ({ key: 'nonPlacements', index, fact })),
    ...ds.figures.map((fact, index): Located => ({ key: 'figures', index, fact })),
  ];
}

function checkConsistency(ds: DatasetFiles): string[] {
  const problems: string[] = [];
  const at = (key: Key, index?: number) => locate(ds, key, index);
  const unique = (
    key: Key,
    kind: string,
    names: [string, number][],
    fold: (s: string) => string,
  ) => {
    const seen = new Map<string, string>();
    for (const [name, index] of names) {
      const folded = fold(name);
      if (seen.has(folded))
        problems.push(`${at(key, index)}: ${kind} "${name}" clashes with "${seen.get(folded)}"`);
      else seen.set(folded, name);
    }
  };
  const same = (s: string) => s;
  unique(
    'articles',
    'article id',
    ds.articles.map((a, i) => [a.id, i]),
    same,
  );
  unique(
    'articles',
    'archived file',
    ds.articles.map((a, i) => [a.file, i]),
    same,
  );
  unique(
    'outsideFacts',
    'outside fact id',
    ds.outsideFacts.map((f, i) => [f.id, i]),
    same,
  );
  unique(
    'countries',
    'country name or alias',
    ds.countries.flatMap((c, i) => [c.name, ...c.aliases].map((n): [string, number] => [n, i])),
    normalizeName,
  );
  unique(
    'metrics',
    'metric key, label or alias',
    ds.metrics.flatMap((m, i) =>
      [m.key, m.label, ...m.aliases].map((n): [string, number] => [n, i]),
    ),
    normalizeKey,
  );

  const articles = new Set(ds.articles.map((a) => a.id));
  const countries = new Set(ds.countries.map((c) => c.name));
  const metrics = new Map(ds.metrics.map((m) => [m.key, m]));
  const outside = new Set(ds.outsideFacts.map((f) => f.id));
  const used = new Set<string>();
  const checkOutside = (where: string, ids: string[] | undefined) => {
    for (const id of ids ?? []) {
      used.add(id);
      if (!outside.has(id))
        problems.push(
          `${where}: unknown outside fact "${id}" (not in src/data/outside-facts.json)`,
        );
    }
  };

  ds.articles.forEach((a, i) =>
    checkOutside(`${at('articles', i)} year clue`, a.reportYearClue.outsideFacts),
  );
  ds.countries.forEach((c, i) => {
    for (const id of c.namedIn) {
      if (!articles.has(id))
        problems.push(`${at('countries', i)}: namedIn names unknown article "${id}"`);
    }
  });
  for (const { key, index, fact } of sourcedRecords(ds)) {
    const where = at(key, index);
    if (!articles.has(fact.article)) problems.push(`${where}: unknown article "${fact.article}"`);
    if (fact.country !== null && !countries.has(fact.country)) {
      problems.push(
        `${where}: country "${fact.country}" is not a canonical name in countries.json`,
      );
    }
    checkOutside(where, fact.outsideFacts);
  }
  ds.outsideFacts.forEach((f, i) => {
    if (!used.has(f.id))
      problems.push(`${at('outsideFacts', i)}: no record uses this outside fact`);
  });

  problems.push(...checkReference(ds));

  ds.figures.forEach((f, i) => {
    const metric = metrics.get(f.metric);
    const where = at('figures', i);
    if (!metric) problems.push(`${where}: unknown metric "${f.metric}"`);
    else if ((metric.scope === 'global') !== (f.country === null)) {
      problems.push(
        `${where}: a ${metric.scope} metric ${metric.scope === 'global' ? 'takes no' : 'needs a'} country`,
      );
    } else if (metric.scope === 'global' && f.period.fromMonth !== undefined) {
      problems.push(`${where}: a whole-report figure is keyed by report year and takes no months`);
    }
    if (f.period.fromMonth !== undefined && f.period.fromMonth > (f.period.toMonth ?? 12)) {
      problems.push(`${where}: the period ends before it starts`);
    }
  });
  ds.nonPlacements.forEach((n, i) => {
    const clash = ds.placements.find(
      (p) => p.country === n.country && p.year === n.year && (!n.notTier || p.tier === n.notTier),
    );
    if (clash) {
      problems.push(
        `${at('nonPlacements', i)}: says ${n.notTier ? `not in ${n.notTier}` : 'not listed'}, but a placement gives ${clash.tier}`,
      );
    }
  });
  problems.push(
    ...conflicts(
      ds.placements,
      (p) => `${p.country} ${p.year}`,
      (p) => p.tier,
      'placement',
    ),
    ...conflicts(
      ds.figures,
      (f) =>
        `${f.metric} ${f.country ?? ''} ${f.period.year} ${f.period.fromMonth ?? ''}-${f.period.toMonth ?? ''}`,
      (f) => `${f.qualifier ?? ''} ${f.value}`,
      'figure',
    ),
  );
  return problems;
}

/**
 * The record's copy: each entry's codes match its years, a country keeps one name and no year
 * twice, every article country's ISO code is in it, and none of its names or codes stands for
 * a different article country than its own.
 */
function checkReference(ds: DatasetFiles): string[] {
  const problems: string[] = [];
  const file = 'src/data/reference-tiers.json';
  const names = new Map<string, string>();
  const seen = new Set<string>();
  ds.reference.countries.forEach((entry, i) => {
    const where = `${file}, countries entry ${i + 1} (${entry.split('|').slice(0, 2).join(' ')})`;
    const [iso, name, runs, codes] = entry.split('|');
    const years = runYears(runs || ds.reference.years);
    if (years.length !== codes.length) {
      problems.push(`${where}: ${years.length} years but ${codes.length} codes`);
    }
    if (names.has(iso) && names.get(iso) !== name) {
      problems.push(`${where}: ${iso} is also named "${names.get(iso)}"`);
    }
    names.set(iso, name);
    for (const year of years) {
      if (seen.has(`${iso} ${year}`)) problems.push(`${where}: ${iso} has ${year} twice`);
      seen.add(`${iso} ${year}`);
    }
  });
  const byName = new Map<string, string>();
  ds.countries.forEach((c) => {
    for (const n of [c.name, ...c.aliases, c.iso]) byName.set(normalizeName(n), c.name);
  });
  // Common names of the record's countries: each for a country of the record, and none that
  // already names another country (in the articles or in the record).
  const recordNames = new Map<string, string>();
  for (const [iso, name] of names) {
    recordNames.set(normalizeName(name), iso);
    recordNames.set(normalizeName(iso), iso);
  }
  const aliasFile = 'src/data/reference-aliases.json';
  for (const [iso, aliases] of Object.entries(ds.referenceAliases)) {
    if (!names.has(iso)) problems.push(`${aliasFile}: ${iso} is not a country of ${file}`);
    const own = ds.countries.find((c) => c.iso === iso)?.name;
    for (const alias of aliases) {
      const key = normalizeName(alias);
      const other = byName.get(key);
      const inRecord = recordNames.get(key);
      if (
        (other && other !== own) ||
        (inRecord && inRecord !== iso) ||
        (inRecord === iso && !other)
      ) {
        problems.push(`${aliasFile}: "${alias}" (${iso}) already names ${other ?? inRecord}`);
      }
      recordNames.set(key, iso);
    }
  }
  ds.countries.forEach((c, i) => {
    if (!names.has(c.iso)) {
      problems.push(`${locate(ds, 'countries', i)}: ISO code ${c.iso} is not in ${file}`);
    }
  });
  for (const [iso, name] of names) {
    const own = ds.countries.find((c) => c.iso === iso)?.name;
    for (const n of [name, iso]) {
      const other = byName.get(normalizeName(n));
      if (other && other !== own) {
        problems.push(`${file}: "${n}" (${iso}) would name ${other} in countries.json`);
      }
    }
  }
  return problems;
}

/**
 * Facts about the same thing that disagree must each carry a conflictNote saying which
 * reading was taken; the same article may not give the same fact twice.
 */
export function conflicts<T extends Sourced>(
  facts: readonly T[],
  subject: (fact: T) => string,
  value: (fact: T) => string,
  kind: string,
): string[] {
  const problems: string[] = [];
  const bySubject = new Map<string, T[]>();
  for (const fact of facts) {
    const key = subject(fact);
    bySubject.set(key, [...(bySubject.get(key) ?? []), fact]);
  }
  for (const [key, group] of bySubject) {
    const values = new Set(group.map(value));
    if (values.size > 1 && group.some((f) => !f.conflictNote)) {
      problems.push(
        `${kind} ${key}: sources disagree (${[...values].join(' / ')}) with no conflictNote`,
      );
    }
    const articles = group.map((f) => `${f.article} ${value(f)}`);
    if (new Set(articles).size < articles.length) {
      problems.push(`${kind} ${key}: the same article gives it twice`);
    }
  }
  return problems;
}

/** Whether the text names the country by its name or an alias, as a whole word. */
export function namesCountry(text: string, names: readonly string[]): boolean {
  return names.some((name) =>
    new RegExp(
      `(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
      'iu',
    ).test(text),
  );
}

/**
 * Checks against the archived articles: every quote (and every report-year clue) stands
 * verbatim in its own article, white space folded, and each country's namedIn lists exactly
 * the articles that name it. `readArticle` returns the archived text for a file name, or
 * undefined.
 */
export function checkQuotes(
  ds: DatasetFiles,
  readArticle: (file: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  ds.articles.forEach((article, i) => {
    const text = readArticle(article.file);
    if (text === undefined) {
      problems.push(`${locate(ds, 'articles', i)}: no archived copy ${article.file}`);
      return;
    }
    texts.set(article.id, foldSpace(text));
  });
  const check = (where: string, articleId: string, quote: string) => {
    const text = texts.get(articleId);
    if (text !== undefined && !text.includes(foldSpace(quote))) {
      problems.push(`${where}: quote not found verbatim in article ${articleId}: "${quote}"`);
    }
  };
  ds.articles.forEach((a, i) =>
    check(`${locate(ds, 'articles', i)} year clue`, a.id, a.reportYearClue.quote),
  );
  for (const { key, index, fact } of sourcedRecords(ds)) {
    check(locate(ds, key, index), fact.article, fact.quote);
  }
  if (texts.size === ds.articles.length) {
    ds.countries.forEach((c, i) => {
      const naming = ds.articles
        .filter((a) => namesCountry(texts.get(a.id) as string, [c.name, ...c.aliases]))
        .map((a) => a.id);
      const listed = [...c.namedIn].sort().join(', ');
      if (listed !== [...naming].sort().join(', ')) {
        problems.push(
          `${locate(ds, 'countries', i)}: namedIn is [${c.namedIn.join(', ')}] but the articles naming it are [${naming.join(', ')}]`,
        );
      }
    });
  }
  return problems;
}
