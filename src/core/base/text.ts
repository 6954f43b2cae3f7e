/** Folds case and every run of space, underscore, hyphen or dot, so "NCCT funding" = "ncct_funding". */
export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/** Folds case, punctuation and white space of a country name; keeps letters and digits. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folds every run of white space into one space, as quotes are compared with articles. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** 2002, 2003, 2005, 2006, 2007 -> "2002–2003, 2005–2007". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** 974896 -> "974,896", as the articles print numbers. */
export function groupThousands(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
