"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import {
  addWorkspaceMemberAction,
  changeWorkspaceRoleAction,
  removeWorkspaceMemberAction,
} from "@/lib/workspaces/actions";

const ROLES = ["MANAGER", "CONTRIBUTOR", "VIEWER"] as const;

export function AddWorkspaceMemberForm({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("workspace");
  const tr = useTranslations("roles");
  return (
    <ActionForm
      id="add-workspace-member"
      action={addWorkspaceMemberAction}
      successMessage={t("memberAdded")}
      label={t("addMember")}
    >
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <TextField name="email" type="email" label={t("email")} hint={t("emailHint")} autoComplete="off" required />
      <SelectField
        name="role"
        label={t("role")}
        defaultValue="CONTRIBUTOR"
        options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
      />
      <SubmitButton>{t("addButton")}</SubmitButton>
    </ActionForm>
  );
}

type MemberProps = { workspaceId: string; membershipId: string; role: string; personName: string };

export function WorkspaceRoleControl({ workspaceId, membershipId, role, personName }: MemberProps) {
  const t = useTranslations("workspace");
  const tr = useTranslations("roles");
  return (
    <ActionForm
      id={`role-${membershipId}`}
      action={changeWorkspaceRoleAction}
      className="flex items-end gap-1"
      resetOnSuccess={false}
      label={t("changeRoleOf", { name: personName })}
    >
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <SelectField
        name="role"
        label={<span className="sr-only">{t("roleOf", { name: personName })}</span>}
        defaultValue={role}
        options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
      />
      <SubmitButton variant="secondary" size="sm">
        {t("save")}
      </SubmitButton>
    </ActionForm>
  );
}

export function RemoveWorkspaceMemberButton({ workspaceId, membershipId, personName }: Omit<MemberProps, "role">) {
  const t = useTranslations("workspace");
  return (
    <ActionForm
      id={`remove-${membershipId}`}
      action={removeWorkspaceMemberAction}
      className="flex items-end"
      label={t("removeOf", { name: personName })}
    >
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <ConfirmSubmit
        trigger={t("remove")}
        title={t("removeConfirmTitle", { name: personName })}
        confirmLabel={t("remove")}
      >
        {t("removeConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}
