/**
 * Checks of the data files, run by the build (scripts/build.mjs), by `npm run check-data` and by
 * the tests. Not part of the Apps Script bundle: the bundle embeds data that already passed.
 *
 * Every problem names the file, the record (its position and what it is about) and what is
 * wrong, so that a newsroom adding an article can find and mend it.
 */
import Ajv2020 from 'ajv/dist/2020';
import schema from './schema.json';
import type {
  Basis,
  DataFiles,
  NonPlacement,
  Placement,
  SourceDocument,
  SourceEntry,
  Sourced,
} from '../core/base/types';
import { SOURCE_FILE_FIELDS, fileKey } from '../core/base/types';
import { foldSpace, normalizeKey, normalizeName } from '../core/base/text';
import { runYears } from '../core/sources/reference';
import { citationDate } from '../core/citations/csl';
import { isWholeYear, periodKey } from '../core/base/periods';

type Key = string;
type AnyRecord = Record<string, unknown>;
/** What a file of a source holds: the schema $defs name of its records. */
type Role = (typeof SOURCE_FILE_FIELDS)[number];
const ROLES: readonly Role[] = SOURCE_FILE_FIELDS;

/** "reportPages" -> "report-pages.json": the file name of a key of DatasetFiles. */
export function fileName(key: Key): string {
  return `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.json`;
}

/** The files the registry names, each with its role and source. */
function sourceFiles(files: {
  sources?: SourceEntry[];
}): { key: Key; role: Role; source: SourceEntry }[] {
  return (Array.isArray(files.sources) ? files.sources : []).flatMap((source) =>
    ROLES.filter((role) => typeof source[role] === 'string').map((role) => ({
      key: fileKey(source[role] as string),
      role,
      source,
    })),
  );
}

/** What a record is about, in a few words: "Cambodia 2009", "convictions 2015", "report-2019". */
function describe(files: Partial<DataFiles>, key: Key, record: AnyRecord | undefined): string {
  if (!record || typeof record !== 'object') return '';
  const period = record.period as { year?: number } | undefined;
  const role = sourceFiles(files).find((f) => f.key === key)?.role ?? key;
  const parts: Record<string, unknown[]> = {
    documents: [record.id],
    countries: [record.name],
    placements: [record.country, record.year],
    nonPlacements: [record.country, record.year],
    metrics: [record.key],
    figures: [record.metric, record.country, period?.year],
    outsideFacts: [record.id],
    sources: [record.key],
  };
  return (parts[role] ?? []).filter((p) => p !== undefined && p !== null).join(' ');
}

/** "src/data/placements.json, record 14 (Brunei 2003)". */
export function locate(files: Partial<DataFiles>, key: Key, index?: number): string {
  const file = `src/data/${fileName(key)}`;
  if (index === undefined) return file;
  const record = (files[key] as AnyRecord[] | undefined)?.[index];
  const about = describe(files, key, record);
  return `${file}, record ${index + 1}${about ? ` (${about})` : ''}`;
}

/** Schema errors, then consistency errors: references, unique names, recorded conflicts. */
export function checkDataset(files: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  ajv.addSchema(schema);
  const data = files as Partial<DataFiles>;
  const problems: string[] = [];
  const report = (prefix: string, errors: typeof ajv.errors) => {
    for (const e of errors ?? []) {
      const [, key, index, ...rest] = `${prefix}${e.instancePath}`.split('/');
      if (!key) {
        problems.push(`the data files: ${e.message ?? 'invalid'}`);
        continue;
      }
      // A record file is an object: its path is a field, not a record number.
      const numbered = index !== undefined && /^\d+$/.test(index);
      const where = locate(data, key, numbered ? Number(index) : undefined);
      const path = numbered ? rest : [index, ...rest].filter((p) => p !== undefined);
      const field = path.length ? `${path.join('.')} ` : '';
      problems.push(`${where}: ${field}${e.message ?? 'is invalid'}`);
    }
  };
  const whole = ajv.getSchema(schema.$id);
  if (whole && !whole(files)) report('', whole.errors);
  if (problems.length) return problems;
  for (const { key, role } of sourceFiles(data)) {
    const validate = ajv.getSchema(`${schema.$id}#/$defs/${role}`);
    if (!(key in data)) problems.push(`src/data/${fileName(key)}: missing (sources.json names it)`);
    else if (validate && !validate(data[key])) report(`/${key}`, validate.errors);
  }
  if (problems.length) return problems;
  return checkConsistency(files as DataFiles);
}

/** A sourced record with where it is: file key and index, and the source it belongs to. */
interface Located {
  key: Key;
  index: number;
  fact: Sourced & { country: string | null };
  source: SourceEntry | null;
}

