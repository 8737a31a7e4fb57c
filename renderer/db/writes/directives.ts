/**
 * Writes to the numbered directives of a meeting. The number of a directive is its position, so every insert,
 * move and delete rewrites positions in the same transaction. Deleting returns everything removed (the
 * directive and its follow-up entries) so that undo restores it exactly.
 */
import { newId } from '../../../src/domain/ids.js';
import { insertItem, moveItem } from '../../../src/domain/ordering.js';
import { directiveInputSchema, type DirectiveInput } from '../../../src/domain/schemas.js';
import type { Directive, FollowUp, Id } from '../../../src/domain/types.js';
import { parseOrThrow } from '../../../src/domain/validation.js';
import type { SecretariatDb } from '../database.js';
import { childrenInOrder, writePositions } from './ordered-children.js';
import { requireRecord } from './require.js';

export interface DeletedDirective {
  directive: Directive;
  followUps: FollowUp[];
}

/** Adds a directive at a position (default: last); new directives start as not started. */
export async function addDirective(db: SecretariatDb, meetingId: Id, input: unknown, at?: number): Promise<Directive> {
  const value = parseOrThrow(directiveInputSchema, input);
  return db.transaction('rw', [db.meetings, db.people, db.units, db.directives], async () => {
    await requireRecord(db.meetings, meetingId, 'field.meeting');
    await checkReferences(db, value);
    const siblings = await childrenInOrder(db.directives, meetingId);
    const now = Date.now();
    const directive: Directive = {
      id: newId(),
      meetingId,
      order: siblings.length + 1,
      ...value,
      status: 'not-started',
      completedOn: null,
      cancelReason: '',
      createdAt: now,
      updatedAt: now,
    };
    await db.directives.add(directive);
    const ordered = insertItem(siblings, at ?? siblings.length, directive);
    await writePositions(db.directives, ordered);
    return { ...directive, order: ordered.indexOf(directive) + 1 };
  });
}

/** Edits the text, leader, units or deadline of a directive. */
export async function updateDirective(db: SecretariatDb, id: Id, input: unknown): Promise<Directive> {
  const value = parseOrThrow(directiveInputSchema, input);
  return db.transaction('rw', [db.people, db.units, db.directives], async () => {
    const current = await requireRecord(db.directives, id, 'field.directive');
    await checkReferences(db, value);
    const updated: Directive = { ...current, ...value, updatedAt: Date.now() };
    await db.directives.put(updated);
    return updated;
  });
}

/** Moves a directive to another position (0-based); numbers follow. */
export async function moveDirective(db: SecretariatDb, id: Id, to: number): Promise<void> {
  await db.transaction('rw', db.directives, async () => {
    const current = await requireRecord(db.directives, id, 'field.directive');
    const siblings = await childrenInOrder(db.directives, current.meetingId);
    const from = siblings.findIndex((d) => d.id === id);
    await writePositions(db.directives, moveItem(siblings, from, to));
  });
}

/** Deletes a directive and its follow-up entries; returns them for undo. */
export async function deleteDirective(db: SecretariatDb, id: Id): Promise<DeletedDirective> {
  return db.transaction('rw', [db.directives, db.followUps], async () => {
    const directive = await requireRecord(db.directives, id, 'field.directive');
    const followUps = await db.followUps.where('directiveId').equals(id).toArray();
    await db.followUps.where('directiveId').equals(id).delete();
    await db.directives.delete(id);
    await writePositions(db.directives, await childrenInOrder(db.directives, directive.meetingId));
    return { directive, followUps };
  });
}

/** Undoes deleteDirective: the directive returns to its old number with its history. */
export async function restoreDirective(db: SecretariatDb, deleted: DeletedDirective): Promise<void> {
  await db.transaction('rw', [db.meetings, db.directives, db.followUps], async () => {
    await requireRecord(db.meetings, deleted.directive.meetingId, 'field.meeting');
    const siblings = await childrenInOrder(db.directives, deleted.directive.meetingId);
    await db.directives.put(deleted.directive);
    await db.followUps.bulkPut(deleted.followUps);
    await writePositions(db.directives, insertItem(siblings, deleted.directive.order - 1, deleted.directive));
  });
}

async function checkReferences(db: SecretariatDb, value: DirectiveInput): Promise<void> {
  if (value.leaderPersonId !== null) await requireRecord(db.people, value.leaderPersonId, 'field.person');
  if (value.leadUnitId !== null) await requireRecord(db.units, value.leadUnitId, 'field.unit');
  for (const unitId of value.supportUnitIds) await requireRecord(db.units, unitId, 'field.unit');
}
