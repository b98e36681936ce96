"use server";

import { revalidatePath } from "next/cache";
import { createOwnApiToken, revokeOwnApiToken } from "@/lib/server/auth/api-tokens";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { AppError } from "@/lib/server/http/errors";

/** The outcome of creating a token; the secret travels back once, to be shown once. */
export type CreateTokenState = (NonNullable<ActionState> & { token?: string }) | null;

/** The form's expiry choice ("never", "30d", "90d" or "date" with a date field) as the API words it. */
function expiresFromForm(form: FormData): string {
  const choice = String(form.get("expiry") ?? "never");
  if (choice !== "date") return choice;
  const date = String(form.get("expiryDate") ?? "");
  if (!date) throw new AppError("invalid", "Expiry date: choose the day the token stops working", { fields: { expiryDate: ["choose a date"] } });
  return date;
}

export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  let token: string | undefined;
  const state = await runAction(async (actor) => {
    const created = await createOwnApiToken({ name: String(form.get("name") ?? ""), scopes: form.getAll("scopes").map(String), expires: expiresFromForm(form) }, actor);
    token = created.token;
    return `Token “${created.name}” created. Copy it now: it is not shown again.`;
  });
  if (state?.ok) revalidatePath("/settings");
  return state && token ? { ...state, token } : state;
}

export async function revokeTokenAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    const revoked = await revokeOwnApiToken({ id: String(form.get("id") ?? "") }, actor);
    return `Token “${revoked.name}” revoked`;
  });
  if (state?.ok) revalidatePath("/settings");
  return state;
}
