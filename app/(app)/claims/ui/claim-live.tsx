"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { PRESENCE_EVENT, STALE_EVENT } from "../../live-updates";
import { ADOPT_CHANGES_EVENT } from "./action-form";

const HEARTBEAT_MS = 10_000;

interface Present {
  userId: string;
  name: string;
  editing: boolean;
}

const unsavedIn = (claimId: string) => document.querySelector(`[data-testid="claim-panel"][data-claim-id="${CSS.escape(claimId)}"] form[data-dirty]`) !== null;

/** "Eddie Editor is viewing / is editing": the others who have this claim open. */
export function PresenceBar({ claimId }: { claimId: string }) {
  const [others, setOthers] = useState<Present[]>([]);
  useEffect(() => {
    let editing = false;
    let stopped = false;
    const touch = async () => {
      editing = unsavedIn(claimId);
      const response = await fetch(`/api/v1/claims/${claimId}/presence`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ editing }) }).catch(() => null);
      if (!stopped && response?.ok) setOthers(((await response.json()) as { others: Present[] }).others);
    };
    const look = async () => {
      const response = await fetch(`/api/v1/claims/${claimId}/presence`).catch(() => null);
      if (!stopped && response?.ok) setOthers(((await response.json()) as { others: Present[] }).others);
    };
    const onPresence = (event: Event) => {
      if ((event as CustomEvent<{ claimId?: string }>).detail.claimId === claimId) void look();
    };
    // The first keystroke tells the others at once that this user is editing.
    const onInput = () => {
      if (!editing && unsavedIn(claimId)) void touch();
    };
    void touch();
    const heartbeat = setInterval(() => void touch(), HEARTBEAT_MS);
    window.addEventListener(PRESENCE_EVENT, onPresence);
    document.addEventListener("input", onInput);
    return () => {
      stopped = true;
      clearInterval(heartbeat);
      window.removeEventListener(PRESENCE_EVENT, onPresence);
      document.removeEventListener("input", onInput);
      void fetch(`/api/v1/claims/${claimId}/presence`, { method: "DELETE", keepalive: true }).catch(() => {});
    };
  }, [claimId]);
  if (others.length === 0) return null;
  return (
    <p className="presence" data-testid="presence" aria-live="polite">
      {others.map((other) => `${other.name} is ${other.editing ? "editing" : "viewing"}`).join(" · ")}
    </p>
  );
}

/** Shown when someone else changes the claim under the user's unsaved typing; nothing typed is lost. */
export function StaleClaimNotice({ claimId }: { claimId: string }) {
  const router = useRouter();
  const [changedBy, setChangedBy] = useState<string | null>(null);
  useEffect(() => {
    const onStale = (event: Event) => {
      const detail = (event as CustomEvent<{ claimId?: string; by?: string }>).detail;
      if (detail.claimId === claimId) setChangedBy(detail.by ?? "someone else");
    };
    window.addEventListener(STALE_EVENT, onStale);
    return () => window.removeEventListener(STALE_EVENT, onStale);
  }, [claimId]);
  if (!changedBy) return null;
  return (
    <p className="notice-box stale-notice" role="alert" data-testid="stale-notice">
      Changed by {changedBy}: <button type="button" onClick={() => {
        window.dispatchEvent(new Event(ADOPT_CHANGES_EVENT));
        router.refresh();
        setChangedBy(null);
      }}>Reload</button> or <button type="button" className="secondary" onClick={() => setChangedBy(null)}>keep editing</button>
      {" "}(your typing stays; saving without reloading will be refused).
    </p>
  );
}
