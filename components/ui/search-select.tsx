"use client";
// A searchable single choice from a long list (time zones): type any part of an option
// ("new york", "seoul") to narrow it, choose with Enter or a click. It submits the chosen
// option's value under `name` with the surrounding form, like a <select>.
import { useTranslations } from "next-intl";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { normalizeForSearch, type SearchableOption } from "./option-search";

const matches = (text: string, query: string) => normalizeForSearch(text).includes(normalizeForSearch(query));

export function SearchSelect({
  name,
  label,
  hint,
  errors = [],
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: readonly SearchableOption[];
  defaultValue?: string | null;
}) {
  const t = useTranslations("ui");
  return (
    <ComboBox
      name={name}
      formValue="key"
      defaultValue={defaultValue ?? null}
      defaultItems={options}
      defaultFilter={matches}
      menuTrigger="focus"
      isInvalid={errors.length > 0}
      className="space-y-1"
    >
      <Label className="block text-sm font-medium text-slate-800">{label}</Label>
      <div className="flex rounded-md border border-slate-300 bg-white shadow-sm focus-within:border-brand-600 focus-within:ring-1 focus-within:ring-brand-600 has-[[aria-invalid=true]]:border-red-500">
        <Input placeholder={t("typeToSearch")} className="min-w-0 flex-1 rounded-l-md px-3 py-2 text-sm outline-none" />
        <Button className="rounded-r-md border-l border-slate-200 px-2 text-slate-600 hover:bg-slate-100">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {hint && (
        <Text slot="description" className="block text-xs text-slate-500">
          {hint}
        </Text>
      )}
      {errors.map((e) => (
        <Text key={e} slot="errorMessage" className="block text-sm text-red-700">
          {e}
        </Text>
      ))}
      <Popover className="max-h-72 w-(--trigger-width) overflow-auto rounded-md border border-slate-200 bg-white shadow-lg">
        <ListBox
          className="py-1 text-sm outline-none"
          renderEmptyState={() => <p className="px-3 py-2 text-slate-500">{t("noMatches")}</p>}
        >
          {(option: SearchableOption) => (
            <ListBoxItem
              id={option.value}
              textValue={option.label}
              className="cursor-default px-3 py-1.5 outline-none data-focused:bg-brand-50 data-selected:font-medium"
            >
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
