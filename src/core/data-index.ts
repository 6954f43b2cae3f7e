import type {
  Country,
  DataFiles,
  Figure,
  Metric,
  OutsideFact,
  Period,
  SourceDocument,
} from './base/types';
import type { FormattedCitation } from './citations/csl';
import { countryByIsoName } from './base/country-names';
import { comparePeriods, samePeriod } from './base/periods';
import { normalizeKey, normalizeName } from './base/text';
import { DocumentsSource, statedFirst } from './sources/documents';
import { RecordSource } from './sources/record';
import { buildSources } from './sources/registry';
import type { TierSource } from './sources/source';

/**
 * What dist/Code.js writes once per document rather than in each of its citations: its
 * address, citation title, author and site, each replaced in the formatted strings by a
 * control character (scripts/build.mjs) and put back by DataIndex.citation. In this order: a
 * title may contain the author ("U.S. Department of State 2001 Trafficking in Persons Report").
 */
export function citationMarks(doc: SourceDocument): [mark: string, value: string][] {
  const author = typeof doc.cite?.author === 'string' ? doc.cite.author : undefined;
  const pairs: [string, string | null | undefined][] = [
    ['\u0001', doc.url],
    ['\u0002', doc.cite?.title ?? doc.headline],
    ['\u0003', author],
    ['\u0004', doc.cite?.site],
  ];
  return pairs.filter((p): p is [string, string] => !!p[1]);
}

/**
 * The data index: read-only access to every embedded data file, composing the sources (built
 * from the registry, src/data/sources.json) with the countries, metrics, figures and outside
 * facts. Named so as not to be taken for the source "dataset" (Kelley and Heiss's record), which
 * users type. Files are read and indexes built on first use only:
 * a custom-function call runs in a fresh context, and TIP_TIER needs neither figures nor prose.
 */
