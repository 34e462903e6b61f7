// The run in a few sentences: who was assessed, the quota per profile, warnings, and the files that
// could not be consolidated (with what to do).
import * as React from 'react';
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Consolidation } from '../../consolidate/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  file: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

const percent = (r: number) => `${Math.round(r * 1000) / 10}%`;

export function Summary({
  consolidation: c,
  historyProblems,
}: {
  consolidation: Consolidation;
  historyProblems: string[];
}) {
  const s = useStyles();
  const quotas = c.profiles.map((p) =>
    p.quota === null
      ? `${p.profile} ${p.assessed} 人：给出称职/不称职建议，优秀由系（部）考核认定`
      : `${p.profile} ${p.assessed} 人：优秀名额 ${p.quota} 个`,
  );
  return (
    <div className={s.root}>
      <Body1 role="status">
        参加考核的班主任 {c.assessed} 人，班级 {c.classes.length} 个；优秀名额 {c.quota} 个（比例 {percent(c.ratio)}
        ，向下取整）。
      </Body1>
      {c.profiles.length > 1 && <Caption1>{quotas.join('；')}。</Caption1>}
      {c.warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      {c.errors.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>无法汇总的文件（{c.errors.length}）</MessageBarTitle>
            <ul className={s.list} aria-label="无法汇总的文件">
              {c.errors.map((e) => (
                <li key={`${e.file}\u0000${e.message}`}>
                  <span className={s.file}>{e.file}</span>：{e.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {historyProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>历史汇总中有跳过的行</MessageBarTitle>
            {historyProblems.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
