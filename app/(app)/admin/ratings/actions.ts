"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { createRating, moveRating, updateRating } from "@/lib/server/settings/ratings";
import type { Actor } from "@/lib/server/auth/actors";

export async function createRatingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    const rating = await createRating(Object.fromEntries(form), actor as Actor);
    return `Added ${rating.label}`;
  });
  if (state?.ok) revalidatePath("/admin/ratings");
  return state;
}

export async function updateRatingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    const rating = await updateRating({ ...Object.fromEntries(form), active: form.get("active") === "on" }, actor as Actor);
    return `Saved ${rating.label}`;
  });
  if (state?.ok) revalidatePath("/admin/ratings");
  return state;
}

export async function moveRatingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    await moveRating(Object.fromEntries(form), actor as Actor);
    return "Moved";
  });
  if (state?.ok) revalidatePath("/admin/ratings");
  return state;
}
