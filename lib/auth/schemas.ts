import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./password-limits";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("email_invalid").max(254, "max_chars:254"));

export const personNameSchema = z.string().trim().min(2, "min_chars:2").max(120, "max_chars:120");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "password_required").max(PASSWORD_MAX_LENGTH),
});

export const newPasswordFields = {
  password: z.string().max(PASSWORD_MAX_LENGTH, `max_chars:${PASSWORD_MAX_LENGTH}`),
  confirmPassword: z.string(),
};

export function passwordsMatch(value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "passwords_differ" });
  }
}

export const acceptInvitationSchema = z
  .object({ token: z.string().min(20).max(100), name: personNameSchema, ...newPasswordFields })
  .superRefine(passwordsMatch);

export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(100), ...newPasswordFields })
  .superRefine(passwordsMatch);

export const operatorSetupSchema = z
  .object({ token: z.string().min(20).max(100), name: personNameSchema, email: emailSchema, ...newPasswordFields })
  .superRefine(passwordsMatch);
