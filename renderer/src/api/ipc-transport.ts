import type { CoreEvent } from '../../../shared/api.ts';
import type { EventListener, Transport } from './transport.ts';

/** What the Electron preload exposes as `window.duibiao` (contextBridge). */
export interface DuibiaoBridge {
  call(
    method: string,
    args: object,
  ): Promise<{ ok: true; result: unknown } | { ok: false; error: string }>;
  onEvent(listener: (event: CoreEvent) => void): () => void;
}

/** The preload's bridge, when this page runs inside the Electron shell. */
export function findBridge(scope: object = globalThis): DuibiaoBridge | undefined {
  const bridge = (scope as { duibiao?: Partial<DuibiaoBridge> }).duibiao;
  return bridge && typeof bridge.call === 'function' && typeof bridge.onEvent === 'function'
    ? (bridge as DuibiaoBridge)
    : undefined;
}

export function createIpcTransport(bridge: DuibiaoBridge): Transport {
  return {
    shell: 'electron',
    async call(method, args) {
      const reply = await bridge.call(method, args);
      if (!reply || typeof reply !== 'object') throw new Error(`${method}: 无效的响应`);
      if (reply.ok) return reply.result;
      throw new Error(reply.error || `${method} 失败`);
    },
    onEvent: (listener: EventListener) => bridge.onEvent(listener),
  };
}
