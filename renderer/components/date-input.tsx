/**
 * A date field that shows and accepts dd/mm/yyyy. What the user types is checked when they leave the field, so a
 * day that does not exist (31/02) gets a message instead of being silently dropped.
 */
import { DatePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { parseViDate, type IsoDate } from '../../src/domain/dates.js';
import { t, type MessageKey } from '../../src/i18n/index.js';

const DISPLAY_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'DD.MM.YYYY'];

interface Props {
  id?: string;
  value: IsoDate | null;
  onChange: (value: IsoDate | null) => void;
  /** The field's name in messages, e.g. 'field.date'. */
  label: MessageKey;
  allowClear?: boolean;
  'aria-label'?: string;
}

export function DateInput(props: Props) {
  const [error, setError] = useState<string | null>(null);
  // One dayjs object per stored date: the picker drops a date typed but not yet confirmed whenever it is given a
  // new value object, which any re-render of the form (an autosave landing) would otherwise do.
  const value = useMemo(() => (props.value === null ? null : dayjs(props.value, 'YYYY-MM-DD')), [props.value]);
  return (
    <>
      <DatePicker
        id={props.id}
        aria-label={props['aria-label']}
        format={DISPLAY_FORMATS}
        value={value}
        allowClear={props.allowClear ?? true}
        status={error === null ? undefined : 'error'}
        style={{ width: '100%' }}
        placeholder={t('date.placeholder')}
        onChange={(date) => {
          setError(null);
          props.onChange(date === null ? null : date.format('YYYY-MM-DD'));
        }}
        onBlur={(event) => {
          const typed = (event.target as HTMLInputElement).value;
          const parsed = parseViDate(typed);
          if (parsed.ok) {
            setError(null);
            if (parsed.date !== props.value) props.onChange(parsed.date);
          } else if (parsed.reason === 'empty') {
            setError(null);
          } else {
            const field = t(props.label);
            setError(parsed.reason === 'no-such-day' ? t('validation.noSuchDay', { field, value: typed }) : t('validation.dateFormat', { field }));
          }
        }}
      />
      {error !== null && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </>
  );
}
