-- application_outcomes_by_year (README, "Summary definitions"): year × level
-- (the report's) over a view named `cells` of the cells dataset
-- OUTPUT/cells/year=*/*.parquet, joined with counted_reports
-- (sql/counted_reports.sql). Column 总计 (col_key = 'total') of section 三,
-- each outcome row summed. Only number cells count (status = 'number': a
-- written 0 counts, blank, /, — and 无 cells do not), and `reports` is the
-- reports with at least one such cell. Subtotals: refused, unable,
-- not_processed, and other (the other_* rows, other_handling among them).
-- DuckDB and Spark SQL.
SELECT
  t.*,
  refused_state_secret + refused_law_prohibited + refused_three_security + refused_third_party
    + refused_internal_affairs + refused_process_info + refused_enforcement_file + refused_query_matter AS refused,
  unable_not_held + unable_needs_creation + unable_unclear AS unable,
  not_processed_petition + not_processed_repeat + not_processed_publication
    + not_processed_mass_repeat + not_processed_confirm AS not_processed,
  other_handling + other_no_correction + other_no_fee + other_other AS other
FROM (
  SELECT
    r.year,
    r.level,
    CAST(count(DISTINCT c.doc_id) AS BIGINT) AS reports,
    CAST(sum(CASE WHEN c.row_key = 'granted' THEN c.value ELSE 0 END) AS BIGINT) AS granted,
    CAST(sum(CASE WHEN c.row_key = 'partial' THEN c.value ELSE 0 END) AS BIGINT) AS partial,
    CAST(sum(CASE WHEN c.row_key = 'refused_state_secret' THEN c.value ELSE 0 END) AS BIGINT)
      AS refused_state_secret,
    CAST(sum(CASE WHEN c.row_key = 'refused_law_prohibited' THEN c.value ELSE 0 END) AS BIGINT)
      AS refused_law_prohibited,
    CAST(sum(CASE WHEN c.row_key = 'refused_three_security' THEN c.value ELSE 0 END) AS BIGINT)
      AS refused_three_security,
    CAST(sum(CASE WHEN c.row_key = 'refused_third_party' THEN c.value ELSE 0 END) AS BIGINT)
      AS refused_third_party,
    CAST(sum(CASE WHEN c.row_key = 'refused_internal_affairs' THEN c.value ELSE 0 END) AS BIGINT)
      AS refused_internal_affairs,
    CAST(sum(CASE WHEN c.row_key = 'refused_process_info' THEN c.value ELSE 0 END) AS BIGINT)
      AS refused_process_info,
    CAST(sum(CASE WHEN c.row_key = 'refused_enforcement_file' THEN c.value ELSE 0 END) AS BIGINT)
      AS refused_enforcement_file,
    CAST(sum(CASE WHEN c.row_key = 'refused_query_matter' THEN c.value ELSE 0 END) AS BIGINT)
      AS refused_query_matter,
    CAST(sum(CASE WHEN c.row_key = 'unable_not_held' THEN c.value ELSE 0 END) AS BIGINT)
      AS unable_not_held,
    CAST(sum(CASE WHEN c.row_key = 'unable_needs_creation' THEN c.value ELSE 0 END) AS BIGINT)
      AS unable_needs_creation,
    CAST(sum(CASE WHEN c.row_key = 'unable_unclear' THEN c.value ELSE 0 END) AS BIGINT)
      AS unable_unclear,
    CAST(sum(CASE WHEN c.row_key = 'not_processed_petition' THEN c.value ELSE 0 END) AS BIGINT)
      AS not_processed_petition,
    CAST(sum(CASE WHEN c.row_key = 'not_processed_repeat' THEN c.value ELSE 0 END) AS BIGINT)
      AS not_processed_repeat,
    CAST(sum(CASE WHEN c.row_key = 'not_processed_publication' THEN c.value ELSE 0 END) AS BIGINT)
      AS not_processed_publication,
    CAST(sum(CASE WHEN c.row_key = 'not_processed_mass_repeat' THEN c.value ELSE 0 END) AS BIGINT)
      AS not_processed_mass_repeat,
    CAST(sum(CASE WHEN c.row_key = 'not_processed_confirm' THEN c.value ELSE 0 END) AS BIGINT)
      AS not_processed_confirm,
    CAST(sum(CASE WHEN c.row_key = 'other_handling' THEN c.value ELSE 0 END) AS BIGINT)
      AS other_handling,
    CAST(sum(CASE WHEN c.row_key = 'other_no_correction' THEN c.value ELSE 0 END) AS BIGINT)
      AS other_no_correction,
    CAST(sum(CASE WHEN c.row_key = 'other_no_fee' THEN c.value ELSE 0 END) AS BIGINT)
      AS other_no_fee,
    CAST(sum(CASE WHEN c.row_key = 'other_other' THEN c.value ELSE 0 END) AS BIGINT) AS other_other,
    CAST(sum(CASE WHEN c.row_key = 'total_handled' THEN c.value ELSE 0 END) AS BIGINT)
      AS total_handled
  FROM cells c
  JOIN counted_reports r ON c.doc_id = r.doc_id
  WHERE c.section = '三' AND c.table = 'applications' AND c.col_key = 'total'
    AND c.status = 'number'
  GROUP BY r.year, r.level
) t
ORDER BY year NULLS LAST, level NULLS LAST
