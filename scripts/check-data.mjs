// npm run check-data: validates the data files against their schema and each other and, when
// ../shared/articles is beside the project, every quote against its article. Prints one line
// per problem (file, record, what is wrong) and exits 1 if there is any.
//   node scripts/check-data.mjs [--data DIR] [--articles DIR]
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLES_DIR, DATA_DIR, DATA_FILES, importTs } from './lib.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

export async function checkData(dataDir = DATA_DIR, articlesDir = ARTICLES_DIR) {
  const problems = [];
  const files = {};
  for (const [key, file] of Object.entries(DATA_FILES)) {
    const full = path.join(dataDir, file);
    try {
      files[key] = JSON.parse(fs.readFileSync(full, 'utf8'));
    } catch (err) {
      problems.push(`src/data/${file}: cannot be read as JSON: ${err.message}`);
    }
  }
  if (problems.length) return { problems, quotesChecked: false };
  const { checkDataset, checkQuotes } = await importTs('src/data/validate.ts');
  problems.push(...checkDataset(files));
  const quotesChecked = problems.length === 0 && fs.existsSync(articlesDir);
  if (quotesChecked) {
    problems.push(
      ...checkQuotes(files, (file) => {
        const full = path.join(articlesDir, file);
        return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
      }),
    );
  }
  const records = Object.values(files).reduce(
    (n, data) =>
      n + (Array.isArray(data) ? data.length : (data.countries ?? Object.keys(data)).length),
    0,
  );
  return { problems, quotesChecked, records };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articlesDir = option('--articles', ARTICLES_DIR);
  const { problems, quotesChecked, records } = await checkData(
    option('--data', DATA_DIR),
    articlesDir,
  );
  for (const problem of problems) console.log(problem);
  if (problems.length) {
    console.log(`check-data: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log(
    `check-data: ${records} records in ${Object.keys(DATA_FILES).length} files are valid; ` +
      (quotesChecked
        ? `every quote stands verbatim in its article in ${articlesDir}`
        : `quotes not checked: ${articlesDir} not found`),
  );
}