/** The documents of every documents source, each with its file key and index. */
export function allDocuments(
  ds: DataFiles,
): { key: Key; index: number; doc: SourceDocument; source: SourceEntry }[] {
  return sourceFiles(ds)
    .filter((f) => f.role === 'documents')
    .flatMap(({ key, source }) =>
      (ds[key] as SourceDocument[]).map((doc, index) => ({ key, index, doc, source })),
    );
}

/** The State Department's own pages and its embassy's releases: cited as its works. */
const GOVERNMENT_KINDS: readonly SourceDocument['kind'][] = [
  'report text',
  'mirror of report text',
  'embassy press release',
];

/**
 * What a citation of the document needs: a page of the report (or an embassy release) whose
 * report year is fixed is cited under its group author, its title (not a bracketed
 * description) and a date, never "n.d."; `cite` gives them where the page's own fields do not.
 */
export function checkCitationFields(doc: SourceDocument): string[] {
  if (!GOVERNMENT_KINDS.includes(doc.kind) || doc.reportYear === null) return [];
  const problems: string[] = [];
  if (!doc.cite?.author)
    problems.push(
      'a page of the report is cited under its group author: give cite.author ("U.S. Department of State", or "U.S. Embassy Phnom Penh" for a release)',
    );
  if ((doc.cite?.title ?? doc.headline).startsWith('['))
    problems.push(
      `its headline is a description (${doc.headline}): give cite.title, the report's title for the year and country as the page or its address shows it`,
    );
  if (!citationDate(doc))
    problems.push(
      'its citation has no date: give cite.date (the release date, or the report year its title or address fixes)',
    );
  return problems;
}

function sourcedRecords(ds: DataFiles): Located[] {
  const located: Located[] = [];
  for (const { key, role, source } of sourceFiles(ds)) {
    if (role !== 'placements' && role !== 'nonPlacements') continue;
    (ds[key] as (Placement | NonPlacement)[]).forEach((fact, index) =>
      located.push({ key, index, fact, source }),
    );
  }
  ds.figures.forEach((fact, index) => located.push({ key: 'figures', index, fact, source: null }));
  return located;
}

const BASIS_RANK: Record<Basis, number> = { stated: 2, inferred: 1, external: 0 };

/**
 * One rule for "stated", in every source: a document states a report year when its own text,
 * title, date or address names it. So a document's year is stated only where the year stands
 * in its year clue (verbatim in its text), its headline, its date or its address; a placement
 * of the document's own year is never surer than that year; and where the document states the
 * year and the placement's quote names a tier, the placement is stated.
 */
function checkStatedRule(ds: DataFiles): string[] {
  const problems: string[] = [];
  const docs = new Map<string, SourceDocument>();
  for (const { key, index, doc } of allDocuments(ds)) {
    docs.set(doc.id, doc);
    if (doc.reportYear === null || doc.reportYearBasis !== 'stated') continue;
    const year = String(doc.reportYear);
    const own = [doc.reportYearClue.quote, doc.headline, doc.published ?? '', doc.url ?? ''];
    if (!own.some((text) => text.includes(year))) {
      problems.push(
        `${locate(ds, key, index)}: reportYearBasis is stated but ${year} is not in its year clue, headline, date or address`,
      );
    }
  }
  for (const { key, role } of sourceFiles(ds)) {
    if (role !== 'placements') continue;
    (ds[key] as Placement[]).forEach((p, index) => {
      const doc = docs.get(p.document);
      if (!doc || doc.reportYear !== p.year || !doc.reportYearBasis) return;
      const where = locate(ds, key, index);
      if (BASIS_RANK[p.basis] > BASIS_RANK[doc.reportYearBasis]) {
        problems.push(
          `${where}: basis ${p.basis} is surer than its document's report year (${doc.reportYearBasis})`,
        );
      } else if (
        doc.reportYearBasis === 'stated' &&
        p.basis === 'inferred' &&
        /\btier\b|watch ?list/i.test(p.quote)
      ) {
        problems.push(
          `${where}: the quote names a tier and document ${doc.id} states the year ${p.year} (its own text, title, date or address names it), so the placement is stated, not inferred`,
        );
      }
    });
  }
  return problems;
}

/** The press: the source TIP_CHECK checks against the others (its documents are the news). */
function pressSource(ds: DataFiles): SourceEntry | undefined {
  return ds.sources.find((s) => s.press);
}

