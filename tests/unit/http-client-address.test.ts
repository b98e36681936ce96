import { describe, expect, test } from "vitest";
import { clientAddress, parseTrustedProxies } from "@/lib/http/client-address";

const none = parseTrustedProxies(undefined);
const localProxy = parseTrustedProxies("127.0.0.1, ::1");

describe("the client's address for sign-in throttling", () => {
  // The probe's case: 30 wrong passwords, each with a new X-Forwarded-For, were never throttled by address.
  test("with no trusted proxy, a client's X-Forwarded-For is ignored: the connection's address counts", () => {
    for (let attempt = 0; attempt < 30; attempt++) {
      expect(clientAddress("203.0.113.7", `198.51.100.${attempt}`, none)).toBe("203.0.113.7");
    }
    expect(clientAddress("::ffff:203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
  });

  test("behind a trusted proxy on the same host, clients are told apart by the hop the proxy added", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.7", localProxy)).toBe("203.0.113.7");
    expect(clientAddress("::1", "203.0.113.8", localProxy)).toBe("203.0.113.8");
    // A client's forged value sits to the left of what the proxy recorded and is passed over.
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.7", localProxy)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", ["6.6.6.6", "203.0.113.9"], localProxy)).toBe("203.0.113.9");
  });

  test("chains of trusted proxies are walked from the right", () => {
    const chain = parseTrustedProxies("10.0.0.0/8,127.0.0.1");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.7, 10.1.2.3", chain)).toBe("203.0.113.7");
  });

  test("a trusted proxy that sends no usable header is the client, and no address at all pools nobody", () => {
    expect(clientAddress("127.0.0.1", undefined, localProxy)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "not an address", localProxy)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "1.2.3.4", localProxy)).toBeNull();
  });

  test("TRUSTED_PROXIES must be addresses or CIDR ranges", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/not an address/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
    expect(parseTrustedProxies(" ").check("127.0.0.1")).toBe(false);
  });
});
