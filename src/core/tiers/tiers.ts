import type { TierLabel } from '../base/types';

/**
 * The one number of a tier, everywhere (TIP_TIER_NUMBER, the tier chart's data block and its
 * vertical axis): lower is better, the watch list sits between Tier 2 and Tier 3.
 */
export const TIER_NUMBERS: Readonly<Record<TierLabel, number>> = {
  'Tier 1': 1,
  'Tier 2': 2,
  'Tier 2 Watch List': 2.5,
  'Tier 3': 3,
};

export const TIER_LABELS = Object.keys(TIER_NUMBERS) as TierLabel[];

export function tierNumber(tier: TierLabel): number {
  return TIER_NUMBERS[tier];
}

/**
 * The one colour of a tier, everywhere (the tier chart's columns, the timeline's conditional
 * formatting, the sidebar's picture), from the Okabe–Ito palette, whose colours readers with
 * the common colour-vision deficiencies can tell apart: bluish green, blue, orange, vermillion.
 * `text` is the cell text colour that reads on the fill (contrast 4.5:1 or more).
 */
export const TIER_COLOURS: Readonly<Record<TierLabel, { fill: string; text: string }>> = {
  'Tier 1': { fill: '#009E73', text: '#000000' },
  'Tier 2': { fill: '#0072B2', text: '#FFFFFF' },
  'Tier 2 Watch List': { fill: '#E69F00', text: '#000000' },
  'Tier 3': { fill: '#D55E00', text: '#000000' },
};
