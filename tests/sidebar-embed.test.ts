/** The sidebar's data as the build writes it into the page. */
import { embedJson as jsonForHtml } from '../src/sidebar/embed';

test('JSON for a <script> element: nothing can close it, and it reads back unchanged', () => {
  const value = { text: '</script><!-- <img onerror=x> & \u2028 \u2029 “ok”', n: [1, 2.5] };
  const printed = jsonForHtml(value);
  expect(printed).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(printed)).toEqual(value);
});
