"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextAreaField } from "@/components/forms/fields";
import { saveCountryProfileAction } from "@/lib/countries/actions";

export function ProfileForm({
  workspaceId,
  countryCode,
  profile,
}: {
  workspaceId: string;
  countryCode: string;
  profile: { version: number; summary: string; keyAgencies: string; strategicTechnologies: string } | null;
}) {
  const t = useTranslations("countries");
  return (
    <ActionForm
      id={`profile-${workspaceId}`}
      action={saveCountryProfileAction}
      successMessage={t("profileSaved")}
      resetOnSuccess={false}
      label={t("editProfile")}
    >
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="version" value={profile?.version ?? 0} />
      <TextAreaField name="summary" label={t("summary")} defaultValue={profile?.summary} rows={5} />
      <TextAreaField name="keyAgencies" label={t("keyAgencies")} defaultValue={profile?.keyAgencies} rows={3} />
      <TextAreaField
        name="strategicTechnologies"
        label={t("strategicTechnologies")}
        defaultValue={profile?.strategicTechnologies}
        rows={3}
      />
      <SubmitButton>{t("saveProfile")}</SubmitButton>
    </ActionForm>
  );
}
