// Where the teacher stands against every minimum, at a glance. Presentational only: it shows an
// Evaluation computed by src/rules and never judges anything itself.
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { groupDiagnostics } from '../../records/diagnostics';
import { SEVERITY_TEXT } from '../../records/labels';
import type { Diagnostic, Evaluation } from '../../rules/model';
import { MinimumCard } from '../dashboard/MinimumCard';
import { BonusCard, ScoreHeadline } from '../dashboard/ScoreCard';
import { ViewStack } from './ViewStack';

const useStyles = makeStyles({
  headline: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  diag: { display: 'block', paddingBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

export function Dashboard({ evaluation }: { evaluation: Evaluation }) {
  const s = useStyles();
  const e = evaluation;
  const shown = groupDiagnostics(e.diagnostics);
  const errors = shown.filter((d) => d.severity === 'error');
  const others = shown.filter((d) => d.severity !== 'error');
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
      <ScoreHeadline e={e} />
      {e.minimums.map((m) => (
        <MinimumCard key={m.id} m={m} asOf={e.asOf !== null} />
      ))}
      <BonusCard e={e} />
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
