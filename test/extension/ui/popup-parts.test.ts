import { describe, expect, it, vi } from 'vitest';
import { renderProfileForm } from '../../../extension/ui/popup/profile-form';
import { renderTabBar } from '../../../extension/ui/popup/tab-bar';

describe('popup tab bar', () => {
  it('shows the first tab, mounts each tab once, on first show', () => {
    const container = document.createElement('div');
    const mountA = vi.fn((p: HTMLElement) => {
      p.textContent = 'A';
    });
    const mountB = vi.fn((p: HTMLElement) => {
      p.textContent = 'B';
    });
    renderTabBar(
      document,
      [
        { id: 'checklist', label: '材料清单', mount: mountA },
        { id: 'self-check', label: '申请前自查', mount: mountB },
      ],
      container,
    );
    const [a, b] = [...container.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(a!.getAttribute('aria-selected')).toBe('true');
    expect(mountA).toHaveBeenCalledTimes(1);
    expect(mountB).not.toHaveBeenCalled();
    b!.click();
    b!.click();
    a!.click();
    expect(mountB).toHaveBeenCalledTimes(1);
    expect(mountA).toHaveBeenCalledTimes(1);
    expect(container.querySelector<HTMLElement>('#panel-self-check')!.hidden).toBe(true);
    expect(container.querySelector<HTMLElement>('#panel-checklist')!.hidden).toBe(false);
  });
});

describe('popup profile form', () => {
  it('shows what the form says, marks overrides, and reports changes', () => {
    const onChange = vi.fn();
    const form = renderProfileForm(
      document,
      'zh-CN',
      { unifiedLicence: true, multiSite: true, serviceMode: 'own' },
      { unifiedLicence: 'form', multiSite: 'override', serviceMode: 'form' },
      { multiSite: true },
      onChange,
    );
    const select = (k: string) => form.querySelector<HTMLSelectElement>(`#profile-${k}`)!;
    expect(select('unifiedLicence').options[0]!.textContent).toBe('按表单（是）');
    expect(select('serviceMode').options[0]!.textContent).toBe('按表单（自有网点）');
    expect(select('applicationType').options[0]!.textContent).toBe('按表单（未知）');
    expect(select('multiSite').value).toBe('true');
    expect(form.hasAttribute('open')).toBe(true);
    expect([...form.querySelectorAll('.origin')].map((o) => o.textContent)).toEqual([
      '表单',
      '手动',
      '表单',
      '未知',
      '未知',
    ]);

    select('serviceMode').value = 'contracted';
    select('serviceMode').dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenLastCalledWith({ multiSite: true, serviceMode: 'contracted' });
    select('multiSite').value = '';
    select('multiSite').dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenLastCalledWith({});
    select('regulatedProducts').value = 'false';
    select('regulatedProducts').dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenLastCalledWith({ multiSite: true, regulatedProducts: false });
  });
});
