import type { ServiceLevel, Tier } from '../shared/client';
import type { Settings } from './settings';

/** The tiers, biggest first. */
export const TIERS: readonly Tier[] = ['T1', 'T2', 'T3', 'T4'];

/**
 * The tier of a target amount, comparing its value in TWD with the settings' thresholds.
 * Undefined when the settings hold no rate for the currency: guessing would misclass a client.
 */
export function tierFor(amount: number, currency: string, settings: Settings): Tier | undefined {
  const rate = settings.twdPerUnit[currency];
  if (rate === undefined) return undefined;
  const twd = amount * rate;
  const { T1, T2, T3 } = settings.tierThresholds;
  if (twd >= T1) return 'T1';
  if (twd >= T2) return 'T2';
  if (twd >= T3) return 'T3';
  return 'T4';
}

/** The service level that follows from a tier: T1/T2 advanced, T3 basic, T4 simple. */
export function levelForTier(tier: Tier): ServiceLevel {
  if (tier === 'T1' || tier === 'T2') return 'advanced';
  return tier === 'T3' ? 'basic' : 'simple';
}
