/** The parts of citation-js the build uses (src/data/format-citations.ts; the packages ship no types). */
declare module '@citation-js/core' {
  export interface CslFormatOptions {
    /** A style name registered with the CSL plugin: "apa" is built in. */
    template: string;
    lang?: string;
    format?: 'text' | 'html';
  }
  export class Cite {
    constructor(data: unknown);
    format(kind: 'bibliography' | 'citation', options: CslFormatOptions): string;
  }
  interface Register {
    add(name: string, value: string): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: { get(plugin: '@csl'): { styles: Register; locales: Register } };
  };
}

declare module '@citation-js/plugin-csl';
