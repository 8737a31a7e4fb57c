/**
 * Live views of the directory (units and people) for screens and pickers. Dexie is the source of truth; these
 * hooks re-render when the tables change, so a renamed unit shows its new name everywhere at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Id, Person, Unit } from '../../src/domain/types.js';
import { comparePersonNames, compareVietnamese } from '../../src/text/collate.js';
import { foldForSearch } from '../../src/text/fold.js';
import { db } from '../db/instance.js';

export interface DirectoryView {
  /** Every unit, archived ones included (old meetings still name them), in Vietnamese order. */
  units: Unit[];
  people: Person[];
  unitById: Map<Id, Unit>;
  personById: Map<Id, Person>;
  /** Folded search text of each person: name, title and unit name. */
  personSearchText: Map<Id, string>;
  loaded: boolean;
}

const EMPTY: Unit[] = [];
const NO_PEOPLE: Person[] = [];

/** The whole directory, kept live. */
export function useDirectory(): DirectoryView {
  const units = useLiveQuery(() => db.units.toArray(), []);
  const people = useLiveQuery(() => db.people.toArray(), []);
  return useMemo(() => buildDirectoryView(units ?? EMPTY, people ?? NO_PEOPLE, units !== undefined && people !== undefined), [units, people]);
}

/** Sorts and indexes directory records (exported for tests). */
export function buildDirectoryView(units: Unit[], people: Person[], loaded = true): DirectoryView {
  const sortedUnits = [...units].sort((a, b) => compareVietnamese(a.name, b.name));
  const sortedPeople = [...people].sort((a, b) => comparePersonNames(a.fullName, b.fullName));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const personSearchText = new Map(
    people.map((p) => [p.id, foldForSearch(`${p.fullName} ${p.title} ${p.unitId === null ? '' : (unitById.get(p.unitId)?.name ?? '')}`)]),
  );
  return { units: sortedUnits, people: sortedPeople, unitById, personById, personSearchText, loaded };
}

/** The display name of a unit id, or '' when there is none; any view with units by id will do (the directory, follow-up data). */
export function unitName(view: { readonly unitById: ReadonlyMap<Id, Unit> }, id: Id | null): string {
  return id === null ? '' : (view.unitById.get(id)?.name ?? '');
}

/** The display name of a person id, or '' when there is none; any view with people by id will do. */
export function personName(view: { readonly personById: ReadonlyMap<Id, Person> }, id: Id | null): string {
  return id === null ? '' : (view.personById.get(id)?.fullName ?? '');
}
