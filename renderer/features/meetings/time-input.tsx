/**
 * A time field that takes what people type ("14h30", "1430", "14 giờ") and shows it as HH:mm once they leave
 * it. Plain text rather than a picker: keyboard entry is what secretaries do, and a half-typed time is not
 * thrown away.
 */
import { Input } from 'antd';
import { t } from '../../../src/i18n/index.js';
import { normalizeClockText } from './clock-text.js';

interface Props {
  id: string;
  value: string;
  invalid: boolean;
  describedBy?: string;
  onChange: (value: string) => void;
  onEditing: (editing: boolean) => void;
}

export function TimeInput({ id, value, invalid, describedBy, onChange, onEditing }: Props) {
  return (
    <Input
      id={id}
      value={value}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('editor.timePlaceholder')}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      style={{ width: '100%' }}
      onChange={(e) => {
        onEditing(true);
        onChange(e.target.value);
      }}
      onBlur={() => {
        onEditing(false);
        const normalized = normalizeClockText(value);
        if (normalized !== value) onChange(normalized);
      }}
      onPressEnter={() => {
        const normalized = normalizeClockText(value);
        if (normalized !== value) onChange(normalized);
      }}
    />
  );
}