export class DataIndex {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly files: DataFiles) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  /** The sources of tiers, in the registry's order (src/data/sources.json). */
  get sources(): readonly TierSource[] {
    return this.once('sources', () => buildSources(this.files, this));
  }

  /** The source with this key ("report", "articles", "dataset"). */
  source(key: string): TierSource {
    const found = this.sources.find((s) => s.key === key);
    if (!found) throw new Error(`The dataset names an unknown source "${key}".`);
    return found;
  }

  /**
   * The press (the registry's entry marked "press": the news articles and passages): the
   * source TIP_CHECK checks against the report, whose documents TIP_ARTICLES lists. Formulas
   * that name no source ask "any" (DEFAULT_SOURCE in ./compare.ts), not this one.
   */
  get press(): DocumentsSource {
    return this.sources.find((s) => s.entry.press) as DocumentsSource;
  }

  /** The sources of quoted documents, in registry order. */
  get documentSources(): readonly DocumentsSource[] {
    return this.sources.filter((s): s is DocumentsSource => s instanceof DocumentsSource);
  }

  /** Every document of every documents source. */
  get documents(): readonly SourceDocument[] {
    return this.once('documents', () => this.documentSources.flatMap((s) => s.documents));
  }

  /** The articles (the press's documents: founding articles and news passages). */
  get articles(): readonly SourceDocument[] {
    return this.press.documents;
  }

  /**
   * A document's citation, formatted at build time: `apa`, `chicago` (reference-list and
   * bibliography entries) and `short` (APA in-text).
   */
  citation(documentId: string): FormattedCitation {
    return this.once(`citation ${documentId}`, () => {
      const found = this.files.citations.documents[documentId];
      if (!found) throw new Error(`The dataset has no formatted citation of "${documentId}".`);
      // dist/Code.js carries each address, title, author and site once (citationMarks).
      const marks = citationMarks(this.document(documentId)).reverse();
      const put = (text: string) =>
        marks.reduce((out, [mark, value]) => out.split(mark).join(value), text);
      return { apa: put(found.apa), chicago: put(found.chicago), short: put(found.short) };
    });
  }

  /** A record's citation (a data set), by its source's key. */
  recordCitation(sourceKey: string): FormattedCitation {
    const found = this.files.citations.records[sourceKey];
    if (!found) throw new Error(`The dataset has no formatted citation of "${sourceKey}".`);
    return found;
  }

  /** The countries of the data files (countries.json). */
  get countries(): readonly Country[] {
    return this.files.countries;
  }

  /** The records' countries (Kelley and Heiss's), by ISO code, in the record's order. */
  private get recordCountries(): Map<string, { iso: string; name: string }> {
    return this.once('recordCountries', () => {
      const byIso = new Map<string, { iso: string; name: string }>();
      for (const s of this.sources) {
        if (!(s instanceof RecordSource)) continue;
        for (const c of s.record.countries.values()) if (!byIso.has(c.iso)) byIso.set(c.iso, c);
      }
      return byIso;
    });
  }

  /**
   * Every country any source knows: the data files' countries, each with the record's name and
   * ISO code among its aliases, then the record's other countries under the record's own name
   * (its ISO code as an alias).
   */
  get allCountries(): readonly Country[] {
    return this.once('allCountries', () => {
      const ours = new Set(this.countries.map((c) => c.iso));
      const common = this.files.referenceAliases;
      const merged = this.countries.map((c) => {
        const named = this.recordCountries.get(c.iso)?.name;
        const extra = [named, c.iso, ...(common[c.iso] ?? [])].filter(
          (n): n is string =>
            !!n && ![c.name, ...c.aliases].some((a) => normalizeName(a) === normalizeName(n)),
        );
        return { ...c, aliases: [...c.aliases, ...extra] };
      });
      const others = [...this.recordCountries.values()]
        .filter((r) => !ours.has(r.iso))
        .map((r): Country => ({
          name: r.name,
          iso: r.iso,
          aliases: [r.iso, ...(common[r.iso] ?? [])],
          namedIn: [],
        }));
      return [...merged, ...others];
    });
  }

  /** The countries a source says anything about ("any": every source's). */
  countriesOf(source: TierSource | 'any'): readonly Country[] {
    if (source === 'any') return this.allCountries;
    return this.allCountries.filter((c) => source.covers(c));
  }
  get metrics(): readonly Metric[] {
    return this.files.metrics;
  }
  get figures(): readonly Figure[] {
    return this.files.figures;
  }
  get outsideFacts(): readonly OutsideFact[] {
    return this.files.outsideFacts;
  }

  private get countryByName(): Map<string, Country> {
    return this.once('countries', () => {
      const map = new Map<string, Country>();
      for (const country of this.allCountries) {
        for (const name of [country.name, ...country.aliases])
          map.set(normalizeName(name), country);
      }
      return map;
    });
  }

  private get metricByName(): Map<string, Metric> {
    return this.once('metrics', () => {
      const map = new Map<string, Metric>();
      for (const metric of this.metrics) {
        for (const name of [metric.key, metric.label, ...metric.aliases]) {
          map.set(normalizeKey(name), metric);
        }
      }
      return map;
    });
  }

  /** The document (article, passage or report page) with this id, in any source. */
  document(id: string): SourceDocument {
    const doc = this.documents.find((d) => d.id === id);
    if (!doc) throw new Error(`The dataset names an unknown document "${id}".`);
    return doc;
  }

  outsideFact(id: string): OutsideFact {
    const fact = this.outsideFacts.find((f) => f.id === id);
    if (!fact) throw new Error(`The dataset names an unknown outside fact "${id}".`);
    return fact;
  }

  /** The metric with this key (a key the data files use). */
  metric(key: string): Metric {
    const metric = this.metrics.find((m) => m.key === key);
    if (!metric) throw new Error(`The dataset names an unknown metric "${key}".`);
    return metric;
  }

  /**
   * The country a name, alias or ISO code stands for, in the articles or the record, whatever
   * its case and punctuation. An article country's exact name is found without reading the
   * record. Failing the sources' names, an ISO 3166-1 code or English short name of
   * i18n-iso-countries ("KH", "kh", "MM", "Cabo Verde") stands for the country with its code.
   */
  findCountry(name: string): Country | undefined {
    return (
      this.countries.find((c) => c.name === name) ??
      this.countryByName.get(normalizeName(name)) ??
      countryByIsoName(this.allCountries, name)
    );
  }

  /** The metric a key, label or alias stands for, whatever its case and spacing. */
  findMetric(name: string): Metric | undefined {
    return this.metricByName.get(normalizeKey(name));
  }

  /** Every figure of a metric about a calendar year (any part of it), stated ones first. */
  figuresFor(metric: string, country: string | null, year: number): readonly Figure[] {
    return statedFirst(
      this.figures.filter(
        (f) => f.metric === metric && f.country === country && f.period.year === year,
      ),
    );
  }

  /** The documents source whose document a figure quotes (the report's pages, the articles). */
  figureSource(figure: Figure): DocumentsSource {
    const bySource = this.once('documentSource', () => {
      const map = new Map<string, DocumentsSource>();
      for (const s of this.documentSources) for (const d of s.documents) map.set(d.id, s);
      return map;
    });
    const source = bySource.get(figure.document);
    if (!source) throw new Error(`The dataset names an unknown document "${figure.document}".`);
    return source;
  }

  /**
   * Periods with a figure for the metric (and country, for country metrics), in time order;
   * with a source, that source's only.
   */
  metricPeriods(metric: string, country: string | null, source?: DocumentsSource): Period[] {
    const periods: Period[] = [];
    for (const f of this.figures) {
      if (f.metric !== metric || f.country !== country) continue;
      if (source && this.figureSource(f) !== source) continue;
      if (!periods.some((p) => samePeriod(p, f.period))) periods.push(f.period);
    }
    return periods.sort(comparePeriods);
  }
}
