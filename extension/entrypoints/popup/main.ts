import { ui } from '../../ui/i18n';
import { checklistTab } from '../../ui/popup/checklist-tab';
import { renderTabBar, type PopupTab } from '../../ui/popup/tab-bar';
import { targetTab } from '../../ui/popup/target-tab';
import { getSettings } from '../../ui/storage';
import { selfCheckTab } from '../../ui/self-check/self-check-tab';

async function main() {
  const settings = await getSettings();
  const { lang } = settings;
  document.documentElement.lang = lang;
  // The page title in the user's language (HTML <title> cannot hold __MSG_…__: only the manifest and CSS are localised).
  document.title = ui(lang, 'popup.title');
  document.getElementById('title')!.textContent = ui(lang, 'popup.title');
  const options = document.getElementById('open-options')!;
  options.textContent = ui(lang, 'link.options');
  options.addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });

  const tab = await targetTab(location.search);
  // Further tabs (e.g. the 申请前自查 self-check) go after the checklist in this list.
  const tabs: PopupTab[] = [checklistTab({ doc: document, settings, tab }), selfCheckTab({ doc: document, lang })];
  renderTabBar(document, tabs, document.getElementById('app')!);
}

void main();
