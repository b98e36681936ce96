import { describe, expect, test } from "vitest";
import { parsePublishedDate } from "@/lib/import/dates";

describe("publication dates", () => {
  test.each([
    ["20220125T090000Z", "2022-01-25T09:00:00.000Z"],
    ["20220125", "2022-01-25T00:00:00.000Z"],
    ["2022-01-25", "2022-01-25T00:00:00.000Z"],
    ["2022-01-25T09:00", "2022-01-25T09:00:00.000Z"],
    ["2022-01-25 09:00:00", "2022-01-25T09:00:00.000Z"],
    ["2022-01-25T09:00:00+02:00", "2022-01-25T07:00:00.000Z"],
    [" 2024-02-29T23:59:59.5Z ", "2024-02-29T23:59:59.500Z"],
  ])("%j is %s whatever the server's time zone", (input, iso) => {
    expect(parsePublishedDate(input)?.toISOString()).toBe(iso);
  });

  test.each(["2022-02-30", "2023-02-29", "20221332T000000Z", "yesterday", "25/01/2022", "", "2022-01-25T25:00:00Z"])("%j is not a date", (input) => {
    expect(parsePublishedDate(input)).toBeNull();
  });
});
