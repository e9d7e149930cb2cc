"use client";
import { useTranslations } from "next-intl";
import { CommentForm as SharedCommentForm } from "@/components/comments/comment-form";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { removeAttachmentAction, uploadAttachmentAction } from "@/lib/attachments/actions";
import { addCommentAction, publishBriefAction, returnBriefAction, submitBriefAction } from "@/lib/briefs/actions";

type Step = { briefId: string; version: number };

function Hidden({ briefId, version }: Partial<Step>) {
  return (
    <>
      {briefId && <input type="hidden" name="briefId" value={briefId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
    </>
  );
}

export function SubmitForReviewButton(props: Step) {
  const t = useTranslations("briefs");
  return (
    <ActionForm id="submit-brief" action={submitBriefAction} label={t("submit")} className="inline-block">
      <Hidden {...props} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}

export function PublishButton(props: Step) {
  const t = useTranslations("briefs");
  return (
    <ActionForm id="publish-brief" action={publishBriefAction} label={t("publish")} className="inline-block">
      <Hidden {...props} />
      <SubmitButton>{t("publish")}</SubmitButton>
    </ActionForm>
  );
}

export function ReturnForm(props: Step) {
  const t = useTranslations("briefs");
  return (
    <ActionForm id="return-brief" action={returnBriefAction} label={t("returnToAuthor")} className="space-y-2">
      <Hidden {...props} />
      <TextAreaField name="comment" label={t("returnComment")} rows={3} required />
      <SubmitButton variant="secondary">{t("returnToAuthor")}</SubmitButton>
    </ActionForm>
  );
}

// One watch button for every kind of record.
export { WatchButton } from "@/components/notifications/watch-button";

export function UploadAttachmentForm({ briefId }: { briefId: string }) {
  const t = useTranslations("briefs");
  return (
    <ActionForm
      id="upload-attachment"
      action={uploadAttachmentAction}
      label={t("upload")}
      successMessage={t("uploaded")}
      className="space-y-2"
    >
      <Hidden briefId={briefId} />
      <TextField
        name="file"
        type="file"
        label={t("file")}
        hint={t("fileHint")}
        accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
        required
      />
      <SubmitButton variant="secondary">{t("upload")}</SubmitButton>
    </ActionForm>
  );
}

export function RemoveAttachmentButton({
  briefId,
  attachmentId,
  name,
}: {
  briefId: string;
  attachmentId: string;
  name: string;
}) {
  const t = useTranslations("briefs");
  return (
    <ActionForm
      id={`remove-attachment-${attachmentId}`}
      action={removeAttachmentAction}
      label={t("removeAttachment", { name })}
      className="inline"
    >
      <Hidden briefId={briefId} />
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <ConfirmSubmit
        trigger="×"
        triggerLabel={t("removeAttachment", { name })}
        variant="ghost"
        title={t("removeAttachmentConfirmTitle", { name })}
        confirmLabel={t("remove")}
      >
        {t("removeAttachmentConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}

/** The shared comment form (components/comments), posting to the brief's own action. */
export function CommentForm({ briefId, names }: { briefId: string; names: string[] }) {
  return <SharedCommentForm action={addCommentAction} fields={{ briefId }} names={names} record="brief" />;
}
