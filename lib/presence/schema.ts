import { z } from "zod";

/** What a reviewer's open claim page reports, every few seconds. */
export const presenceSchema = z.object({ editing: z.boolean().default(false) });
