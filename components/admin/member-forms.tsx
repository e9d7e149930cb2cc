"use client";
import { useLocale, useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { LOCALE_LABELS, LOCALES } from "@/i18n/locales";
import {
  changeMemberRoleAction,
  deactivateMemberAction,
  inviteMemberAction,
  issuePasswordResetAction,
  reactivateMemberAction,
  revokeInvitationAction,
} from "@/lib/members/actions";

export function InviteMemberForm() {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  const locale = useLocale();
  return (
    <ActionForm id="invite-member" action={inviteMemberAction} successMessage={t("invited")} label={t("invite")}>
      <TextField name="email" type="email" label={t("email")} autoComplete="off" required />
      <SelectField
        name="role"
        label={t("role")}
        defaultValue="MEMBER"
        options={[
          { value: "MEMBER", label: tr("MEMBER") },
          { value: "ADMIN", label: tr("ADMIN") },
        ]}
      />
      <SelectField
        name="locale"
        label={t("language")}
        defaultValue={locale}
        options={LOCALES.map((value) => ({ value, label: LOCALE_LABELS[value] }))}
      />
      <p className="text-xs text-slate-500">{t("inviteHint")}</p>
      <SubmitButton>{t("inviteButton")}</SubmitButton>
    </ActionForm>
  );
}

export function MemberControls({
  userId,
  name,
  role,
  status,
}: {
  userId: string;
  name: string;
  role: string;
  status: string;
}) {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  return (
    <div className="flex max-w-sm flex-col gap-2">
      <ActionForm
        id={`member-role-${userId}`}
        action={changeMemberRoleAction}
        className="flex items-end gap-1"
        resetOnSuccess={false}
        label={t("changeRoleOf", { name })}
      >
        <input type="hidden" name="userId" value={userId} />
        <SelectField
          name="role"
          label={<span className="sr-only">{t("roleOf", { name })}</span>}
          defaultValue={role}
          options={[
            { value: "MEMBER", label: tr("MEMBER") },
            { value: "ADMIN", label: tr("ADMIN") },
          ]}
        />
        <SubmitButton variant="secondary" size="sm">
          {t("saveRole")}
        </SubmitButton>
      </ActionForm>
      <div className="flex flex-wrap gap-2">
        {status === "ACTIVE" ? (
          <ActionForm id={`deactivate-${userId}`} action={deactivateMemberAction} label={t("deactivateOf", { name })}>
            <input type="hidden" name="userId" value={userId} />
            <ConfirmSubmit
              trigger={t("deactivate")}
              title={t("deactivateConfirmTitle", { name })}
              confirmLabel={t("deactivate")}
            >
              {t("deactivateConfirmBody")}
            </ConfirmSubmit>
          </ActionForm>
        ) : (
          <ActionForm id={`reactivate-${userId}`} action={reactivateMemberAction} label={t("reactivateOf", { name })}>
            <input type="hidden" name="userId" value={userId} />
            <SubmitButton variant="secondary" size="sm">
              {t("reactivate")}
            </SubmitButton>
          </ActionForm>
        )}
        {status === "ACTIVE" && (
          <ActionForm
            id={`reset-${userId}`}
            action={issuePasswordResetAction}
            successMessage={t("resetIssued")}
            label={t("resetOf", { name })}
          >
            <input type="hidden" name="userId" value={userId} />
            <SubmitButton variant="secondary" size="sm">
              {t("resetLink")}
            </SubmitButton>
          </ActionForm>
        )}
      </div>
    </div>
  );
}

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("members");
  return (
    <ActionForm id={`revoke-${invitationId}`} action={revokeInvitationAction} label={t("revokeOf", { email })}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <ConfirmSubmit trigger={t("revoke")} title={t("revokeConfirmTitle", { email })} confirmLabel={t("revoke")}>
        {t("revokeConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}