function checkConsistency(ds: DataFiles): string[] {
  const problems: string[] = [];
  const at = (key: Key, index?: number) => locate(ds, key, index);
  const unique = (
    key: Key,
    kind: string,
    names: [string, number, Key?][],
    fold: (s: string) => string,
  ) => {
    const seen = new Map<string, string>();
    for (const [name, index, own] of names) {
      const folded = fold(name);
      if (seen.has(folded))
        problems.push(
          `${at(own ?? key, index)}: ${kind} "${name}" clashes with "${seen.get(folded)}"`,
        );
      else seen.set(folded, name);
    }
  };
  const same = (s: string) => s;
  const documents = allDocuments(ds);

  // The registry: one press source of documents, keys and names that name one source each.
  const presses = ds.sources.filter((s) => s.press);
  if (presses.length !== 1 || presses[0].kind !== 'documents') {
    problems.push(
      `src/data/sources.json: exactly one source of documents must be the press (found ${presses.length})`,
    );
  }
  unique(
    'sources',
    'source name',
    ds.sources
      .flatMap((s, i) => [s.key, ...s.names].map((n): [string, number] => [n, i]))
      .filter(
        // A source may list its own key among its names.
        ([n, i], j, all) =>
          all.findIndex(([m, k]) => normalizeKey(m) === normalizeKey(n) && k === i) === j,
      ),
    normalizeKey,
  );
  unique(
    'sources',
    'file',
    sourceFiles(ds).map(({ key, source }): [string, number] => [
      fileName(key),
      ds.sources.indexOf(source),
    ]),
    same,
  );
  for (const word of ['any']) {
    ds.sources.forEach((s, i) => {
      if ([s.key, ...s.names].some((n) => normalizeKey(n) === word))
        problems.push(`${at('sources', i)}: "${word}" is reserved for every source at once`);
    });
  }

  unique(
    'documents',
    'document id',
    documents.map(({ doc, index, key }): [string, number, Key] => [doc.id, index, key]),
    same,
  );
  unique(
    'documents',
    'archived file',
    documents.map(({ doc, index, key }): [string, number, Key] => [doc.file, index, key]),
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

  const docSource = new Map(documents.map(({ doc, source }) => [doc.id, source]));
  const named = new Set(
    documents.filter(({ source }) => source === pressSource(ds)).map(({ doc }) => doc.id),
  );
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

  for (const { key, index, doc } of documents) {
    checkOutside(`${at(key, index)} year clue`, doc.reportYearClue.outsideFacts);
    checkOutside(`${at(key, index)} address`, doc.locatedBy);
    checkOutside(`${at(key, index)} citation`, doc.cite?.outsideFacts);
    problems.push(...checkCitationFields(doc).map((p) => `${at(key, index)}: ${p}`));
  }
  ds.countries.forEach((c, i) => {
    for (const id of c.namedIn) {
      if (!named.has(id))
        problems.push(`${at('countries', i)}: namedIn names unknown article "${id}"`);
    }
  });
  for (const { key, index, fact, source } of sourcedRecords(ds)) {
    const where = at(key, index);
    const owner = docSource.get(fact.document);
    if (!owner) problems.push(`${where}: unknown document "${fact.document}"`);
    else if (source && owner !== source) {
      problems.push(
        `${where}: document "${fact.document}" belongs to the ${owner.key} source, not ${source.key}`,
      );
    }
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

  for (const source of ds.sources.filter((s) => s.kind === 'record')) {
    problems.push(...checkReference(ds, fileKey(source.record as string)));
  }
  problems.push(...checkStatedRule(ds));

  ds.figures.forEach((f, i) => {
    const metric = metrics.get(f.metric);
    const where = at('figures', i);
    if (!metric) problems.push(`${where}: unknown metric "${f.metric}"`);
    else if ((metric.scope === 'global') !== (f.country === null)) {
      problems.push(
        `${where}: a ${metric.scope} metric ${metric.scope === 'global' ? 'takes no' : 'needs a'} country`,
      );
    } else if (metric.scope === 'global' && !isWholeYear(f.period)) {
      problems.push(`${where}: a whole-report figure is keyed by report year and takes no months`);
    }
    if (metric && ![metric.unit, ...(metric.otherUnits ?? [])].includes(f.unit)) {
      problems.push(
        `${where}: unit "${f.unit}" is not a unit of ${metric.key} (${[metric.unit, ...(metric.otherUnits ?? [])].join(', ')}; add it to the metric's otherUnits)`,
      );
    }
    const { fromMonth, toMonth, toYear } = f.period;
    if (
      fromMonth !== undefined &&
      (toYear ?? f.period.year) * 12 + (toMonth ?? 12) < f.period.year * 12 + fromMonth
    ) {
      problems.push(`${where}: the period ends before it starts`);
    }
    if (f.period.reportingPeriod && fromMonth !== undefined) {
      problems.push(`${where}: a reporting period takes no months (the text does not give them)`);
    }
    if (toYear !== undefined && toYear <= f.period.year) {
      problems.push(`${where}: toYear is for a period running into a later year`);
    }
  });
  // Within a source, facts must agree (or say which reading is taken); across sources, a
  // disagreement is what TIP_CHECK reports.
  for (const source of ds.sources.filter((s) => s.kind === 'documents')) {
    const placements = ds[fileKey(source.placements as string)] as Placement[];
    const nonKey = source.nonPlacements ? fileKey(source.nonPlacements) : undefined;
    const negatives = nonKey ? (ds[nonKey] as NonPlacement[]) : [];
    negatives.forEach((n, i) => {
      const clash = placements.find(
        (p) => p.country === n.country && p.year === n.year && (!n.notTier || p.tier === n.notTier),
      );
      if (clash) {
        problems.push(
          `${at(nonKey as Key, i)}: says ${n.notTier ? `not in ${n.notTier}` : 'not listed'}, but a placement gives ${clash.tier}`,
        );
      }
    });
    problems.push(
      ...conflicts(
        placements,
        (p) => `${p.country} ${p.year}`,
        (p) => p.tier,
        `${source.key} placement`,
      ),
    );
  }
  problems.push(
    ...conflicts(
      ds.figures,
      (f) => `${f.metric} ${f.country ?? ''} ${periodKey(f.period)}`,
      (f) => `${f.qualifier ?? ''} ${f.value} ${f.unit}`,
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
function checkReference(ds: DataFiles, key: Key): string[] {
  const problems: string[] = [];
  const file = `src/data/${fileName(key)}`;
  const record = ds[key] as DataFiles['referenceTiers'];
  const names = new Map<string, string>();
  const seen = new Set<string>();
  record.countries.forEach((entry, i) => {
    const where = `${file}, countries entry ${i + 1} (${entry.split('|').slice(0, 2).join(' ')})`;
    const [iso, name, runs, codes] = entry.split('|');
    const years = runYears(runs || record.years);
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
    const documents = group.map((f) => `${f.document} ${value(f)}`);
    if (new Set(documents).size < documents.length) {
      problems.push(`${kind} ${key}: the same document gives it twice`);
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
 * Checks against the archived sources: every quote (and every report-year clue) stands
 * verbatim in its own document, white space folded, and each country's namedIn lists exactly
 * the articles (documents of the press source) that name it. `readShared` returns the
 * archived text for a file path under shared/ ("report-text/2019-report.txt"), or undefined.
 */
export function checkQuotes(
  ds: DataFiles,
  readShared: (file: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  const documents = allDocuments(ds);
  for (const { key, index, doc } of documents) {
    const text = readShared(doc.file);
    if (text === undefined) {
      problems.push(`${locate(ds, key, index)}: no archived copy ${doc.file}`);
      continue;
    }
    // Only the document's own text counts, when page furniture follows it.
    const end = doc.bodyEndsAt === undefined ? text.length : text.indexOf(doc.bodyEndsAt);
    if (end < 0) {
      problems.push(
        `${locate(ds, key, index)}: bodyEndsAt "${doc.bodyEndsAt}" is not in ${doc.file}`,
      );
      continue;
    }
    texts.set(doc.id, foldSpace(text.slice(0, end)));
  }
  const check = (where: string, id: string, quote: string) => {
    const text = texts.get(id);
    if (text !== undefined && !text.includes(foldSpace(quote))) {
      problems.push(`${where}: quote not found verbatim in document ${id}: "${quote}"`);
    }
  };
  for (const { key, index, doc } of documents) {
    check(`${locate(ds, key, index)} year clue`, doc.id, doc.reportYearClue.quote);
  }
  for (const { key, index, fact } of sourcedRecords(ds)) {
    check(locate(ds, key, index), fact.document, fact.quote);
    for (const e of fact.errata ?? []) {
      check(`${locate(ds, key, index)} ${e.kind}`, fact.document, e.quote);
    }
  }
  ds.figures.forEach((f, i) => {
    if (f.attribution.quote !== undefined)
      check(`${locate(ds, 'figures', i)} attribution`, f.document, f.attribution.quote);
  });
  const articles = documents.filter(({ source }) => source === pressSource(ds));
  if (articles.every(({ doc }) => texts.has(doc.id))) {
    ds.countries.forEach((c, i) => {
      const naming = articles
        .filter(({ doc }) => namesCountry(texts.get(doc.id) as string, [c.name, ...c.aliases]))
        .map(({ doc }) => doc.id);
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
