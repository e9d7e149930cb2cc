// GET /api/bulletins/:id/export?format=docx|pdf: a bulletin issue as Word or PDF, with only the
// items the reader may read (getBulletin, as the page); out of scope: 404.
import { getBulletin } from "@/lib/bulletins/service";
import { exportQuerySchema } from "@/lib/exports/schemas";
import { exportBulletin, readerOf } from "@/lib/exports/service";
import { idParams } from "@/lib/forms/schemas";
import { fileResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute(
  { params: idParams("bulletinId"), query: exportQuerySchema, target: "bulletin" },
  async (user, { params, query }) => {
    const bulletin = await getBulletin(user, params.bulletinId);
    const file = await exportBulletin(bulletin, await readerOf(user, bulletin.workspace.name), query.format);
    return fileResponse(file.body as BodyInit, { type: file.type, encodedName: file.fileName });
  },
);
