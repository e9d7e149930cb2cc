import { getDatabaseHandle } from "@/lib/server/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await getDatabaseHandle().prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "error", db: "down" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
