import { App, Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { Unit } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { reportError } from '../../components/report-error.js';
import { useDirectory } from '../../data/directory.js';
import { db } from '../../db/instance.js';
import { setUnitState } from '../../db/writes/directory.js';
import { useAppStore } from '../../state/store.js';
import { visibleUnits } from './directory-filter.js';
import { DirectoryToolbar } from './directory-toolbar.js';
import { UnitDialog } from './unit-dialog.js';

/** The units of the directory. */
export function UnitsTab() {
  const { message } = App.useApp();
  const directory = useDirectory();
  const search = useAppStore((s) => s.directorySearch.units);
  const showArchived = useAppStore((s) => s.showArchived);
  // undefined: no dialog; null: adding; a unit: editing it.
  const [editing, setEditing] = useState<Unit | null | undefined>(undefined);
  const units = useMemo(() => visibleUnits(directory, search, showArchived), [directory, search, showArchived]);

  const columns = useMemo<TableColumnsType<Unit>>(() => {
    const toggle = async (unit: Unit) => {
      const next = unit.state === 'active' ? 'archived' : 'active';
      try {
        await setUnitState(db, unit.id, next);
        void message.success(t(next === 'archived' ? 'directory.archived' : 'directory.unarchived', { name: unit.name }));
      } catch (error) {
        reportError(error);
      }
    };
    return [
      { key: 'name', title: t('directory.col.name'), render: (_, unit) => unit.name },
      { key: 'shortName', title: t('directory.col.shortName'), width: 160, render: (_, unit) => unit.shortName },
      { key: 'state', title: t('directory.col.state'), width: 130, render: (_, unit) => <StateTag state={unit.state} /> },
      {
        key: 'actions',
        title: t('directory.col.actions'),
        width: 200,
        render: (_, unit) => (
          <Flex gap={8}>
            <Button size="small" aria-label={t('directory.editLabel', { name: unit.name })} onClick={() => setEditing(unit)}>
              {t('action.edit')}
            </Button>
            <Button
              size="small"
              aria-label={t(unit.state === 'active' ? 'directory.archiveLabel' : 'directory.unarchiveLabel', { name: unit.name })}
              onClick={() => void toggle(unit)}
            >
              {t(unit.state === 'active' ? 'directory.archive' : 'directory.unarchive')}
            </Button>
          </Flex>
        ),
      },
    ];
  }, [message]);

  return (
    <>
      <DirectoryToolbar tab="units" searchLabel="directory.searchUnits" addLabel="directory.addUnit" count={units.length} onAdd={() => setEditing(null)} />
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={!directory.loaded}
        columns={columns}
        dataSource={units}
        locale={{ emptyText: search.trim() === '' ? t('directory.emptyUnits') : t('directory.noMatch', { query: search.trim() }) }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
      {editing !== undefined && (
        <UnitDialog unit={editing} onClose={() => setEditing(undefined)} onSaved={(name) => void message.success(t('directory.saved', { name }))} />
      )}
    </>
  );
}

/** Whether an entry is offered in pickers. */
export function StateTag({ state }: { state: Unit['state'] }) {
  return state === 'active' ? <Tag color="green">{t('directory.state.active')}</Tag> : <Tag>{t('directory.state.archived')}</Tag>;
}
