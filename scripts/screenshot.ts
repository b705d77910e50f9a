// Screenshots of real pages for the README and for looking at the UI:
//   tsx scripts/screenshot.ts <base-url> <user> <path>...   → /tmp/shot-<user>-<n>.png
import { chromium } from '@playwright/test';

const base = process.argv[2]!;
const user = process.argv[3] ?? 'nurse';
const paths = process.argv.slice(4);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const page = await browser.newPage({
  viewport: { width: 1366, height: 768 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
});
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console:', m.text());
});
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`${base}/login`);
await page.getByTestId('login-username').fill(user);
await page.getByTestId('login-password').fill('Periop@2026!');
await page.getByTestId('login-submit').click();
await page.getByTestId('app-user').waitFor();
for (const [i, p] of paths.entries()) {
  await page.goto(base + p);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/shot-${user}-${i}.png` });
  console.log('shot', p, `/tmp/shot-${user}-${i}.png`);
}
await browser.close();
