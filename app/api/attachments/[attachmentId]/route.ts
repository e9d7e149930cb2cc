// GET /api/attachments/:id: an attachment's bytes, only for people who may read its brief
// (404 for everyone else). Served as a download with the sniffed type, never inline HTML.
import { readAttachment } from "@/lib/attachments/service";
import { idParams } from "@/lib/forms/schemas";
import { fileResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute(
  { params: idParams("attachmentId"), target: "attachment" },
  async (user, { params }) => {
    const { attachment, bytes } = await readAttachment(user, params.attachmentId);
    const response = fileResponse(bytes as unknown as BodyInit, {
      type: attachment.contentType,
      encodedName: attachment.fileName,
      length: bytes.byteLength,
    });
    response.headers.set("X-Content-Type-Options", "nosniff");
    return response;
  },
);
