/**
 * The sidebar's data travels inside its HTML page as JSON in a
 * `<script type="application/json" id="sidebar-data">` element (written by scripts/build.mjs).
 * `<`, U+2028 and U+2029 are escaped, so that no text in the data can close the element or
 * break the script; JSON.parse reads the escapes back as the same characters.
 */
export const SIDEBAR_DATA_ID = 'sidebar-data';

export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function dataScript(value: unknown): string {
  return `<script type="application/json" id="${SIDEBAR_DATA_ID}">${embedJson(value)}</script>`;
}
