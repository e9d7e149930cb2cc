"use client";
// The follow-up board: a column per status. Dragging a card (or choosing "Move to", for the
// keyboard) changes its status at once through a TanStack Query optimistic update; if the
// server refuses (a stale version, DONE without a final update, no right to move it), the
// card goes back and the reason is shown.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useServerMessage } from "@/components/forms/messages";
import { BOARD_KEY, usePollInterval } from "@/components/shell/live-updates";
import { Badge } from "@/components/ui/card";
import { SelectOptions } from "@/components/ui/select-options";
import { TextLink } from "@/components/ui/text-link";
import { setFollowUpStatusAction } from "@/lib/followups/actions";
import type { BoardCard } from "@/lib/followups/board";

const COLUMNS = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const;
type Status = (typeof COLUMNS)[number];

export function FollowUpBoard({ initialCards, query }: { initialCards: BoardCard[]; query: string }) {
  const t = useTranslations("followUps");
  const tc = useTranslations("committees");
  const message = useServerMessage();
  const client = useQueryClient();
  const key = [...BOARD_KEY, query];
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);

  const { data: cards = [] } = useQuery({
    queryKey: key,
    queryFn: async (): Promise<BoardCard[]> => {
      const response = await fetch(`/api/follow-ups/board${query ? `?${query}` : ""}`);
      if (!response.ok) throw new Error("unexpected");
      return response.json();
    },
    initialData: initialCards,
    // Live updates refetch it when a follow-up changes (components/shell/live-updates.tsx).
    refetchInterval: usePollInterval(),
  });

  const move = useMutation({
    mutationFn: async ({ card, status }: { card: BoardCard; status: Status }) => {
      const data = new FormData();
      data.set("followUpId", card.id);
      data.set("version", String(card.version));
      data.set("status", status);
      const result = await setFollowUpStatusAction({ status: "idle" }, data);
      if (result.status === "ok") return result.data;
      throw new Error(result.status === "error" ? result.error : "unexpected");
    },
    onMutate: async ({ card, status }) => {
      setNotice(null);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<BoardCard[]>(key);
      client.setQueryData<BoardCard[]>(key, (old = []) => old.map((c) => (c.id === card.id ? { ...c, status } : c)));
      return { previous };
    },
    onError: (error, { card }, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
      setNotice(`${card.title}: ${message(error.message)}`);
    },
    onSuccess: (result, { card }) => {
      client.setQueryData<BoardCard[]>(key, (old = []) =>
        old.map((c) => (c.id === card.id ? { ...c, status: result.status, version: result.version } : c)),
      );
      setNotice(t("moved", { title: card.title, status: t(`statuses.${result.status}`) }));
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });

  const drop = (status: Status) => {
    const card = cards.find((c) => c.id === dragging);
    setDragging(null);
    if (card && card.status !== status) move.mutate({ card, status });
  };

  return (
    <div>
      <p role="status" aria-live="polite" className="mb-3 min-h-6 text-sm text-slate-700">
        {notice}
      </p>
      <div className="grid gap-3 md:grid-cols-5">
        {COLUMNS.map((status) => {
          const column = cards.filter((c) => c.status === status);
          return (
            <section
              key={status}
              aria-label={t(`statuses.${status}`)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                drop(status);
              }}
              className="min-h-40 rounded-lg border border-slate-200 bg-slate-100 p-2"
            >
              <h2 className="mb-2 flex items-center justify-between px-1 text-sm font-semibold">
                {t(`statuses.${status}`)} <span className="text-xs font-normal text-slate-500">{column.length}</span>
              </h2>
              <ul className="space-y-2">
                {column.map((card) => (
                  <li
                    key={card.id}
                    draggable={card.canMove}
                    onDragStart={() => setDragging(card.id)}
                    className={`rounded-md border bg-white p-2 text-sm shadow-sm ${card.health === "OVERDUE" ? "border-red-300" : "border-slate-200"} ${card.canMove ? "cursor-grab" : ""}`}
                    data-testid={`card-${card.id}`}
                  >
                    <TextLink href={`/follow-ups/${card.id}`} className="font-medium">
                      {card.title}
                    </TextLink>
                    <p className="text-xs text-slate-500">{card.committee}</p>
                    <p className="mt-1 flex flex-wrap items-center gap-1 text-xs">
                      <span>{card.dueDate}</span>
                      {(card.health === "OVERDUE" || card.health === "AT_RISK") && (
                        <Badge tone={card.health === "OVERDUE" ? "red" : "amber"}>{tc(`health.${card.health}`)}</Badge>
                      )}
                      <span>{card.progress}%</span>
                    </p>
                    {card.canMove && (
                      <label className="mt-1 block text-xs">
                        <span className="sr-only">{t("moveTo", { title: card.title })}</span>
                        <select
                          aria-label={t("moveTo", { title: card.title })}
                          value={card.status}
                          onChange={(e) => move.mutate({ card, status: e.target.value as Status })}
                          className="mt-1 w-full rounded border border-slate-300 px-1 py-0.5"
                        >
                          <SelectOptions options={COLUMNS.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
                        </select>
                      </label>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
