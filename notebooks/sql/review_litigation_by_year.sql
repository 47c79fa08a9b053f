-- review_litigation_by_year (README, "Summary definitions"): year × level
-- (the report's) × group over a view named `cells` of the cells dataset,
-- joined with counted_reports (sql/counted_reports.sql). Section 四, number
-- cells only (status = 'number'). group is the row: review (行政复议),
-- litigation_direct (未经复议直接起诉), litigation_after_review (复议后起诉).
-- correction_rate = corrected / (upheld + corrected + other), the concluded
-- cases, empty when that is 0. The column `group` is named only after AS
-- (GROUP is a keyword), rows are ordered by grp. DuckDB and Spark SQL.
SELECT
  year, level, grp AS group, reports,
  upheld, corrected, other, pending, total,
  CAST(corrected AS DOUBLE) / NULLIF(upheld + corrected + other, 0) AS correction_rate
FROM (
  SELECT
    r.year,
    r.level,
    c.row_key AS grp,
    CAST(count(DISTINCT c.doc_id) AS BIGINT) AS reports,
    CAST(sum(CASE WHEN c.col_key = 'upheld' THEN c.value ELSE 0 END) AS BIGINT) AS upheld,
    CAST(sum(CASE WHEN c.col_key = 'corrected' THEN c.value ELSE 0 END) AS BIGINT) AS corrected,
    CAST(sum(CASE WHEN c.col_key = 'other' THEN c.value ELSE 0 END) AS BIGINT) AS other,
    CAST(sum(CASE WHEN c.col_key = 'pending' THEN c.value ELSE 0 END) AS BIGINT) AS pending,
    CAST(sum(CASE WHEN c.col_key = 'total' THEN c.value ELSE 0 END) AS BIGINT) AS total
  FROM cells c
  JOIN counted_reports r ON c.doc_id = r.doc_id
  WHERE c.section = '四' AND c.table = 'review'
    AND c.row_key IN ('review', 'litigation_direct', 'litigation_after_review')
    AND c.status = 'number'
  GROUP BY r.year, r.level, c.row_key
) t
ORDER BY year NULLS LAST, level NULLS LAST, grp NULLS LAST
