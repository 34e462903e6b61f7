// TEST-ONLY browser entry: mounts PrintView, inside Fluent's provider as the pane does, on the
// PrintInput the test put in window.__PRINT_INPUT__ (bundled by browser.test.ts with webpack).
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { PrintInput } from '../../src/plans/print';
import { PrintView } from '../../src/taskpane/print/PrintView';

const input = (window as unknown as { __PRINT_INPUT__: PrintInput }).__PRINT_INPUT__;
createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <PrintView workbook={input} />
  </FluentProvider>,
);
