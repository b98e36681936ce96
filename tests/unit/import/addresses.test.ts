import { describe, expect, test } from "vitest";
import { isPrivateAddress } from "@/lib/import/addresses";

describe("addresses URL import may not reach", () => {
  test.each([
    "127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1",
    "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:a00:1", "not an address",
  ])("%s is private", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  test.each(["8.8.8.8", "93.184.216.34", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1", "::ffff:0:808:808"])(
    "%s is public",
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );

  // The probe's three forms of loopback that passed the guard, as the URL parser hands them over.
  test.each(["[::127.0.0.1]", "[2002:7f00:1::1]", "[::ffff:0:7f00:1]"])("%s, loopback carried in IPv6, is private", (literal) => {
    const hostname = new URL(`http://${literal}/`).hostname.slice(1, -1);
    expect(isPrivateAddress(hostname)).toBe(true);
  });

  test.each(["::7f00:1", "::a00:1", "2002:a00:1::", "2002:c0a8:101::1", "::ffff:0:a9fe:a9fe", "2001:0:4136:e378:8000:63bf:80ff:fffe", "::2"])(
    "%s carries a private IPv4 address",
    (address) => {
      expect(isPrivateAddress(address)).toBe(true);
    },
  );
});
