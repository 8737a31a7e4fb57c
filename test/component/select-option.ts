import { fireEvent, waitFor } from '@testing-library/react';

/** Opens an antd Select and clicks the option with exactly this text in the dropdown that is open. */
export async function selectOption(combobox: HTMLElement, text: string): Promise<void> {
  fireEvent.mouseDown(combobox);
  const option = await waitFor(() => {
    const open = [...document.querySelectorAll('.ant-select-dropdown')].filter((d) => !d.className.includes('-hidden'));
    const found = open.flatMap((d) => [...d.querySelectorAll<HTMLElement>('.ant-select-item-option')]).find((o) => o.textContent === text);
    if (found === undefined) throw new Error(`No option “${text}” in an open dropdown`);
    return found;
  });
  fireEvent.click(option);
}
