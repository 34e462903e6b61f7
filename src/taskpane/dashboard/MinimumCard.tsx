// One minimum: its status in words (never colour alone), where it stands, what is due next and the pace
// that finishes the semester. A minimum that cannot be judged reads 无法判断 with its note (SPEC §2.2).
import * as React from 'react';
import { Badge, Body1, Caption1, Card, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { STATUS_TEXT } from '../../records/labels';
import type { MinimumResult } from '../../rules';
import { STATUS_COLORS } from '../components/statusColors';

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  missing: { color: tokens.colorPaletteRedForeground1 },
  due: { fontWeight: tokens.fontWeightSemibold },
  text: { overflowWrap: 'anywhere' },
});

/** The badge's words: 无法判断 when the data is lacking; 尚未到期 for “not decided yet” part-way through. */
export function statusLabel(m: MinimumResult, asOf: boolean): string {
  if (!m.judgeable) return '无法判断';
  if (m.status === 'pending' && asOf) return '尚未到期';
  return STATUS_TEXT[m.status];
}

export function MinimumCard({ m, asOf }: { m: MinimumResult; asOf: boolean }) {
  const s = useStyles();
  const label = statusLabel(m, asOf);
  const colors = m.judgeable ? STATUS_COLORS[m.status] : { badge: 'warning' as const, bar: undefined };
  const ratio = m.required > 0 ? Math.min(1, m.actual / m.required) : m.status === 'met' ? 1 : 0;
  return (
    <Card className={s.card} size="small" aria-label={`${m.name}：${label}`}>
      <div className={s.row}>
        <Text weight="semibold">{m.name}</Text>
        <Badge appearance="filled" color={colors.badge}>
          {label}
        </Badge>
      </div>
      {m.judgeable && m.status !== 'n/a' && (
        <>
          <ProgressBar value={ratio} color={colors.bar} aria-label={`${m.actual}/${m.required}`} />
          <Caption1>
            要求 {m.required}，{asOf ? '截至所选日期' : '实际'} {m.actual}
          </Caption1>
        </>
      )}
      <Body1 className={s.text}>{m.note}</Body1>
      {m.due && <Body1 className={`${s.text} ${s.due}`}>下一项：{m.due}</Body1>}
      {m.pace && <Caption1 className={s.text}>进度：{m.pace}</Caption1>}
      {m.missing.length > 0 && (
        // The note already names the first few; the whole list stays one click away.
        <details>
          <summary>
            <Caption1 className={s.missing}>还缺的全部{m.missing.length}项</Caption1>
          </summary>
          <Caption1 className={`${s.text} ${s.missing}`}>{m.missing.join('、')}</Caption1>
        </details>
      )}
    </Card>
  );
}
