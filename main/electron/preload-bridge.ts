/**
 * What the preload exposes as `window.duibiao`, built from two injected IPC functions so it can be
 * tested without Electron. Only contract methods are ever sent; nothing else is exposed.
 */
import type { CoreEvent } from '../../shared/api.ts';
import { isMethodName } from '../../shared/api.ts';
import type { CallReply } from './channels.ts';

export interface BridgeIpc {
  invoke(method: string, args: unknown): Promise<CallReply>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
}

export interface DuibiaoBridge {
  call(method: string, args?: object): Promise<CallReply>;
  onEvent(listener: (event: CoreEvent) => void): () => void;
}

/** Checks a call before it leaves the page: null when it may be sent, else the reason. */
export function checkCall(method: unknown, args: unknown): string | null {
  if (!isMethodName(method)) return `Unknown method: ${String(method)}`;
  if (args !== undefined && (args === null || typeof args !== 'object' || Array.isArray(args))) {
    return `Invalid arguments for ${method}: expected an object`;
  }
  return null;
}

export function createBridge(ipc: BridgeIpc): DuibiaoBridge {
  return {
    call(method, args) {
      const refused = checkCall(method, args);
      if (refused) return Promise.resolve({ ok: false, error: refused });
      return ipc.invoke(method, args ?? {});
    },
    onEvent(listener) {
      if (typeof listener !== 'function') throw new TypeError('onEvent expects a function');
      return ipc.subscribe((event) => listener(event));
    },
  };
}
