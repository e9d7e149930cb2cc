"use client";
// The convening side's managers: open a round, add invitees, send the links, withdraw one,
// close early, and release the summary (each irreversible step asks first).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ActionFormView } from "@/components/forms/action-form-view";
import {
  ConfirmSubmit,
  MultiSelectField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "@/components/forms/fields";
import { LOCALE_LABELS, LOCALES } from "@/i18n/locales";
import {
  addInviteesAction,
  closeRoundAction,
  openRoundAction,
  releaseRoundAction,
  revokeInviteeAction,
  sendInvitationsAction,
} from "@/lib/consultations/actions";
import type { ActionState } from "@/lib/server/action";

const ZONES = ["Asia/Seoul", "America/New_York", "Asia/Shanghai", "Asia/Tokyo", "Europe/London", "UTC"];

type Member = { id: string; name: string; email: string };

function InviteeFields({ members }: { members: Member[] }) {
  const t = useTranslations("consultations");
  return (
    <>
      <TextAreaField name="emails" label={t("emails")} hint={t("emailsHint")} rows={3} />
      <SelectField
        name="locale"
        label={t("locale")}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_LABELS[l] }))}
      />
      {members.length > 0 && (
        <MultiSelectField
          name="members"
          label={t("members")}
          options={members.map((m) => ({ value: m.id, label: `${m.name} <${m.email}>` }))}
        />
      )}
    </>
  );
}

export function OpenRoundForm({
  agendaItemId,
  sides,
  members,
  defaultZone,
}: {
  agendaItemId: string;
  sides: { id: string; name: string }[];
  members: Member[];
  defaultZone: string;
}) {
  const t = useTranslations("consultations");
  const router = useRouter();
  const [state, action, pending] = useActionState(openRoundAction, { status: "idle" } as ActionState<{
    id: string;
    href: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.push(state.data.href);
  }, [state, router]);
  return (
    <ActionFormView
      id="open-consultation"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={t("open")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      {sides.length > 1 ? (
        <SelectField name="sideId" label={t("side")} options={sides.map((s) => ({ value: s.id, label: s.name }))} />
      ) : (
        <input type="hidden" name="sideId" value={sides[0]?.id ?? ""} />
      )}
      <TextAreaField name="question" label={t("question")} hint={t("questionHint")} rows={3} required />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="deadline" type="datetime-local" label={t("deadline")} required />
        <TextField
          name="timeZone"
          label={t("timeZone")}
          defaultValue={defaultZone}
          list="consultation-zones"
          required
        />
      </div>
      <datalist id="consultation-zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <InviteeFields members={members} />
      <SubmitButton>{t("submitOpen")}</SubmitButton>
    </ActionFormView>
  );
}

export function AddInviteesForm({ roundId, members }: { roundId: string; members: Member[] }) {
  const t = useTranslations("consultations");
  return (
    <ActionForm id="add-invitees" action={addInviteesAction} label={t("add")} successMessage={t("added")}>
      <input type="hidden" name="roundId" value={roundId} />
      <InviteeFields members={members} />
      <SubmitButton variant="secondary">{t("addSubmit")}</SubmitButton>
    </ActionForm>
  );
}

export function SendInvitationsForm({ roundId, version }: { roundId: string; version: number }) {
  const t = useTranslations("consultations");
  return (
    <ActionForm id="send-invitations" action={sendInvitationsAction} label={t("send")} successMessage={t("sentCount")}>
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-xs text-slate-600">{t("sendHint")}</p>
      <SubmitButton>{t("send")}</SubmitButton>
    </ActionForm>
  );
}

export function RevokeInviteeForm({
  roundId,
  inviteeId,
  email,
}: {
  roundId: string;
  inviteeId: string;
  email: string;
}) {
  const t = useTranslations("consultations");
  return (
    <ActionForm id={`revoke-${inviteeId}`} action={revokeInviteeAction} className="inline">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="inviteeId" value={inviteeId} />
      <ConfirmSubmit trigger={t("revoke")} title={t("revokeTitle")} confirmLabel={t("revoke")}>
        {t("revokeBody", { email })}
      </ConfirmSubmit>
    </ActionForm>
  );
}

export function CloseRoundForm({ roundId, version }: { roundId: string; version: number }) {
  const t = useTranslations("consultations");
  return (
    <ActionForm id="close-round" action={closeRoundAction} label={t("close")}>
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit trigger={t("close")} title={t("closeTitle")} confirmLabel={t("close")}>
        {t("closeBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}

export function ReleaseRoundForm({ roundId, version, summary }: { roundId: string; version: number; summary: string }) {
  const t = useTranslations("consultations");
  return (
    <ActionForm id="release-round" action={releaseRoundAction} label={t("release")} successMessage={t("released")}>
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        name="summary"
        label={t("summary")}
        hint={t("summaryHint")}
        defaultValue={summary}
        rows={6}
        required
      />
      <ConfirmSubmit trigger={t("release")} variant="primary" title={t("releaseTitle")} confirmLabel={t("release")}>
        {t("releaseBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}
