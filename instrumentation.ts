// Runs once when the server starts (never during `next build`): validates the environment,
// opens the database (taking the embedded data-directory lock), migrates, seeds, starts jobs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/boot/start");
  await startServer();
}
