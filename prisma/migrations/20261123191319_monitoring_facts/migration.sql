-- CreateTable
CREATE TABLE "BriefFact" (
    "id" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "areaId" TEXT NOT NULL DEFAULT '',
    "firstOfCountry" BOOLEAN NOT NULL,
    "status" "BriefStatus" NOT NULL,
    "distribution" "Distribution" NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "BriefFact_pkey" PRIMARY KEY ("id","countryCode","areaId")
);

-- AddForeignKey
ALTER TABLE "BriefFact" ADD CONSTRAINT "BriefFact_id_fkey" FOREIGN KEY ("id") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep BriefFact in step with briefs and their countries and areas: after every statement
-- that changes a brief or its links, the affected briefs' rows are rebuilt (statement
-- triggers with transition tables, so a bulk insert rebuilds once, not once per row).
CREATE OR REPLACE FUNCTION brief_facts_refresh(ids text[]) RETURNS void AS $$
BEGIN
  DELETE FROM "BriefFact" WHERE "id" = ANY(ids);
  INSERT INTO "BriefFact" ("id", "countryCode", "areaId", "firstOfCountry", "status", "distribution", "workspaceId", "institutionId", "authorId", "publishedAt")
  SELECT b.id, bc."countryCode", COALESCE(ba."areaId", ''),
         row_number() OVER (PARTITION BY b.id, bc."countryCode" ORDER BY ba."areaId") = 1,
         b.status, b.distribution, b."workspaceId", b."institutionId", b."authorId", b."publishedAt"
  FROM "Brief" b
  JOIN "BriefCountry" bc ON bc."briefId" = b.id
  LEFT JOIN "BriefTechnologyArea" ba ON ba."briefId" = b.id
  WHERE b.id = ANY(ids)
  ON CONFLICT ("id", "countryCode", "areaId") DO UPDATE SET
    "firstOfCountry" = EXCLUDED."firstOfCountry", "status" = EXCLUDED."status", "distribution" = EXCLUDED."distribution",
    "workspaceId" = EXCLUDED."workspaceId", "institutionId" = EXCLUDED."institutionId", "authorId" = EXCLUDED."authorId",
    "publishedAt" = EXCLUDED."publishedAt";
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION brief_facts_from_briefs() RETURNS trigger AS $$
BEGIN
  PERFORM brief_facts_refresh(ARRAY(SELECT DISTINCT id FROM changed));
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION brief_facts_from_links() RETURNS trigger AS $$
BEGIN
  PERFORM brief_facts_refresh(ARRAY(SELECT DISTINCT "briefId" FROM changed));
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER brief_facts_brief_update AFTER UPDATE ON "Brief"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION brief_facts_from_briefs();
CREATE TRIGGER brief_facts_country_insert AFTER INSERT ON "BriefCountry"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION brief_facts_from_links();
CREATE TRIGGER brief_facts_country_delete AFTER DELETE ON "BriefCountry"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION brief_facts_from_links();
CREATE TRIGGER brief_facts_area_insert AFTER INSERT ON "BriefTechnologyArea"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION brief_facts_from_links();
CREATE TRIGGER brief_facts_area_delete AFTER DELETE ON "BriefTechnologyArea"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION brief_facts_from_links();

-- Existing briefs.
SELECT brief_facts_refresh(ARRAY(SELECT id FROM "Brief"));
