import { BlockList, isIP } from "node:net";

// Addresses a server-side fetch must not reach unless an admin allows it: this machine, the local
// network, link-local (cloud metadata lives at 169.254.169.254), carrier-grade NAT, multicast, reserved.
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24],
  ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) PRIVATE.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96], ["2001:db8::", 32], ["100::", 64],
] as const) PRIVATE.addSubnet(network, prefix, "ipv6");

/** The 16 bytes of a valid IPv6 address (as node:net accepts it), with an embedded dotted IPv4 tail. */
function ipv6Bytes(address: string): number[] {
  let text = address.toLowerCase().split("%")[0] ?? "";
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...tailGroups];
  return groups.flatMap((group) => {
    const value = parseInt(group, 16);
    return [value >> 8, value & 255];
  });
}

const isZero = (bytes: number[]) => bytes.every((byte) => byte === 0);

/**
 * The IPv4 address an IPv6 address carries and reaches: IPv4-compatible (::a.b.c.d), mapped
 * (::ffff:a.b.c.d), translated (::ffff:0:a.b.c.d), 6to4 (2002:aabb:ccdd::) and Teredo (2001:0::,
 * the client address inverted in the last 32 bits).
 */
function embeddedIpv4(bytes: number[]): string | null {
  const dotted = (four: number[]) => four.join(".");
  if (isZero(bytes.slice(0, 10))) {
    const marker = bytes.slice(10, 12);
    if ((marker[0] === 0 && marker[1] === 0) || (marker[0] === 255 && marker[1] === 255)) return dotted(bytes.slice(12));
  }
  if (isZero(bytes.slice(0, 8)) && bytes[8] === 255 && bytes[9] === 255 && bytes[10] === 0 && bytes[11] === 0) return dotted(bytes.slice(12));
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return dotted(bytes.slice(2, 6));
  if (bytes[0] === 0x20 && bytes[1] === 0x01 && bytes[2] === 0 && bytes[3] === 0) return dotted(bytes.slice(12).map((byte) => byte ^ 255));
  return null;
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    const bytes = ipv6Bytes(address);
    const ipv4 = embeddedIpv4(bytes);
    // "::" and "::1" are IPv6's own unspecified and loopback addresses, not IPv4 ones.
    if (ipv4 && !(isZero(bytes.slice(0, 15)) && (bytes[15] ?? 0) <= 1)) return isPrivateAddress(ipv4);
    return PRIVATE.check(address, "ipv6");
  }
  return PRIVATE.check(address, "ipv4");
}
