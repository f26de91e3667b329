import { el } from '../i18n';

/**
 * A popup tab. The checklist is the first; more (e.g. the 申请前自查 self-check) are added by
 * appending to the list given to renderTabBar. A tab is mounted the first time it is shown.
 */
export interface PopupTab {
  id: string;
  label: string;
  mount(panel: HTMLElement): void | Promise<void>;
}

export function renderTabBar(doc: Document, tabs: PopupTab[], container: HTMLElement, initial = tabs[0]?.id): void {
  const bar = el(doc, 'div', { className: 'tab-bar', attrs: { role: 'tablist' } });
  const panels = el(doc, 'div', { className: 'tab-panels' });
  const mounted = new Set<string>();
  const buttons = new Map<string, HTMLButtonElement>();
  const panelById = new Map<string, HTMLElement>();

  const select = (id: string) => {
    for (const tab of tabs) {
      const on = tab.id === id;
      buttons.get(tab.id)!.setAttribute('aria-selected', String(on));
      buttons.get(tab.id)!.tabIndex = on ? 0 : -1;
      panelById.get(tab.id)!.hidden = !on;
      if (on && !mounted.has(tab.id)) {
        mounted.add(tab.id);
        void tab.mount(panelById.get(tab.id)!);
      }
    }
  };

  for (const tab of tabs) {
    const button = el(doc, 'button', {
      className: 'tab',
      text: tab.label,
      attrs: { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}` },
    });
    button.addEventListener('click', () => select(tab.id));
    // WAI-ARIA tabs: only the selected tab is in the Tab order; arrows, Home and End move between tabs.
    button.addEventListener('keydown', (e) => {
      const at = tabs.findIndex((t) => t.id === tab.id);
      const to =
        e.key === 'ArrowRight'
          ? (at + 1) % tabs.length
          : e.key === 'ArrowLeft'
            ? (at - 1 + tabs.length) % tabs.length
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? tabs.length - 1
                : -1;
      if (to < 0) return;
      e.preventDefault();
      select(tabs[to]!.id);
      buttons.get(tabs[to]!.id)!.focus();
    });
    const panel = el(doc, 'div', {
      className: 'tab-panel',
      attrs: { role: 'tabpanel', id: `panel-${tab.id}`, 'aria-labelledby': `tab-${tab.id}` },
    });
    buttons.set(tab.id, button);
    panelById.set(tab.id, panel);
    bar.append(button);
    panels.append(panel);
  }
  container.replaceChildren(bar, panels);
  if (initial) select(initial);
}
