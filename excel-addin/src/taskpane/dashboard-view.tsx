import {
  Badge,
  Button,
  Caption1,
  Divider,
  Link,
  ProgressBar,
  Subtitle2,
  Text,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { UiLang } from '../messages';
import { ui } from '../messages';
import type { DashboardModel, UnreadableModel } from './dashboard-model';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px', padding: '8px 0' },
  headline: { display: 'flex', alignItems: 'baseline', gap: '12px', flexWrap: 'wrap' },
  bar: { display: 'grid', gridTemplateColumns: '1fr auto', gap: '2px 8px', alignItems: 'center' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
  // Problems are whole-line links (buttons): no bullet, which would sit beside their last line.
  problems: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: '6px' },
  problemLink: { textAlign: 'left', wordBreak: 'normal', overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
  // Names wrap at word boundaries (CJK breaks between characters anyway); only long tokens may break.
  name: { wordBreak: 'normal', overflowWrap: 'anywhere', whiteSpace: 'normal' },
  stateLine: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    gap: '6px',
    alignItems: 'center',
    textAlign: 'left',
    width: '100%',
    justifyContent: 'stretch',
  },
});

const STATE_COLOR = {
  'not-started': 'informative',
  'in-progress': 'warning',
  invalid: 'danger',
  complete: 'success',
} as const;

const LEVEL_COLOR = {
  fail: 'danger',
  compliant: 'informative',
  '3-star': 'brand',
  '4-star': 'brand',
  '5-star': 'success',
} as const;

