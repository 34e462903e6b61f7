// The pane's Fluent theme: Fluent's light theme with a font stack that has Chinese glyphs on Windows,
// macOS and Linux, so that no character renders as a box.
import { webLightTheme, type Theme } from '@fluentui/react-components';

export const CJK_FONT_STACK =
  '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", ' +
  '"Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", system-ui, sans-serif';

export const theme: Theme = { ...webLightTheme, fontFamilyBase: CJK_FONT_STACK };
