"use server";

import { redirect } from "next/navigation";
import { runAction, type ActionState } from "@/lib/server/action";
import { importArticle } from "@/lib/server/articles";
import { authorize } from "@/lib/server/authz";

export async function importPastedArticleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let articleId: string | undefined;
  const state = await runAction(async (actor) => {
    authorize(actor, "article:import");
    const fields = Object.fromEntries(form);
    // Form submission turns the textarea's line breaks into CRLF: store what the user pasted.
    if (typeof fields.text === "string") fields.text = fields.text.replace(/\r\n/g, "\n");
    const result = await importArticle(fields, actor);
    articleId = result.articleId;
    return result.status === "created" ? `Imported with ${result.claimCount} claims` : "This article was already imported";
  });
  // redirect() throws, so it must run outside runAction's error mapping.
  if (articleId) redirect(`/articles/${articleId}`);
  return state;
}
