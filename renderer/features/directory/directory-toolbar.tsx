import { Button, Checkbox, Flex, Input, Typography } from 'antd';
import { t, type MessageKey } from '../../../src/i18n/index.js';
import { useAppStore } from '../../state/store.js';
import type { DirectoryTab } from '../../state/meetings-slice.js';

interface Props {
  tab: DirectoryTab;
  searchLabel: MessageKey;
  addLabel: MessageKey;
  count: number;
  onAdd: () => void;
}

/** Search box, "show archived" switch and the add button above a directory list. */
export function DirectoryToolbar({ tab, searchLabel, addLabel, count, onAdd }: Props) {
  const search = useAppStore((s) => s.directorySearch[tab]);
  const setSearch = useAppStore((s) => s.setDirectorySearch);
  const showArchived = useAppStore((s) => s.showArchived);
  const setShowArchived = useAppStore((s) => s.setShowArchived);
  return (
    <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
      <Input
        type="search"
        aria-label={t(searchLabel)}
        placeholder={`${t(searchLabel)} – ${t('directory.searchPlaceholder')}`}
        value={search}
        allowClear
        style={{ maxWidth: 360 }}
        onChange={(e) => setSearch(tab, e.target.value)}
      />
      <Checkbox checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)}>
        {t('directory.showArchived')}
      </Checkbox>
      <Typography.Text type="secondary" aria-live="polite">
        {t('directory.count', { count })}
      </Typography.Text>
      <Button type="primary" onClick={onAdd} style={{ marginLeft: 'auto' }}>
        {t(addLabel)}
      </Button>
    </Flex>
  );
}
