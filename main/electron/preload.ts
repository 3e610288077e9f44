/**
 * The sandboxed preload (bundled to dist/electron/preload.cjs). It exposes `window.duibiao` with
 * exactly two functions — call(method, args) and onEvent(listener) — and never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CoreEvent } from '../../shared/api.ts';
import { CALL_CHANNEL, EVENT_CHANNEL, type CallReply } from './channels.ts';
import { createBridge } from './preload-bridge.ts';

const bridge = createBridge({
  invoke: (method, args) => ipcRenderer.invoke(CALL_CHANNEL, method, args) as Promise<CallReply>,
  subscribe(listener) {
    const relay = (_event: IpcRendererEvent, coreEvent: CoreEvent) => listener(coreEvent);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
});

contextBridge.exposeInMainWorld('duibiao', {
  call: bridge.call,
  onEvent: bridge.onEvent,
});
