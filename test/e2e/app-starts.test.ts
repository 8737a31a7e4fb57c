import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

it('the built page starts under its Content-Security-Policy without errors, in Vietnamese', async () => {
  const { page, context, errors } = await app.openPage();
  await page.getByRole('navigation').getByText('Cuộc họp').waitFor();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  expect(errors).toEqual([]);
  await context.close();
});
