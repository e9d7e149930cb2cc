// A follow-up's allowed status changes (which statuses count as open: ./schemas.ts).
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import type { TransitionTable } from "@/lib/server/transitions";

/** DONE and CANCELLED can be reopened; DONE is reached only with a final progress update. */
export const FOLLOW_UP_TRANSITIONS: TransitionTable<FollowUpStatus> = {
  OPEN: ["IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"],
  IN_PROGRESS: ["BLOCKED", "DONE", "CANCELLED"],
  BLOCKED: ["IN_PROGRESS", "DONE", "CANCELLED"],
  DONE: ["IN_PROGRESS"],
  CANCELLED: ["OPEN"],
};
