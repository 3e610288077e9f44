/** IPC channel names shared by the main process (ipc.ts) and the preload (preload.ts). */
export const CALL_CHANNEL = 'duibiao:call';
export const EVENT_CHANNEL = 'duibiao:event';

/** What a contract call resolves to across IPC: never a thrown error, never a stack. */
export type CallReply = { ok: true; result: unknown } | { ok: false; error: string };
