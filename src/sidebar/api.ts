/**
 * The calls the sidebar makes through google.script.run: one interface that the server
 * implements (src/sidebar/server.ts) and the client calls (src/sidebar/client/server.ts).
 */
export type { ArticleView, FactView, SidebarData } from '../core/tables/facts';

export interface InsertRequest {
  /** "tier" or a metric key. */
  what: string;
  /** The year, or for a part-year figure the period as TIP_STAT reads it ("Jan-Jun 2019"). */
  when: number | string;
  /** Canonical country name; null for whole-report metrics. */
  country: string | null;
  /**
   * For a tier, the source to ask when the default ("any") would answer from another one; for a
   * figure, its card's source.
   */
  source?: string;
  mode: 'value' | 'formula';
  /** The user agreed to replace what the active cell holds. */
  replace: boolean;
}

export type InsertResult =
  | { status: 'inserted'; cell: string; content: string | number }
  /**
   * The active cell is not empty, or is a blank cell of the array result of the formula in
   * `inside` ("A1 (=TIP_TIER(B1:B2))"): nothing was written; ask the user first.
   */
  | {
      status: 'occupied';
      cell: string;
      current: string;
      inside?: string;
      /** Why the cell is not free, in a sentence: "Sheet1!B2 holds a note (“checked”)." */
      reason?: string;
    };

/** The calls the panel makes: only the user's actions (its data comes with the page). */
export interface SidebarApi {
  sidebarInsert(request: InsertRequest): InsertResult;
}
