/**
 * Chooses one or several units from the directory as you type, without diacritics ("mat tran" finds "Mặt
 * trận"); a name that is not there yet can be added on the spot.
 */
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import type { Id } from '../../src/domain/types.js';
import { t } from '../../src/i18n/index.js';
import { foldForSearch, matchesTerms, queryTerms } from '../../src/text/fold.js';
import { createUnit } from '../db/writes/directory.js';
import { db } from '../db/instance.js';
import { useDirectory } from '../data/directory.js';
import { reportError } from './report-error.js';

const CREATE_PREFIX = '__create__:';

interface CommonProps {
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

type Props =
  | (CommonProps & { mode: 'single'; value: Id | null; onChange: (value: Id | null) => void })
  | (CommonProps & { mode: 'multiple'; value: Id[]; onChange: (value: Id[]) => void });

export function UnitPicker(props: Props) {
  const directory = useDirectory();
  const [search, setSearch] = useState('');
  const options = useMemo(() => {
    const terms = queryTerms(search);
    const selected = new Set(props.mode === 'single' ? (props.value === null ? [] : [props.value]) : props.value);
    const list = directory.units
      .filter((u) => (u.state === 'active' || selected.has(u.id)) && matchesTerms(foldForSearch(`${u.name} ${u.shortName}`), terms))
      .map((u) => ({ value: u.id, label: u.shortName === '' ? u.name : `${u.name} (${u.shortName})` }));
    const typed = search.trim();
    const exact = directory.units.some((u) => foldForSearch(u.name) === foldForSearch(typed));
    if (typed !== '' && !exact) list.push({ value: `${CREATE_PREFIX}${typed}`, label: t('picker.addUnit', { name: typed }) });
    return list;
  }, [directory.units, search, props.mode, props.value]);

  async function resolve(value: string): Promise<Id | null> {
    if (!value.startsWith(CREATE_PREFIX)) return value;
    try {
      const unit = await createUnit(db, { name: value.slice(CREATE_PREFIX.length), shortName: '' });
      return unit.id;
    } catch (error) {
      reportError(error);
      return null;
    }
  }

  const common = {
    id: props.id,
    'aria-label': props['aria-label'],
    placeholder: props.placeholder ?? t('picker.unitPlaceholder'),
    disabled: props.disabled,
    showSearch: { filterOption: false, onSearch: setSearch, searchValue: search },
    options,
    style: { width: '100%' },
    allowClear: true,
    notFoundContent: t('picker.noMatch'),
  } as const;

  if (props.mode === 'single') {
    const { onChange } = props;
    return (
      <Select
        {...common}
        value={props.value}
        onChange={async (value: string | null | undefined) => {
          setSearch('');
          onChange(value === undefined || value === null ? null : await resolve(value));
        }}
      />
    );
  }
  const { onChange } = props;
  return (
    <Select
      {...common}
      mode="multiple"
      value={props.value}
      onChange={async (values: string[]) => {
        setSearch('');
        const resolved = await Promise.all(values.map(resolve));
        onChange(resolved.filter((v): v is Id => v !== null));
      }}
    />
  );
}
