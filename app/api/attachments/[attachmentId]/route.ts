// GET /api/attachments/:id: an attachment's bytes, only for people who may read its brief
// (404 for everyone else). Served as a download with the sniffed type, never inline HTML.
import { NextResponse } from "next/server";
import { readAttachment } from "@/lib/attachments/service";
import { isAppError } from "@/lib/server/errors";
import { recordRefusal } from "@/lib/server/refusals";
import { getCurrentUser } from "@/lib/server/session";

export async function GET(request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const { attachmentId } = await params;
  try {
    const { attachment, bytes } = await readAttachment(user, attachmentId);
    return new NextResponse(bytes as unknown as BodyInit, {
      headers: {
        "Content-Type": attachment.contentType,
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") {
      await recordRefusal(user, {
        kind: "not_found",
        via: "api",
        path: new URL(request.url).pathname,
        targetType: "attachment",
        targetId: attachmentId,
      });
      return NextResponse.json({ error: "not_found" }, { status: 404 });
    }
    throw error;
  }
}
