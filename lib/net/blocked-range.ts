import ipaddr from "ipaddr.js";

/**
 * Why an address must not be called from the server (ipaddr.js's range name: "loopback", "private",
 * "linkLocal" (cloud metadata 169.254.169.254), "carrierGradeNat", "uniqueLocal", "multicast",
 * "unspecified", "reserved" ...), or null for an ordinary public unicast address.
 * IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries; IPv4-compatible IPv6
 * (::127.0.0.1) is refused whole.
 */
export function blockedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return "invalid";
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== "unicast") return range;
  // ::a.b.c.d (deprecated IPv4-compatible IPv6) reads as unicast to ipaddr.js, yet carries an IPv4 address
  // a host with an IPv4 tunnel would reach: never a public destination.
  return parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0)
    ? "ipv4Compatible"
    : null;
}
