"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/server/auth/authz";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { createWebhookEndpoint, deleteWebhookEndpoint, replayWebhookDelivery, sendTestWebhook, updateWebhookEndpoint } from "@/lib/server/webhooks/endpoints";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

export async function createWebhookAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    const endpoint = await createWebhookEndpoint(
      { url: form.get("url"), events: form.getAll("events"), description: text(form, "description"), secret: text(form, "secret") },
      actor,
    );
    revalidatePath("/admin/webhooks");
    return `Registered ${endpoint.url}. Its signing secret, shown only now: ${endpoint.secret}`;
  });
}

export async function toggleWebhookAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    const endpoint = await updateWebhookEndpoint(String(form.get("endpointId") ?? ""), { active: form.get("active") === "true" }, actor);
    revalidatePath("/admin/webhooks");
    return endpoint.active ? "Resumed" : "Paused";
  });
}

export async function rotateWebhookSecretAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    const endpoint = await updateWebhookEndpoint(String(form.get("endpointId") ?? ""), { secret: true }, actor);
    revalidatePath("/admin/webhooks");
    return `New secret, shown only now: ${endpoint.secret}`;
  });
}

export async function deleteWebhookAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    await deleteWebhookEndpoint(String(form.get("endpointId") ?? ""), actor);
    revalidatePath("/admin/webhooks");
    return "Removed";
  });
}

export async function testWebhookAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    await sendTestWebhook(String(form.get("endpointId") ?? ""), actor);
    revalidatePath("/admin/webhooks");
    return "Test event queued: reload to see how it went";
  });
}

export async function replayWebhookAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    await replayWebhookDelivery(String(form.get("deliveryId") ?? ""), actor);
    revalidatePath("/admin/webhooks");
    return "Queued again";
  });
}
