import { parseCall, type MethodName } from '../../shared/api.ts';
import type { Core } from './core-types.ts';

/**
 * The one entry every shell uses: validate the call against the contract, then run it.
 * Throws ContractError (safe to show) for an unknown method or malformed arguments.
 */
export async function dispatch(core: Core, method: unknown, args: unknown): Promise<unknown> {
  const parsed = parseCall(method, args);
  const fn = core.api[method as MethodName] as (a: unknown) => Promise<unknown>;
  return fn(parsed);
}
