/**
 * Chooses a person from the directory as you type, without diacritics ("nguyen thi" finds "Nguyễn Thị"). A name
 * that is not in the directory can be added on the spot: the picker hands the typed name to `onCreate`, and the
 * caller decides what creating means (a person only, or a person and an attendance in one transaction).
 */
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import type { Id } from '../../src/domain/types.js';
import { t } from '../../src/i18n/index.js';
import { matchesTerms, queryTerms } from '../../src/text/fold.js';
import { unitName, useDirectory } from '../data/directory.js';

const CREATE_PREFIX = '__create__:';
const MAX_OPTIONS = 200;

interface Props {
  id?: string;
  value: Id | null;
  onChange: (value: Id | null) => void;
  /** Called with the typed name when the user picks "add a new person". */
  onCreate?: (typedName: string) => void;
  /** People not to offer (for example those already in the meeting). */
  exclude?: ReadonlySet<Id>;
  placeholder?: string;
  'aria-label'?: string;
  autoFocus?: boolean;
}

export function PersonPicker(props: Props) {
  const directory = useDirectory();
  const [search, setSearch] = useState('');
  const { value, exclude, onCreate } = props;
  const options = useMemo(() => {
    const terms = queryTerms(search);
    const list: Array<{ value: string; label: string }> = [];
    for (const person of directory.people) {
      if (list.length >= MAX_OPTIONS) break;
      if (person.id !== value && (person.state !== 'active' || exclude?.has(person.id))) continue;
      if (!matchesTerms(directory.personSearchText.get(person.id) ?? '', terms)) continue;
      const detail = [person.title, unitName(directory, person.unitId)].filter(Boolean).join(' – ');
      list.push({ value: person.id, label: detail === '' ? person.fullName : `${person.fullName} (${detail})` });
    }
    const typed = search.trim();
    if (onCreate !== undefined && typed !== '') list.push({ value: `${CREATE_PREFIX}${typed}`, label: t('picker.addPerson', { name: typed }) });
    return list;
  }, [directory, search, value, exclude, onCreate]);

  return (
    <Select
      id={props.id}
      aria-label={props['aria-label']}
      autoFocus={props.autoFocus}
      placeholder={props.placeholder ?? t('picker.personPlaceholder')}
      // null, not undefined: undefined would leave the select uncontrolled and keep showing a cancelled choice.
      value={value}
      options={options}
      allowClear
      style={{ width: '100%' }}
      notFoundContent={t('picker.noMatch')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onChange={(next: string | null | undefined) => {
        setSearch('');
        if (typeof next === 'string' && next.startsWith(CREATE_PREFIX)) {
          onCreate?.(next.slice(CREATE_PREFIX.length));
          return;
        }
        props.onChange(next ?? null);
      }}
    />
  );
}
