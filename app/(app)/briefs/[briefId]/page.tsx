import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import {
  CommentForm,
  PublishButton,
  RemoveAttachmentButton,
  ReturnForm,
  SubmitForReviewButton,
  UploadAttachmentForm,
  WatchButton,
} from "@/components/briefs/brief-actions";
import { StatusBadge, TlpBadge } from "@/components/briefs/brief-badges";
import { CommentThread } from "@/components/comments/comment-thread";
import { Markdown } from "@/components/markdown";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { listComments, mentionCandidates } from "@/lib/briefs/comments";
import { getBrief } from "@/lib/briefs/service";
import { countryName } from "@/lib/reference/country-names";
import { areaName } from "@/lib/reference/technology-areas";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";
import { isWatching } from "@/lib/watches/service";

export default async function BriefPage({ params }: { params: Promise<{ briefId: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const { briefId } = await params;
  const brief = await orNotFound(getBrief(user, briefId));
  const [comments, candidates, watching] = await Promise.all([
    listComments(user, brief.id),
    brief.can.comment ? mentionCandidates(user, brief.id) : [],
    isWatching(user, "BRIEF", brief.id),
  ]);
  const t = await getTranslations("briefs");
  const v = await getTranslations("vocab");
  const format = await getFormatter();
  const isAuthor = brief.authorId === user.id;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <TlpBadge distribution={brief.distribution} />
          <StatusBadge status={brief.status} />
          <Badge>{v(`category.${brief.category}`)}</Badge>
        </div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{brief.title}</h1>
        <p className="text-sm text-slate-600">
          {t("by", { author: brief.author.name, institution: brief.institution.shortName })}
          {" · "}
          {brief.workspace.name}
          {brief.publishedAt &&
            ` · ${t("publishedOn", { date: format.dateTime(brief.publishedAt, { dateStyle: "long" }) })}`}
        </p>
        <div className="flex flex-wrap gap-2 text-sm">
          {brief.countries.map((c) => (
            <Link
              key={c.countryCode}
              href={`/countries/${c.countryCode}`}
              className="rounded bg-slate-100 px-2 py-0.5 text-slate-800 hover:bg-slate-200"
            >
              {countryName(c.countryCode, locale)}
            </Link>
          ))}
          {brief.areas.map((a) => (
            <Link
              key={a.area.id}
              href={`/briefs?area=${a.area.key}`}
              className="rounded bg-brand-50 px-2 py-0.5 text-brand-800 hover:bg-brand-100"
            >
              {areaName(a.area, locale)}
            </Link>
          ))}
        </div>
        {brief.distribution === "RESTRICTED" && (
          <p className="text-sm text-slate-600">
            {t("recipientsList", { names: brief.recipients.map((r) => r.user.name).join(", ") || "—" })}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-2 pt-2">
          {brief.can.edit && (
            <Link href={`/briefs/${brief.id}/edit`} className={buttonClass("secondary")}>
              {t("edit")}
            </Link>
          )}
          <Link href={`/briefs/${brief.id}/history`} className={buttonClass("secondary")}>
            {t("history")}
          </Link>
          <WatchButton
            target="BRIEF"
            targetKey={brief.id}
            watching={watching}
            label={t("watch")}
            unlabel={t("unwatch")}
          />
        </div>
      </header>

      {(brief.status === "DRAFT" || brief.status === "IN_REVIEW") && (
        <Card>
          {brief.status === "DRAFT" && brief.reviewComment && (
            <div className="mb-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
              <p className="font-medium">{t("returned", { name: brief.reviewedBy?.name ?? "" })}</p>
              <p className="mt-1 whitespace-pre-wrap">{brief.reviewComment}</p>
            </div>
          )}
          {brief.status === "DRAFT" && isAuthor && <p className="mb-3 text-sm text-slate-700">{t("draftNote")}</p>}
          {brief.status === "IN_REVIEW" && <p className="mb-3 text-sm text-slate-700">{t("inReviewNote")}</p>}
          <div className="flex flex-wrap items-start gap-4">
            {brief.can.submit && <SubmitForReviewButton briefId={brief.id} version={brief.version} />}
            {brief.can.review && <PublishButton briefId={brief.id} version={brief.version} />}
          </div>
          {brief.can.review && (
            <div className="mt-4 max-w-xl">
              <ReturnForm briefId={brief.id} version={brief.version} />
            </div>
          )}
        </Card>
      )}

      {brief.summary && <p className="text-lg text-slate-800">{brief.summary}</p>}
      <Card>
        <Markdown>{brief.body}</Markdown>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("sources")}>
          {brief.sources.length ? (
            <ol className="list-decimal space-y-1 pl-5 text-sm">
              {brief.sources.map((s, i) => (
                <li key={i}>
                  {s.publisher}, “
                  <TextLink href={s.url} kind="external">
                    {s.title}
                  </TextLink>
                  ”{s.date && `, ${s.date}`}
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-600">{t("noSources")}</p>
          )}
        </Card>
        <Card title={t("attachments")}>
          {brief.attachments.length ? (
            <ul className="space-y-1 text-sm">
              {brief.attachments.map((a) => (
                <li key={a.id} className="flex items-center gap-2">
                  <TextLink href={`/api/attachments/${a.id}`} kind="file">
                    {a.fileName}
                  </TextLink>
                  <span className="text-xs text-slate-500">
                    {format.number(a.size / 1024, { maximumFractionDigits: 0 })} KB
                  </span>
                  {brief.can.edit && (
                    <RemoveAttachmentButton briefId={brief.id} attachmentId={a.id} name={a.fileName} />
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{t("noAttachments")}</p>
          )}
          {brief.can.edit && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <UploadAttachmentForm briefId={brief.id} />
            </div>
          )}
        </Card>
      </div>

      <CommentThread comments={comments}>
        {brief.can.comment && (
          <CommentForm briefId={brief.id} names={candidates.filter((c) => c.id !== user.id).map((c) => c.name)} />
        )}
      </CommentThread>
    </article>
  );
}
