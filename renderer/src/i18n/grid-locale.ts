import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';

/** ag-grid's own strings (filter menus, overlays, aria labels) in the interface's language. */
export function gridLocaleText(language: string): Record<string, string> {
  return language.startsWith('zh') ? AG_GRID_LOCALE_CN : AG_GRID_LOCALE_EN;
}
