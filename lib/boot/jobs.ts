// What runs in the background and how often. Each job's work lives in its domain and runs
// under its advisory lock (lib/server/jobs.ts), so several app instances never double it.
import { runEmailDelivery } from "@/lib/email/sender";
import { runFollowUpReminders } from "@/lib/followups/reminders";
import { runChasers } from "@/lib/notifications/chasers";
import { runDailyDigest } from "@/lib/notifications/digest";
import { fanOutPending } from "@/lib/notifications/fanout";
import { registerFanOutRunner } from "@/lib/notifications/kick";
import { serverEnv } from "@/lib/server/env";
import { every } from "@/lib/server/jobs";
import { runRateLimitCleanup } from "@/lib/server/rate-limit";
import { runSessionCleanup } from "@/lib/server/session-records";

let started = false;

export function startJobs(): void {
  const env = serverEnv();
  if (started || !env.ACCORD_JOBS) return;
  started = true;
  every(10 * 60_000, "daily digest", () => runDailyDigest());
  every(10 * 60_000, "follow-up reminders", () => runFollowUpReminders());
  every(60 * 60_000, "session cleanup", () => runSessionCleanup());
  // The public doors' rate-limit windows (a day old and more): they would otherwise only grow.
  every(60 * 60_000, "rate-limit cleanup", () => runRateLimitCleanup());
  // Pack notices, agenda and approval reminders: hourly, each recorded once (unique keys).
  every(60 * 60_000, "chasers", () => runChasers());
  // Committee events: right after each change (registered runner) and every 15 s for the rest.
  registerFanOutRunner(() => fanOutPending());
  every(15_000, "notification fan-out", () => fanOutPending());
  const smtpUrl = env.SMTP_URL;
  if (smtpUrl) every(30_000, "email delivery", () => runEmailDelivery(smtpUrl, env.MAIL_FROM));
}
