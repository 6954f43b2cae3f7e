/**
 * The import-cycle check (dependency-cruiser), run by `npm run check-imports` and `npm test`.
 * Imports run one way: a circle of imports fails the check.
 * - In src/ (what ships in dist/Code.js) no circle at all, type-only imports included: a type
 *   shared across a circle ties its files together as much as a value does.
 * - In emulator/, preview/, scripts/ and tests/ no circle of imports that run. A circle of
 *   type-only imports is allowed there: the emulator's classes name each other's types as the
 *   Apps Script classes they stand in for do (a Range's Sheet, a Sheet's Ranges), while what
 *   runs still imports one way.
 * - src/core's folders import one way (src/core/README.md): base ← citations ← sources ←
 *   data-index.ts ← arguments, tiers ← figures ← tables; sheets/ only base/. The core imports
 *   no adapter (functions/, menu/, sidebar/).
 * How to see it fail: tests/import-cycles.test.ts makes a circle in a scratch folder.
 */

/** A folder of src/core and the folders of src/core it must not import. */
const layer = (folder, forbidden, why) => ({
  name: `core-layers-${folder.replace(/[/.]/g, '-').replace(/-$/, '')}`,
  severity: 'error',
  comment: `src/core/${folder} ${why} (src/core/README.md).`,
  from: { path: `^src/core/${folder}` },
  to: { path: `^src/core/(${forbidden})` },
});
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
    layer('base/', '(?!base/)', 'imports nothing else of the core'),
    layer('citations/', '(?!base/|citations/)', 'imports only base/'),
    layer('sources/', '(?!base/|citations/|sources/)', 'imports only base/ and citations/'),
    layer(
      'data-index\\.ts$',
      'arguments|figures|tiers|tables|sheets',
      'composes the sources: nothing above it',
    ),
    layer('arguments/', 'tiers|figures|tables|sheets', 'is below tiers, figures and tables'),
    layer('figures/', 'tables|sheets', 'is below tables'),
    layer('tiers/', 'arguments|figures|tables|sheets', 'is below figures and tables'),
    layer('sheets/', '(?!base/|sheets/)', 'imports only base/'),
    {
      name: 'core-imports-no-adapter',
      severity: 'error',
      comment: 'The core knows nothing of Apps Script or the adapters that call it.',
      from: { path: '^src/core/' },
      to: { path: '^src/(functions|menu|sidebar)/|^src/Code\\.ts$' },
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
