import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PersonPicker } from '../../../renderer/components/person-picker.js';
import { db } from '../../../renderer/db/instance.js';
import { createPerson } from '../../../renderer/db/writes/directory.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';
import { selectOption } from '../select-option.js';

function Harness({ onCreate }: { onCreate: (name: string) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <PersonPicker aria-label="Người chủ trì" value={value} onChange={setValue} onCreate={onCreate} />
      <output data-testid="value">{value ?? '(trống)'}</output>
    </>
  );
}

describe('person picker', () => {
  beforeEach(clearDatabase);

  it('finds people without diacritics and leaves the field empty when "add a new person" is chosen then abandoned', async () => {
    const gap = await createPerson(db, { fullName: 'Lê Văn Gặp', title: 'Trưởng ban Dân vận Tỉnh ủy', unitId: null });
    const created: string[] = [];
    renderInApp(<Harness onCreate={(name) => created.push(name)} />);
    const box = screen.getByRole('combobox', { name: 'Người chủ trì' });

    fireEvent.change(box, { target: { value: 'Trần Dương Tuấn' } });
    await selectOption(box, 'Thêm người mới: “Trần Dương Tuấn”');
    expect(created).toEqual(['Trần Dương Tuấn']);
    // The field shows the value the form holds, never the label of the abandoned "add" choice.
    const shown = box.closest('.ant-select')?.textContent ?? '';
    expect(shown).not.toContain('Thêm người mới');
    expect(screen.getByTestId('value').textContent).toBe('(trống)');

    fireEvent.change(box, { target: { value: 'le van gap' } });
    await selectOption(box, 'Lê Văn Gặp (Trưởng ban Dân vận Tỉnh ủy)');
    await waitFor(() => expect(screen.getByTestId('value').textContent).toBe(gap.id));
  });
});
