"use client";
// Session series (issue 12, item 3): a committee's cadence and agenda template, for its managers.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import {
  addStandingItemAction,
  moveStandingItemAction,
  removeStandingItemAction,
  updateCadenceAction,
  updateStandingItemAction,
} from "@/lib/committees/series-actions";
import { SESSION_CADENCES } from "@/lib/committees/series-dates";

export function CadenceForm({
  committeeId,
  cadence,
  seriesVersion,
}: {
  committeeId: string;
  cadence: string;
  seriesVersion: number;
}) {
  const t = useTranslations("series");
  return (
    <ActionForm
      id="series-cadence"
      action={updateCadenceAction}
      label={t("cadence")}
      successMessage={t("cadenceSaved")}
      resetOnSuccess={false}
      className="flex flex-wrap items-end gap-2"
    >
      <input type="hidden" name="committeeId" value={committeeId} />
      <input type="hidden" name="seriesVersion" value={seriesVersion} />
      <div className="min-w-48 flex-1">
        <SelectField
          name="cadence"
          label={t("cadence")}
          hint={t("cadenceHint")}
          defaultValue={cadence}
          options={SESSION_CADENCES.map((c) => ({ value: c, label: t(`cadences.${c}`) }))}
        />
      </div>
      <SubmitButton variant="secondary">{t("saveCadence")}</SubmitButton>
    </ActionForm>
  );
}

interface StandingItem {
  id: string;
  title: string;
  description: string;
  durationMinutes: number;
  closing: boolean;
  version: number;
}

function StandingFields({ item }: { item?: StandingItem }) {
  const t = useTranslations("series");
  return (
    <>
      <TextField name="title" label={t("itemTitle")} defaultValue={item?.title} required />
      <TextAreaField name="description" label={t("itemDescription")} defaultValue={item?.description} rows={2} />
      <TextField
        name="durationMinutes"
        type="number"
        min={0}
        max={1440}
        label={t("itemDuration")}
        defaultValue={item?.durationMinutes ?? 15}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="closing" defaultChecked={item?.closing ?? false} />
        {t("itemClosing")}
      </label>
    </>
  );
}

export function AddStandingItemForm({ committeeId }: { committeeId: string }) {
  const t = useTranslations("series");
  return (
    <ActionForm
      id="standing-item-add"
      action={addStandingItemAction}
      label={t("addItem")}
      successMessage={t("itemAdded")}
      className="space-y-3"
    >
      <input type="hidden" name="committeeId" value={committeeId} />
      <StandingFields />
      <SubmitButton variant="secondary">{t("addButton")}</SubmitButton>
    </ActionForm>
  );
}

/** One standing item for a manager: edit (folded), move up / down, remove (asks first). */
export function StandingItemControls({
  committeeId,
  item,
  first,
  last,
}: {
  committeeId: string;
  item: StandingItem;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("series");
  const hidden = (
    <>
      <input type="hidden" name="committeeId" value={committeeId} />
      <input type="hidden" name="standingItemId" value={item.id} />
    </>
  );
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-center gap-1">
        {(["up", "down"] as const).map((direction) => {
          const label = t(direction === "up" ? "moveUp" : "moveDown", { title: item.title });
          const disabled = direction === "up" ? first : last;
          return (
            <ActionForm
              key={direction}
              id={`standing-move-${direction}-${item.id}`}
              action={moveStandingItemAction}
              label={label}
              className="inline"
            >
              {hidden}
              <input type="hidden" name="direction" value={direction} />
              <SubmitButton variant="ghost" size="sm" aria-label={label} disabled={disabled}>
                {direction === "up" ? "↑" : "↓"}
              </SubmitButton>
            </ActionForm>
          );
        })}
        <ActionForm
          id={`standing-remove-${item.id}`}
          action={removeStandingItemAction}
          label={t("remove", { title: item.title })}
          className="inline"
        >
          {hidden}
          <input type="hidden" name="version" value={item.version} />
          <ConfirmSubmit
            trigger="×"
            triggerLabel={t("remove", { title: item.title })}
            title={t("removeConfirmTitle", { title: item.title })}
            confirmLabel={t("removeConfirm")}
          >
            {t("removeConfirmBody")}
          </ConfirmSubmit>
        </ActionForm>
      </div>
      <details>
        <summary className="cursor-pointer text-sm text-brand-700">{t("edit", { title: item.title })}</summary>
        <ActionForm
          id={`standing-edit-${item.id}`}
          action={updateStandingItemAction}
          label={t("edit", { title: item.title })}
          successMessage={t("itemSaved")}
          resetOnSuccess={false}
          className="mt-2 space-y-3"
        >
          {hidden}
          <input type="hidden" name="version" value={item.version} />
          <StandingFields item={item} />
          <SubmitButton variant="secondary" size="sm">
            {t("saveItem")}
          </SubmitButton>
        </ActionForm>
      </details>
    </div>
  );
}
