/**
 * The Electron shell's side of the contract: one generic `ipcMain.handle` for every method of
 * shared/api.ts (dispatch validates the method and its arguments), a sender check, and the core's
 * events forwarded to the window. Electron objects come in through small structural types.
 */
import type { CoreEvent } from '../../shared/api.ts';
import { ContractError } from '../../shared/api.ts';
import type { Core } from '../service/core-types.ts';
import { dispatch } from '../service/dispatch.ts';
import { CALL_CHANNEL, EVENT_CHANNEL, type CallReply } from './channels.ts';
import { isAppPage } from './guards.ts';

/** Who sent an IPC message, reduced to what the check needs. */
export interface SenderInfo {
  /** webContents.id of the sender. */
  contentsId: number;
  /** URL of the frame that sent it; null when the frame is gone or navigated. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

export interface TrustedSender {
  /** webContents.id of the app window; null before it exists (nothing is trusted then). */
  contentsId: number | null;
}

/**
 * Only the app window's main frame, showing the app's own page (app://duibiao/index.html, never a
 * file: URL), may call the core.
 */
export function isTrustedSender(sender: SenderInfo, trusted: TrustedSender): boolean {
  return (
    trusted.contentsId !== null &&
    sender.contentsId === trusted.contentsId &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isAppPage(sender.frameUrl)
  );
}

/** The parts of Electron's IpcMainInvokeEvent the handler reads. */
export interface InvokeEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export function senderInfo(event: InvokeEvent): SenderInfo {
  let frame: InvokeEvent['senderFrame'] = null;
  try {
    frame = event.senderFrame;
  } catch {
    // Electron throws when the frame has been destroyed: treat as unknown.
  }
  return {
    contentsId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

/** A message safe to hand to the renderer: the error's message, never its stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export const REFUSED_SENDER = 'Refused: only the Duibiao window may call the core.';

/**
 * The one handler behind CALL_CHANNEL: (event, method, args) → CallReply. `core` may still be
 * opening (a promise): calls wait for it, and get its error if it fails to open.
 */
export function createCallHandler(
  core: Core | Promise<Core>,
  isTrusted: (event: InvokeEvent) => boolean,
  logError: (message: string, error: unknown) => void = (message, error) =>
    console.error(message, error),
): (event: InvokeEvent, method: unknown, args: unknown) => Promise<CallReply> {
  return async (event, method, args) => {
    if (!isTrusted(event)) {
      logError(`IPC call ${String(method)} refused from an untrusted sender`, senderInfo(event));
      return { ok: false, error: REFUSED_SENDER };
    }
    try {
      return { ok: true, result: await dispatch(await core, method, args) };
    } catch (error) {
      if (!(error instanceof ContractError)) logError(`IPC call ${String(method)} failed`, error);
      return { ok: false, error: errorMessage(error) };
    }
  };
}

/** The parts of Electron's ipcMain used. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEvent, method: unknown, args: unknown) => Promise<CallReply>,
  ): void;
  removeHandler(channel: string): void;
}

/** Registers the generic call handler; returns a function that removes it. */
export function registerIpc(
  ipcMain: IpcMainLike,
  core: Core | Promise<Core>,
  trusted: () => TrustedSender,
  logError?: (message: string, error: unknown) => void,
): () => void {
  const handler = createCallHandler(
    core,
    (event) => isTrustedSender(senderInfo(event), trusted()),
    logError,
  );
  ipcMain.handle(CALL_CHANNEL, handler);
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}

/** The parts of a WebContents events are sent to. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, event: CoreEvent): void;
}

/** Forwards every core event to the window (while it exists); returns the unsubscribe. */
export function forwardEvents(core: Core, target: () => EventTarget | null): () => void {
  return core.onEvent((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
