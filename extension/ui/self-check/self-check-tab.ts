import type { Lang } from '../../../core/index';
import type { PopupTab } from '../popup/tab-bar';
import { sc } from './messages';
import { localToday, mountSelfCheck } from './render-self-check';
import './self-check.css';

/** The popup's second tab, 申请前自查: usable on any page, no form needed. */
export function selfCheckTab({
  doc,
  lang,
  today = localToday(),
}: {
  doc: Document;
  lang: Lang;
  today?: string;
}): PopupTab {
  return {
    id: 'self-check',
    label: sc(lang, 'tab.label'),
    mount: (panel) => mountSelfCheck(doc, panel, { lang, today }),
  };
}
