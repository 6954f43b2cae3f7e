/**
 * Entry points only. The build turns every name exported here into a top-level
 * `function NAME(params)` declaration in dist/Code.js, with the JSDoc of its source.
 */
export {
  TIP_TIER,
  TIP_TIER_NUMBER,
  TIP_CHECK,
  TIP_STAT,
  TIP_STAT_CHECK,
  TIP_SOURCE,
  TIP_BASIS,
  TIP_CITE,
  TIP_YEARS,
  TIP_TIMELINE,
  TIP_FIGURES,
  TIP_METRICS,
  TIP_COUNTRIES,
  TIP_ARTICLES,
} from './functions/custom-functions';
export {
  onOpen,
  onInstall,
  menuInsertTimeline,
  menuInsertFigures,
  menuInsertSourceList,
  menuChartTimeline,
  menuChartFigures,
  menuHelp,
} from './menu/menu';
export { menuBrowseSources, sidebarInsert } from './sidebar/server';
export { menuRefreshFormulas } from './menu/refresh';
