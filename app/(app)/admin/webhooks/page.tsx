import type { Metadata } from "next";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/schema";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { listWebhookDeliveries, listWebhookEndpoints, type WebhookDeliveryView } from "@/lib/server/webhooks/endpoints";
import { ActionForm } from "../../claims/ui/action-form";
import { createWebhookAction, deleteWebhookAction, replayWebhookAction, rotateWebhookSecretAction, testWebhookAction, toggleWebhookAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };
export const dynamic = "force-dynamic";

const RECENT = 10;
const time = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "—");
const STATUS_BADGE = { delivered: "import-done", failed: "import-failed", pending: "import-running" } as const;

function statusLabel(delivery: WebhookDeliveryView): string {
  if (delivery.status !== "pending") return delivery.status;
  return delivery.attempts === 0 ? "queued" : `retry at ${time(delivery.nextAttemptAt).slice(11)}`;
}

function Deliveries({ deliveries }: { deliveries: WebhookDeliveryView[] }) {
  if (deliveries.length === 0) return <p className="muted">No deliveries yet.</p>;
  return (
    <div className="table-scroll">
      <table data-testid="webhook-deliveries">
        <thead>
          <tr><th>Event</th><th>Status</th><th>Attempts</th><th>Time</th><th>Response</th><th>Error</th><th /></tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-delivery={delivery.id}>
              <td><code className="event-name">{delivery.event}</code>{delivery.replayOfId && <span className="muted"> (sent again)</span>}</td>
              <td><span className={`badge ${STATUS_BADGE[delivery.status]}`}>{statusLabel(delivery)}</span></td>
              <td>{delivery.attempts}</td>
              <td>{time(delivery.lastAttemptAt ?? delivery.createdAt)}</td>
              <td>{delivery.responseStatus ?? "—"}</td>
              <td className="error wrap-anywhere">{delivery.lastError}</td>
              <td><ActionForm action={replayWebhookAction} hidden={{ deliveryId: delivery.id }} submit="Send again" label={`Send ${delivery.event} again`} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function WebhooksPage() {
  const actor = await requirePageActor("settings:manage");
  const endpoints = await listWebhookEndpoints(actor);
  const deliveries = await Promise.all(endpoints.map((endpoint) => listWebhookDeliveries(endpoint.id, { limit: RECENT }, actor)));
  return (
    <main className="webhooks">
      <h1>Webhooks</h1>
      <p className="muted">
        Each event is POSTed as JSON to the endpoints that take it, signed with the endpoint&apos;s secret (header{" "}
        <code>ClaimDesk-Signature</code>; the README shows how to verify it). A receiver that does not answer 2xx within 10 s is tried
        again after 1 min, 5 min, 30 min, 2 h and 6 h. Private addresses are refused unless allowed for import.
      </p>
      {endpoints.length === 0 && <p className="muted">No endpoints yet.</p>}
      {endpoints.map((endpoint, index) => (
        <section key={endpoint.id} className="card" style={{ marginBottom: "1rem" }} data-testid="webhook-endpoint" aria-label={endpoint.url}>
          <h2 className="wrap-anywhere" style={{ marginTop: 0 }}>{endpoint.url}</h2>
          <p>
            <span className={`badge ${endpoint.active ? "import-done" : "import-failed"}`}>{endpoint.active ? "active" : "paused"}</span>{" "}
            {endpoint.events.map((event) => <code key={event} className="event-name" style={{ marginRight: "0.4rem" }}>{event}</code>)}
            {endpoint.description && <span className="muted"> · {endpoint.description}</span>}
            <span className="muted"> · secret {endpoint.secretHint}</span>
          </p>
          <div style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem" }}>
            <ActionForm action={testWebhookAction} hidden={{ endpointId: endpoint.id }} submit="Send a test event" />
            <ActionForm action={toggleWebhookAction} hidden={{ endpointId: endpoint.id, active: String(!endpoint.active) }} submit={endpoint.active ? "Pause" : "Resume"} />
            <ActionForm action={rotateWebhookSecretAction} hidden={{ endpointId: endpoint.id }} submit="New secret" />
            <ActionForm action={deleteWebhookAction} hidden={{ endpointId: endpoint.id }} submit="Remove" danger />
          </div>
          <h3>Recent deliveries</h3>
          <Deliveries deliveries={deliveries[index]!} />
        </section>
      ))}
      <h2>Register an endpoint</h2>
      <div className="card" style={{ maxWidth: 560 }}>
        <ActionForm action={createWebhookAction} hidden={{}} submit="Register endpoint">
          <div className="field"><label htmlFor="webhook-url">Address (https)</label><input id="webhook-url" name="url" type="url" required /></div>
          <fieldset className="field">
            <legend>Events</legend>
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="checkbox"><input type="checkbox" name="events" value={event} /> <code className="event-name">{event}</code></label>
            ))}
          </fieldset>
          <div className="field"><label htmlFor="webhook-description">Description (optional)</label><input id="webhook-description" name="description" maxLength={200} /></div>
          <div className="field">
            <label htmlFor="webhook-secret">Secret (optional: leave empty to have one generated and shown once)</label>
            <input id="webhook-secret" name="secret" autoComplete="off" minLength={24} maxLength={200} />
          </div>
        </ActionForm>
      </div>
    </main>
  );
}
