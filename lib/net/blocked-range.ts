import ipaddr from "ipaddr.js";

/**
 * Why an address must not be called from the server (ipaddr.js's range name: "loopback", "private",
 * "linkLocal" (cloud metadata 169.254.169.254), "carrierGradeNat", "uniqueLocal", "multicast",
 * "unspecified", "reserved" ...), or null for an ordinary public unicast address.
 * IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
 */
export function blockedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return "invalid";
  const range = ipaddr.process(address).range();
  return range === "unicast" ? null : range;
}
