/**
 * The README's examples, as tests/readme.test.ts runs them through the bundle and
 * tests/browser/readable.test.ts types them into the preview: one reading of both.
 */

/** Every `=TIP_…(…)` → `result` (also "gives", "says", "begins", ":") in the README's text. */
export function readmeExamples(readme: string): [formula: string, expected: string][] {
  return [...readme.matchAll(/`(=TIP_[^`]*)`(?: →| gives| says| begins|:) `([^`]+)`/g)].map((m) => [
    m[1],
    m[2],
  ]);
}

/** An expected text with "…" for what the README leaves out: every piece, in order. */
export function matches(actual: string, expected: string): boolean {
  if (!expected.includes('…')) return actual === expected;
  let at = 0;
  for (const piece of expected.split('…').map((p) => p.trim())) {
    const found = actual.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}
