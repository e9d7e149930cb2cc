import { getDatabaseHandle } from "@/lib/server/db";
import { publicRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = publicRoute({}, async () => {
  const headers = { "Cache-Control": "no-store" };
  try {
    await getDatabaseHandle().prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", db: "ok" }, { headers });
  } catch {
    return Response.json({ status: "error", db: "down" }, { status: 503, headers });
  }
});
