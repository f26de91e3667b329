import { LANGS, type Lang } from '../../../core/index';
import { el, ui } from '../i18n';
import { PROFILE_FIELDS } from '../popup/profile-form';
import { defaultListJson, EXAMPLE_LIST, validateRequirementList, type ListError } from '../requirement-list';
import { disableAlwaysCheck } from '../site-access';
import {
  deleteProfile,
  getAlwaysOrigins,
  getSettings,
  listProfiles,
  updateSettings,
  type ProfileOverrides,
} from '../storage';

const LANG_NAMES: Record<Lang, string> = { 'zh-CN': '简体中文', en: 'English' };

function describeProfile(lang: Lang, p: ProfileOverrides): string {
  return PROFILE_FIELDS.filter((f) => p[f.key] !== undefined)
    .map(
      (f) =>
        `${ui(lang, f.label)}：${ui(lang, f.choices.find((c) => c.value === String(p[f.key]))?.key ?? 'profile.origin.default')}`,
    )
    .join('；');
}

/** Renders the whole options page; re-renders itself after changes that alter the language or the lists. */
export async function renderOptions(doc: Document, root: HTMLElement): Promise<void> {
  const settings = await getSettings();
  const { lang } = settings;
  doc.documentElement.lang = lang;
  doc.title = ui(lang, 'options.title');
  const rerender = () => void renderOptions(doc, root);

  // Language
  const langSelect = el(
    doc,
    'select',
    { attrs: { id: 'lang' } },
    LANGS.map((l) => el(doc, 'option', { text: LANG_NAMES[l], attrs: { value: l } })),
  );
  langSelect.value = lang;
  langSelect.addEventListener('change', () => {
    void updateSettings({ lang: langSelect.value as Lang }).then(rerender);
  });

  // Custom requirement list
  const textarea = el(doc, 'textarea', { attrs: { id: 'custom-list', rows: '10', spellcheck: 'false' } });
  textarea.value = settings.requirementsJson ?? '';
  const result = el(doc, 'div', { className: 'result', attrs: { id: 'custom-result', role: 'status' } });
  const showCurrent = () => {
    if (!settings.requirementsJson) return;
    const v = validateRequirementList(settings.requirementsJson, lang);
    result.replaceChildren(
      el(doc, 'p', {
        className: v.ok ? 'ok' : 'error',
        text: v.ok
          ? ui(lang, 'options.customActive', { count: v.count })
          : ui(lang, 'options.customInvalidStored', {
              message: v.errors.map((x) => (x.item ? `${x.item}：${x.text}` : x.text)).join('；'),
            }),
      }),
    );
  };
  showCurrent();
  const save = el(doc, 'button', { text: ui(lang, 'options.save'), attrs: { type: 'button', id: 'save-list' } });
  save.addEventListener('click', () => {
    const text = textarea.value;
    if (!text.trim())
      return void updateSettings({ requirementsJson: undefined }).then(() => {
        result.replaceChildren(el(doc, 'p', { className: 'ok', text: ui(lang, 'options.cleared') }));
      });
    const v = validateRequirementList(text, lang);
    if (!v.ok) {
      showErrors(v.errors);
      return;
    }
    void updateSettings({ requirementsJson: text, requirements: v.catalogue }).then(() => {
      result.replaceChildren(el(doc, 'p', { className: 'ok', text: ui(lang, 'options.saved', { count: v.count }) }));
    });
  });
  // Each problem names the item (number, id, name) and says what is wrong; one line says what to do next.
  const showErrors = (errors: ListError[]) =>
    result.replaceChildren(
      el(doc, 'p', { className: 'error', text: ui(lang, 'options.invalid') }),
      el(
        doc,
        'ul',
        { className: 'errors' },
        errors.map((x) =>
          el(doc, 'li', {}, [
            x.item ? el(doc, 'strong', { text: `${x.item}${lang === 'zh-CN' ? '：' : ': '}` }) : null,
            doc.createTextNode(x.text),
          ]),
        ),
      ),
      el(doc, 'p', { className: 'hint', text: ui(lang, 'options.fixHint') }),
    );

  const startDefault = el(doc, 'button', {
    text: ui(lang, 'options.startDefault'),
    attrs: { type: 'button', id: 'start-default' },
  });
  startDefault.addEventListener('click', () => {
    textarea.value = defaultListJson();
    textarea.focus();
  });
  const fileInput = el(doc, 'input', {
    attrs: { type: 'file', accept: '.json,application/json', id: 'import-file', hidden: '' },
  });
  const importButton = el(doc, 'button', {
    text: ui(lang, 'options.import'),
    attrs: { type: 'button', id: 'import-list' },
  });
  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    file.text().then(
      (text) => {
        textarea.value = text;
        // Checked at once so problems show before saving; saving stays the user's choice.
        const v = validateRequirementList(text, lang);
        if (!v.ok) showErrors(v.errors);
        else result.replaceChildren();
      },
      () => result.replaceChildren(el(doc, 'p', { className: 'error', text: ui(lang, 'options.importFailed') })),
    );
    fileInput.value = '';
  });
  const exportButton = el(doc, 'button', {
    text: ui(lang, 'options.export'),
    attrs: { type: 'button', id: 'export-list' },
  });
  exportButton.addEventListener('click', () => {
    const url = URL.createObjectURL(
      new Blob([textarea.value.trim() ? textarea.value : defaultListJson()], { type: 'application/json' }),
    );
    const a = el(doc, 'a', { attrs: { href: url, download: 'gbt27922-requirements.json' } });
    doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
  const example = el(doc, 'details', { className: 'example', attrs: { id: 'list-example' } }, [
    el(doc, 'summary', { text: ui(lang, 'options.example') }),
    el(doc, 'p', { className: 'hint', text: ui(lang, 'options.exampleHelp') }),
    el(doc, 'pre', { text: EXAMPLE_LIST }),
  ]);

  const clear = el(doc, 'button', { text: ui(lang, 'options.clear'), attrs: { type: 'button', id: 'clear-list' } });
  clear.addEventListener('click', () => {
    textarea.value = '';
    void updateSettings({ requirementsJson: undefined }).then(() => {
      result.replaceChildren(el(doc, 'p', { className: 'ok', text: ui(lang, 'options.cleared') }));
    });
  });

  // Profiles and sites
  const profiles = await listProfiles();
  const profileList = profiles.length
    ? el(
        doc,
        'ul',
        { attrs: { id: 'profiles' } },
        profiles.map(([origin, p]) => {
          const del = el(doc, 'button', { text: ui(lang, 'options.delete'), attrs: { type: 'button' } });
          del.addEventListener('click', () => void deleteProfile(origin).then(rerender));
          return el(doc, 'li', {}, [
            el(doc, 'code', { text: origin }),
            el(doc, 'span', { text: describeProfile(lang, p) }),
            del,
          ]);
        }),
      )
    : el(doc, 'p', { className: 'hint', text: ui(lang, 'options.noProfiles') });
  const always = await getAlwaysOrigins();
  const alwaysList = always.length
    ? el(
        doc,
        'ul',
        { attrs: { id: 'always-sites' } },
        always.map((origin) => {
          const del = el(doc, 'button', { text: ui(lang, 'options.delete'), attrs: { type: 'button' } });
          del.addEventListener('click', () => void disableAlwaysCheck(origin).then(rerender));
          return el(doc, 'li', {}, [el(doc, 'code', { text: origin }), del]);
        }),
      )
    : el(doc, 'p', { className: 'hint', text: ui(lang, 'options.noAlwaysSites') });

  root.replaceChildren(
    el(doc, 'h1', { text: ui(lang, 'options.title') }),
    el(doc, 'section', {}, [
      el(doc, 'h2', {}, [el(doc, 'label', { text: ui(lang, 'options.language'), attrs: { for: 'lang' } })]),
      langSelect,
    ]),
    el(doc, 'section', {}, [
      el(doc, 'h2', {}, [el(doc, 'label', { text: ui(lang, 'options.customList'), attrs: { for: 'custom-list' } })]),
      el(doc, 'p', { className: 'hint', text: ui(lang, 'options.customHelp') }),
      el(doc, 'div', { className: 'actions' }, [startDefault, importButton, exportButton, fileInput]),
      example,
      textarea,
      el(doc, 'div', { className: 'actions' }, [save, clear]),
      result,
    ]),
    el(doc, 'section', {}, [el(doc, 'h2', { text: ui(lang, 'options.profiles') }), profileList]),
    el(doc, 'section', {}, [el(doc, 'h2', { text: ui(lang, 'options.alwaysSites') }), alwaysList]),
  );
}
