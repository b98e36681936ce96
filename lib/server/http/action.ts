import { AppError, type ErrorCode } from "./errors";
import type { Actor } from "../auth/actors";
import { requestActor } from "./request-actor";
import { logServerError } from "./log-error";

export type ActionState = { ok: boolean; message: string; fields?: Record<string, string[]>; code?: ErrorCode } | null;

/**
 * Runs a server action's work for the current user and turns the outcome into form state:
 * expected failures show their message, anything else a generic one (logged on the server).
 */
export async function runAction(work: (actor: Actor | null) => Promise<string>): Promise<ActionState> {
  try {
    return { ok: true, message: await work(await requestActor()) };
  } catch (error) {
    if (error instanceof AppError) {
      const fields = error.details?.fields as Record<string, string[]> | undefined;
      return { ok: false, message: error.message, code: error.code, ...(fields ? { fields } : {}) };
    }
    logServerError("server action", error);
    return { ok: false, message: "Something went wrong on the server; nothing was saved." };
  }
}
