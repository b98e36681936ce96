import { z } from "zod";

/** The Setting row holding the publishing organisation, named as author of every ClaimReview. */
export const ORGANISATION_SETTING_KEY = "org";

export const organisationSchema = z.object({
  name: z.string().trim().min(1, "name is required").max(200),
  url: z.url({ protocol: /^https?$/, error: "url must be an http(s) address" }),
});
export type OrganisationSetting = z.infer<typeof organisationSchema>;
