// Runs once per server process before it serves requests: validate the environment, migrate,
// seed the demo on the first start of the embedded default.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/start-server");
  await startServer();
}
