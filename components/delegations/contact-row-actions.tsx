"use client";
// One row of the contacts page with its actions: "Edit" opens the contact's form in a full-width
// row below (the same fields as a new contact, checked against the version shown), and
// "Delete" asks first. The server refuses to delete a contact who sits on a delegation.
import { useTranslations } from "next-intl";
import { Fragment, useId, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { buttonClass } from "@/components/ui/button";
import { RowHeader, Td } from "@/components/ui/table";
import { deleteContactAction, updateContactAction } from "@/lib/delegations/actions";

const LOCALES = ["en", "zh", "ko"] as const;

type Contact = {
  id: string;
  name: string;
  organisation: string;
  title: string;
  email: string;
  locale: string;
  version: number;
  _count: { seats: number };
};

export function ContactRow({ contact, columns }: { contact: Contact; columns: number }) {
  const t = useTranslations("delegations");
  const [editing, setEditing] = useState(false);
  const formRowId = useId();
  const locale = LOCALES.find((l) => l === contact.locale) ?? "en";
  return (
    <>
      <tr>
        <RowHeader className="font-medium">{contact.name}</RowHeader>
        <Td>{[contact.organisation, contact.title].filter(Boolean).join(" · ")}</Td>
        <Td>{contact.email}</Td>
        <Td>{t(`languages.${locale}`)}</Td>
        <Td align="end">{contact._count.seats}</Td>
        <Td align="end">
          <div className="flex flex-wrap items-start justify-end gap-2">
            <button
              type="button"
              className={buttonClass("secondary", "sm")}
              aria-expanded={editing}
              aria-controls={editing ? formRowId : undefined}
              aria-label={t("contacts.editLabel", { name: contact.name })}
              onClick={() => setEditing((open) => !open)}
            >
              {t("contacts.edit")}
            </button>
            <ActionForm
              id={`delete-contact-${contact.id}`}
              action={deleteContactAction}
              label={t("contacts.deleteLabel", { name: contact.name })}
              className="max-w-56 space-y-2 text-left"
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
        </Td>
      </tr>
      {editing && (
        <tr id={formRowId}>
          <td colSpan={columns} className="bg-slate-50 px-3 py-4">
            <ActionForm
              id={`edit-contact-${contact.id}`}
              action={updateContactAction}
              label={t("contacts.editLabel", { name: contact.name })}
              successMessage={t("contacts.updated")}
              resetOnSuccess={false}
              className="grid gap-4 sm:grid-cols-2"
            >
              <input type="hidden" name="contactId" value={contact.id} />
              <input type="hidden" name="version" value={contact.version} />
              {/* Remounted after each save, so every field shows the saved value. */}
              <Fragment key={contact.version}>
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
                  defaultValue={locale}
                  options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                />
              </Fragment>
              <div className="flex items-end gap-2 sm:col-span-2">
                <SubmitButton size="sm">{t("contacts.saveChanges")}</SubmitButton>
                <button type="button" className={buttonClass("secondary", "sm")} onClick={() => setEditing(false)}>
                  {t("contacts.close")}
                </button>
              </div>
            </ActionForm>
          </td>
        </tr>
      )}
    </>
  );
}
