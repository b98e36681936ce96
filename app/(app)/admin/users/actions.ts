"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { authorize } from "@/lib/server/auth/authz";
import { changeRole, createUser, setDisabled } from "@/lib/server/users/users";

export async function createUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "user:manage");
    const user = await createUser(Object.fromEntries(form), actor);
    revalidatePath("/admin/users");
    return `Created ${user.email}`;
  });
}

export async function changeRoleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "user:manage");
    const user = await changeRole({ userId: form.get("userId"), role: form.get("role") }, actor);
    revalidatePath("/admin/users");
    return `${user.email} is now ${user.role}`;
  });
}

export async function setDisabledAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "user:manage");
    const user = await setDisabled({ userId: form.get("userId"), disabled: form.get("disabled") === "true" }, actor);
    revalidatePath("/admin/users");
    return `${user.email} is ${user.disabledAt ? "disabled" : "enabled"}`;
  });
}
