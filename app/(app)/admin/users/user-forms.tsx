"use client";

import { useActionState } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/server/http/action";
import { changeRoleAction, createUserAction, setDisabledAction } from "./actions";

function Outcome({ state }: { state: ActionState }) {
  if (!state) return null;
  return <span className={state.ok ? "notice" : "error"} role="status">{state.message}</span>;
}

function FieldError({ state, name }: { state: ActionState; name: string }) {
  const messages = state?.fields?.[name];
  return messages ? <div className="error">{messages.join(" ")}</div> : null;
}

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  return (
    <form action={action} key={state?.ok ? state.message : "form"}>
      <div className="field"><label htmlFor="new-name">Name</label><input id="new-name" name="name" required /><FieldError state={state} name="name" /></div>
      <div className="field"><label htmlFor="new-email">Email</label><input id="new-email" name="email" type="email" required /><FieldError state={state} name="email" /></div>
      <div className="field">
        <label htmlFor="new-role">Role</label>
        <select id="new-role" name="role" defaultValue="fact_checker">
          {ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
        </select>
      </div>
      <div className="field"><label htmlFor="new-password">Initial password</label><input id="new-password" name="password" type="password" minLength={10} required /><FieldError state={state} name="password" /></div>
      <button type="submit" disabled={pending}>Create user</button> <Outcome state={state} />
    </form>
  );
}

export function RoleForm({ userId, role }: { userId: string; role: Role }) {
  const [state, action, pending] = useActionState(changeRoleAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} aria-label="Role">
        {ROLES.map((option) => <option key={option} value={option}>{ROLE_LABELS[option]}</option>)}
      </select>
      <button type="submit" className="secondary" disabled={pending}>Change</button>
      <Outcome state={state} />
    </form>
  );
}

export function DisableForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  const [state, action, pending] = useActionState(setDisabledAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={String(!disabled)} />
      <button type="submit" className={disabled ? "secondary" : "danger"} disabled={pending}>{disabled ? "Enable" : "Disable"}</button>
      <Outcome state={state} />
    </form>
  );
}
