import { createRoot } from 'react-dom/client';
import { paneLang, ui } from '../messages';
import { App } from './app';

// Office.js is a classic CDN script in taskpane.html; outside Office onReady resolves with host null.
void Office.onReady((info) => {
  const lang = paneLang(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  document.title = ui(lang, 'app.title');
  const root = document.getElementById('root')!;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = ui(lang, 'app.outsideOffice');
    return;
  }
  createRoot(root).render(<App excel={Excel} lang={lang} />);
});
