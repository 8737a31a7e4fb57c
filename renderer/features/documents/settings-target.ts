/**
 * Which issuing body the document settings tab should open on. An export that finds settings missing sets it
 * before going to the settings screen, so the user lands on the body whose settings the document needs.
 */
import type { Id } from '../../../src/domain/types.js';

let target: Id | null = null;

/** Asks the settings tab to open on this body the next time it mounts. */
export function openDocumentSettingsFor(unitId: Id | null): void {
  target = unitId;
}

/** The body asked for, if any (left in place: render functions must not change it). */
export function peekDocumentSettingsTarget(): Id | null {
  return target;
}

/** The body asked for, once (reading clears it). */
export function takeDocumentSettingsTarget(): Id | null {
  const unitId = target;
  target = null;
  return unitId;
}
