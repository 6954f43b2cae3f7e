/**
 * The help a user sees: Sheets' formula helper shows each function's description and its
 * parameters (every one as if required, and not the @return text), and the Help alert.
 */
import { createFakeSheets } from '../emulator/sheets';
import { loadBundle, readBundle } from '../emulator/node-loader';

const code = readBundle();
const docs = new Map(
  [...code.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\nfunction (TIP_\w+)\(([^)]*)\)/g)].map((m) => [
    m[2],
    { jsdoc: m[1], params: m[3] ? m[3].split(', ') : [] },
  ]),
);

describe('formula helper', () => {
  test.each([...docs.keys()])(
    '%s says in words what it returns and which arguments are optional',
    (name) => {
      const { jsdoc, params } = docs.get(name)!;
      const description = jsdoc.split('@')[0];
      expect(description).toMatch(/^\/\*\*\s*\*\s*Returns /);
      for (const m of jsdoc.matchAll(/@param \{[^}]+\} \[(\w+)\] (.*)/g)) {
        expect(m[2]).toMatch(/^Optional: .*Leave it out for /);
      }
      for (const m of jsdoc.matchAll(/@param \{[^}]+\} (\w+) (.*)/g))
        expect(m[2].length).toBeGreaterThan(10);
      if (params.length === 0) expect(description).toContain('Takes no argument.');
      if (params.length >= 2)
        expect(description).toContain('separate arguments with ";" instead of ","');
    },
  );
});

test('Help names every function with its optional arguments, and the ";" of other locales', () => {
  const fake = createFakeSheets();
  loadBundle(fake.services as unknown as Record<string, unknown>).menuHelp();
  const text = fake.ui.alerts[0].prompt;
  for (const [name, { params }] of docs) {
    expect(text).toContain(`=${name}(`);
    const optional = [...docs.get(name)!.jsdoc.matchAll(/@param \{[^}]+\} \[(\w+)\]/g)].map(
      (m) => m[1],
    );
    for (const p of optional) expect(text).toMatch(new RegExp(`${name}\\([^)]*\\[${p}\\]`));
    expect(params.length).toBeGreaterThanOrEqual(optional.length);
  }
  expect(text).toContain('separate arguments with ";": =TIP_TIER(2003; "Burma")');
});
