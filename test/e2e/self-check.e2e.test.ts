/*
 * The popup's 申请前自查 tab in the built extension, in headless Chromium: for the same answers it gives
 * the same verdict and gaps as core's checkEligibility, on a popup opened with no web page at all.
 */
import { questionnaireProgress } from '../../core/eligibility/questionnaire';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEligibility, readAnswersFile, type EligibilityAnswers, type EligibilitySettings } from '../../core/index';
import { readAnswer } from '../../core/eligibility/read-input';
import { launchWithExtension, type LaunchedExtension } from '../extension/e2e-support/launch';
import { hasChromium } from '../support/external-programs';

const EXT_DIR = path.resolve('dist/extension/chrome-mv3-e2e');
const FIX = path.resolve('test/fixtures/eligibility');
const fixtures = readdirSync(FIX)
  .filter((f) => f.endsWith('.answers.json'))
  .map((f) => {
    const r = readAnswersFile(JSON.parse(readFileSync(path.join(FIX, f), 'utf8')));
    if (!r.ok) throw new Error(r.problem);
    return { name: f.replace('.answers.json', ''), ...r.file };
  });

describe.skipIf(!hasChromium('self-check popup e2e (built extension in headless Chromium)'))(
  'popup 申请前自查 in Chromium',
  () => {
    let b: LaunchedExtension;
    let popup: Page;

    beforeAll(async () => {
      execFileSync(path.resolve('node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], { stdio: 'pipe' });
      if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error(`the e2e build did not produce ${EXT_DIR}`);
      b = await launchWithExtension(EXT_DIR);
      popup = await b.ctx.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`chrome-extension://${b.extId}/popup.html`);
      await popup.locator('#tab-self-check').click();
      await popup.locator('[data-verdict]').waitFor({ timeout: 15_000 });
    }, 180_000);

    afterAll(async () => {
      await b?.close();
    });

    async function answer(key: string, value: unknown) {
      const choice = readAnswer(value);
      const radios = popup.locator(`#sc-${key} input[type="radio"]`);
      if (await radios.count()) {
        if (choice.ok) await popup.locator(`#sc-${key} input[value="${choice.value}"]`).check();
        return;
      }
      if (value === undefined || value === null || value === '') return;
      const input = popup.locator(`#sc-${key}`);
      await input.fill(String(value));
      await input.dispatchEvent('change');
    }

    async function setUp(
      name: string,
      asOf: string,
      settings: Partial<EligibilitySettings>,
      answers: EligibilityAnswers,
    ) {
      await popup.locator('#sc-new-profile').fill(name);
      await popup.locator('#sc-add-profile').click();
      await expect.poll(() => popup.locator('#sc-profile').inputValue()).toBe(name);
      await popup.locator('#sc-as-of').fill(asOf);
      await popup.locator('#sc-as-of').dispatchEvent('change');
      if (Object.keys(settings).length) await popup.locator('details.sc-settings > summary').click(); // as a user opens 认证机构的要求
      for (const [k, v] of Object.entries(settings)) await popup.locator(`#sc-setting-${k}`).selectOption(String(v));
      for (const [k, v] of Object.entries(answers)) await answer(k, v);
    }

    const shown = async () => ({
      verdict: await popup.locator('[data-verdict]').getAttribute('data-verdict'),
      summary: await popup.locator('[data-verdict]').textContent(),
      gaps: await popup
        .locator('.sc-gap')
        .evaluateAll((els) =>
          els.map((e) => `${(e as HTMLElement).dataset.condition}:${(e as HTMLElement).dataset.status}`),
        ),
    });

    it('the tab is there in Chinese, with no web page behind the popup', async () => {
      expect(await popup.locator('#tab-self-check').textContent()).toBe('申请前自查');
      expect(await popup.locator('fieldset.sc-condition').count()).toBe(16);
    });

    it('nothing answered: progress 0 / 16 and the first question near the top; no verdict yet, no gap cards', async () => {
      expect(await popup.locator('#sc-progress').textContent()).toBe('已回答 0 / 16 项');
      expect(await popup.locator('[data-verdict]').getAttribute('data-stage')).toBe('none');
      expect(await popup.locator('.sc-gap').count()).toBe(0);
      // The first question starts within the first screen of the 600 px popup (it was 2,197 px down).
      const first = await popup.locator('fieldset.sc-condition').first().boundingBox();
      expect(first!.y).toBeLessThan(300);
      await popup.screenshot({ path: '/tmp/gbt27922-selfcheck-zh-none.png', fullPage: true });
    });

    it('some answered: the verdict is provisional and names only the real gap', async () => {
      await answer('E4', '是');
      await answer('E5', '否');
      await expect.poll(() => popup.locator('#sc-progress').textContent()).toBe('已回答 2 / 16 项');
      expect(await popup.locator('[data-verdict]').textContent()).toBe(
        '暂不能申请：已回答的条件中有 1 项未满足（已回答 2 / 16 项）。',
      );
      expect((await shown()).gaps).toEqual(['E5:unmet']);
      await popup.locator('#sc-result').scrollIntoViewIfNeeded();
      await popup.screenshot({ path: '/tmp/gbt27922-selfcheck-zh-some.png' });
      await popup.locator('#sc-reset').click();
      await expect.poll(() => popup.locator('#sc-progress').textContent()).toBe('已回答 0 / 16 项');
    });

    for (const f of fixtures) {
      it(`${f.name}: same verdict and gaps as core`, async () => {
        await setUp(f.name, f.asOf!, f.settings, f.answers);
        const core = checkEligibility(f.answers, f.settings, { asOf: f.asOf! });
        // The questionnaire's words for this stage (core's questionnaireProgress: core's summary once all is answered).
        const q = questionnaireProgress(core, f.answers, 'zh-CN');
        await expect.poll(async () => (await shown()).summary).toBe(q.verdictLine);
        expect(await popup.locator('#sc-progress').textContent()).toBe(`已回答 ${q.answered} / 16 项`);
        await popup.locator('#sc-result').scrollIntoViewIfNeeded();
        await popup.screenshot({ path: `/tmp/gbt27922-selfcheck-zh-all-${f.name}.png` });
        const got = await shown();
        expect(got.verdict).toBe(core.verdict);
        // Only the real gaps; unanswered conditions are one line.
        expect(got.gaps).toEqual(q.gaps.map((c) => `${c.id}:${c.status}`));
        if (q.unansweredLine) expect(await popup.locator('.sc-unanswered').textContent()).toBe(q.unansweredLine);
      });
    }

    it('answers survive closing and reopening the popup', async () => {
      const before = await shown();
      await popup.reload();
      await popup.locator('#tab-self-check').click();
      await popup.locator('[data-verdict]').waitFor();
      expect(await shown()).toEqual(before);
      expect(await popup.locator('#sc-profile option').count()).toBe(fixtures.length + 1);
    });

    it('nothing leaves the machine', () => {
      expect(b.requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
    });
  },
);
