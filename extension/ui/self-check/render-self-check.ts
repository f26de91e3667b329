import {
  checkEligibility,
  DOCUMENT_CATALOGUE,
  ELIGIBILITY_CONDITIONS,
  ELIGIBILITY_THRESHOLD_OPTIONS,
  resolveEligibilitySettings,
  t,
  type EligibilityInput,
  type EligibilityResult,
  type EligibilitySettings,
  type Lang,
  questionnaireProgress,
  type QuestionnaireProgress,
} from '../../../core/index';
import { el } from '../i18n';
import { sc } from './messages';
import {
  deleteProfile,
  loadSelfCheck,
  newProfile,
  saveSelfCheck,
  type SelfCheckProfile,
  type SelfCheckStore,
} from './storage';

/*
 * The 申请前自查 panel, a guided questionnaire: progress first (已回答 5 / 16), then the questions of
 * core's catalogue (answers saved per company profile as they are given), then the verdict and only
 * the real gaps; questions not answered yet are one line, not gaps. Works on any page: it needs no
 * form and no content script. All text goes in through textContent.
 */

export interface SelfCheckOptions {
  lang: Lang;
  /** The day to check for when the user has not set one (the face reads the clock; core never does). */
  today: string;
}

const docs = new Map<string, (typeof DOCUMENT_CATALOGUE)[number]>(DOCUMENT_CATALOGUE.map((d) => [d.id, d]));
const text = (lang: Lang, x: { zh: string; en: string }) => (lang === 'zh-CN' ? x.zh : x.en);

export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function evaluate(profile: SelfCheckProfile, options: SelfCheckOptions): EligibilityResult {
  return checkEligibility(profile.answers, profile.settings, {
    lang: options.lang,
    asOf: profile.asOf || options.today,
  });
}

function renderProgress(doc: Document, box: HTMLElement, p: QuestionnaireProgress, lang: Lang): void {
  const label = t(lang, 'eligibility.progress', { answered: p.answered, total: p.total });
  const bar = el(doc, 'progress', {
    attrs: { max: String(p.total), value: String(p.answered), 'aria-label': label },
  });
  box.replaceChildren(el(doc, 'span', { className: 'sc-progress-text', text: label }), bar);
  box.dataset.answered = String(p.answered);
  box.dataset.total = String(p.total);
}

function renderResult(
  doc: Document,
  box: HTMLElement,
  result: EligibilityResult,
  p: QuestionnaireProgress,
  lang: Lang,
): void {
  // Colour only once there is something to say: no orange wall before the first answer.
  const unmet = p.gaps.some((g) => g.status === 'unmet');
  const cls =
    p.stage === 'none'
      ? 'neutral'
      : unmet
        ? 'bad'
        : p.stage === 'all'
          ? result.verdict === 'ready'
            ? 'ok'
            : 'unsure'
          : 'neutral';
  const list = el(doc, 'ul', { className: 'sc-gaps' });
  for (const c of p.gaps) {
    const docNames = c.documents
      .map((d) => `${d} ${docs.get(d) ? text(lang, docs.get(d)!.name) : ''}`.trim())
      .join(lang === 'zh-CN' ? '、' : ', ');
    list.append(
      el(
        doc,
        'li',
        {
          // `required`: an unmet condition gets the red chip of a missing required document.
          className: `req sc-gap required status-${c.status === 'unmet' ? 'missing' : 'review'}`,
          attrs: { 'data-condition': c.id, 'data-status': c.status },
        },
        [
          el(doc, 'div', { className: 'req-main' }, [
            el(doc, 'span', { className: 'chip', text: c.statusText }),
            el(doc, 'span', { className: 'rid', text: c.id }),
            el(doc, 'span', { className: 'rname', text: c.title }),
          ]),
          el(doc, 'div', { className: 'detail sc-reason', text: c.reason }),
          c.todo ? el(doc, 'div', { className: 'detail sc-todo', text: `${sc(lang, 'todo')}${c.todo}` }) : null,
          el(doc, 'div', { className: 'detail sc-docs', text: `${sc(lang, 'documents')}${docNames}` }),
        ],
      ),
    );
  }
  const met = result.conditions.filter((c) => c.status === 'met').map((c) => c.id);
  const parts: (HTMLElement | null)[] = [
    el(doc, 'h2', { text: sc(lang, 'verdict') }),
    el(doc, 'div', { className: 'summary' }, [
      el(doc, 'div', {
        className: `summary-main ${cls}`,
        text: p.verdictLine,
        attrs: { 'data-verdict': result.verdict, 'data-stage': p.stage },
      }),
      el(doc, 'div', {
        className: 'summary-counts sc-as-of',
        text: `${sc(lang, 'as-of')}${lang === 'zh-CN' ? '：' : ': '}${result.asOf}`,
      }),
    ]),
    p.gaps.length ? el(doc, 'h2', { text: sc(lang, 'gaps') }) : null,
    p.gaps.length ? list : null,
    p.stage === 'all' && p.gaps.length === 0
      ? el(doc, 'p', { className: 'no-issues', text: sc(lang, 'gaps.none') })
      : null,
    p.unansweredLine ? el(doc, 'p', { className: 'hint sc-unanswered', text: p.unansweredLine }) : null,
    met.length ? el(doc, 'p', { className: 'hint sc-met', text: sc(lang, 'met.list', { ids: met.join(' ') }) }) : null,
    result.notApplicable.length
      ? el(doc, 'p', { className: 'hint sc-na', text: sc(lang, 'na.list', { ids: result.notApplicable.join(' ') }) })
      : null,
  ];
  box.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
}

