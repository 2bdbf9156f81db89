// Cases the contract tests are known to fail today, each with the bug it shows. They run as `it.fails`, so
// the suite stays green and turns red the moment the bug is fixed: then delete the entry.
// Key: "<marketplace>|<operation>|<static | seed N>|<answers | requests>".

export const KNOWN_CONNECTOR_FAILURES: Record<string, string> = {};
