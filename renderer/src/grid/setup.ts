import {
  CellApiModule,
  CellSpanModule,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CsvExportModule,
  LocaleModule,
  ModuleRegistry,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
} from 'ag-grid-community';

/**
 * Community modules only (see shared/notes/dependencies.md): a missing or Enterprise module makes
 * ag-grid log `error #200`, which the e2e tests treat as a failure. ValidationModule turns those
 * codes into readable messages in development builds only.
 */
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  TooltipModule,
  TextFilterModule,
  QuickFilterModule,
  CellSpanModule,
  CellStyleModule,
  RowStyleModule,
  ColumnAutoSizeModule,
  CsvExportModule,
  LocaleModule,
  // The API calls the range selection, copy and export make.
  CellApiModule,
  ClientSideRowModelApiModule,
  ColumnApiModule,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
