export interface DocumentSummary {
  id: number;
  name: string;
  path: string | null;
  type: string | null;
  format: string;
  entity: string | null;
  year: number | null;
  encoding: string;
  factCount: number;
  importedAt: string;
  size: number;
}

export interface EntityInfo {
  name: string;
  level: string | null;
  parent: string | null;
  documentCount: number;
}
