"use client";
// The forms of the Delegations section (components/delegations/delegations-card.tsx) and of the
// public answer page: add a member or a contact, send invitations, send a new link, remove,
// mark attendance, answer.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ActionFormView } from "@/components/forms/action-form-view";
import { ConfirmSubmit, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import {
  addDelegationContactAction,
  addDelegationMemberAction,
  answerByLinkAction,
  answerInAppAction,
  markAttendanceAction,
  removeDelegationMemberAction,
  resendInvitationAction,
  sendInvitationsAction,
} from "@/lib/delegations/actions";
import type { ActionState } from "@/lib/server/action";

const LOCALES = ["en", "zh", "ko"] as const;

type Option = { id: string; label: string };

export function AddMemberForm({
  sessionId,
  side,
  candidates,
}: {
  sessionId: string;
  side: { id: string; name: string };
  candidates: Option[];
}) {
  const t = useTranslations("delegations");
  return (
    <ActionForm
      id={`add-member-${side.id}`}
      action={addDelegationMemberAction}
      label={t("addMemberTo", { side: side.name })}
      className="grid gap-2 sm:grid-cols-3 sm:items-end"
      successMessage={t("added")}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="sideId" value={side.id} />
      <SelectField
        name="userId"
        label={t("member")}
        options={[{ value: "", label: t("choosePerson") }, ...candidates.map((c) => ({ value: c.id, label: c.label }))]}
      />
      <TextField name="role" label={t("role")} placeholder={t("rolePlaceholder")} maxLength={120} />
      <div>
        <SubmitButton variant="secondary">{t("addMember")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function AddContactForm({
  sessionId,
  side,
  contacts,
}: {
  sessionId: string;
  side: { id: string; name: string };
  contacts: Option[];
}) {
  const t = useTranslations("delegations");
  return (
    <ActionForm
      id={`add-contact-${side.id}`}
      action={addDelegationContactAction}
      label={t("addContactTo", { side: side.name })}
      className="space-y-2"
      successMessage={t("added")}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="sideId" value={side.id} />
      <SelectField
        name="contactId"
        label={t("savedContact")}
        hint={t("savedContactHint")}
        options={[{ value: "", label: t("newContact") }, ...contacts.map((c) => ({ value: c.id, label: c.label }))]}
      />
      <div className="grid gap-2 sm:grid-cols-2">
        <TextField name="name" label={t("name")} maxLength={200} />
        <TextField name="email" type="email" label={t("email")} maxLength={320} />
        <TextField name="organisation" label={t("organisation")} maxLength={200} />
        <TextField name="title" label={t("jobTitle")} maxLength={200} />
        <SelectField
          name="locale"
          label={t("language")}
          hint={t("languageHint")}
          options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
        <TextField name="role" label={t("role")} placeholder={t("rolePlaceholder")} maxLength={120} />
      </div>
      <SubmitButton variant="secondary">{t("addContact")}</SubmitButton>
    </ActionForm>
  );
}

export function SendInvitationsButton({
  sessionId,
  side,
  pending,
}: {
  sessionId: string;
  side: { id: string; name: string };
  pending: number;
}) {
  const t = useTranslations("delegations");
  return (
    <ActionForm
      id={`send-invitations-${side.id}`}
      action={sendInvitationsAction}
      label={t("sendInvitationsTo", { side: side.name })}
      className="inline-block"
      successMessage={t("invitationsSent")}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="sideId" value={side.id} />
      <ConfirmSubmit
        trigger={t("sendInvitations")}
        triggerLabel={t("sendInvitationsTo", { side: side.name })}
        variant="primary"
        title={t("sendInvitationsTitle", { side: side.name })}
        confirmLabel={t("sendInvitations")}
      >
        {t("sendInvitationsBody", { count: pending })}
      </ConfirmSubmit>
    </ActionForm>
  );
}

export function MemberControls({
  sessionId,
  member,
  can,
}: {
  sessionId: string;
  member: { id: string; name: string; version: number; status: string };
  can: { edit: boolean; invite: boolean; mark: boolean };
}) {
  const t = useTranslations("delegations");
  return (
    <div className="flex flex-wrap items-center gap-2">
      {can.mark &&
        (["ATTENDED", "ABSENT"] as const)
          .filter((s) => s !== member.status)
          .map((status) => (
            <ActionForm
              key={status}
              id={`mark-${status}-${member.id}`}
              action={markAttendanceAction}
              label={t(`mark.${status}`, { name: member.name })}
              className="inline"
            >
              <input type="hidden" name="sessionId" value={sessionId} />
              <input type="hidden" name="memberId" value={member.id} />
              <input type="hidden" name="version" value={member.version} />
              <input type="hidden" name="status" value={status} />
              <SubmitButton variant="secondary" size="sm" aria-label={t(`mark.${status}`, { name: member.name })}>
                {t(`markShort.${status}`)}
              </SubmitButton>
            </ActionForm>
          ))}
      {can.invite && !["ATTENDED", "ABSENT"].includes(member.status) && (
        <ActionForm
          id={`resend-${member.id}`}
          action={resendInvitationAction}
          label={t("resendTo", { name: member.name })}
          className="inline"
          successMessage={t("linkSent")}
        >
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="memberId" value={member.id} />
          <ConfirmSubmit
            trigger={t("resend")}
            triggerLabel={t("resendTo", { name: member.name })}
            variant="secondary"
            title={t("resendTitle", { name: member.name })}
            confirmLabel={t("resend")}
          >
            {t("resendBody")}
          </ConfirmSubmit>
        </ActionForm>
      )}
      {can.edit && (
        <ActionForm
          id={`remove-member-${member.id}`}
          action={removeDelegationMemberAction}
          label={t("removeFrom", { name: member.name })}
          className="inline"
        >
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="memberId" value={member.id} />
          <input type="hidden" name="version" value={member.version} />
          <ConfirmSubmit
            trigger="×"
            triggerLabel={t("removeFrom", { name: member.name })}
            title={t("removeTitle", { name: member.name })}
            confirmLabel={t("remove")}
          >
            {t("removeBody")}
          </ConfirmSubmit>
        </ActionForm>
      )}
    </div>
  );
}

const ANSWERS = ["ACCEPTED", "TENTATIVE", "DECLINED"] as const;

function AnswerButtons({ current }: { current?: string }) {
  const t = useTranslations("delegations");
  return (
    <div className="flex flex-wrap gap-2">
      {ANSWERS.map((answer) => (
        <SubmitButton
          key={answer}
          name="status"
          value={answer}
          variant={answer === "ACCEPTED" ? "primary" : "secondary"}
          aria-pressed={current === answer}
        >
          {t(`answer.${answer}`)}
        </SubmitButton>
      ))}
    </div>
  );
}

/** A member answers their own invitation on the session page. */
export function AnswerInAppForm({
  sessionId,
  member,
}: {
  sessionId: string;
  member: { id: string; version: number; status: string };
}) {
  const t = useTranslations("delegations");
  return (
    <ActionForm
      id="delegation-answer"
      action={answerInAppAction}
      label={t("yourAnswer")}
      className="space-y-2"
      successMessage={t("answerSaved")}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="memberId" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
      <AnswerButtons current={member.status} />
    </ActionForm>
  );
}

/** The public page's answer: once sent, the link is used up and the page says what was answered. */
export function AnswerByLinkForm({ token }: { token: string }) {
  const t = useTranslations("delegations");
  const [state, action, pending] = useActionState(answerByLinkAction, { status: "idle" } as ActionState<{
    status: "ACCEPTED" | "TENTATIVE" | "DECLINED";
  }>);
  if (state.status === "ok")
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
        {t("thanks", { answer: t(`status.${state.data.status}`) })}
      </p>
    );
  return (
    <ActionFormView
      id="delegation-link-answer"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={t("yourAnswer")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="token" value={token} />
      <AnswerButtons />
    </ActionFormView>
  );
}
