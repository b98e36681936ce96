"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { createTag, deleteTag, renameTag } from "@/lib/server/tags/tags";

export async function createTagAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => `Added ${(await createTag({ name: form.get("name") }, actor)).name}`);
  if (state?.ok) revalidatePath("/admin/tags");
  return state;
}

export async function renameTagAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => `Renamed to ${(await renameTag(String(form.get("tagId") ?? ""), { name: form.get("name") }, actor)).name}`);
  if (state?.ok) revalidatePath("/", "layout");
  return state;
}

export async function deleteTagAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    await deleteTag(String(form.get("tagId") ?? ""), actor);
    return "Deleted";
  });
  if (state?.ok) revalidatePath("/", "layout");
  return state;
}
