import type { CoreEvent, DuibiaoApi } from '../../../shared/api.ts';
import { createHttpTransport } from './http-transport.ts';
import { createIpcTransport, findBridge } from './ipc-transport.ts';
import { takeToken } from './token.ts';
import type { Transport } from './transport.ts';

/** The renderer's only door to the core; it does not know which shell carries it. */
export interface Client {
  api: DuibiaoApi;
  onEvent(listener: (event: CoreEvent) => void): () => void;
  shell: Transport['shell'];
}

/**
 * A typed `DuibiaoApi` over any transport. Methods are made on first use, so the renderer needs
 * only the contract's types, not its schemas (zod stays out of the bundle; the shell validates).
 */
export function createClient(transport: Transport): Client {
  const methods = new Map<string, (args: object) => Promise<unknown>>();
  const api = new Proxy({} as DuibiaoApi, {
    get(_target, name) {
      // Not a thenable, not a symbol-keyed protocol: only contract method names make calls.
      if (typeof name !== 'string' || name === 'then' || name === 'toJSON') return undefined;
      let method = methods.get(name);
      if (!method) {
        method = (args: object) => transport.call(name, args ?? {});
        methods.set(name, method);
      }
      return method;
    },
  });
  return { api, onEvent: (listener) => transport.onEvent(listener), shell: transport.shell };
}

/** Electron when the preload's bridge is present, else the browser shell's HTTP bridge. */
export function connect(): Client {
  const bridge = findBridge();
  return createClient(
    bridge ? createIpcTransport(bridge) : createHttpTransport({ token: takeToken() }),
  );
}
