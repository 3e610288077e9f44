import type { CoreEvent, DuibiaoApi } from '../../shared/api.ts';

/** The core as every shell sees it: the contract's methods plus a stream of events. */
export interface Core {
  api: DuibiaoApi;
  onEvent(listener: (event: CoreEvent) => void): () => void;
  close(): void;
}
