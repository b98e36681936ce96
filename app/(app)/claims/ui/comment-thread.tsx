import type { Actor } from "@/lib/server/auth/actors";
import { listComments, mayComment, mentionableUsers } from "@/lib/server/comments/comments";
import { addCommentAction, deleteCommentAction, editCommentAction } from "../comment-actions";
import { ActionForm } from "./action-form";
import { MentionTextarea } from "./mention-textarea";

const when = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

/** The conversation on a claim; comment bodies are rendered by lib/comments/markdown.ts, which escapes first. */
export async function CommentThread({ claimId, actor }: { claimId: string; actor: Actor }) {
  const [comments, users, canComment] = await Promise.all([listComments(claimId, actor), mentionableUsers(actor), mayComment(actor)]);
  return (
    <section className="panel-section comment-thread" aria-label="Comments" data-testid="comments">
      <h3>Comments ({comments.length})</h3>
      {comments.length === 0 && <p className="muted">No comments yet.</p>}
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id} data-testid="comment" id={`comment-${comment.id}`}>
            <div className="muted">
              <strong>{comment.author?.name ?? "A former user"}</strong> · {when(comment.createdAt)} UTC{comment.editedAt && " · edited"}
            </div>
            <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.html }} />
            {comment.editable && (
              <details>
                <summary>Edit or delete</summary>
                <ActionForm action={editCommentAction} hidden={{ commentId: comment.id }} submit="Save comment">
                  <MentionTextarea name="body" id={`edit-${comment.id}`} users={users} defaultValue={comment.body} label="Comment" />
                </ActionForm>
                <ActionForm action={deleteCommentAction} hidden={{ commentId: comment.id }} submit="Delete comment" danger className="inline" />
              </details>
            )}
          </li>
        ))}
      </ol>
      {canComment ? (
        <ActionForm action={addCommentAction} hidden={{ claimId }} submit="Post comment" label="New comment">
          <MentionTextarea name="body" id={`comment-${claimId}`} users={users} label="Add a comment" />
        </ActionForm>
      ) : (
        <p className="muted">Your role reads comments only.</p>
      )}
    </section>
  );
}
