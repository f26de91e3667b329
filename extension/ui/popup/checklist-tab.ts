import type { Lang } from '../../../core/index';
import { el, ui } from '../i18n';
import type { CheckResponse } from '../protocol';
import { renderChecklist } from '../render-checklist';
import { disableAlwaysCheck, enableAlwaysCheck } from '../site-access';
import { getAlwaysOrigins, getProfile, originOf, setProfile, type ProfileOverrides, type Settings } from '../storage';
import { renderProfileForm } from './profile-form';
import type { PopupTab } from './tab-bar';
import { ensureContentScript, sendToTab, type TargetTab } from './target-tab';

export interface ChecklistTabEnv {
  doc: Document;
  settings: Settings;
  tab: TargetTab | null;
}

/** The first popup tab: the document checklist for the page, its conditions and the per-site switch. */
export function checklistTab(env: ChecklistTabEnv): PopupTab {
  const { doc, settings, tab } = env;
  const lang: Lang = settings.lang;
  return {
    id: 'checklist',
    label: ui(lang, 'tab.checklist'),
    async mount(panel) {
      const status = el(doc, 'p', {
        className: 'status',
        text: ui(lang, 'checking'),
        attrs: { id: 'status', role: 'status' },
      });
      panel.replaceChildren(status);
      const fail = (text: string) => {
        status.textContent = text;
        status.classList.add('error');
      };
      if (!tab) return fail(ui(lang, 'error.noTab'));
      const origin = originOf(tab.url);
      try {
        await ensureContentScript(tab.id);
      } catch {
        return fail(ui(lang, 'error.cannotAccess'));
      }

      let overrides: ProfileOverrides = origin ? await getProfile(origin) : {};

      const run = async () => {
        let res: CheckResponse | undefined;
        try {
          res = await sendToTab<CheckResponse>(tab.id, {
            type: 'gbt27922:check',
            lang,
            profile: overrides,
            ...(settings.requirements ? { requirements: settings.requirements } : {}),
          });
        } catch {
          res = undefined;
        }
        if (!res) return fail(ui(lang, 'error.cannotAccess'));
        if (!res.ok) return fail(ui(lang, 'error.generic', { message: res.error }));

        const list = renderChecklist(doc, res.check, lang, {
          onJump: (ref) => void sendToTab(tab.id, { type: 'gbt27922:jump', ref }).catch(() => undefined),
        });
        const profile = renderProfileForm(doc, lang, res.check.profile, res.check.profileOrigin, overrides, (next) => {
          overrides = next;
          void (origin ? setProfile(origin, next) : Promise.resolve()).then(run);
        });
        panel.replaceChildren(
          list,
          profile,
          origin ? await alwaysRow(origin) : el(doc, 'p', { className: 'hint', text: ui(lang, 'always.unsupported') }),
        );
      };

      const alwaysRow = async (o: string) => {
        const box = el(doc, 'input', { attrs: { type: 'checkbox', id: 'always-check' } });
        box.checked = (await getAlwaysOrigins()).includes(o);
        const note = el(doc, 'span', { className: 'hint', attrs: { role: 'status' } });
        box.addEventListener('change', () => {
          note.textContent = '';
          if (box.checked) {
            // permissions.request must run inside this user gesture: it is the first call here.
            enableAlwaysCheck(o).then(
              (ok) => {
                if (!ok) {
                  box.checked = false;
                  note.textContent = ui(lang, 'always.denied');
                }
              },
              (e: Error) => {
                box.checked = false;
                note.textContent = ui(lang, 'error.generic', { message: e.message });
              },
            );
          } else {
            void disableAlwaysCheck(o);
          }
        });
        return el(doc, 'div', { className: 'always' }, [
          el(doc, 'label', { attrs: { for: 'always-check' } }, [box, doc.createTextNode(ui(lang, 'always.label'))]),
          note,
        ]);
      };

      await run();
    },
  };
}
