// Cases the contract tests fail today, each with the bug it shows. They run as `it.fails`, so the suite stays
// green and turns red the moment the bug is fixed: then delete the entry (and, once a label has no entries
// left, the label). Every label says precisely what is wrong and why it needs more than a small fix.
// Keys: connector "<marketplace>|<operation>|<static | seed N>|<answers | requests>"; push
// "<marketplace>|<type>|<static | seed N>|<answer | inbox>" (route: "...|route"); simulator "<marketplace>|<operationId>".
// Seeds are deterministic, but the answer for a call depends on how many calls came before it in the same
// operation: a fix that changes the calls an operation makes may turn a neighbouring seed too.
//
// None today: every operation and every documented push passes, static and seeds 1-5 (issue 14).

/** Connector operations against the spec stand-in. */
export const KNOWN_CONNECTOR_FAILURES: Record<string, string> = {};

/** Simulator answers that break the spec. */
export const KNOWN_SIMULATOR_DISAGREEMENTS: Record<string, string> = {};

/** Documented pushes through the webhook handlers and routes. */
export const KNOWN_PUSH_FAILURES: Record<string, string> = {};
