// GET /api/consultations/answers/:id/file: the file a stakeholder attached to an answer, only
// for readers on the round's convening side (404 for everyone else, the partner side included).
import { readAnswerFile } from "@/lib/consultations/service";
import { idParams } from "@/lib/forms/schemas";
import { fileResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute(
  { params: idParams("answerId"), target: "consultation_answer" },
  async (user, { params }) => {
    const file = await readAnswerFile(user, params.answerId);
    const response = fileResponse(file.bytes as unknown as BodyInit, {
      type: file.contentType,
      encodedName: file.fileName,
      length: file.bytes.byteLength,
    });
    response.headers.set("X-Content-Type-Options", "nosniff");
    return response;
  },
);
