/**
 * The layout profiles by id.
 */
import type { ProfileId } from '../settings.js';
import type { LayoutProfile } from './layout-profile.js';
import { PARTY_PROFILE } from './party-profile.js';
import { STATE_PROFILE } from './state-profile.js';

export type { LayoutProfile } from './layout-profile.js';
export { textWidth } from './layout-profile.js';
export { PARTY_PROFILE, STATE_PROFILE };

/** The layout profile of a format. */
export function profileFor(id: ProfileId): LayoutProfile {
  return id === 'party' ? PARTY_PROFILE : STATE_PROFILE;
}
