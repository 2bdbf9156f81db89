import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";
import { PRODUCTION_KEYS } from "@/lib/test/production-keys";
import { parseAllowedHost } from "@/lib/allowed-host";
import { isAllowedUrl, outboundPolicyFor } from "@/lib/net/outbound-policy";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-policy-"));
const policyFor = (vars: Record<string, string>) =>
  outboundPolicyFor({ env: parseEnv({ DATA_DIR: dataDir, ...PRODUCTION_KEYS, ...vars }) });

describe("outbound policy", () => {
  it("allows the simulator by default outside production only", () => {
    const sim = "http://127.0.0.1:4010/wb";
    expect(isAllowedUrl({ policy: policyFor({ NODE_ENV: "development" }), url: sim })).toBe(true);
    expect(isAllowedUrl({ policy: policyFor({ NODE_ENV: "production" }), url: sim })).toBe(false);
    expect(isAllowedUrl({ policy: policyFor({ NODE_ENV: "production", ALLOW_SIMULATOR: "1" }), url: sim })).toBe(true);
    expect(isAllowedUrl({ policy: policyFor({ NODE_ENV: "development", ALLOW_SIMULATOR: "0" }), url: sim })).toBe(
      false,
    );
    // An explicit demo instance's accounts talk to the simulator, unless the setting says otherwise.
    expect(isAllowedUrl({ policy: policyFor({ NODE_ENV: "production", DEMO_WORKSPACE: "1" }), url: sim })).toBe(true);
    expect(
      isAllowedUrl({
        policy: policyFor({ NODE_ENV: "production", DEMO_WORKSPACE: "1", ALLOW_SIMULATOR: "0" }),
        url: sim,
      }),
    ).toBe(false);
    // Same host, another port: not the simulator.
    expect(isAllowedUrl({ policy: policyFor({ NODE_ENV: "development" }), url: "http://127.0.0.1:4011/" })).toBe(false);
  });

  it("adds OUTBOUND_ALLOW_HOSTS entries and refuses unreadable ones at start-up", () => {
    const policy = policyFor({
      NODE_ENV: "production",
      OUTBOUND_ALLOW_HOSTS: "sms-stub.internal:8080, http://10.1.2.3, [::1]:9000",
    });
    expect(isAllowedUrl({ policy, url: "http://sms-stub.internal:8080/sms/send" })).toBe(true);
    expect(isAllowedUrl({ policy, url: "http://sms-stub.internal:8081/" })).toBe(false);
    expect(isAllowedUrl({ policy, url: "http://10.1.2.3/" })).toBe(true);
    expect(isAllowedUrl({ policy, url: "https://10.1.2.3/" })).toBe(false);
    expect(isAllowedUrl({ policy, url: "http://[::1]:9000/" })).toBe(true);
    expect(() => parseEnv({ DATA_DIR: dataDir, OUTBOUND_ALLOW_HOSTS: "http://a.example/path?x" })).toThrow(
      /OUTBOUND_ALLOW_HOSTS/,
    );
  });

  it("reads host, host:port and origins", () => {
    expect(parseAllowedHost("Example.COM")).toEqual({ hostname: "example.com", port: null });
    expect(parseAllowedHost("example.com:8443")).toEqual({ hostname: "example.com", port: "8443" });
    expect(parseAllowedHost("https://example.com")).toEqual({ hostname: "example.com", port: "443" });
    expect(parseAllowedHost("[::1]:4010")).toEqual({ hostname: "::1", port: "4010" });
    expect(parseAllowedHost("example.com/path")).toBeNull();
  });
});
