/**
 * Renders a screen part the way the application does (Vietnamese locale, antd App context for toasts) on the
 * application's database, which the component setup backs with fake-indexeddb.
 */
import { configure, render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactElement } from 'react';
import { db } from '../../renderer/db/instance.js';

// antd renders slowly in jsdom; the default one second of findBy/waitFor is not enough on a busy machine.
configure({ asyncUtilTimeout: 5000 });

export function renderInApp(ui: ReactElement) {
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>{ui}</AntApp>
    </ConfigProvider>,
  );
}

/** Empties every table between tests (the database object is shared by the whole file). */
export async function clearDatabase(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
