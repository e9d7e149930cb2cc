import { z } from "zod";
import { fileField } from "@/lib/forms/schemas";

export const uploadSchema = z.object({ briefId: z.uuid(), file: fileField() });
export const removeAttachmentSchema = z.object({ briefId: z.uuid(), attachmentId: z.uuid() });
