import type {
  Article,
  Country,
  DatasetFiles,
  Figure,
  Metric,
  NonPlacement,
  Placement,
  Sourced,
} from './types';
import { normalizeKey, normalizeName } from './text';

/** Stated sources before inferred ones; otherwise the order of the data files. */
function statedFirst<T extends Sourced>(facts: T[]): T[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort(
      (a, b) =>
        Number(a.fact.basis !== 'stated') - Number(b.fact.basis !== 'stated') || a.index - b.index,
    )
    .map((entry) => entry.fact);
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const placementKey = (country: string, year: number) => `${country}|${year}`;
const figureKey = (metric: string, country: string | null, year: number) =>
  `${metric}|${country ?? ''}|${year}`;

/** Read-only access to the sourced dataset, with the indexes every lookup needs. */
export class Dataset {
  readonly articles: readonly Article[];
  readonly countries: readonly Country[];
  readonly placements: readonly Placement[];
  readonly nonPlacements: readonly NonPlacement[];
  readonly metrics: readonly Metric[];
  readonly figures: readonly Figure[];

  private readonly articleById: Map<string, Article>;
  private readonly countryByName = new Map<string, Country>();
  private readonly metricByName = new Map<string, Metric>();
  private readonly placementIndex: Map<string, Placement[]>;
  private readonly figureIndex: Map<string, Figure[]>;

  constructor(files: DatasetFiles) {
    this.articles = files.articles;
    this.countries = files.countries;
    this.placements = files.placements;
    this.nonPlacements = files.nonPlacements;
    this.metrics = files.metrics;
    this.figures = files.figures;
    this.articleById = new Map(files.articles.map((a) => [a.id, a]));
    for (const country of files.countries) {
      for (const name of [country.name, ...country.aliases]) {
        this.countryByName.set(normalizeName(name), country);
      }
    }
    for (const metric of files.metrics) {
      for (const name of [metric.key, metric.label, ...metric.aliases]) {
        this.metricByName.set(normalizeKey(name), metric);
      }
    }
    this.placementIndex = group(statedFirst(files.placements), (p) =>
      placementKey(p.country, p.year),
    );
    this.figureIndex = group(statedFirst(files.figures), (f) =>
      figureKey(f.metric, f.country, f.period.year),
    );
  }

  article(id: string): Article {
    const article = this.articleById.get(id);
    if (!article) throw new Error(`The dataset names an unknown article "${id}".`);
    return article;
  }

  /** The country a name or alias stands for, whatever its case and punctuation. */
  findCountry(name: string): Country | undefined {
    return this.countryByName.get(normalizeName(name));
  }

  /** The metric a key, label or alias stands for, whatever its case and spacing. */
  findMetric(name: string): Metric | undefined {
    return this.metricByName.get(normalizeKey(name));
  }

  /** Every source for a country's placement in a report year, stated ones first. */
  placementsFor(country: string, year: number): readonly Placement[] {
    return this.placementIndex.get(placementKey(country, year)) ?? [];
  }

  nonPlacementFor(country: string, year: number): NonPlacement | undefined {
    return this.nonPlacements.find((n) => n.country === country && n.year === year);
  }

  /** Every figure of a metric about a calendar year (any part of it), stated ones first. */
  figuresFor(metric: string, country: string | null, year: number): readonly Figure[] {
    return this.figureIndex.get(figureKey(metric, country, year)) ?? [];
  }

  /** Report years with a placement for the country, ascending. */
  tierYears(country: string): number[] {
    return uniqueSorted(this.placements.filter((p) => p.country === country).map((p) => p.year));
  }

  /** Years with a figure for the metric (and country, for country metrics), ascending. */
  metricYears(metric: string, country: string | null): number[] {
    return uniqueSorted(
      this.figures
        .filter((f) => f.metric === metric && f.country === country)
        .map((f) => f.period.year),
    );
  }
}

function uniqueSorted(years: number[]): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}
