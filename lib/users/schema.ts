import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { choiceFilter, pagingFields } from "@/lib/paging/list-query";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address"));
export const roleSchema = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}` });
export const passwordSchema = z.string().min(10, "Passwords have at least 10 characters").max(200);

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Name is required").max(120),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: z.string().min(1), role: roleSchema });
export const setDisabledSchema = z.object({ userId: z.string().min(1), disabled: z.boolean() });
/** The API's change to one account: its role, whether it is disabled, or both. */
export const userChangeSchema = z
  .object({ role: changeRoleSchema.shape.role.optional(), disabled: setDisabledSchema.shape.disabled.optional() })
  .refine((change) => change.role !== undefined || change.disabled !== undefined, { message: "Send role, disabled or both", path: ["_"] });
export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export const userListSchema = z.object({
  ...pagingFields,
  role: choiceFilter("role", ROLES),
  status: choiceFilter("status", ["active", "disabled"] as const),
});
