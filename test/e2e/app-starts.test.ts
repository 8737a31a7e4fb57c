import { expect, it } from 'vitest';
import { appForFile } from './app-for-file.js';

const app = appForFile();

it('the built page starts under its Content-Security-Policy without errors, in Vietnamese', async () => {
  const { page, context, errors } = await app.openPage();
  await page.getByRole('navigation').getByText('Cuộc họp').waitFor();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  // The shell fills the window exactly: screens scroll inside it, the window itself never does.
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
  await context.close();
});