export function DashboardView({
  model,
  lang,
  onSelect,
}: {
  model: DashboardModel;
  lang: UiLang;
  onSelect: (cell: string) => void;
}) {
  const s = useStyles();
  const m = model;
  return (
    <div data-testid="dashboard">
      <div className={s.section}>
        <div className={s.headline}>
          <Title1 data-testid="score" aria-label={m.score === null ? ui(lang, 'score.noneLabel') : undefined}>
            {m.score === null ? ui(lang, 'score.none') : m.scoreText}
          </Title1>
          {m.level.id && (
            <Badge size="extra-large" appearance="filled" color={LEVEL_COLOR[m.level.id]} data-testid="level">
              {m.level.name}
            </Badge>
          )}
        </div>
        {/* Core's one audit state: a blank sheet is "not started", not an error; provisional says so in words. */}
        <div className={s.stateLine}>
          <Badge appearance="tint" color={STATE_COLOR[m.state.id]} data-testid="audit-state" data-state={m.state.id}>
            {m.state.label}
          </Badge>
        </div>
        <Caption1 data-testid="score-state">{m.state.summary}</Caption1>
        {m.ifRemaining && m.state.id === 'in-progress' && (
          <Caption1>{ui(lang, 'score.ifRemaining', m.ifRemaining)}</Caption1>
        )}
        {m.veto && (
          <Text className={s.error} data-testid="veto">
            {ui(lang, 'veto.label')}：{m.veto}
          </Text>
        )}
        <Text data-testid="progress">{ui(lang, 'progress.label', { ...m.progress, count: m.progress.total })}</Text>
        <ProgressBar
          value={m.progress.total ? m.progress.scored / m.progress.total : 0}
          thickness="large"
          aria-label={ui(lang, 'progress.label', { ...m.progress, count: m.progress.total })}
        />
      </div>
      <Divider />
      <div className={s.section}>
        <Subtitle2>{ui(lang, 'categories.title')}</Subtitle2>
        {m.categories.map((c) => (
          <div
            key={c.id}
            className={s.bar}
            data-testid="category"
            data-below={String(c.computed && c.percent !== null && c.percent < m.passMark)}
            data-computed={String(c.computed)}
          >
            <Text className={s.name}>
              {c.id} {c.name}
            </Text>
            {/* While any input is invalid core does not compute subtotals: say so instead of a figure. */}
            <Text data-testid="category-value">
              {c.computed ? `${c.percent === null ? '–' : c.earnedText} / ${c.applicableText}` : m.state.notComputed}
            </Text>
            {/* Length and colour both from core's percent (earned ÷ applicable scored); colour against the scheme's pass mark. */}
            <ProgressBar
              aria-label={`${c.id} ${c.name}`}
              value={c.computed ? (c.percent ?? 0) / 100 : 0}
              color={c.computed && c.percent !== null && c.percent < m.passMark ? 'warning' : 'brand'}
            />
          </div>
        ))}
      </div>
      <Divider />
      <div className={s.section} data-testid="next">
        {m.next ? (
          <>
            <Subtitle2>
              {ui(lang, 'next.title', { level: m.next.level, threshold: m.next.threshold, points: m.next.points })}
            </Subtitle2>
            {m.next.blockedBy && (
              <Text className={s.warning}>{ui(lang, `next.blocked.${m.next.blockedBy}` as 'next.blocked.veto')}</Text>
            )}
            {m.next.improvements.length > 0 && <Caption1>{ui(lang, 'next.cheapest')}</Caption1>}
            <ul className={s.list}>
              {m.next.improvements.map((i) => (
                <li key={i.id}>
                  <Link onClick={() => i.cell && onSelect(i.cell)} disabled={!i.cell}>
                    {i.id} {i.name}
                  </Link>{' '}
                  <Caption1>{ui(lang, 'next.gain', { gain: i.gain })}</Caption1>
                </li>
              ))}
            </ul>
          </>
        ) : (
          m.score !== null && <Text>{ui(lang, 'next.top')}</Text>
        )}
        <Caption1 data-testid="special">
          {ui(lang, 'special.title', {
            deductions: m.special.deductions,
            bonus: m.special.offered,
            counted: m.special.bonus,
          })}
        </Caption1>
      </div>
      <Divider />
      <div className={s.section} data-testid="problems">
        <Subtitle2>{ui(lang, 'problems.title', { count: m.problems.length })}</Subtitle2>
        {m.problems.length === 0 && <Text>{ui(lang, 'problems.none')}</Text>}
        <ul className={s.problems}>
          {m.problems.map((p, n) => (
            <li key={n} className={p.severity === 'error' ? s.error : s.warning}>
              {p.cell ? (
                <Link
                  className={s.problemLink}
                  data-testid="problem"
                  data-cell={p.cell}
                  title={ui(lang, 'problems.goto', { cell: p.cell })}
                  onClick={() => onSelect(p.cell!)}
                >
                  {p.indicator && (
                    <strong data-testid="problem-indicator">{ui(lang, 'problems.indicator', p.indicator)} · </strong>
                  )}
                  {p.message}
                </Link>
              ) : (
                <Text data-testid="problem-text">
                  {p.indicator && <strong>{ui(lang, 'problems.indicator', p.indicator)} · </strong>}
                  {p.message}
                </Text>
              )}
            </li>
          ))}
        </ul>
        {/* Notes (the sheet's own way, read as it is): apart from the problems, not counted with them. */}
        {m.notes.length > 0 && (
          <ul className={s.problems} data-testid="notes" aria-label={ui(lang, 'notes.title')}>
            {m.notes.map((p, n) => (
              <li key={n}>
                <Caption1>{ui(lang, 'notes.line', { message: p.message })}</Caption1>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Divider />
      <div className={s.section}>
        <Subtitle2>{ui(lang, 'items.title')}</Subtitle2>
        {m.items.map((i) => (
          <Button
            key={i.id}
            appearance="subtle"
            size="small"
            className={s.item}
            data-testid="item"
            data-status={i.statusId}
            disabled={!i.cell}
            title={`${i.id} ${i.name}`}
            onClick={() => i.cell && onSelect(i.cell)}
          >
            <Caption1>{i.id}</Caption1>
            {/* The whole name, wrapped: a cut-off name hides which indicator it is. */}
            <Text className={s.name}>{i.name}</Text>
            <Caption1 className={i.statusId === 'invalid' ? s.error : undefined}>
              {i.statusId === 'invalid' ? `${i.status}` : `${i.earnedText || '–'} / ${i.maxText} · ${i.status}`}
            </Caption1>
          </Button>
        ))}
      </div>
    </div>
  );
}

export function UnreadableView({ model, lang }: { model: UnreadableModel; lang: UiLang }) {
  const s = useStyles();
  return (
    <div className={s.section} data-testid="unreadable">
      <Subtitle2 className={s.error}>{ui(lang, 'unreadable.title')}</Subtitle2>
      <Text>{model.message}</Text>
      {model.searchedRows && <Caption1>{ui(lang, 'unreadable.searched', { rows: model.searchedRows })}</Caption1>}
      {model.missing.length > 0 && (
        <>
          <Caption1>{ui(lang, 'unreadable.missing')}</Caption1>
          <ul className={s.list} data-testid="missing">
            {model.missing.map((f) => (
              <li key={f.field} data-field={f.field}>
                <Text weight="semibold">{f.name}</Text>
                {f.accepted.length > 0 && (
                  <Text>
                    {lang === 'zh-CN' ? '：' : ': '}
                    {f.accepted.join(' / ')}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <Text>{ui(lang, 'unreadable.fix')}</Text>
    </div>
  );
}
