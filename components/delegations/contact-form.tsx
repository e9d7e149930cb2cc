"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { createContactAction } from "@/lib/delegations/actions";

/** Adds a contact to the reader's institution's list. */
export function NewContactForm() {
  const t = useTranslations("delegations");
  return (
    <ActionForm
      id="new-contact"
      action={createContactAction}
      label={t("contacts.new")}
      successMessage={t("contacts.saved")}
    >
      <TextField name="name" label={t("name")} required maxLength={200} />
      <TextField name="email" type="email" label={t("email")} required maxLength={254} />
      <TextField name="organisation" label={t("organisation")} maxLength={200} />
      <TextField name="title" label={t("jobTitle")} maxLength={200} />
      <SelectField
        name="locale"
        label={t("language")}
        hint={t("languageHint")}
        options={(["en", "zh", "ko"] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      />
      <SubmitButton>{t("contacts.save")}</SubmitButton>
    </ActionForm>
  );
}
