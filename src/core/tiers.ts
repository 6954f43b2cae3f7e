import type { TierLabel } from './types';

/** Chart numbers: lower is better, the watch list sits between Tier 2 and Tier 3. */
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
