// The 结果, 学生 and 周历 views, each its own chunk: the pane starts on 录入, so none of them (nor the
// chart library) weighs on the initial JS.
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';

const Results = React.lazy(() => import(/* webpackChunkName: "view-results" */ './ResultsView'));
const Students = React.lazy(() => import(/* webpackChunkName: "view-students" */ '../students/StudentsView'));
const Weeks = React.lazy(() => import(/* webpackChunkName: "view-weeks" */ '../weeks/WeeksView'));

const wait = <Spinner size="tiny" label="正在加载…" />;

export const ResultsView = (p: React.ComponentProps<typeof Results>) => (
  <React.Suspense fallback={wait}>
    <Results {...p} />
  </React.Suspense>
);
export const StudentsView = (p: React.ComponentProps<typeof Students>) => (
  <React.Suspense fallback={wait}>
    <Students {...p} />
  </React.Suspense>
);
export const WeeksView = (p: React.ComponentProps<typeof Weeks>) => (
  <React.Suspense fallback={wait}>
    <Weeks {...p} />
  </React.Suspense>
);
