-- AlterEnum
ALTER TYPE "CommitteeKind" ADD VALUE 'IMPLEMENTATION_COMMITTEE';

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "delegatedFromDecisionId" TEXT,
ADD COLUMN     "reportingCommitteeId" TEXT;

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "parentId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_delegatedFromDecisionId_key" ON "AgendaItem"("delegatedFromDecisionId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_reportingCommitteeId_key" ON "AgendaItem"("reportingCommitteeId");

-- CreateIndex
CREATE INDEX "Committee_parentId_idx" ON "Committee"("parentId");

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_delegatedFromDecisionId_fkey" FOREIGN KEY ("delegatedFromDecisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_reportingCommitteeId_fkey" FOREIGN KEY ("reportingCommitteeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Two tracks (issue 12, item 4): sub-committees are one level deep and live in their parent's
-- workspace. The app checks this (lib/committees/subcommittee-rules.ts); the database holds
-- the same rule for every other path. Triggers and CHECKs are outside what schema.prisma describes.
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_parent_not_self" CHECK ("parentId" IS NULL OR "parentId" <> id);

CREATE OR REPLACE FUNCTION committee_parent_rule() RETURNS trigger AS $$
BEGIN
  IF NEW."parentId" IS NOT NULL THEN
    IF NOT EXISTS (
      SELECT 1 FROM "Committee" p
      WHERE p.id = NEW."parentId" AND p."parentId" IS NULL AND p."workspaceId" = NEW."workspaceId"
    ) THEN
      RAISE EXCEPTION 'a sub-committee''s parent must be a committee of the same workspace that is not itself a sub-committee'
        USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM "Committee" c WHERE c."parentId" = NEW.id) THEN
      RAISE EXCEPTION 'a committee with sub-committees cannot become a sub-committee' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."workspaceId" <> OLD."workspaceId"
     AND EXISTS (SELECT 1 FROM "Committee" c WHERE c."parentId" = NEW.id) THEN
    RAISE EXCEPTION 'a committee with sub-committees keeps their workspace' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER committee_parent_rule BEFORE INSERT OR UPDATE OF "parentId", "workspaceId" ON "Committee"
  FOR EACH ROW EXECUTE FUNCTION committee_parent_rule();
