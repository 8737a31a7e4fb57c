/**
 * Writes to the directory of units and people. A unit is referenced by id everywhere, so renaming it here
 * renames it in every meeting at once.
 */
import { newId } from '../../../src/domain/ids.js';
import { personInputSchema, unitInputSchema } from '../../../src/domain/schemas.js';
import type { DirectoryState, Id, Person, Unit } from '../../../src/domain/types.js';
import { parseOrThrow } from '../../../src/domain/validation.js';
import type { SecretariatDb } from '../database.js';
import { requireRecord } from './require.js';

/** Adds a unit to the directory. */
export async function createUnit(db: SecretariatDb, input: unknown): Promise<Unit> {
  const value = parseOrThrow(unitInputSchema, input);
  return db.transaction('rw', db.units, async () => {
    const now = Date.now();
    const unit: Unit = { id: newId(), ...value, state: 'active', createdAt: now, updatedAt: now };
    await db.units.add(unit);
    return unit;
  });
}

/** Renames or edits a unit. */
export async function updateUnit(db: SecretariatDb, id: Id, input: unknown): Promise<Unit> {
  const value = parseOrThrow(unitInputSchema, input);
  return db.transaction('rw', db.units, async () => {
    const unit = await requireRecord(db.units, id, 'field.unit');
    const updated: Unit = { ...unit, ...value, updatedAt: Date.now() };
    await db.units.put(updated);
    return updated;
  });
}

/** Hides a unit from pickers (or shows it again); meetings that name it keep the name. */
export async function setUnitState(db: SecretariatDb, id: Id, state: DirectoryState): Promise<void> {
  await db.transaction('rw', db.units, async () => {
    await requireRecord(db.units, id, 'field.unit');
    await db.units.update(id, { state, updatedAt: Date.now() });
  });
}

/** Adds a person to the directory. */
export async function createPerson(db: SecretariatDb, input: unknown): Promise<Person> {
  const value = parseOrThrow(personInputSchema, input);
  return db.transaction('rw', db.people, db.units, async () => {
    if (value.unitId !== null) await requireRecord(db.units, value.unitId, 'field.unit');
    const now = Date.now();
    const person: Person = { id: newId(), ...value, state: 'active', createdAt: now, updatedAt: now };
    await db.people.add(person);
    return person;
  });
}

/** Edits a person's name, title or unit. Past meetings keep the title the person had then. */
export async function updatePerson(db: SecretariatDb, id: Id, input: unknown): Promise<Person> {
  const value = parseOrThrow(personInputSchema, input);
  return db.transaction('rw', db.people, db.units, async () => {
    const person = await requireRecord(db.people, id, 'field.person');
    if (value.unitId !== null) await requireRecord(db.units, value.unitId, 'field.unit');
    const updated: Person = { ...person, ...value, updatedAt: Date.now() };
    await db.people.put(updated);
    return updated;
  });
}

/** Hides a person from pickers (or shows them again). */
export async function setPersonState(db: SecretariatDb, id: Id, state: DirectoryState): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    await requireRecord(db.people, id, 'field.person');
    await db.people.update(id, { state, updatedAt: Date.now() });
  });
}
