import { themeQuartz } from 'ag-grid-community';

/** Fonts that render Chinese well on Linux, Windows and macOS, with no download. */
export const CJK_FONT_STACK = ['Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

/** Light and dark modes; `data-ag-theme-mode` on <body> (set from the system's) picks one. */
export const gridTheme = themeQuartz
  .withParams({
    fontFamily: CJK_FONT_STACK,
    headerFontFamily: CJK_FONT_STACK,
    cellFontFamily: CJK_FONT_STACK,
    fontSize: 14,
    headerFontSize: 13,
    headerFontWeight: 600,
    wrapperBorderRadius: 8,
    rowHeight: 38,
    headerHeight: 46,
    spacing: 7,
    cellHorizontalPadding: 12,
  })
  .withParams(
    {
      accentColor: '#b42318',
      foregroundColor: '#1f2329',
      headerBackgroundColor: '#f5f6f8',
      borderColor: '#e3e5e8',
      rowBorder: { color: '#eceef1' },
      columnBorder: { color: '#f0f1f3' },
    },
    'light',
  )
  .withParams(
    {
      accentColor: '#f97066',
      backgroundColor: '#17191c',
      foregroundColor: '#e6e8eb',
      headerBackgroundColor: '#202327',
      borderColor: '#33373d',
      rowBorder: { color: '#2a2e33' },
      columnBorder: { color: '#24282c' },
    },
    'dark',
  );
