import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS } from "@/lib/notifications/kinds";
import { viewersMayComment } from "@/lib/server/comments/comment-settings";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { notificationKindsOff } from "@/lib/server/notifications/preferences";
import { ActionForm } from "../claims/ui/action-form";
import { saveNotificationSettingsAction, viewerCommentsAction } from "./actions";
import { ApiTokensSection } from "./api-tokens-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requirePageActor("article:read");
  const off = new Set(await notificationKindsOff(actor));
  const admin = can(actor, "settings:manage");
  return (
    <main className="settings">
      <h1>Settings</h1>
      <section className="card" aria-label="Notifications">
        <h2>Notify me when</h2>
        <ActionForm action={saveNotificationSettingsAction} hidden={{}} submit="Save notification settings" label="Notification settings">
          {NOTIFICATION_KINDS.map((kind) => (
            <div key={kind} className="checkbox">
              <label><input type="checkbox" name="on" value={kind} defaultChecked={!off.has(kind)} /> {NOTIFICATION_KIND_LABELS[kind]}</label>
            </div>
          ))}
        </ActionForm>
      </section>
      <ApiTokensSection actor={actor} />
      {admin && (
        <section className="card" aria-label="Comments">
          <h2>Comments</h2>
          <ActionForm action={viewerCommentsAction} hidden={{}} submit="Save" label="Viewer comments">
            <div className="checkbox"><label><input type="checkbox" name="allow" defaultChecked={await viewersMayComment()} /> Viewers may comment</label></div>
          </ActionForm>
        </section>
      )}
    </main>
  );
}
