// @citation-js/core requires node-fetch and sync-fetch to read citations from an address; the
// formatter (src/data/format-citations.ts) fetches nothing. node-fetch is an ES module that
// jest's CommonJS loader cannot require, so the tests map both to this stand-in, which throws.
function offline() {
  throw new Error('The citation formatter fetches nothing.');
}
module.exports = offline;
module.exports.default = offline;
