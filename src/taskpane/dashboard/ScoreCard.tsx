// The grade and score, with the score's arithmetic (60 + each bonus by name), and the bonus card: one
// line per item, so a 不合格 semester says per item why nothing is added instead of one sentence five times.
import * as React from 'react';
import { Badge, Body1, Caption1, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Evaluation } from '../../rules';
import { bonusLines, passed, scoreBreakdown } from './score';

const useStyles = makeStyles({
  headline: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  score: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: 1 },
  bonuses: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: tokens.spacingHorizontalS },
  text: { overflowWrap: 'anywhere' },
});

export function ScoreHeadline({ e }: { e: Evaluation }) {
  const s = useStyles();
  const sum = scoreBreakdown(e);
  return (
    <div className={s.headline}>
      <Badge size="extra-large" appearance="filled" color={passed(e) ? 'success' : 'danger'}>
        {e.grade}
      </Badge>
      {e.score !== null && (
        <span className={s.score} aria-label={`得分 ${e.score}`}>
          {e.score}
          <Caption1> 分</Caption1>
        </span>
      )}
      {sum && <Body1 aria-label="得分构成">{sum.text}</Body1>}
    </div>
  );
}

export function BonusCard({ e }: { e: Evaluation }) {
  const s = useStyles();
  if (e.bonuses.length === 0) return null;
  if (!passed(e)) {
    return (
      <Card size="small">
        <Text weight="semibold">加分</Text>
        {bonusLines(e.bonuses).map((line) => (
          <Caption1 key={line} className={s.text}>
            {line}
          </Caption1>
        ))}
      </Card>
    );
  }
  return (
    <Card size="small">
      <Text weight="semibold">加分（合计 {e.bonuses.reduce((n, b) => n + b.points, 0)} 分）</Text>
      <div className={s.bonuses}>
        {e.bonuses.map((b) => (
          <React.Fragment key={b.id}>
            <Caption1 className={s.text}>{b.line}</Caption1>
            <Text>
              +{b.points}/{b.cap}
            </Text>
          </React.Fragment>
        ))}
      </div>
    </Card>
  );
}
