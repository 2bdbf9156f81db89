// Runs once per server process before it serves requests: validate the environment, migrate,
// seed the demo where it is asked for (DEMO_WORKSPACE), start the background schedule.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/start-server");
  await startServer();
}
