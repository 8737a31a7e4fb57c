/**
 * One numbered directive as the secretary reads it back: number, full text, who gave it, who leads, who
 * supports, and the deadline as it will be printed.
 */
import { Button, Typography } from 'antd';
import { formatDeadline } from '../../../src/domain/deadline.js';
import type { Directive } from '../../../src/domain/types.js';
import { categorize, type CategoryContext } from '../../../src/followup/categories.js';
import { t } from '../../../src/i18n/index.js';
import type { SortableRowControls } from '../../components/sortable-list.js';
import { personName, unitName, type DirectoryView } from '../../data/directory.js';
import { CategoryTag } from '../follow-up/category-tag.js';

interface Props {
  directive: Directive;
  directory: DirectoryView;
  controls: SortableRowControls;
  highlighted: boolean;
  /** Today and the due-soon horizon, for the follow-up category shown beside the directive. */
  categoryContext: CategoryContext;
  onEdit: () => void;
  onFollowUp: () => void;
  onDelete: () => void;
}

export function DirectiveItem({ directive: d, directory, controls, highlighted, categoryContext, onEdit, onFollowUp, onDelete }: Props) {
  const number = controls.position + 1;
  const details = [
    d.leaderPersonId === null ? '' : t('directives.leaderLine', { name: personName(directory, d.leaderPersonId) }),
    d.leadUnitId === null ? '' : t('directives.leadLine', { name: unitName(directory, d.leadUnitId) }),
    d.supportUnitIds.length === 0 ? '' : t('directives.supportLine', { names: d.supportUnitIds.map((id) => unitName(directory, id)).join(', ') }),
    d.deadline.kind === 'none' ? '' : t('directives.deadlineLine', { deadline: formatDeadline(d.deadline) }),
  ].filter((line) => line !== '');
  return (
    <div
      data-testid="directive-row"
      data-directive-id={d.id}
      style={{
        display: 'grid',
        gridTemplateColumns: 'auto 2.5em 1fr auto',
        gap: 8,
        padding: '8px 4px',
        borderBottom: '1px solid #f0f0f0',
        background: highlighted ? '#fff7e6' : undefined,
        outline: highlighted ? '2px solid #fa8c16' : undefined,
      }}
    >
      <span>{controls.dragHandle}</span>
      <Typography.Text strong data-testid="directive-number" style={{ textAlign: 'right' }}>
        {number}.
      </Typography.Text>
      <div>
        <div data-testid="directive-text" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} onDoubleClick={onEdit}>
          {d.text}
        </div>
        <div style={{ marginTop: 4 }}>
          <CategoryTag category={categorize(d, categoryContext)} />
        </div>
        {details.length > 0 && (
          <Typography.Text type="secondary" data-testid="directive-details" style={{ display: 'block', marginTop: 4 }}>
            {details.join(' · ')}
          </Typography.Text>
        )}
      </div>
      <span style={{ whiteSpace: 'nowrap' }}>
        {controls.moveButtons}
        <Button size="small" type="text" aria-label={t('directives.edit', { number })} title={t('directives.edit', { number })} onClick={onEdit}>
          {t('action.edit')}
        </Button>
        <Button size="small" type="text" aria-label={t('directives.followUp', { number })} title={t('directives.followUp', { number })} onClick={onFollowUp}>
          {t('directives.followUpShort')}
        </Button>
        <Button size="small" type="text" danger aria-label={t('directives.delete', { number })} title={t('directives.delete', { number })} onClick={onDelete}>
          {t('action.delete')}
        </Button>
      </span>
    </div>
  );
}
