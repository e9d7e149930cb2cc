"use client";
// A searchable multiple choice: type to filter (by label or keywords), choose with Enter or a
// click, and each choice shows as a chip that can be removed (Delete/Backspace, or its ×). It
// submits with the surrounding form as one hidden input per value, exactly as a
// <select multiple name=…> would, so server actions read it unchanged.
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import {
  Button,
  ComboBox,
  Input,
  type Key,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
} from "react-aria-components";
import { type SearchableOption, searchOptions } from "./option-search";

export function MultiSelect({
  name,
  label,
  hint,
  errors = [],
  options,
  defaultValue = [],
  value,
  onChange,
}: {
  /** The form field name; leave out when the caller submits the value itself. */
  name?: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: readonly SearchableOption[];
  defaultValue?: readonly string[];
  /** Controlled use: the chosen values, and what to do when they change. */
  value?: readonly string[];
  onChange?: (values: string[]) => void;
}) {
  const t = useTranslations("ui");
  const [own, setOwn] = useState<readonly string[]>(defaultValue);
  const chosen = value ?? own;
  // A stable array: React Aria treats a new one as a new selection on every render.
  const keys = useMemo(() => [...chosen], [chosen]);
  const [query, setQuery] = useState("");
  const items = useMemo(() => searchOptions(options, query), [options, query]);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const choose = (next: string[]) => {
    if (value === undefined) setOwn(next);
    onChange?.(next);
  };
  return (
    <div className="space-y-1">
      <ComboBox
        selectionMode="multiple"
        value={keys}
        onChange={(keys: Key[]) => {
          choose(keys.map(String));
          // Emptied in the same event, so the next keystroke is never lost to a later reset.
          setQuery("");
        }}
        // Filtered here, by label and keywords, best match first.
        items={items}
        inputValue={query}
        onInputChange={setQuery}
        isInvalid={errors.length > 0}
        allowsEmptyCollection
        className="space-y-1"
      >
        <Label className="block text-sm font-medium text-slate-800">{label}</Label>
        <div className="flex rounded-md border border-slate-300 bg-white shadow-sm focus-within:border-brand-600 focus-within:ring-1 focus-within:ring-brand-600 has-[[aria-invalid=true]]:border-red-500">
          <Input
            placeholder={t("typeToSearch")}
            className="min-w-0 flex-1 rounded-l-md px-3 py-2 text-sm outline-none"
          />
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
                className="flex cursor-default items-center gap-2 px-3 py-1.5 outline-none data-focused:bg-brand-50 data-selected:font-medium"
              >
                {({ isSelected }) => (
                  <>
                    <span aria-hidden="true" className="w-4 text-brand-700">
                      {isSelected ? "✓" : ""}
                    </span>
                    {option.label}
                  </>
                )}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {chosen.length > 0 && (
        <TagGroup aria-label={t("chosen", { label })} onRemove={(keys) => choose(chosen.filter((v) => !keys.has(v)))}>
          <TagList className="flex flex-wrap gap-1.5 pt-1">
            {chosen.map((v) => {
              const text = byValue.get(v)?.label ?? v;
              return (
                <Tag
                  key={v}
                  id={v}
                  textValue={text}
                  className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm text-brand-800 outline-none data-focus-visible:ring-2 data-focus-visible:ring-brand-600"
                >
                  {text}
                  <Button
                    slot="remove"
                    aria-label={t("remove", { label: text })}
                    className="rounded-full px-1.5 leading-5 hover:bg-brand-100"
                  >
                    ×
                  </Button>
                </Tag>
              );
            })}
          </TagList>
        </TagGroup>
      )}
      {name && chosen.map((v) => <input key={v} type="hidden" name={name} value={v} />)}
    </div>
  );
}
