/**
 * The application frame: locale, navigation, save status, and the wiring of menu commands, keyboard
 * shortcuts and window closing.
 */
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { AppShell } from './app-shell.js';
import { useDesktopIntegration } from './use-desktop-integration.js';

dayjs.locale('vi');

const THEME = {
  token: {
    fontFamily: "'Segoe UI', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
    fontSize: 14,
    colorPrimary: '#1f5fa8',
  },
};

export function App() {
  useDesktopIntegration();
  return (
    <ConfigProvider locale={viVN} theme={THEME}>
      <AntApp>
        <AppShell />
      </AntApp>
    </ConfigProvider>
  );
}
