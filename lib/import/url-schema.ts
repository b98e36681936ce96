import { z } from "zod";

/** A page to fetch and read an article from. */
export const urlSchema = z.object({ url: z.url({ protocol: /^https?$/, error: "url must be an http(s) address" }) });
