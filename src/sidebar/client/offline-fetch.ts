/**
 * What the sidebar's bundle gets in place of node-fetch and sync-fetch, which @citation-js/core
 * imports to read a citation from an address (scripts/sidebar-bundle.mjs swaps them). The panel
 * formats the citations it carries and fetches nothing: this module makes any attempt fail
 * loudly instead of reaching the network.
 */
function offline(): never {
  throw new Error('The sources panel fetches nothing from the network.');
}

export default offline;
export class Headers {
  constructor() {
    offline();
  }
}
