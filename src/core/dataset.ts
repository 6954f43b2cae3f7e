import type {
  Article,
  Country,
  DatasetFiles,
  Figure,
  Metric,
  NonPlacement,
  OutsideFact,
  Period,
  Placement,
  Sourced,
} from './types';
import { countryByIsoName } from './country-names';
import { comparePeriods, samePeriod } from './periods';
import { ReferenceRecord } from './reference';
import { normalizeKey, normalizeName } from './text';

/** Stated sources before inferred ones; otherwise the order of the data files. */
function statedFirst<T extends Sourced>(facts: readonly T[]): T[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort(
      (a, b) =>
        Number(a.fact.basis !== 'stated') - Number(b.fact.basis !== 'stated') || a.index - b.index,
    )
    .map((entry) => entry.fact);
}

/**
 * Read-only access to the sourced dataset. Files are read and indexes built on first use only:
 * a custom-function call runs in a fresh context, and TIP_TIER needs neither figures nor prose.
 */
export class Dataset {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly files: DatasetFiles) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  get articles(): readonly Article[] {
    return this.files.articles;
  }
  /** The countries of the articles (countries.json). */
  get countries(): readonly Country[] {
    return this.files.countries;
  }
  /** Kelley and Heiss's record, parsed on first use. */
  get reference(): ReferenceRecord {
    return this.once('reference', () => new ReferenceRecord(this.files.reference));
  }

  /**
   * Every country either source knows: the articles' countries, each with the record's name
   * and ISO code among its aliases, then the record's other countries under the record's own
   * name (its ISO code as an alias).
   */
  get allCountries(): readonly Country[] {
    return this.once('allCountries', () => {
      const ours = new Set(this.countries.map((c) => c.iso));
      const common = this.files.referenceAliases;
      const merged = this.countries.map((c) => {
        const named = this.reference.countries.get(c.iso)?.name;
        const extra = [named, c.iso, ...(common[c.iso] ?? [])].filter(
          (n): n is string =>
            !!n && ![c.name, ...c.aliases].some((a) => normalizeName(a) === normalizeName(n)),
        );
        return { ...c, aliases: [...c.aliases, ...extra] };
      });
      const others = [...this.reference.countries.values()]
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

  /** The articles' countries and the record's, as one Country each. */
  countriesOf(source: 'articles' | 'dataset' | 'any'): readonly Country[] {
    if (source === 'articles') return this.allCountries.slice(0, this.countries.length);
    if (source === 'any') return this.allCountries;
    return this.allCountries.filter((c) => this.reference.countries.has(c.iso));
  }
  get placements(): readonly Placement[] {
    return this.files.placements;
  }
  get nonPlacements(): readonly NonPlacement[] {
    return this.files.nonPlacements;
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

  article(id: string): Article {
    const article = this.articles.find((a) => a.id === id);
    if (!article) throw new Error(`The dataset names an unknown article "${id}".`);
    return article;
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

  /** Every source for a country's placement in a report year, stated ones first. */
  placementsFor(country: string, year: number): readonly Placement[] {
    // A scan of a few dozen records is cheaper than building an index on a cold start, and a
    // range asks once per distinct year (src/core/grid.ts).
    return statedFirst(this.placements.filter((p) => p.country === country && p.year === year));
  }

  /** What the sources say a country was not in a report year: not listed, or not in a tier. */
  nonPlacementsFor(country: string, year: number): readonly NonPlacement[] {
    return this.nonPlacements.filter((n) => n.country === country && n.year === year);
  }

  /** Every figure of a metric about a calendar year (any part of it), stated ones first. */
  figuresFor(metric: string, country: string | null, year: number): readonly Figure[] {
    return statedFirst(
      this.figures.filter(
        (f) => f.metric === metric && f.country === country && f.period.year === year,
      ),
    );
  }

  /** Report years with a placement for the country, ascending. */
  tierYears(country: string): number[] {
    return uniqueSorted(this.placements.filter((p) => p.country === country).map((p) => p.year));
  }

  /** Periods with a figure for the metric (and country, for country metrics), in time order. */
  metricPeriods(metric: string, country: string | null): Period[] {
    const periods: Period[] = [];
    for (const f of this.figures) {
      if (f.metric !== metric || f.country !== country) continue;
      if (!periods.some((p) => samePeriod(p, f.period))) periods.push(f.period);
    }
    return periods.sort(comparePeriods);
  }
}

function uniqueSorted(years: number[]): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}
