// GET /api/committee-documents/:versionId: one version of a committee document, only for readers
// of its committee on the document's side (a partner side's internal document, or anything out
// of the workspace, is a 404). A download with the sniffed type, never inline.
import { readDocumentVersion } from "@/lib/committees/documents";
import { idParams } from "@/lib/forms/schemas";
import { fileResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute(
  { params: idParams("versionId"), target: "committee_document" },
  async (user, { params }) => {
    const { version, bytes } = await readDocumentVersion(user, params.versionId);
    const response = fileResponse(bytes as unknown as BodyInit, {
      type: version.contentType,
      encodedName: version.fileName,
      length: bytes.byteLength,
    });
    response.headers.set("X-Content-Type-Options", "nosniff");
    return response;
  },
);
