-- timeliness_judged (README, "Summary definitions", "Deadlines"): every
-- counted report (sql/counted_reports.sql) with `days_late`, its publish
-- date minus its deadline in days (on time when <= 0), NULL when it is not
-- judged. Read by the two publication_timeliness files. DuckDB and Spark SQL.
--
-- The view `deadlines` is OUTPUT/reference/publication_deadlines.csv, the
-- rules the run used (every column a string, empty fields NULL): a rule
-- covers year_from..year_to (either open), a level (NULL: every level) and a
-- province (NULL: every province), and its deadline is MM-DD of the year
-- after the report's year. The most specific rule that covers a report wins
-- (province and level 3, province 2, level 1, neither 0; the aggregate stage
-- refuses two rules of one level and province over the same years).
-- Not judged: no year, no publish_date, no rule, a level that is unknown in
-- a year where a level's own rule applies, and a publish_date after 31
-- December of year + 3 (publish_date_implausible).
CREATE OR REPLACE TEMPORARY VIEW timeliness_rules AS
SELECT
  CAST(year_from AS INT) AS year_from,
  CAST(year_to AS INT) AS year_to,
  level AS rule_level,
  province AS rule_province,
  CAST(substr(deadline, 1, 2) AS INT) AS deadline_month,
  CAST(substr(deadline, 4, 2) AS INT) AS deadline_day,
  CASE WHEN province IS NULL THEN 0 ELSE 2 END
    + CASE WHEN level IS NULL THEN 0 ELSE 1 END AS specificity
FROM deadlines;

CREATE OR REPLACE TEMPORARY VIEW timeliness_judged AS
WITH covering AS (
  -- Every rule that covers a report's year and province.
  SELECT c.doc_id, c.level AS report_level, d.rule_level, d.deadline_month,
         d.deadline_day, d.specificity,
         c.level IS NULL AND d.rule_level IS NOT NULL AS level_decides
  FROM counted_reports c
  JOIN timeliness_rules d
    ON c.year >= coalesce(d.year_from, c.year)
   AND c.year <= coalesce(d.year_to, c.year)
   AND (d.rule_province IS NULL OR d.rule_province = c.province)
),
picked AS (
  SELECT doc_id, deadline_month, deadline_day,
         row_number() OVER (PARTITION BY doc_id ORDER BY specificity DESC) AS pick
  FROM covering
  WHERE rule_level IS NULL OR rule_level = report_level
),
undecided AS (
  SELECT DISTINCT doc_id FROM covering WHERE level_decides
)
SELECT
  c.year, c.level, c.province,
  CASE
    WHEN u.doc_id IS NOT NULL OR p.doc_id IS NULL OR c.publish_date IS NULL THEN NULL
    WHEN c.publish_date > make_date(c.year + 3, 12, 31) THEN NULL
    ELSE CAST(c.publish_date - make_date(c.year + 1, p.deadline_month, p.deadline_day) AS BIGINT)
  END AS days_late
FROM counted_reports c
LEFT JOIN picked p ON p.doc_id = c.doc_id AND p.pick = 1
LEFT JOIN undecided u ON u.doc_id = c.doc_id