/** One question's control; `set` stores the value (undefined = unanswered) and re-checks. */
function control(
  doc: Document,
  input: EligibilityInput,
  value: unknown,
  lang: Lang,
  set: (v: string | undefined) => void,
): HTMLElement {
  const id = `sc-${input.key}`;
  if (input.kind === 'choice') {
    const group = el(doc, 'div', { className: 'sc-choice', attrs: { role: 'radiogroup', id } });
    for (const a of ['yes', 'no', 'not-sure'] as const) {
      const radio = el(doc, 'input', { attrs: { type: 'radio', name: id, value: a } });
      radio.checked = value === a;
      radio.addEventListener('change', () => radio.checked && set(a));
      group.append(el(doc, 'label', {}, [radio, doc.createTextNode(t(lang, `eligibility.answer.${a}`))]));
    }
    const clear = el(doc, 'button', {
      className: 'link sc-clear',
      text: sc(lang, 'answer.clear'),
      attrs: { type: 'button' },
    });
    clear.addEventListener('click', () => {
      for (const r of group.querySelectorAll('input')) r.checked = false;
      set(undefined);
    });
    group.append(clear);
    return group;
  }
  const attrs: Record<string, string> = { id, 'aria-label': text(lang, input.label) };
  if (input.kind === 'date') attrs.type = 'date';
  else if (input.kind === 'count') Object.assign(attrs, { type: 'number', min: '0', step: '1', inputmode: 'numeric' });
  else Object.assign(attrs, { type: 'text', maxlength: '24', spellcheck: 'false', autocomplete: 'off' });
  const box = el(doc, 'input', { className: 'sc-input', attrs });
  box.value = value === undefined || value === null ? '' : String(value);
  box.addEventListener('change', () => set(box.value.trim() === '' ? undefined : box.value.trim()));
  return box;
}

function settingsSection(
  doc: Document,
  lang: Lang,
  settings: EligibilitySettings,
  set: (k: keyof EligibilitySettings, v: number) => void,
): HTMLElement {
  const labels: Record<keyof EligibilitySettings, string> = {
    licenceMinMonths: t(lang, 'eligibility.sheet.licence-months'),
    systemMinMonths: t(lang, 'eligibility.sheet.system-months'),
    managerRatioPercent: t(lang, 'eligibility.sheet.manager-percent'),
  };
  const rows = (Object.keys(labels) as (keyof EligibilitySettings)[]).map((k) => {
    const options = ELIGIBILITY_THRESHOLD_OPTIONS[k];
    // Only the values core offers, plus the one stored (a value an older release offered stays selectable).
    const values = [...new Set([...options.map((o) => o.value), settings[k]])].sort((a, b) => a - b);
    const select = el(doc, 'select', { attrs: { id: `sc-setting-${k}`, 'aria-label': labels[k] } });
    for (const v of values) {
      const o = el(doc, 'option', { text: String(v), attrs: { value: String(v) } });
      o.selected = v === settings[k];
      select.append(o);
    }
    select.addEventListener('change', () => set(k, Number(select.value)));
    const src = options.map((o) => `${o.value}: ${o.url || o.note}`).join('\n');
    return el(doc, 'div', { className: 'sc-setting' }, [
      el(doc, 'label', { text: labels[k], attrs: { for: `sc-setting-${k}`, title: src } }),
      select,
    ]);
  });
  return el(doc, 'details', { className: 'profile sc-settings' }, [
    el(doc, 'summary', { text: sc(lang, 'settings') }),
    el(doc, 'p', { className: 'hint', text: sc(lang, 'settings.hint') }),
    ...rows,
  ]);
}

