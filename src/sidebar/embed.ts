/**
 * The sidebar's data travels inside its HTML page as JSON in a
 * `<script type="application/json" id="sidebar-data">` element (written by scripts/build.mjs).
 * Every `<`, `>` and `&` is escaped (so no text can close the element or open a comment), and
 * the two line separators JSON allows but old JavaScript did not; JSON.parse reads the escapes
 * back as the same characters.
 */
export const SIDEBAR_DATA_ID = 'sidebar-data';

export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function dataScript(value: unknown): string {
  return `<script type="application/json" id="${SIDEBAR_DATA_ID}">${embedJson(value)}</script>`;
}
