import { App, Button, Flex, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { Person } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { reportError } from '../../components/report-error.js';
import { unitName, useDirectory } from '../../data/directory.js';
import { db } from '../../db/instance.js';
import { setPersonState } from '../../db/writes/directory.js';
import { useAppStore } from '../../state/store.js';
import { visiblePeople } from './directory-filter.js';
import { DirectoryToolbar } from './directory-toolbar.js';
import { PersonDialog } from './person-dialog.js';
import { StateTag } from './units-tab.js';

/** The people of the directory, by given name as in staff lists. */
export function PeopleTab() {
  const { message } = App.useApp();
  const directory = useDirectory();
  const search = useAppStore((s) => s.directorySearch.people);
  const showArchived = useAppStore((s) => s.showArchived);
  const [editing, setEditing] = useState<Person | null | undefined>(undefined);
  const people = useMemo(() => visiblePeople(directory, search, showArchived), [directory, search, showArchived]);

  const columns = useMemo<TableColumnsType<Person>>(() => {
    const toggle = async (person: Person) => {
      const next = person.state === 'active' ? 'archived' : 'active';
      try {
        await setPersonState(db, person.id, next);
        void message.success(t(next === 'archived' ? 'directory.archived' : 'directory.unarchived', { name: person.fullName }));
      } catch (error) {
        reportError(error);
      }
    };
    return [
      { key: 'fullName', title: t('directory.col.fullName'), width: 220, render: (_, person) => person.fullName },
      { key: 'title', title: t('directory.col.title'), render: (_, person) => person.title },
      { key: 'unit', title: t('directory.col.unit'), render: (_, person) => unitName(directory, person.unitId) },
      { key: 'state', title: t('directory.col.state'), width: 130, render: (_, person) => <StateTag state={person.state} /> },
      {
        key: 'actions',
        title: t('directory.col.actions'),
        width: 200,
        render: (_, person) => (
          <Flex gap={8}>
            <Button size="small" aria-label={t('directory.editLabel', { name: person.fullName })} onClick={() => setEditing(person)}>
              {t('action.edit')}
            </Button>
            <Button
              size="small"
              aria-label={t(person.state === 'active' ? 'directory.archiveLabel' : 'directory.unarchiveLabel', { name: person.fullName })}
              onClick={() => void toggle(person)}
            >
              {t(person.state === 'active' ? 'directory.archive' : 'directory.unarchive')}
            </Button>
          </Flex>
        ),
      },
    ];
  }, [directory, message]);

  return (
    <>
      <DirectoryToolbar tab="people" searchLabel="directory.searchPeople" addLabel="directory.addPerson" count={people.length} onAdd={() => setEditing(null)} />
      <Table<Person>
        rowKey="id"
        size="middle"
        loading={!directory.loaded}
        columns={columns}
        dataSource={people}
        locale={{ emptyText: search.trim() === '' ? t('directory.emptyPeople') : t('directory.noMatch', { query: search.trim() }) }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
      {editing !== undefined && (
        <PersonDialog person={editing} onClose={() => setEditing(undefined)} onSaved={(name) => void message.success(t('directory.saved', { name }))} />
      )}
    </>
  );
}
