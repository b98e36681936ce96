import { ORGANISATION_SETTING_KEY, organisationSchema, type OrganisationSetting } from "@/lib/export/organisation";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { parseInput } from "../http/validate";

/** The organisation named as author of published reviews, or null until an admin sets it. */
export async function getOrganisation(): Promise<OrganisationSetting | null> {
  const setting = await db().setting.findUnique({ where: { key: ORGANISATION_SETTING_KEY } });
  const parsed = organisationSchema.safeParse(setting?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveOrganisation(input: unknown, actor: Actor): Promise<OrganisationSetting> {
  authorize(actor, "settings:manage");
  const organisation = parseInput(organisationSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: ORGANISATION_SETTING_KEY } });
    await tx.setting.upsert({
      where: { key: ORGANISATION_SETTING_KEY },
      create: { key: ORGANISATION_SETTING_KEY, value: organisation },
      update: { value: organisation },
    });
    await recordAudit(tx, actor, {
      action: "setting.update",
      entityType: "Setting",
      entityId: ORGANISATION_SETTING_KEY,
      ...(before ? { before: before.value as object } : {}),
      after: organisation,
    });
    return organisation;
  });
}
