"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionFormView } from "@/components/forms/action-form-view";
import { SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { createWorkspaceAction } from "@/lib/workspaces/actions";

export function CreateWorkspaceForm() {
  const t = useTranslations("workspaces");
  const router = useRouter();
  const [state, action, pending] = useActionState(createWorkspaceAction, { status: "idle" });
  useEffect(() => {
    if (state.status === "ok") router.push(state.data.href);
  }, [state, router]);
  return (
    <ActionFormView id="create-workspace" state={state} action={action} pending={pending} label={t("create")}>
      <TextField name="name" label={t("name")} required maxLength={120} />
      <TextAreaField name="description" label={t("descriptionLabel")} maxLength={2000} />
      <p className="text-xs text-slate-500">{t("createHint")}</p>
      <SubmitButton>{t("createButton")}</SubmitButton>
    </ActionFormView>
  );
}
