// The contacts of the reader's institution (people without an account who join its
// delegations): a paginated list, and a form to add one.
import { getTranslations } from "next-intl/server";
import { NewContactForm } from "@/components/delegations/contact-form";
import { ContactRow } from "@/components/delegations/contact-row-actions";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { MoreLink } from "@/components/ui/text-link";
import { listContacts } from "@/lib/delegations/service";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";

export default async function ContactsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requireUser();
  const cursor = cursorSchema.parse((await searchParams).cursor);
  const t = await getTranslations("delegations");
  const page = user.institutionId ? await listContacts(user, cursor) : { items: [], nextCursor: null };
  const columns = [
    t("name"),
    t("organisationAndTitle"),
    t("email"),
    t("language"),
    t("contacts.seats"),
    { label: t("actions"), srOnly: true },
  ];
  return (
    <>
      <PageHeader title={t("contacts.title")} description={t("contacts.intro")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card>
            <Table caption={t("contacts.title")} columns={columns} empty={t("contacts.empty")}>
              {page.items.map((c) => (
                <ContactRow key={c.id} contact={c} columns={columns.length} />
              ))}
            </Table>
            {page.nextCursor && <MoreLink href={`/contacts?cursor=${page.nextCursor}`}>{t("contacts.more")}</MoreLink>}
          </Card>
        </div>
        {user.institutionId && (
          <Card title={t("contacts.new")}>
            <NewContactForm />
          </Card>
        )}
      </div>
    </>
  );
}
