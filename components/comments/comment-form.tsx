"use client";
// The one comment form: Markdown with @mentions, the names that can be mentioned listed in the
// hint. Briefs post to their own action; follow-ups and agenda items to addRecordCommentAction.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextAreaField } from "@/components/forms/fields";
import { addRecordCommentAction } from "@/lib/comments/actions";
import type { CommentTarget } from "@/lib/comments/schemas";
import type { ActionState } from "@/lib/server/action";

export function CommentForm({
  action,
  fields,
  names,
  record,
}: {
  action: (state: ActionState<null>, formData: FormData) => Promise<ActionState<null>>;
  /** Hidden fields naming the record. */
  fields: Record<string, string>;
  /** Who may be mentioned (never the writer). */
  names: string[];
  record: "brief" | "followUp" | "agendaItem";
}) {
  const t = useTranslations("comments");
  return (
    <ActionForm id="comment-form" action={action} label={t("label")} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextAreaField
        name="body"
        label={t("label")}
        hint={t("hint", { record, names: names.map((n) => `@${n}`).join(", ") })}
        rows={3}
        required
      />
      <SubmitButton>{t("post")}</SubmitButton>
    </ActionForm>
  );
}

/** The comment form of a follow-up or an agenda item. */
export function RecordCommentForm({
  target,
  targetId,
  names,
}: {
  target: CommentTarget;
  targetId: string;
  names: string[];
}) {
  return (
    <CommentForm
      action={addRecordCommentAction}
      fields={{ target, targetId }}
      names={names}
      record={target === "FOLLOW_UP" ? "followUp" : "agendaItem"}
    />
  );
}
