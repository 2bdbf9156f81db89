// The demo workspace's two sign-ins (public: the README prints them). The seed creates these users; the
// sign-in page offers the owner's on a demo instance (demo-access.ts).

export const DEMO_LOGIN = { email: "demo@agentiq.local", password: "demo12345" } as const;
export const DEMO_OPERATOR = { email: "operator@agentiq.local", password: "demo12345" } as const;
