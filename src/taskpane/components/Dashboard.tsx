// Where the teacher stands against every minimum, at a glance. Presentational only: it shows an
// Evaluation computed by src/rules and never judges anything itself.
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Caption1,
  Card,
  makeStyles,
  ProgressBar,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { groupDiagnostics } from '../../records/diagnostics';
import { SEVERITY_TEXT, STATUS_TEXT } from '../../records/labels';
import type { Diagnostic, Evaluation, MinimumResult } from '../../rules/model';
import { STATUS_COLORS } from './statusColors';
import { ViewStack } from './ViewStack';

const useStyles = makeStyles({
  headline: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  score: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: 1 },
  card: { rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  missing: { color: tokens.colorPaletteRedForeground1 },
  bonuses: { display: 'grid', gridTemplateColumns: '1fr auto', rowGap: tokens.spacingVerticalXXS },
  diag: { display: 'block', paddingBottom: tokens.spacingVerticalXS },
});

function MinimumCard({ m }: { m: MinimumResult }) {
  const s = useStyles();
  const ratio = m.required > 0 ? Math.min(1, m.actual / m.required) : m.status === 'met' ? 1 : 0;
  return (
    <Card className={s.card} size="small" aria-label={`${m.name}：${STATUS_TEXT[m.status]}`}>
      <div className={s.row}>
        <Text weight="semibold">{m.name}</Text>
        <Badge appearance="filled" color={STATUS_COLORS[m.status].badge}>
          {STATUS_TEXT[m.status]}
        </Badge>
      </div>
      {m.status !== 'n/a' && (
        <ProgressBar value={ratio} color={STATUS_COLORS[m.status].bar} aria-label={`${m.actual}/${m.required}`} />
      )}
      <Caption1>
        要求 {m.required}，实际 {m.actual}
      </Caption1>
      <Body1>{m.note}</Body1>
      {m.missing.length > 0 && (
        // The note already names the first few; the whole list stays one click away.
        <details>
          <summary>
            <Caption1 className={s.missing}>还缺的全部{m.missing.length}项</Caption1>
          </summary>
          <Caption1 className={s.missing}>{m.missing.join('、')}</Caption1>
        </details>
      )}
    </Card>
  );
}

export function Dashboard({ evaluation }: { evaluation: Evaluation }) {
  const s = useStyles();
  const e = evaluation;
  const shown = groupDiagnostics(e.diagnostics);
  const errors = shown.filter((d) => d.severity === 'error');
  const others = shown.filter((d) => d.severity !== 'error');
  const gradeColor = e.grade === '合格' || e.grade === '称职' ? 'success' : 'danger';
  return (
    <ViewStack>
      <div className={s.headline}>
        <Title3>
          {e.class || '（未填写班级）'} · {e.advisor || '（未填写班主任）'}
        </Title3>
        <Caption1>
          {e.profile} · {e.semester ? `第${e.semester}学期` : '学期未填写'}
        </Caption1>
      </div>
      <div className={s.headline}>
        <Badge size="extra-large" appearance="filled" color={gradeColor}>
          {e.grade}
        </Badge>
        {e.score !== null && (
          <span className={s.score} aria-label={`得分 ${e.score}`}>
            {e.score}
            <Caption1> 分</Caption1>
          </span>
        )}
      </div>
      {e.minimums.map((m) => (
        <MinimumCard key={m.id} m={m} />
      ))}
      {e.bonuses.length > 0 && (
        <Card size="small">
          <Text weight="semibold">加分</Text>
          <div className={s.bonuses}>
            {e.bonuses.map((b) => (
              <React.Fragment key={b.id}>
                <Caption1>{b.note || b.name}</Caption1>
                <Text>
                  +{b.points}/{b.cap}
                </Text>
              </React.Fragment>
            ))}
          </div>
        </Card>
      )}
      {e.diagnostics.length > 0 && (
        <Accordion collapsible defaultOpenItems={errors.length > 0 ? ['errors'] : []} multiple>
          {errors.length > 0 && (
            <AccordionItem value="errors">
              <AccordionHeader>需要改正的记录（{errors.length}）</AccordionHeader>
              <AccordionPanel>
                <DiagnosticList items={errors} />
              </AccordionPanel>
            </AccordionItem>
          )}
          {others.length > 0 && (
            <AccordionItem value="others">
              <AccordionHeader>提醒与说明（{others.length}）</AccordionHeader>
              <AccordionPanel>
                <DiagnosticList items={others} />
              </AccordionPanel>
            </AccordionItem>
          )}
        </Accordion>
      )}
    </ViewStack>
  );
}

function DiagnosticList({ items }: { items: Diagnostic[] }) {
  const s = useStyles();
  const shown = items.slice(0, 200);
  return (
    <div>
      {shown.map((d, i) => (
        <Caption1 key={i} className={s.diag}>
          [{SEVERITY_TEXT[d.severity]}] {d.message}
        </Caption1>
      ))}
      {items.length > shown.length && <Caption1>……另有 {items.length - shown.length} 条未显示</Caption1>}
    </div>
  );
}
