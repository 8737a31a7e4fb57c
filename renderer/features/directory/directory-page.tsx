/**
 * The directory: units (đơn vị) and people, in Vietnamese order, searchable without diacritics. Entries are
 * archived rather than deleted, because old meetings still name them.
 */
import { Tabs, Typography } from 'antd';
import { t } from '../../../src/i18n/index.js';
import { useAppStore } from '../../state/store.js';
import type { DirectoryTab } from '../../state/meetings-slice.js';
import { PeopleTab } from './people-tab.js';
import { UnitsTab } from './units-tab.js';

export function DirectoryPage() {
  const tab = useAppStore((s) => s.directoryTab);
  const setTab = useAppStore((s) => s.setDirectoryTab);
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('directory.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as DirectoryTab)}
        items={[
          { key: 'units', label: t('directory.tab.units'), children: <UnitsTab /> },
          { key: 'people', label: t('directory.tab.people'), children: <PeopleTab /> },
        ]}
      />
    </div>
  );
}
