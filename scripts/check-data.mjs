// npm run check-data: validates the data files against their schema and each other and, when
// ../shared is beside the project, every quote against its document there (articles/,
// report-text/, news-passages/). Prints one line per problem (file, record, what is wrong) and
// exits 1 if there is any.
//   node scripts/check-data.mjs [--data DIR] [--shared DIR]
import fs from 'node:fs';
import path from 'node:path';
import {
  DATA_DIR,
  SHARED_DIR,
  cliOption,
  dataFileNames,
  fileKey,
  importTs,
  readShared,
} from './lib.mjs';

export async function checkData(dataDir = DATA_DIR, sharedDir = SHARED_DIR) {
  const problems = [];
  const files = {};
  let names = [];
  try {
    names = dataFileNames(dataDir);
  } catch (err) {
    problems.push(`src/data/sources.json: cannot be read as JSON: ${err.message}`);
  }
  for (const file of names) {
    const full = path.join(dataDir, file);
    try {
      files[fileKey(file)] = JSON.parse(fs.readFileSync(full, 'utf8'));
    } catch (err) {
      problems.push(`src/data/${file}: cannot be read as JSON: ${err.message}`);
    }
  }
  if (problems.length) return { problems, quotesChecked: false };
  const { checkDataset, checkQuotes } = await importTs('src/data/validate.ts');
  problems.push(...checkDataset(files));
  const quotesChecked = problems.length === 0 && fs.existsSync(sharedDir);
  if (quotesChecked) problems.push(...checkQuotes(files, (file) => readShared(file, sharedDir)));
  const records = Object.values(files).reduce(
    (n, data) =>
      n + (Array.isArray(data) ? data.length : (data.countries ?? Object.keys(data)).length),
    0,
  );
  return { problems, quotesChecked, records, fileCount: names.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sharedDir = cliOption('--shared', SHARED_DIR);
  const { problems, quotesChecked, records, fileCount } = await checkData(
    cliOption('--data', DATA_DIR),
    sharedDir,
  );
  for (const problem of problems) console.log(problem);
  if (problems.length) {
    console.log(`check-data: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log(
    `check-data: ${records} records in ${fileCount} files are valid; ` +
      (quotesChecked
        ? `every quote stands verbatim in its document in ${sharedDir}`
        : `quotes not checked: ${sharedDir} not found`),
  );
}
