import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsSkipped, launchChromium, screenshot } from './public/browser';
import { internalTexts } from './public/internalTexts';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';

// The public face of the seeded Heilongjiang pilot in a real browser: the special-topic pages,
// the catalogue, an item, and the feedback forms, against the platform as `gongkai start` runs it.

const DAOLI = '230102';

/** The figure a page shows in `[data-feedback-count]`. */
const feedbackCount = async (page: Page): Promise<number> =>
  Number(await page.locator('[data-feedback-count]').first().getAttribute('data-feedback-count'));

/** Reloads until the page counts `expected` (the projections follow the store asynchronously). */
const waitForCount = async (page: Page, expected: number): Promise<void> => {
  const deadline = Date.now() + 15_000;
  while ((await feedbackCount(page)) !== expected) {
    if (Date.now() > deadline)
      throw new Error(`the page still counts ${await feedbackCount(page)}, expected ${expected}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.reload();
  }
};

const submitFeedback = async (page: Page, satisfaction: number, comment: string): Promise<void> => {
  await page.getByLabel(String(satisfaction), { exact: false }).first().check();
  await page.getByLabel(/意见建议/).fill(comment);
  await page.getByRole('button', { name: '提交评价' }).click();
  await page.waitForLoadState('load');
};

describe.skipIf(browserTestsSkipped())('the public pages in a browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const marker = `浏览器测试留言-${Date.now()}`;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform({ seed: true }), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform?.close();
  });

  it('a visitor goes from the province’s special topic to a county item', async () => {
    await page.goto(`${platform.url}/public/`);
    await page.getByRole('link', { name: '黑龙江省' }).click();
    await expect.poll(() => page.title()).toContain('黑龙江省试点工作专题');
    expect(await page.locator('table.units tbody tr').count()).toBe(15);
    await screenshot(page, '1-province-home');

    await page.getByRole('link', { name: '哈尔滨市' }).first().click();
    await expect.poll(() => page.title()).toContain('哈尔滨市试点工作专题');
    await screenshot(page, '2-prefecture-home');

    await page.getByRole('link', { name: '道里区' }).first().click();
    await expect.poll(() => page.title()).toContain('道里区试点工作专题');
    expect(await page.getByRole('heading', { name: '试点领域' }).count()).toBe(1);
    expect(await page.locator('table.milestones tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, '3-county-home');

    await page.getByRole('link', { name: '查看政务公开事项标准目录' }).click();
    await expect.poll(() => page.title()).toContain('道里区政务公开事项标准目录');
    await screenshot(page, '4-catalogue');

    await page.locator('article.item h3 a').first().click();
    expect(page.url()).toMatch(new RegExp(`/public/${DAOLI}/items/[\\w-]+$`));
    expect(await page.getByRole('heading', { name: '公开标准' }).count()).toBe(1);
    expect(await page.locator('table.history tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, '5-item');
  });

  it('feedback on an item is received and then counted on the item page', async () => {
    const itemUrl = page.url();
    const before = await feedbackCount(page);
    await submitFeedback(page, 4, `${marker} 标准清楚`);
    expect(page.url()).toBe(`${itemUrl}?feedback=received#feedback`);
    expect(await page.getByRole('status').textContent()).toContain('已收到您的评价');
    await waitForCount(page, before + 1);
    await screenshot(page, '6-item-feedback-received');
  });

  it('feedback on the special-topic home is counted in the county’s social evaluation', async () => {
    await page.goto(`${platform.url}/public/${DAOLI}/`);
    const before = await feedbackCount(page);
    await submitFeedback(page, 5, `${marker} 专题信息全面`);
    expect(await page.getByRole('status').textContent()).toContain('已收到您的评价');
    await waitForCount(page, before + 1);
  });

  it('the form refuses bad input with a message in Chinese and keeps what was typed, as text', async () => {
    await page.goto(`${platform.url}/public/${DAOLI}/`);
    const before = await feedbackCount(page);
    // Past the browser's own checks, as a hand-made request would be.
    await page.locator('form[data-feedback-form]').evaluate((form) => {
      (form as HTMLFormElement).noValidate = true;
      form.querySelector('textarea')?.removeAttribute('maxlength');
    });
    const injected =
      '<script>window.__injected = true</script><img src=x onerror="window.__injected = true">';
    await page.getByLabel(/意见建议/).fill(injected);
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#satisfaction-error').textContent()).toBe('请选择满意度（1—5）。');
    expect(await page.getByLabel(/意见建议/).inputValue()).toBe(injected);
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    await screenshot(page, '7-form-refused');

    await page.locator('form[data-feedback-form]').evaluate((form) => {
      form.querySelector('textarea')?.removeAttribute('maxlength');
    });
    await page.getByLabel('3', { exact: false }).first().check();
    await page.getByLabel(/意见建议/).fill('长'.repeat(501));
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#comment-error').textContent()).toBe(
      '意见建议不能超过 500 字（现为 501 字）。',
    );

    await page.goto(`${platform.url}/public/${DAOLI}/`);
    expect(await feedbackCount(page)).toBe(before);
  });

  it('a submission without the page’s anti-forgery token is not recorded', async () => {
    const response = await context.request.post(`${platform.url}/public/${DAOLI}/feedback`, {
      form: { satisfaction: '1', comment: 'forged' },
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('为确认是您本人提交');
  });

  it('no page shows anything a read model keeps internal', async () => {
    const internal = await internalTexts(platform, DAOLI, [marker]);
    const catalogue = `${platform.url}/public/${DAOLI}/catalogue`;
    await page.goto(catalogue);
    const items = await page
      .locator('article.item h3 a')
      .evaluateAll((links) => links.slice(0, 5).map((link) => (link as HTMLAnchorElement).href));
    const urls = [
      `${platform.url}/public/`,
      `${platform.url}/public/230000/`,
      `${platform.url}/public/230100/`,
      `${platform.url}/public/${DAOLI}/`,
      catalogue,
      ...items,
    ];
    for (const url of urls) {
      await page.goto(url);
      const text = await page.locator('html').innerHTML();
      const leaked = internal.filter((snippet) => text.includes(snippet));
      expect(leaked, `${url} shows internal data`).toEqual([]);
    }
    expect(internal.length).toBeGreaterThan(20);
  });
});
