import { BlockList, isIP } from "node:net";

/** "::ffff:127.0.0.1", as Node reports IPv4 clients on a dual-stack socket, is plain 127.0.0.1. */
function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

/**
 * TRUSTED_PROXIES: a comma-separated list of addresses or CIDR ranges ("127.0.0.1, 10.0.0.0/8",
 * "::1"), the proxies whose X-Forwarded-For may be believed. Throws on anything else.
 */
export function parseTrustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (setting ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(normalise(address));
    if (family === 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(normalise(address), type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
      list.addSubnet(normalise(address), bits, type);
    }
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the connection's own, unless it comes from a trusted proxy; then the
 * X-Forwarded-For chain is read from the right (the hop the proxy itself added) past every trusted
 * proxy, and the first untrusted hop is the client. A client's own X-Forwarded-For is never
 * believed: it is either ignored (direct connection) or left of the hop a trusted proxy recorded.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string | null {
  if (!socketAddress) return null;
  const peer = normalise(socketAddress);
  if (!isTrusted(trusted, peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(normalise)
    .filter((hop) => isIP(hop) !== 0);
  for (let index = hops.length - 1; index >= 0; index--) {
    if (!isTrusted(trusted, hops[index]!)) return hops[index]!;
  }
  return hops[0] ?? peer;
}
