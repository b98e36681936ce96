"use server";

import { revalidatePath } from "next/cache";
import { createComment, deleteComment, updateComment } from "@/lib/server/comments/comments";
import { runAction, type ActionState } from "@/lib/server/http/action";

export async function addCommentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    await createComment(String(form.get("claimId") ?? ""), { body: form.get("body") }, actor);
    return "Comment posted";
  });
  if (state?.ok) revalidatePath("/", "layout");
  return state;
}

export async function editCommentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    await updateComment(String(form.get("commentId") ?? ""), { body: form.get("body") }, actor);
    return "Comment saved";
  });
  if (state?.ok) revalidatePath("/", "layout");
  return state;
}

export async function deleteCommentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    await deleteComment(String(form.get("commentId") ?? ""), actor);
    return "Comment deleted";
  });
  if (state?.ok) revalidatePath("/", "layout");
  return state;
}
