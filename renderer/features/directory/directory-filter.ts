/**
 * What the directory screen lists: entries matching the search (diacritics ignored), archived ones only on
 * request. The order is the directory view's: units in Vietnamese dictionary order, people by given name.
 */
import type { Person, Unit } from '../../../src/domain/types.js';
import { foldForSearch, matchesTerms, queryTerms } from '../../../src/text/fold.js';
import type { DirectoryView } from '../../data/directory.js';

/** Units to list, in the view's order. */
export function visibleUnits(view: Pick<DirectoryView, 'units'>, query: string, showArchived: boolean): Unit[] {
  const terms = queryTerms(query);
  return view.units.filter(
    (unit) => (showArchived || unit.state === 'active') && matchesTerms(foldForSearch(`${unit.name} ${unit.shortName}`), terms),
  );
}

/** People to list, in the view's order; the search also reads title and unit name. */
export function visiblePeople(view: Pick<DirectoryView, 'people' | 'personSearchText'>, query: string, showArchived: boolean): Person[] {
  const terms = queryTerms(query);
  return view.people.filter(
    (person) => (showArchived || person.state === 'active') && matchesTerms(view.personSearchText.get(person.id) ?? '', terms),
  );
}