/** Mounts the whole tab into `panel`; returns when the first result is shown. */
export async function mountSelfCheck(doc: Document, panel: HTMLElement, options: SelfCheckOptions): Promise<void> {
  const { lang } = options;
  const defaultName = sc(lang, 'profile.default');
  let store: SelfCheckStore = await loadSelfCheck(defaultName);
  const resultBox = el(doc, 'section', { className: 'sc-result', attrs: { 'aria-live': 'polite', id: 'sc-result' } });
  const progressBox = el(doc, 'div', { className: 'sc-progress', attrs: { id: 'sc-progress', role: 'status' } });
  const form = el(doc, 'div', { className: 'sc-form' });

  const profile = () => store.profiles[store.current]!;
  const refresh = () => {
    const result = evaluate(profile(), options);
    const progress = questionnaireProgress(result, profile().answers, lang);
    renderProgress(doc, progressBox, progress, lang);
    renderResult(doc, resultBox, result, progress, lang);
  };
  const persist = async () => {
    refresh();
    await saveSelfCheck(store);
  };

  const reset = el(doc, 'button', {
    className: 'link',
    text: sc(lang, 'reset'),
    attrs: { type: 'button', id: 'sc-reset' },
  });
  reset.addEventListener('click', () => {
    profile().answers = {};
    renderForm();
    void persist();
  });

  const renderForm = () => {
    const p = profile();
    const select = el(doc, 'select', { attrs: { id: 'sc-profile', 'aria-label': sc(lang, 'profile') } });
    for (const name of Object.keys(store.profiles)) {
      const o = el(doc, 'option', { text: name, attrs: { value: name } });
      o.selected = name === store.current;
      select.append(o);
    }
    select.addEventListener('change', () => {
      store = { ...store, current: select.value };
      renderForm();
      void persist();
    });
    const newName = el(doc, 'input', {
      attrs: { type: 'text', id: 'sc-new-profile', placeholder: sc(lang, 'profile.new-placeholder'), maxlength: '60' },
    });
    const add = el(doc, 'button', {
      className: 'link',
      text: sc(lang, 'profile.new'),
      attrs: { type: 'button', id: 'sc-add-profile' },
    });
    add.addEventListener('click', () => {
      const name = newName.value.trim();
      if (!name) return;
      store = newProfile(store, name);
      renderForm();
      void persist();
    });
    const del = el(doc, 'button', {
      className: 'link',
      text: sc(lang, 'profile.delete'),
      attrs: { type: 'button', id: 'sc-delete-profile' },
    });
    del.addEventListener('click', () => {
      store = deleteProfile(store, store.current, defaultName);
      renderForm();
      void persist();
    });

    const asOf = el(doc, 'input', { attrs: { type: 'date', id: 'sc-as-of', 'aria-label': sc(lang, 'as-of') } });
    asOf.value = p.asOf ?? options.today;
    asOf.addEventListener('change', () => {
      if (asOf.value) p.asOf = asOf.value;
      else delete p.asOf;
      void persist();
    });

    const conditions = ELIGIBILITY_CONDITIONS.map((c) => {
      const rows = c.inputs.map((input) => {
        const set = (v: string | undefined) => {
          if (v === undefined) delete p.answers[input.key];
          else p.answers[input.key] = v;
          void persist();
        };
        return el(doc, 'div', { className: 'sc-question', attrs: { 'data-key': input.key } }, [
          el(doc, 'div', { className: 'sc-label', text: text(lang, input.label) }),
          input.help ? el(doc, 'div', { className: 'hint', text: text(lang, input.help) }) : null,
          control(doc, input, p.answers[input.key], lang, set),
        ]);
      });
      return el(doc, 'fieldset', { className: 'sc-condition', attrs: { 'data-condition': c.id } }, [
        el(doc, 'legend', { text: `${c.id} ${text(lang, c.title)}` }),
        el(doc, 'div', { className: 'hint', text: text(lang, c.help) }),
        ...rows,
      ]);
    });

    form.replaceChildren(
      el(doc, 'div', { className: 'sc-profile-row' }, [
        el(doc, 'label', { text: sc(lang, 'profile'), attrs: { for: 'sc-profile' } }),
        select,
        newName,
        add,
        del,
      ]),
      el(doc, 'div', { className: 'sc-profile-row' }, [
        el(doc, 'label', { text: sc(lang, 'as-of'), attrs: { for: 'sc-as-of' } }),
        asOf,
      ]),
      ...conditions,
      settingsSection(doc, lang, resolveEligibilitySettings(p.settings), (k, v) => {
        p.settings = { ...p.settings, [k]: v };
        void persist();
      }),
    );
  };

  // Questions first (with the progress above them), the verdict after them.
  panel.replaceChildren(
    el(doc, 'p', { className: 'hint sc-intro', text: sc(lang, 'intro') }),
    progressBox,
    form,
    resultBox,
    reset,
  );
  renderForm();
  refresh();
}
