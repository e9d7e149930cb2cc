import { z } from "zod";

export const areaSchema = z.object({
  workspaceId: z.uuid(),
  name: z.string().trim().min(2, "min_chars:2").max(100, "max_chars:100"),
  nameZh: z.string().trim().max(100, "max_chars:100").default(""),
  nameKo: z.string().trim().max(100, "max_chars:100").default(""),
});
export const renameAreaSchema = areaSchema.extend({ areaId: z.uuid() });
export const deleteAreaSchema = z.object({ workspaceId: z.uuid(), areaId: z.uuid() });
