// How the sidebar's bundle takes citation-js (src/sidebar/client/cite.ts): offline, and with
// only the style files and locale the panel offers.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

/** The styles and locale of @citation-js/plugin-csl that the panel offers (cite.ts). */
const KEPT = { styles: ['apa'], locales: ['en-US'] };

/**
 * A CSL style without its XML comments and the white space between its tags: a style's text
 * is all in attributes, so the processor reads the same style. (Locales keep theirs: their
 * terms are element text.)
 */
export function compactStyle(xml) {
  return xml.replace(/<!--[\s\S]*?-->/g, '').replace(/>\s+</g, '><');
}

/**
 * An esbuild plugin for the sidebar:
 * - @citation-js/core imports node-fetch and sync-fetch to read citations from an address; the
 *   panel fetches nothing, so both become src/sidebar/client/offline-fetch.ts, which throws.
 * - @citation-js/plugin-csl carries three styles and five locales; the bundle keeps those the
 *   panel offers, and every style (the Chicago one too) without comments or indentation.
 */
export function citationBundle() {
  const offline = path.join(ROOT, 'src', 'sidebar', 'client', 'offline-fetch.ts');
  return {
    name: 'citation-bundle',
    setup(b) {
      b.onResolve({ filter: /^(node-fetch|sync-fetch)$/ }, () => ({ path: offline }));
      b.onLoad(
        { filter: /[\\/]@citation-js[\\/]plugin-csl[\\/]lib-mjs[\\/](styles|locales)\.json$/ },
        (args) => {
          const kind = path.basename(args.path, '.json');
          const all = JSON.parse(fs.readFileSync(args.path, 'utf8'));
          const kept = Object.fromEntries(
            KEPT[kind].map((name) => {
              if (!all[name])
                throw new Error(`@citation-js/plugin-csl has no ${kind} entry "${name}"`);
              return [name, kind === 'styles' ? compactStyle(all[name]) : all[name]];
            }),
          );
          return { contents: JSON.stringify(kept), loader: 'json' };
        },
      );
      b.onLoad({ filter: /[\\/]@citation[\\/]csl-style-[^\\/]+[\\/]info\.json$/ }, (args) => {
        const info = JSON.parse(fs.readFileSync(args.path, 'utf8'));
        return {
          contents: JSON.stringify({ ...info, content: compactStyle(info.content) }),
          loader: 'json',
        };
      });
    },
  };
}
