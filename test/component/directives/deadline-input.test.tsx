import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { deadlineFromDraft, draftFromDeadline, DeadlineInput, type DeadlineDraft } from '../../../renderer/components/deadline-input.js';
import type { Deadline } from '../../../src/domain/deadline.js';
import { renderInApp } from '../render-in-app.js';
import { selectOption } from '../select-option.js';

let latest: DeadlineDraft | null = null;

function Harness({ initial }: { initial: Deadline }) {
  const [draft, setDraft] = useState(draftFromDeadline(initial, 2017));
  const [renders, setRenders] = useState(0);
  latest = draft;
  return (
    <>
      {/* Stands for anything that re-renders the form while the user types (an autosave landing). */}
      <button type="button" onClick={() => setRenders(renders + 1)}>
        re-render {renders}
      </button>
      <DeadlineInput
      value={draft}
      onChange={(next) => {
        latest = next;
        setDraft(next);
      }}
      />
    </>
  );
}

function current(): ReturnType<typeof deadlineFromDraft> {
  if (latest === null) throw new Error('not rendered');
  return deadlineFromDraft(latest);
}

const preview = () => screen.queryByTestId('deadline-preview')?.textContent ?? '';
const kind = () => screen.getByRole('combobox', { name: 'Loại thời hạn' });

describe('deadline input', { timeout: 60_000 }, () => {
  it('starts with no deadline and shows nothing to print', () => {
    renderInApp(<Harness initial={{ kind: 'none' }} />);
    expect(current()).toEqual({ ok: true, deadline: { kind: 'none' } });
    expect(preview()).toBe('');
  });

  it('a date: asks for it, then gives the date and dd/mm/yyyy', async () => {
    renderInApp(<Harness initial={{ kind: 'none' }} />);
    await selectOption(kind(), 'Ngày');
    expect(current()).toEqual({ ok: false, message: 'Hãy chọn ngày hết hạn.' });
    const date = screen.getByRole('textbox', { name: 'Ngày hết hạn' });
    fireEvent.change(date, { target: { value: '30/06/2017' } });
    fireEvent.blur(date);
    await waitFor(() => expect(current()).toEqual({ ok: true, deadline: { kind: 'date', date: '2017-06-30' } }));
    expect(preview()).toBe('Thời hạn sẽ ghi: 30/06/2017');
  });

  it('a date typed but not yet confirmed survives a re-render of the form', async () => {
    renderInApp(<Harness initial={{ kind: 'date', date: '2017-03-31' }} />);
    const date = screen.getByRole('textbox', { name: 'Ngày hết hạn' });
    fireEvent.mouseDown(date);
    fireEvent.focus(date);
    fireEvent.change(date, { target: { value: '30/06/2017' } });
    fireEvent.click(screen.getByRole('button', { name: 're-render 0' }));
    await screen.findByRole('button', { name: 're-render 1' });
    fireEvent.blur(date);
    await waitFor(() => expect(current()).toEqual({ ok: true, deadline: { kind: 'date', date: '2017-06-30' } }));
  });

  it('a quarter: quarter I-IV and the year (the meeting year by default)', async () => {
    renderInApp(<Harness initial={{ kind: 'none' }} />);
    await selectOption(kind(), 'Quý');
    expect(current()).toEqual({ ok: true, deadline: { kind: 'quarter', year: 2017, quarter: 1 } });
    await selectOption(screen.getByRole('combobox', { name: 'Quý' }), 'Quý III');
    await waitFor(() => expect(current()).toEqual({ ok: true, deadline: { kind: 'quarter', year: 2017, quarter: 3 } }));
    expect(preview()).toBe('Thời hạn sẽ ghi: Quý III/2017');
  });

  it('a half-year: first or second half and the year', async () => {
    renderInApp(<Harness initial={{ kind: 'none' }} />);
    await selectOption(kind(), '6 tháng');
    await selectOption(screen.getByRole('combobox', { name: 'Nửa năm' }), '6 tháng cuối năm');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Năm của thời hạn' }), { target: { value: '2018' } });
    await waitFor(() => expect(current()).toEqual({ ok: true, deadline: { kind: 'half', year: 2018, half: 2 } }));
    expect(preview()).toBe('Thời hạn sẽ ghi: 6 tháng cuối năm 2018');
  });

  it('a year: refuses an empty year, then gives "Năm 2019"', async () => {
    renderInApp(<Harness initial={{ kind: 'none' }} />);
    await selectOption(kind(), 'Năm');
    const year = screen.getByRole('spinbutton', { name: 'Năm của thời hạn' });
    fireEvent.change(year, { target: { value: '' } });
    await waitFor(() => expect(current()).toEqual({ ok: false, message: 'Hãy nhập năm của thời hạn (từ 1900 đến 2200).' }));
    fireEvent.change(year, { target: { value: '2019' } });
    await waitFor(() => expect(current()).toEqual({ ok: true, deadline: { kind: 'year', year: 2019 } }));
    expect(preview()).toBe('Thời hạn sẽ ghi: Năm 2019');
  });

  it('ongoing ("thường xuyên") has no date', async () => {
    renderInApp(<Harness initial={{ kind: 'quarter', year: 2024, quarter: 2 }} />);
    expect(preview()).toBe('Thời hạn sẽ ghi: Quý II/2024');
    await selectOption(kind(), 'Thường xuyên');
    await waitFor(() => expect(current()).toEqual({ ok: true, deadline: { kind: 'ongoing' } }));
    expect(preview()).toBe('Thời hạn sẽ ghi: Thường xuyên');
  });
});
