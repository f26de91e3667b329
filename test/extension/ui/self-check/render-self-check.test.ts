import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkEligibility, ELIGIBILITY_THRESHOLD_OPTIONS, type EligibilityAnswers } from '../../../../core/index';
import { mountSelfCheck } from '../../../../extension/ui/self-check/render-self-check';

const TODAY = '2025-06-30';
const flush = () => new Promise((r) => setTimeout(r, 0));

async function mount(lang: 'zh-CN' | 'en' = 'zh-CN') {
  const panel = document.createElement('div');
  document.body.replaceChildren(panel);
  await mountSelfCheck(document, panel, { lang, today: TODAY });
  return panel;
}

function choose(panel: HTMLElement, key: string, answer: 'yes' | 'no' | 'not-sure') {
  const radio = panel.querySelector<HTMLInputElement>(`#sc-${key} input[value="${answer}"]`)!;
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
}
function type(panel: HTMLElement, key: string, value: string) {
  const input = panel.querySelector<HTMLInputElement>(`#sc-${key}`)!;
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const verdictOf = (panel: HTMLElement) => panel.querySelector<HTMLElement>('[data-verdict]')!;
const gapIds = (panel: HTMLElement) =>
  [...panel.querySelectorAll<HTMLElement>('.sc-gap')].map((g) => `${g.dataset.condition}:${g.dataset.status}`);

/** Answers the whole form the way a user would. */
async function fill(panel: HTMLElement, a: EligibilityAnswers) {
  for (const [key, value] of Object.entries(a)) {
    if (value === 'yes' || value === 'no' || value === 'not-sure') choose(panel, key, value);
    else type(panel, key, String(value));
  }
  await flush();
}

const READY: EligibilityAnswers = {
  uscc: '91350100M000100Y43',
  E1: 'yes',
  licenceDate: '2020-05-18',
  systemStartDate: '2024-09-01',
  E4: 'yes',
  E5: 'yes',
  certifiedManagers: '2',
  serviceManagementStaff: '20',
  E7: 'yes',
  E8: 'yes',
  E9: 'yes',
  E10: 'yes',
  E11: 'yes',
  E12: 'yes',
  E13: 'yes',
  E14: 'yes',
  outsourcing: 'no',
  E16: 'yes',
};

describe('popup tab 申请前自查', () => {
  beforeEach(() => fakeBrowser.reset());

  it('nothing answered: questions first with progress 0 / 16, no verdict yet, no gap cards, the open ones on one line', async () => {
    const panel = await mount();
    expect(panel.querySelectorAll('fieldset.sc-condition')).toHaveLength(16);
    expect(panel.querySelector('[data-condition="E6"] legend')!.textContent).toBe('E6 售后服务管理师比例');
    expect(panel.querySelector('#sc-progress')!.textContent).toBe('已回答 0 / 16 项');
    // The first question comes before the verdict.
    const first = panel.querySelector('fieldset.sc-condition')!;
    expect(first.compareDocumentPosition(verdictOf(panel)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(verdictOf(panel).dataset.stage).toBe('none');
    expect(verdictOf(panel).textContent).toBe('还没有回答任何问题（共 16 项），所以还不能判断能否申请。');
    expect(verdictOf(panel).className).not.toMatch(/unsure|bad/);
    expect(gapIds(panel)).toEqual([]);
    expect(panel.querySelector('.sc-unanswered')!.textContent).toMatch(/^尚未回答 16 项：E1 E2 /);
  });

  it('some answered: progress counts them, the verdict is provisional and names only real gaps', async () => {
    const panel = await mount();
    await fill(panel, { E4: 'yes', E5: 'no' });
    expect(panel.querySelector('#sc-progress')!.textContent).toBe('已回答 2 / 16 项');
    expect(verdictOf(panel).textContent).toBe('暂不能申请：已回答的条件中有 1 项未满足（已回答 2 / 16 项）。');
    expect(gapIds(panel)).toEqual(['E5:unmet']);
    expect(panel.querySelector('.sc-unanswered')!.textContent).toMatch(/^尚未回答 14 项：/);
  });

  it('gives the same verdict and gaps as core for the same answers', async () => {
    const panel = await mount();
    const answers = {
      ...READY,
      certifiedManagers: '9',
      serviceManagementStaff: '100',
      E9: 'not-sure',
    } as EligibilityAnswers;
    await fill(panel, answers);
    const core = checkEligibility(answers, {}, { asOf: TODAY });
    expect(verdictOf(panel).dataset.verdict).toBe(core.verdict);
    expect(verdictOf(panel).textContent).toBe(core.summary);
    expect(gapIds(panel)).toEqual(['E6:unmet', 'E9:unknown']);
    const e6 = panel.querySelector('.sc-gap[data-condition="E6"]')!;
    expect(e6.querySelector('.sc-reason')!.textContent).toBe(
      '售后服务管理师 9 人，占售后服务管理人员 100 人的 9%，低于 10%，还差 1 人。',
    );
    expect(e6.querySelector('.sc-docs')!.textContent).toBe('证明文件：D23 人员资质与培训证明');
  });

  it('a ready applicant is told so', async () => {
    const panel = await mount();
    await fill(panel, READY);
    expect(verdictOf(panel).dataset.verdict).toBe('ready');
    expect(panel.querySelector('.sc-na')!.textContent).toBe('不适用：E15');
  });

  it('answers are kept in browser.storage.local and come back when the popup opens again', async () => {
    await fill(await mount(), { E5: 'no', licenceDate: '2025-05-01' });
    const stored = (await fakeBrowser.storage.local.get('selfCheck')).selfCheck as {
      profiles: Record<string, { answers: object }>;
    };
    expect(Object.values(stored.profiles)[0]!.answers).toEqual({ E5: 'no', licenceDate: '2025-05-01' });
    const again = await mount();
    expect(again.querySelector<HTMLInputElement>('#sc-E5 input[value="no"]')!.checked).toBe(true);
    expect(again.querySelector<HTMLInputElement>('#sc-licenceDate')!.value).toBe('2025-05-01');
    expect(gapIds(again)).toContain('E2:unmet');
  });

  it('each company profile keeps its own answers', async () => {
    const panel = await mount();
    await fill(panel, { E5: 'no' });
    type(panel, 'new-profile', '乙公司');
    panel.querySelector<HTMLButtonElement>('#sc-add-profile')!.click();
    await flush();
    expect(panel.querySelector<HTMLSelectElement>('#sc-profile')!.value).toBe('乙公司');
    expect(panel.querySelector<HTMLInputElement>('#sc-E5 input[value="no"]')!.checked).toBe(false);
    const select = panel.querySelector<HTMLSelectElement>('#sc-profile')!;
    select.value = '我的公司';
    select.dispatchEvent(new Event('change'));
    await flush();
    expect(panel.querySelector<HTMLInputElement>('#sc-E5 input[value="no"]')!.checked).toBe(true);
  });

  it('the body’s requirement is a setting: 4 months of running is enough at 3, not at 6', async () => {
    const panel = await mount();
    await fill(panel, { ...READY, systemStartDate: '2025-02-20' });
    expect(verdictOf(panel).dataset.verdict).toBe('ready');
    const months = panel.querySelector<HTMLSelectElement>('#sc-setting-systemMinMonths')!;
    expect([...months.options].map((o) => o.value)).toEqual(['0', '3', '6', '12']);
    months.value = '6';
    months.dispatchEvent(new Event('change'));
    await flush();
    expect(gapIds(panel)).toEqual(['E3:unmet']);
  });

  it('each threshold setting offers exactly the values core lists, nothing made up in the extension', async () => {
    const panel = await mount();
    for (const [key, options] of Object.entries(ELIGIBILITY_THRESHOLD_OPTIONS)) {
      const select = panel.querySelector<HTMLSelectElement>(`#sc-setting-${key}`)!;
      const offered = [...new Set(options.map((o) => o.value))].sort((a, b) => a - b).map(String);
      expect(
        [...select.options].map((o) => o.value),
        key,
      ).toEqual(offered);
      expect(select.value, key).toBe(String(options[0]!.value)); // the first option is core's default
      const title = panel.querySelector(`label[for="sc-setting-${key}"]`)!.getAttribute('title')!;
      for (const o of options) expect(title, key).toContain(`${o.value}: ${o.url || o.note}`); // where each value comes from
    }
  });

  it('clearing an answer makes it unanswered again, which is not met', async () => {
    const panel = await mount();
    await fill(panel, READY);
    panel.querySelector<HTMLButtonElement>('#sc-E7 .sc-clear')!.click();
    await flush();
    expect(gapIds(panel)).toEqual([]);
    expect(panel.querySelector('.sc-unanswered')!.textContent).toBe('尚未回答 1 项：E7');
    expect(verdictOf(panel).dataset.verdict).toBe('not-sure');
  });

  it('speaks English when the extension is set to English', async () => {
    const panel = await mount('en');
    expect(panel.querySelector('[data-condition="E6"] legend')!.textContent).toBe(
      'E6 Share of certified after-sales service managers',
    );
    expect(verdictOf(panel).textContent).toBe('No question answered yet (16 in all), so there is no verdict yet.');
    expect(panel.querySelector('#sc-progress')!.textContent).toBe('Answered 0 of 16');
  });

  it('text typed by the user is shown as text, never as HTML', async () => {
    const panel = await mount();
    type(panel, 'uscc', '<img src=x onerror=alert(1)>');
    choose(panel, 'E1', 'yes');
    await flush();
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelector('.sc-gap[data-condition="E1"] .sc-reason')!.textContent).toContain(
      '<img src=x onerror=alert(1)>',
    );
  });
});
