/** The sources sidebar: articles with their facts and quotes, filters, search, timeline, actions. */
import type { ArticleView, FactView, InsertRequest, SidebarData } from '../api';
import {
  CITATION_STYLES,
  CITATION_STYLE_LABELS,
  type CitationStyle,
} from '../../core/citations/citation-styles';
import { append, el } from './dom';
import { NO_FILTERS, factCount, filterArticles, type Filters } from './filter';
import { call } from './server';
import { SIDEBAR_DATA_ID, unpackData } from '../embed';
import { cap } from '../../core/base/errors';
import { timelineSvg } from './timeline';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let data: SidebarData | null = null;
const filters: Filters = { ...NO_FILTERS };

/**
 * The citation style chosen, kept while the panel is open (and in the tab's session storage
 * where the sidebar's frame allows it, so that reopening the panel keeps it). The citations
 * themselves were formatted when the add-on was built: the panel carries the strings.
 */
const STYLE_KEY = 'tip-cambodia-citation-style';
let citationStyle: CitationStyle = CITATION_STYLES[0];

const isStyle = (value: string | null): value is CitationStyle =>
  CITATION_STYLES.some((s) => s === value);

function bindCitationStyle(): void {
  const select = $<HTMLSelectElement>('cite-style');
  select.replaceChildren(...CITATION_STYLES.map((s) => option(s, CITATION_STYLE_LABELS[s])));
  try {
    const saved = sessionStorage.getItem(STYLE_KEY);
    if (isStyle(saved)) citationStyle = saved;
  } catch {
    // Storage blocked in this frame: the choice lasts as long as the panel.
  }
  select.value = citationStyle;
  select.addEventListener('change', () => {
    if (isStyle(select.value)) citationStyle = select.value;
    try {
      sessionStorage.setItem(STYLE_KEY, citationStyle);
    } catch {
      // As above.
    }
  });
}

function setStatus(text: string, busy = false): void {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('busy', busy);
  document.body.setAttribute('aria-busy', busy ? 'true' : 'false');
}

function showError(message: string): void {
  const box = $('error');
  box.replaceChildren(
    el('span', {}, message),
    el('button', { type: 'button', class: 'link', 'aria-label': 'Dismiss the error' }, 'Dismiss'),
  );
  box.querySelector('button')!.addEventListener('click', () => {
    box.hidden = true;
  });
  box.hidden = false;
}

function clearError(): void {
  $('error').hidden = true;
}

function option(value: string, label: string): HTMLOptionElement {
  return el('option', { value }, label);
}

