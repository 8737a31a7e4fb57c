/**
 * A one-line field that saves when the user leaves it or presses Enter, not on every key (each save is a
 * database transaction and a re-render of the list). While it holds unsaved text it registers a flusher, so
 * closing the window or leaving the screen still saves it.
 */
import { Input } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '../../components/report-error.js';
import { registerFlusher } from '../../app/flush.js';

interface Props {
  value: string;
  /** Stores the text; a thrown error is shown on the field and the text is kept. */
  onCommit: (text: string) => Promise<void>;
  'aria-label': string;
  placeholder?: string;
  autoFocus?: boolean;
}

export function CommitInput({ value, onCommit, placeholder, autoFocus, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ draft, value, onCommit });
  latest.current = { draft, value, onCommit };

  // Reads the latest props through a ref, so the flusher registered below is always current.
  const commit = useCallback(async (): Promise<void> => {
    const { draft: text, value: stored, onCommit: save } = latest.current;
    if (text === null) return;
    if (text === stored) {
      setDraft(null);
      return;
    }
    try {
      await save(text);
      setError(null);
      setDraft(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  }, []);

  const dirty = draft !== null;
  useEffect(() => (dirty ? registerFlusher(commit) : undefined), [dirty, commit]);

  return (
    <div>
      <Input
        aria-label={rest['aria-label']}
        placeholder={placeholder}
        autoFocus={autoFocus}
        value={draft ?? value}
        status={error === null ? undefined : 'error'}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onPressEnter={() => void commit()}
      />
      {error !== null && (
        <div role="alert" style={{ color: '#cf1322', fontSize: 12 }}>
          {error}
        </div>
      )}
    </div>
  );
}
