import type { CoreEvent } from '../../../shared/api.ts';

export type EventListener = (event: CoreEvent) => void;

/** How the renderer reaches the core: one generic call plus the core's event stream. */
export interface Transport {
  readonly shell: 'electron' | 'web';
  /** Resolves to the method's result; rejects with an Error whose message is the core's. */
  call(method: string, args: object): Promise<unknown>;
  onEvent(listener: EventListener): () => void;
}