function fillFilters(d: SidebarData): void {
  const facts = d.articles.flatMap((a) => a.facts);
  const countries = [
    ...new Set(facts.map((f) => f.country).filter((c): c is string => !!c)),
  ].sort();
  const years = [...new Set(facts.map((f) => f.year))].sort((a, b) => b - a);
  $('f-country').replaceChildren(
    option('', 'All countries'),
    ...countries.map((c) => option(c, c)),
  );
  $('f-year').replaceChildren(
    option('', 'All years'),
    ...years.map((y) => option(String(y), String(y))),
  );
  const withDocuments = new Set(d.articles.map((a) => a.source));
  $('f-source').replaceChildren(
    option('', 'All sources'),
    ...d.sources.filter((s) => withDocuments.has(s.key)).map((s) => option(s.key, s.column)),
  );
  const used = new Set(facts.map((f) => f.what));
  $('f-what').replaceChildren(
    option('', 'Tiers and figures'),
    option('tier', 'Tier placements'),
    ...d.metrics.filter((m) => used.has(m.key)).map((m) => option(m.key, `${m.label} (${m.unit})`)),
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el('textarea', { class: 'offscreen', readonly: true, 'aria-hidden': 'true' });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    let ok: boolean;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

function setBusy(card: HTMLElement, busy: boolean): void {
  card.querySelectorAll('button').forEach((b) => (b.disabled = busy));
}

/**
 * What became of an action, shown in the card of the fact acted on (the panel is long, and the
 * top of it may be out of view) and at the top for screen readers.
 */
function report(
  card: HTMLElement,
  text: string,
  kind: 'busy' | 'done' | 'warning' | 'info' | 'failed' = 'done',
) {
  const line = card.querySelector<HTMLElement>('.card-status');
  if (line) {
    line.textContent = text;
    line.dataset.kind = kind;
    line.hidden = text === '';
  }
  setStatus(text, kind === 'busy');
}

async function insert(
  fact: FactView,
  mode: InsertRequest['mode'],
  card: HTMLElement,
  replace = false,
) {
  clearError();
  card.querySelector('.confirm')?.remove();
  setBusy(card, true);
  report(card, `Inserting ${mode === 'formula' ? fact.formula : fact.valueText}…`, 'busy');
  try {
    const result = await call('sidebarInsert', {
      what: fact.what,
      when: fact.when,
      country: fact.country,
      source: fact.source,
      mode,
      replace,
    });
    if (result.status === 'occupied') {
      // A blank cell of another formula's array result is taken too: writing there would turn
      // that formula into #REF!.
      const inside = result.inside;
      // The server fails closed: a formula that could spill there counts, whether or not its
      // result reaches the cell now.
      report(
        card,
        `${result.cell} ${inside ? 'may be part of a formula’s result' : 'is not empty'}.`,
        'warning',
      );
      const yes = el(
        'button',
        { type: 'button', class: 'action' },
        inside ? 'Insert anyway' : 'Replace',
      );
      const no = el('button', { type: 'button' }, 'Cancel');
      const confirm = el(
        'div',
        { class: 'confirm', role: 'group', 'aria-label': 'Replace the cell?' },
        el(
          'p',
          {},
          inside
            ? `${result.cell} may be part of the result of the formula in ${inside}: inserting there would turn that formula into #REF!. Insert anyway?`
            : `${result.reason ?? `${result.cell} holds “${result.current}”.`} Replace it?`,
        ),
        yes,
        no,
      );
      yes.addEventListener('click', () => insert(fact, mode, card, true));
      no.addEventListener('click', () => {
        confirm.remove();
        report(card, 'Nothing was inserted.', 'info');
      });
      card.appendChild(confirm);
      setBusy(card, false);
      yes.disabled = false;
      no.disabled = false;
      yes.focus();
      return;
    }
    report(card, `Inserted ${result.content} into ${result.cell}.`);
  } catch (err) {
    // A failure's text is shown whole, up to the add-on's longest message.
    const message = cap(`Could not insert: ${(err as Error).message}`);
    report(card, message, 'failed');
    showError(message);
  } finally {
    if (!card.querySelector('.confirm')) setBusy(card, false);
  }
}

/** How every source compares on a placement or a figure: how many agree, or what each gives. */
function comparedLine(fact: FactView): HTMLElement | null {
  const c = fact.compared;
  if (!c) return null;
  const kind = c.verdict.endsWith(' only') ? 'only' : c.verdict.replace(' ', '-');
  // A figure's check comes in words; a placement's words are SidebarData.comparisons', by the
  // key of core/tables/facts.ts comparisonKey.
  const text =
    c.text ??
    (fact.country ? (data as SidebarData).comparisons[`${fact.country} ${fact.year}`] : undefined);
  if (!text) return null;
  return el('p', { class: `compared ${kind}` }, `Across the sources: ${text}.`);
}

/** For a press placement: TIP_CHECK's verdict, the press against the report (or the record). */
function checkLine(fact: FactView): HTMLElement | null {
  const check = fact.compared?.check;
  return check ? el('p', { class: 'press-check' }, `Press check: ${check}.`) : null;
}

/**
 * The other sources that give a tier for the same country and year, each a button that inserts
 * the formula asking that source (its value and citation, never this card's).
 */
function othersLine(fact: FactView, card: () => HTMLElement): HTMLElement | null {
  const others = fact.compared?.others ?? [];
  if (others.length === 0) return null;
  const line = el('p', { class: 'others' }, 'Also from: ');
  others.forEach((o, i) => {
    // The formula sourceFormula (src/core/tiers/compare.ts) writes, for the source named.
    const formula =
      o.formula ?? `=TIP_TIER(${fact.year}, ${JSON.stringify(fact.country)}, "${o.source}")`;
    const column = data?.sources.find((s) => s.key === o.source)?.column ?? o.source;
    const other: FactView = { ...fact, source: o.source, formula, valueText: o.tier };
    const button = el(
      'button',
      { type: 'button', class: 'link', 'aria-label': `Ask ${column}: insert ${formula}` },
      `${column} (${o.tier})`,
    );
    button.addEventListener('click', () => insert(other, 'formula', card()));
    append(line, [i > 0 ? ', ' : '', button]);
  });
  return line;
}

const YEAR_BASIS: Record<FactView['basis'], string> = {
  stated: 'stated',
  inferred: 'inferred',
  external: 'from an outside fact',
};

const BASIS_TITLES: Record<FactView['basis'], string> = {
  stated: 'The quote states it',
  inferred: 'Follows from the sources’ own text',
  external: 'Also needs a fact from outside the sources',
};

function factCard(fact: FactView, article: ArticleView): HTMLElement {
  const card: HTMLElement = el(
    'li',
    { class: `fact ${fact.kind}` },
    el(
      'div',
      { class: 'fact-head' },
      el('span', { class: 'subject' }, fact.subject),
      el('span', { class: `badge ${fact.basis}`, title: BASIS_TITLES[fact.basis] }, fact.basis),
    ),
    el('div', { class: 'value' }, fact.valueText),
    el('blockquote', {}, `“${fact.quote}”`),
    fact.reasoning ? el('p', { class: 'reasoning' }, fact.reasoning) : null,
    fact.countedBy ? el('p', { class: 'counted' }, `Unit: ${fact.countedBy}.`) : null,
    comparedLine(fact),
    checkLine(fact),
    othersLine(fact, (): HTMLElement => card),
    ...fact.outsideFacts
      .map((id) => (data as SidebarData).outsideFacts[id])
      .map((o) =>
        el(
          'p',
          { class: 'outside' },
          el('strong', {}, 'Outside fact: '),
          `${o.statement} `,
          el('span', { class: 'where' }, `Check: ${o.check}`),
        ),
      ),
  );
  const actions = el('div', { class: 'actions' });
  if (fact.formula) {
    const value = el(
      'button',
      { type: 'button', class: 'action', 'aria-label': `Insert the value of ${fact.subject}` },
      'Insert value',
    );
    const formula = el(
      'button',
      { type: 'button', 'aria-label': `Insert the formula ${fact.formula}` },
      'Insert formula',
    );
    value.addEventListener('click', () => insert(fact, 'value', card));
    formula.addEventListener('click', () => insert(fact, 'formula', card));
    append(actions, [value, formula]);
  }
  const copy = el(
    'button',
    { type: 'button', 'aria-label': `Copy the citation of ${fact.subject}` },
    'Copy citation',
  );
  copy.addEventListener('click', async () => {
    clearError();
    // The document's citation in the chosen style: the string =TIP_CITE gives for this value.
    const text = article.citation[citationStyle];
    if (await copyText(text)) report(card, 'Citation copied.');
    else {
      const message = `Copying is blocked here; select and copy this citation: ${text}`;
      report(card, message, 'failed');
      showError(message);
    }
  });
  actions.appendChild(copy);
  card.appendChild(actions);
  card.appendChild(el('p', { class: 'card-status', hidden: true }));
  return card;
}

function articleCard(article: ArticleView): HTMLElement {
  const year =
    article.reportYear === null || article.reportYearBasis === null
      ? 'report year not fixed'
      : `${article.reportYear} report, year ${YEAR_BASIS[article.reportYearBasis]}`;
  const by = article.byline ? ` (${article.byline})` : '';
  const meta = [
    article.sourceLabel,
    article.kind,
    `${article.publisher}${by}`,
    article.published,
    year,
  ]
    .filter(Boolean)
    .join(' · ');
  return el(
    'article',
    { class: 'source', 'aria-labelledby': `h-${article.id}` },
    el('h2', { id: `h-${article.id}` }, article.headline),
    el('p', { class: 'meta' }, meta),
    // The address opens in a new tab, in the user's browser: the add-on itself requests nothing.
    article.url
      ? el(
          'p',
          { class: 'address' },
          el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.url),
        )
      : el('p', { class: 'address none' }, 'Address not known'),
    el(
      'details',
      {},
      el('summary', {}, 'How the year and readings were taken'),
      el(
        'p',
        {},
        `Report year (${article.reportYearBasis ?? 'not fixed'}): ${article.reportYearClue}`,
      ),
      el(
        'ul',
        {},
        ...article.readings.map((r) => el('li', {}, el('strong', {}, `${r.about}: `), r.reading)),
      ),
    ),
    el('ul', { class: 'facts' }, ...article.facts.map((f) => factCard(f, article))),
  );
}

function render(): void {
  if (!data) return;
  const shown = filterArticles(data.articles, filters);
  const country =
    filters.country &&
    data.articles.some((a) =>
      a.facts.some((f) => f.kind === 'tier' && f.country === filters.country),
    )
      ? filters.country
      : 'Cambodia';
  $('timeline').replaceChildren(
    el('h2', {}, `${country}: tier by report year`),
    timelineSvg(data, country, (year) => {
      filters.year = String(year);
      ($('f-year') as HTMLSelectElement).value = String(year);
      render();
    }),
    el(
      'p',
      { class: 'legend' },
      el('span', { class: 'key stated' }),
      ' stated  ',
      el('span', { class: 'key inferred' }),
      ' inferred  ',
      el('span', { class: 'key external' }),
      ' external',
    ),
  );
  const count = factCount(shown);
  $('count').textContent =
    `${count} fact${count === 1 ? '' : 's'} in ${shown.length} document${shown.length === 1 ? '' : 's'}`;
  $('articles').replaceChildren(
    ...(shown.length
      ? shown.map(articleCard)
      : [
          el(
            'p',
            { class: 'empty' },
            filters.query.trim()
              ? `No fact matches “${filters.query.trim()}” with these filters.`
              : filters.check === 'differs'
                ? `No placement differs between the sources: where two or more give a tier, it is the same.`
                : filters.check === 'press-differs'
                  ? 'No press placement differs from the report or the record.'
                  : 'No fact matches these filters.',
          ),
        ]),
  );
}

function bindFilters(): void {
  const bind = (id: string, key: keyof Filters, event: string) => {
    const input = $<HTMLInputElement | HTMLSelectElement>(id);
    input.addEventListener(event, () => {
      filters[key] = input.value;
      render();
    });
  };
  bind('f-country', 'country', 'change');
  bind('f-year', 'year', 'change');
  bind('f-what', 'what', 'change');
  bind('f-query', 'query', 'input');
  bind('f-check', 'check', 'change');
  bind('f-source', 'source', 'change');
  $('f-reset').addEventListener('click', () => {
    Object.assign(filters, NO_FILTERS);
    for (const id of ['f-country', 'f-year', 'f-what', 'f-query', 'f-check', 'f-source'])
      $<HTMLInputElement>(id).value = '';
    render();
  });
}

/** The data the build wrote into the page (scripts/build.mjs): no server call before use. */
function embeddedData(): SidebarData {
  const json = document.getElementById(SIDEBAR_DATA_ID)?.textContent;
  if (!json) throw new Error('the page carries no sources data; rebuild the add-on.');
  return unpackData(JSON.parse(json)) as SidebarData;
}

function start(): void {
  bindFilters();
  bindCitationStyle();
  try {
    data = embeddedData();
    fillFilters(data);
    render();
  } catch (err) {
    showError(`Could not load the sources: ${(err as Error).message}`);
  }
}

start();
