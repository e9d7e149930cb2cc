"use client";
// The actions on one row of the contacts page: edit the contact (a disclosure with the same
// fields as the new-contact form) and delete it after a confirmation.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { deleteContactAction, updateContactAction } from "@/lib/delegations/actions";

type Contact = {
  id: string;
  name: string;
  organisation: string;
  title: string;
  email: string;
  locale: string;
  version: number;
};

export function ContactRowActions({ contact }: { contact: Contact }) {
  const t = useTranslations("delegations");
  return (
    <div className="flex flex-wrap items-start justify-end gap-2">
      <details className="w-full text-left sm:w-80">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">
          {t("contacts.edit")}
          <span className="sr-only"> {contact.name}</span>
        </summary>
        <div className="mt-2">
          <ActionForm
            id={`edit-contact-${contact.id}`}
            action={updateContactAction}
            label={t("contacts.editLabel", { name: contact.name })}
            successMessage={t("contacts.updated")}
            resetOnSuccess={false}
          >
            <input type="hidden" name="contactId" value={contact.id} />
            <input type="hidden" name="version" value={contact.version} />
            <TextField name="name" label={t("name")} required maxLength={200} defaultValue={contact.name} />
            <TextField
              name="email"
              type="email"
              label={t("email")}
              required
              maxLength={254}
              defaultValue={contact.email}
            />
            <TextField
              name="organisation"
              label={t("organisation")}
              maxLength={200}
              defaultValue={contact.organisation}
            />
            <TextField name="title" label={t("jobTitle")} maxLength={200} defaultValue={contact.title} />
            <SelectField
              name="locale"
              label={t("language")}
              hint={t("languageHint")}
              defaultValue={contact.locale}
              options={(["en", "zh", "ko"] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            />
            <SubmitButton size="sm">{t("contacts.saveChanges")}</SubmitButton>
          </ActionForm>
        </div>
      </details>
      <ActionForm
        id={`delete-contact-${contact.id}`}
        action={deleteContactAction}
        label={t("contacts.deleteLabel", { name: contact.name })}
        className="space-y-2 text-left"
      >
        <input type="hidden" name="contactId" value={contact.id} />
        <input type="hidden" name="version" value={contact.version} />
        <ConfirmSubmit
          trigger={t("contacts.delete")}
          triggerLabel={t("contacts.deleteLabel", { name: contact.name })}
          title={t("contacts.deleteTitle", { name: contact.name })}
          confirmLabel={t("contacts.delete")}
        >
          {t("contacts.deleteBody")}
        </ConfirmSubmit>
      </ActionForm>
    </div>
  );
}
