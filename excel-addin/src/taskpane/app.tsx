import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  webLightTheme,
  makeStyles,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { BUNDLED_SCHEMES, DEFAULT_SCHEME_ID, safeParseScheme, type Scheme } from '../../../core/index';
import type { ExcelHost } from '../excel/host';
import { insertCategoryChart } from '../excel/insert-chart';
import { openNewAuditWorkbook } from '../excel/new-workbook';
import { selectCell } from '../excel/select-cell';
import { createSession, type Session, type SessionState } from '../excel/session';
import { ui, type UiLang } from '../messages';
import { dashboardModel } from './dashboard-model';
import { DashboardView, UnreadableView } from './dashboard-view';

const useStyles = makeStyles({
  root: {
    padding: '8px 12px',
    fontFamily: '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif',
  },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '4px', alignItems: 'center', paddingBottom: '6px' },
  scheme: { width: '100%', minWidth: 0 },
});

const FILE_OPTION = '__file__';

export function App({ excel, lang }: { excel: ExcelHost; lang: UiLang }) {
  const s = useStyles();
  const [state, setState] = useState<SessionState>({ phase: 'loading' });
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [schemes, setSchemes] = useState<readonly Scheme[]>(BUNDLED_SCHEMES);
  const [schemeId, setSchemeId] = useState(DEFAULT_SCHEME_ID);
  const session = useRef<Session | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const scheme = schemes.find((x) => x.id === schemeId) ?? BUNDLED_SCHEMES[0]!;

  useEffect(() => {
    const sn = createSession({ excel, scheme, lang, onUpdate: setState });
    session.current = sn;
    void sn.start();
    return () => void sn.dispose();
    // The session lives as long as the pane; scheme changes go through setScheme.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [excel, lang]);

  const model = useMemo(() => (state.phase === 'ready' ? dashboardModel(state.computed, lang) : null), [state, lang]);
  const act = async (f: () => Promise<unknown>, ok?: string) => {
    try {
      await f();
      if (ok) setNotice({ intent: 'success', text: ok });
    } catch (e) {
      setNotice({ intent: 'error', text: ui(lang, 'error.generic', { message: (e as Error).message }) });
    }
  };
  const onSelect = (cell: string) => void act(() => selectCell(excel, cell));

  const onScheme = (id: string) => {
    if (id === FILE_OPTION) return fileInput.current?.click();
    setSchemeId(id);
    const next = schemes.find((x) => x.id === id);
    if (next) void session.current?.setScheme(next);
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = safeParseScheme(await file.text(), lang);
    if (!parsed.success)
      return setNotice({
        intent: 'error',
        text: ui(lang, 'action.schemeFileBad', { message: parsed.issues.map((p) => p.message).join('；') }),
      });
    setSchemes((all) => [...all.filter((x) => x.id !== parsed.data.id), parsed.data]);
    setSchemeId(parsed.data.id);
    void session.current?.setScheme(parsed.data);
  };

  return (
    <FluentProvider theme={webLightTheme} className={s.root} lang={lang}>
      {/* A plain group, not Fluent's Toolbar: its arrow-key mover adds focusable aria-hidden sentinels (axe: aria-hidden-focus); Tab reaches each control. */}
      <div className={s.toolbar} role="group" aria-label={ui(lang, 'app.title')}>
        <Select
          className={s.scheme}
          aria-label={ui(lang, 'action.scheme')}
          title={lang === 'zh-CN' ? scheme.name.zh : scheme.name.en}
          value={schemeId}
          onChange={(_, d) => onScheme(d.value)}
          size="small"
        >
          {schemes.map((x) => (
            <option key={x.id} value={x.id}>
              {lang === 'zh-CN' ? x.name.zh : x.name.en}
            </option>
          ))}
          <option value={FILE_OPTION}>{ui(lang, 'action.schemeFile')}</option>
        </Select>
        <Button
          size="small"
          data-testid="new-workbook"
          onClick={() => void act(() => openNewAuditWorkbook(excel, scheme, lang), ui(lang, 'action.created'))}
        >
          {ui(lang, 'action.newWorkbook')}
        </Button>
        <Button
          size="small"
          data-testid="insert-chart"
          disabled={state.phase !== 'ready' || !state.computed.result}
          onClick={() =>
            state.phase === 'ready' &&
            state.computed.result &&
            void act(
              () => insertCategoryChart(excel, state.resultSheet, state.computed.result!, lang),
              ui(lang, 'action.chartDone', { sheet: state.resultSheet }),
            )
          }
        >
          {ui(lang, 'action.insertChart')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {notice && (
        <MessageBar intent={notice.intent} data-testid="notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'loading' && <Spinner size="small" label={ui(lang, 'app.loading')} />}
      {state.phase === 'error' && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>
            {state.timeout
              ? ui(lang, 'error.timeout', { seconds: state.timeoutMs / 1000 })
              : ui(lang, 'error.generic', { message: state.message })}{' '}
            <Button size="small" data-testid="retry" onClick={() => void session.current?.retry()}>
              {ui(lang, 'action.retry')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {model?.kind === 'dashboard' && <DashboardView model={model} lang={lang} onSelect={onSelect} />}
      {model?.kind === 'unreadable' && <UnreadableView model={model} lang={lang} />}
    </FluentProvider>
  );
}
