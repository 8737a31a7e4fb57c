import { Layout, Menu, Spin, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { t } from '../../src/i18n/index.js';
import { useAppStore } from '../state/store.js';
import { useCommand } from './commands.js';
import type { Route, RouteName } from './routes.js';
import { SaveIndicator } from './save-indicator.js';
import { MeetingListPage } from '../features/meetings/meeting-list-page.js';
import { MeetingEditorPage } from '../features/meetings/meeting-editor-page.js';
import { MeetingCommands } from '../features/meetings/meeting-commands.js';
import { ReminderScheduler } from '../features/reminders/reminder-scheduler.js';

// Screens a user opens less often are loaded on first visit, keeping the start-up bundle small.
const DirectoryPage = lazy(() => import('../features/directory/directory-page.js').then((m) => ({ default: m.DirectoryPage })));
const TrashPage = lazy(() => import('../features/trash/trash-page.js').then((m) => ({ default: m.TrashPage })));
const RegisterPage = lazy(() => import('../features/register/register-page.js').then((m) => ({ default: m.RegisterPage })));
const OverviewPage = lazy(() => import('../features/overview/overview-page.js').then((m) => ({ default: m.OverviewPage })));
const SettingsPage = lazy(() => import('../features/settings/settings-page.js').then((m) => ({ default: m.SettingsPage })));

const NAV_ITEMS: Array<{ key: RouteName; label: string }> = [
  { key: 'meetings', label: t('nav.meetings') },
  { key: 'register', label: t('nav.register') },
  { key: 'overview', label: t('nav.overview') },
  { key: 'directory', label: t('nav.directory') },
  { key: 'trash', label: t('nav.trash') },
  { key: 'settings', label: t('nav.settings') },
];

export function AppShell() {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  useCommand('open-meetings', () => navigate({ name: 'meetings' }));
  useCommand('open-register', () => navigate({ name: 'register' }));
  useCommand('open-overview', () => navigate({ name: 'overview' }));
  useCommand('open-directory', () => navigate({ name: 'directory' }));
  useCommand('open-trash', () => navigate({ name: 'trash' }));
  useCommand('open-settings', () => navigate({ name: 'settings' }));

  const selected = route.name === 'meeting' ? 'meetings' : route.name;
  return (
    <Layout style={{ height: '100vh' }}>
      <MeetingCommands />
      <ReminderScheduler />
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #e5e7eb' }}>
        <Typography.Title level={5} style={{ padding: '16px 16px 8px', margin: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <nav aria-label={t('app.name')}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={NAV_ITEMS}
            onClick={({ key }) => navigate({ name: key as RouteName } as Route)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', height: 40, lineHeight: '40px', padding: '0 16px', borderBottom: '1px solid #e5e7eb', display: 'flex', justifyContent: 'flex-end' }}>
          <SaveIndicator />
        </Layout.Header>
        <Layout.Content style={{ overflow: 'auto', padding: 16 }}>
          <Suspense fallback={<Spin tip={t('common.loading')} />}>{pageFor(route)}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function pageFor(route: Route): ReactNode {
  switch (route.name) {
    case 'meetings':
      return <MeetingListPage />;
    case 'meeting':
      return <MeetingEditorPage key={route.id} meetingId={route.id} focusDirectiveId={route.directiveId} />;
    case 'directory':
      return <DirectoryPage />;
    case 'trash':
      return <TrashPage />;
    case 'register':
      return <RegisterPage />;
    case 'overview':
      return <OverviewPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
