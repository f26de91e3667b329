/*
 * nearest(el, selectors) must find exactly what el.closest(selectors.join(', ')) finds (the browser's own
 * answer is the expectation), whatever the order of the selectors and however the matches nest.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { nearest } from '../../../extension/scanner/nearest';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('nearest', () => {
  it('finds what closest() finds over the whole list, for every element and selector order', () => {
    document.body.innerHTML = `<form><fieldset id="fs"><div role="radiogroup" id="rg" class="el-radio-group">
      <label id="l1"><input type="radio" id="r1"></label>
      <div role="group" id="g"><span class="el-radio-group" id="inner"><input type="checkbox" id="c1"></span></div>
    </div></fieldset><table><tr id="tr"><th id="th">名称</th><td id="td"><input id="t1"></td></tr></table></form>`;
    const lists = [
      ['[role=radiogroup]', '[role=group]', 'fieldset'],
      ['fieldset', '[role=group]', '[role=radiogroup]', '.el-radio-group'],
      ['td', 'th', 'tr'],
      ['input'],
      ['.absent', 'form'],
      ['.absent'],
    ];
    const elements = Array.from(document.body.querySelectorAll('*'));
    let checked = 0;
    for (const el of elements)
      for (const sels of lists) {
        expect(nearest(el, sels), `${el.id || el.tagName} in ${sels.join(', ')}`).toBe(el.closest(sels.join(', ')));
        checked++;
      }
    expect(checked).toBe(elements.length * lists.length);
    // The cases that matter: a nearer match listed after a farther one, and the element itself.
    expect(nearest(document.getElementById('c1')!, lists[1]!)?.id).toBe('inner');
    expect(nearest(document.getElementById('g')!, lists[0]!)?.id).toBe('g');
    expect(nearest(document.getElementById('t1')!, ['.absent'])).toBeNull();
  });
});
