/**
 * The import-cycle check (dependency-cruiser), run by `npm run check-imports` and `npm test`.
 * Imports run one way: a circle of imports fails the check.
 * - In src/ (what ships in dist/Code.js) no circle at all, type-only imports included: a type
 *   shared across a circle ties its files together as much as a value does.
 * - In emulator/, preview/, scripts/ and tests/ no circle of imports that run. A circle of
 *   type-only imports is allowed there: the emulator's classes name each other's types as the
 *   Apps Script classes they stand in for do (a Range's Sheet, a Sheet's Ranges), while what
 *   runs still imports one way.
 * How to see it fail: tests/import-cycles.test.ts makes a circle in a scratch folder.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circle-in-src',
      severity: 'error',
      comment: 'src/ imports one way: this import is part of a circle (type-only imports count).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-runtime-circle',
      severity: 'error',
      comment: 'This import is part of a circle of imports that run (type-only imports aside).',
      from: { pathNot: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
