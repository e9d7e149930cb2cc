-- AlterTable
ALTER TABLE "Brief" ADD COLUMN     "searchHead" tsvector;

-- Chinese, Japanese and Korean have no spaces between words, and a two-character word such as
-- 量子 or 반도 yields no full trigram, so pg_trgm cannot find it without scanning every row.
-- Every run of CJK/Hangul characters is therefore also indexed as overlapping bigrams in
-- "searchVector" (the 'simple' configuration, GIN-indexed): 量子计算 → 量子 子计 计算. A query
-- term becomes its bigrams (量子 & 子计 & 计算), which the index answers without reading rows.
-- pg_trgm ("searchText") stays for what bigrams cannot answer: single characters and words
-- that mix scripts (e.g. "AI芯片").
CREATE FUNCTION cjk_bigrams(input text) RETURNS text AS $$
  -- Runs are joined with a filler word so that a phrase never spans two runs: the bigram
  -- phrase of a query then matches exactly where the text contains it (the trailing filler
  -- does the same between fields).
  SELECT coalesce(string_agg(bigrams, ' x ') || ' x', '')
  FROM (
    SELECT (SELECT string_agg(substr(m[1], i, 2), ' ' ORDER BY i) FROM generate_series(1, char_length(m[1]) - 1) AS i) AS bigrams
    FROM regexp_matches(coalesce(input, ''), '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}', 'g') AS m
  ) runs
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE FUNCTION brief_search_refresh() RETURNS trigger AS $$
DECLARE
  source_text text := coalesce((SELECT string_agg(concat_ws(' ', s->>'publisher', s->>'title'), ' ') FROM jsonb_array_elements(NEW.sources) AS s), '');
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW.body, '')), 'C') ||
    setweight(to_tsvector('english', source_text), 'D') ||
    setweight(to_tsvector('simple', cjk_bigrams(NEW.title)), 'A') ||
    setweight(to_tsvector('simple', cjk_bigrams(NEW.summary)), 'B') ||
    setweight(to_tsvector('simple', cjk_bigrams(NEW.body)), 'C') ||
    setweight(to_tsvector('simple', cjk_bigrams(source_text)), 'D');
  -- What ranking reads: title and summary only, so it stays small (no TOAST fetch per row).
  NEW."searchHead" :=
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B') ||
    setweight(to_tsvector('simple', cjk_bigrams(NEW.title)), 'A') ||
    setweight(to_tsvector('simple', cjk_bigrams(NEW.summary)), 'B');
  NEW."searchText" := lower(concat_ws(' ', NEW.title, NEW.summary, NEW.body, source_text));
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

-- Re-index the briefs already there.
UPDATE "Brief" SET title = title;
