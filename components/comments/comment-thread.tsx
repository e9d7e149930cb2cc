// A comment thread as every record shows it (briefs, follow-ups, agenda items): oldest first,
// each with its author, institution and time, its Markdown body, and an anchor a notification
// links to (highlighted when it is the link's target). The form goes below (`children`).
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Markdown } from "@/components/markdown";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";

export interface ThreadComment {
  id: string;
  body: string;
  createdAt: Date;
  author: { name: string; institution: { shortName: string } | null };
}

export async function CommentThread({
  comments,
  earlierHref,
  children,
}: {
  comments: ThreadComment[];
  /** Where "show earlier comments" leads, when there are earlier ones. */
  earlierHref?: string | null;
  children?: ReactNode;
}) {
  const t = await getTranslations("comments");
  return (
    <div id="comments" className="scroll-mt-4">
      <Card title={t("title")}>
        {earlierHref && (
          <p className="mb-3 text-sm">
            <TextLink href={earlierHref}>{t("earlier")}</TextLink>
          </p>
        )}
        {comments.length ? (
          <ul className="space-y-4" aria-label={t("title")}>
            {comments.map((c) => (
              <li
                key={c.id}
                id={`comment-${c.id}`}
                className="scroll-mt-4 rounded border-b border-slate-100 pb-3 last:border-0 target:bg-amber-50"
              >
                <p className="text-xs text-slate-500">
                  <span className="font-medium text-slate-800">{c.author.name}</span> ·{" "}
                  {c.author.institution?.shortName} · <DateTime value={c.createdAt} />
                </p>
                <Markdown className="mt-1 text-sm">{c.body}</Markdown>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("none")}</p>
        )}
        {children && <div className="mt-4 border-t border-slate-100 pt-4">{children}</div>}
      </Card>
    </div>
  );
}
