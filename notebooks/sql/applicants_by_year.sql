-- applicants_by_year (README, "Summary definitions"): year × level (the
-- report's) over a view named `cells` of the cells dataset, joined with
-- counted_reports (sql/counted_reports.sql). The cells of row 一、本年新收
-- (row_key = 'new_received') of section 三 by applicant, number cells only
-- (status = 'number'). organisations = the five kinds of organisation
-- summed, natural_person_share = natural persons / (natural persons +
-- organisations), empty when that is 0. DuckDB and Spark SQL.
SELECT
  year, level, reports,
  natural_person, commercial, research, social_welfare, legal_service, other_org, total,
  organisations,
  CAST(natural_person AS DOUBLE) / NULLIF(natural_person + organisations, 0) AS natural_person_share
FROM (
  SELECT
    t.*,
    commercial + research + social_welfare + legal_service + other_org AS organisations
  FROM (
    SELECT
      r.year,
      r.level,
      CAST(count(DISTINCT c.doc_id) AS BIGINT) AS reports,
    CAST(sum(CASE WHEN c.col_key = 'natural_person' THEN c.value ELSE 0 END) AS BIGINT)
      AS natural_person,
    CAST(sum(CASE WHEN c.col_key = 'commercial' THEN c.value ELSE 0 END) AS BIGINT) AS commercial,
    CAST(sum(CASE WHEN c.col_key = 'research' THEN c.value ELSE 0 END) AS BIGINT) AS research,
    CAST(sum(CASE WHEN c.col_key = 'social_welfare' THEN c.value ELSE 0 END) AS BIGINT)
      AS social_welfare,
    CAST(sum(CASE WHEN c.col_key = 'legal_service' THEN c.value ELSE 0 END) AS BIGINT)
      AS legal_service,
    CAST(sum(CASE WHEN c.col_key = 'other_org' THEN c.value ELSE 0 END) AS BIGINT) AS other_org,
    CAST(sum(CASE WHEN c.col_key = 'total' THEN c.value ELSE 0 END) AS BIGINT) AS total
    FROM cells c
    JOIN counted_reports r ON c.doc_id = r.doc_id
    WHERE c.section = '三' AND c.table = 'applications' AND c.row_key = 'new_received'
      AND c.status = 'number'
    GROUP BY r.year, r.level
  ) t
) u
ORDER BY year NULLS LAST, level NULLS LAST
