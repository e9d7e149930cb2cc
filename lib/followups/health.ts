// How a follow-up is doing, for scorecards and views. Dates are calendar dates (UTC).
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import { clock, DAY_MS, today } from "@/lib/time/clock";

export type Health = "DONE" | "OVERDUE" | "AT_RISK" | "ON_TRACK" | "CANCELLED";

/**
 * DONE and CANCELLED are what they say. An open follow-up past its due date is OVERDUE; one
 * that is BLOCKED, or due within 7 days with less than half done, is AT_RISK; else ON_TRACK.
 */
export function followUpHealth(
  f: { status: FollowUpStatus; dueDate: Date; progress: number },
  now = clock.now(),
): Health {
  if (f.status === "DONE") return "DONE";
  if (f.status === "CANCELLED") return "CANCELLED";
  const day = today(now).getTime();
  if (f.dueDate.getTime() < day) return "OVERDUE";
  if (f.status === "BLOCKED" || (f.dueDate.getTime() - day <= 7 * DAY_MS && f.progress < 50)) return "AT_RISK";
  return "ON_TRACK";
}
