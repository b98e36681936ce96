import { z } from "zod";

/** Polling a feed more often than this is refused: it burdens the publisher and gains nothing. */
export const MIN_POLL_MINUTES = 5;

export const feedInputSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: "url must be an http(s) address" }),
  outlet: z.string().trim().min(1, "outlet is required").max(200),
  intervalMinutes: z.coerce
    .number()
    .int("interval is a whole number of minutes")
    .min(MIN_POLL_MINUTES, `a feed may be polled at most every ${MIN_POLL_MINUTES} minutes`)
    .max(7 * 24 * 60),
  enabled: z.boolean().default(true),
});

export const feedToggleSchema = z.object({ enabled: z.boolean() });
