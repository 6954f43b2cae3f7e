/**
 * Checks of the data files, run by the build (scripts/build.mjs) and by the tests.
 * Not part of the Apps Script bundle: the bundle embeds data that already passed.
 */
import Ajv2020 from 'ajv/dist/2020';
import schema from './schema.json';
import type { DatasetFiles, Sourced } from '../core/types';
import { foldSpace, normalizeKey, normalizeName } from '../core/text';

/** Schema errors, then consistency errors: references, unique names, recorded conflicts. */
export function checkDataset(files: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(schema);
  if (!validate(files)) {
    return (validate.errors ?? []).map((e) =>
      `schema: ${e.instancePath || '(root)'} ${e.message ?? ''}`.trim(),
    );
  }
  return checkConsistency(files as unknown as DatasetFiles);
}

function checkConsistency(ds: DatasetFiles): string[] {
  const problems: string[] = [];
  const unique = (kind: string, names: string[], fold: (s: string) => string) => {
    const seen = new Map<string, string>();
    for (const name of names) {
      const key = fold(name);
      if (seen.has(key)) problems.push(`${kind} "${name}" clashes with "${seen.get(key)}"`);
      else seen.set(key, name);
    }
  };
  unique(
    'article id',
    ds.articles.map((a) => a.id),
    (s) => s,
  );
  unique(
    'article file',
    ds.articles.map((a) => a.file),
    (s) => s,
  );
  unique(
    'country name or alias',
    ds.countries.flatMap((c) => [c.name, ...c.aliases]),
    normalizeName,
  );
  unique(
    'metric key, label or alias',
    ds.metrics.flatMap((m) => [m.key, m.label, ...m.aliases]),
    normalizeKey,
  );

  const articles = new Set(ds.articles.map((a) => a.id));
  const countries = new Set(ds.countries.map((c) => c.name));
  const metrics = new Map(ds.metrics.map((m) => [m.key, m]));
  type Fact = [string, Sourced & { country: string | null }];
  const facts: Fact[] = [
    ...ds.placements.map((p): Fact => [`placement ${p.country} ${p.year}`, p]),
    ...ds.nonPlacements.map((n): Fact => [`non-placement ${n.country} ${n.year}`, n]),
    ...ds.figures.map((f): Fact => [`figure ${f.metric} ${f.period.year}`, f]),
  ];
  for (const [label, fact] of facts) {
    if (!articles.has(fact.article)) problems.push(`${label}: unknown article "${fact.article}"`);
    if (fact.country !== null && !countries.has(fact.country)) {
      problems.push(
        `${label}: country "${fact.country}" is not a canonical name in countries.json`,
      );
    }
  }
  for (const f of ds.figures) {
    const metric = metrics.get(f.metric);
    const label = `figure ${f.metric} ${f.period.year}`;
    if (!metric) problems.push(`${label}: unknown metric`);
    else if ((metric.scope === 'global') !== (f.country === null)) {
      problems.push(
        `${label}: a ${metric.scope} metric ${metric.scope === 'global' ? 'takes no' : 'needs a'} country`,
      );
    }
    if (f.period.fromMonth !== undefined && f.period.fromMonth > (f.period.toMonth ?? 12)) {
      problems.push(`${label}: the period ends before it starts`);
    }
  }
  for (const n of ds.nonPlacements) {
    if (ds.placements.some((p) => p.country === n.country && p.year === n.year)) {
      problems.push(`non-placement ${n.country} ${n.year} disagrees with a placement`);
    }
  }
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

/**
 * Every quote (and every report-year clue) must stand verbatim in its own article, white
 * space folded. `readArticle` returns the archived text for a file name, or undefined.
 */
export function checkQuotes(
  ds: DatasetFiles,
  readArticle: (file: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const article of ds.articles) {
    const text = readArticle(article.file);
    if (text === undefined) {
      problems.push(`article ${article.id}: no archived copy ${article.file}`);
      continue;
    }
    texts.set(article.id, foldSpace(text));
  }
  type Quoted = [label: string, article: string, quote: string];
  const quoted: Quoted[] = [
    ...ds.articles.map((a): Quoted => [`article ${a.id} year clue`, a.id, a.reportYearClue.quote]),
    ...ds.placements.map((p): Quoted => [`placement ${p.country} ${p.year}`, p.article, p.quote]),
    ...ds.nonPlacements.map((n): Quoted => [
      `non-placement ${n.country} ${n.year}`,
      n.article,
      n.quote,
    ]),
    ...ds.figures.map((f): Quoted => [`figure ${f.metric} ${f.period.year}`, f.article, f.quote]),
  ];
  for (const [label, articleId, quote] of quoted) {
    const text = texts.get(articleId);
    if (text !== undefined && !text.includes(foldSpace(quote))) {
      problems.push(`${label}: quote not found verbatim in ${articleId}: "${quote}"`);
    }
  }
  return problems;
}
