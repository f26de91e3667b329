/* The 结果 sheet and the HTML report read core's audit state: a blank workbook has not started, not failed. */
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, score } from '../../../core/index';
import { resultContent } from '../../../core/workbook/result-content';

describe('result content and the audit state', () => {
  it('a blank audit: score "—" and a plain not-started line, no red "cannot be computed"', () => {
    const c = resultContent(score(gbt27922_2011, { responses: [] }, { lang: 'zh-CN' }), { lang: 'zh-CN' });
    expect(c.scoreText).toBe('—');
    expect(c.notes).toEqual([{ text: '尚未评分任何指标。在评分表中填写得分后，这里会显示结果。', error: false }]);
  });

  it('an invalid input still says the score cannot be computed, as an error', () => {
    const c = resultContent(score(gbt27922_2011, { responses: [{ id: '5.1.1.2', value: '好' }] }, { lang: 'en' }), {
      lang: 'en',
    });
    expect(c.scoreText).toBe('Cannot be computed');
    expect(c.notes[0]!.error).toBe(true);
  });
});
