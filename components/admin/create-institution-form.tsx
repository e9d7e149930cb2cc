"use client";
import { useLocale, useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { LOCALE_LABELS, LOCALES } from "@/i18n/locales";
import { createInstitutionAction } from "@/lib/institutions/actions";
import { INSTITUTION_TYPES } from "@/lib/institutions/types";

export function CreateInstitutionForm({ countries }: { countries: { code: string; name: string }[] }) {
  const t = useTranslations("institutions");
  const tt = useTranslations("institutionTypes");
  const locale = useLocale();
  return (
    <ActionForm
      id="create-institution"
      action={createInstitutionAction}
      successMessage={t("created")}
      label={t("create")}
    >
      <TextField name="name" label={t("name")} required maxLength={200} />
      <TextField name="shortName" label={t("shortName")} required maxLength={20} />
      <SelectField
        name="countryCode"
        label={t("country")}
        defaultValue=""
        options={[
          { value: "", label: t("chooseCountry") },
          ...countries.map((c) => ({ value: c.code, label: c.name })),
        ]}
      />
      <SelectField
        name="type"
        label={t("type")}
        defaultValue="THINK_TANK"
        options={INSTITUTION_TYPES.map((type) => ({ value: type, label: tt(type) }))}
      />
      <TextField
        name="adminEmail"
        type="email"
        label={t("adminEmail")}
        hint={t("adminEmailHint")}
        autoComplete="off"
        required
      />
      <SelectField
        name="adminLocale"
        label={t("adminLanguage")}
        defaultValue={locale}
        options={LOCALES.map((value) => ({ value, label: LOCALE_LABELS[value] }))}
      />
      <SubmitButton>{t("createButton")}</SubmitButton>
    </ActionForm>
  );
}
