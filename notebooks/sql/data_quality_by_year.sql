-- data_quality_by_year (README, "Summary definitions"): one row per year
-- over the views `reports` (every report row, not only counted ones) and
-- `rejects` (OUTPUT/rejects.csv, every column a string). The row with an
-- empty year holds what has no year: reports whose year is unknown and every
-- reject (a reject has no year, so that row exists even with no rejects).
-- Reject reasons are the codes of the pipeline (REJECT_REASONS in
-- pipeline/aggregate/src/lib.rs), any other code counts in rejects_other.
-- reports_arith_checked / reports_arith_failing: counted reports with an
-- arith_ok result / with arith_ok = false (the CSV leaves both empty for a
-- dataset without an arith_ok column, where this file fails).
-- publish_date_implausible: counted reports published after 31 December of
-- year + 3 (left out of the timeliness summaries).
-- null_share_<field>: the share of counted reports not stating the field,
-- empty for a year without counted reports. DuckDB and Spark SQL.
SELECT
  year,
  CAST(sum(documents) AS BIGINT) AS documents,
  CAST(coalesce(sum(rejects), 0) AS BIGINT) AS rejects,
  CAST(coalesce(sum(rejects_empty), 0) AS BIGINT) AS rejects_empty,
  CAST(coalesce(sum(rejects_binary), 0) AS BIGINT) AS rejects_binary,
  CAST(coalesce(sum(rejects_undecodable), 0) AS BIGINT) AS rejects_undecodable,
  CAST(coalesce(sum(rejects_too_large), 0) AS BIGINT) AS rejects_too_large,
  CAST(coalesce(sum(rejects_unreadable), 0) AS BIGINT) AS rejects_unreadable,
  CAST(coalesce(sum(rejects_internal_error), 0) AS BIGINT) AS rejects_internal_error,
  CAST(coalesce(sum(rejects_unsupported_format), 0) AS BIGINT) AS rejects_unsupported_format,
  CAST(coalesce(sum(rejects_docx_malformed), 0) AS BIGINT) AS rejects_docx_malformed,
  CAST(coalesce(sum(rejects_pdf_malformed), 0) AS BIGINT) AS rejects_pdf_malformed,
  CAST(coalesce(sum(rejects_pdf_encrypted), 0) AS BIGINT) AS rejects_pdf_encrypted,
  CAST(coalesce(sum(rejects_pdf_no_text), 0) AS BIGINT) AS rejects_pdf_no_text,
  CAST(coalesce(sum(rejects_other), 0) AS BIGINT) AS rejects_other,
  CAST(coalesce(sum(annual_reports), 0) AS BIGINT) AS annual_reports,
  CAST(coalesce(sum(duplicates), 0) AS BIGINT) AS duplicates,
  CAST(coalesce(sum(counted_reports), 0) AS BIGINT) AS counted_reports,
  CAST(coalesce(sum(publish_date_implausible), 0) AS BIGINT) AS publish_date_implausible,
  max(reports_arith_checked) AS reports_arith_checked,
  max(reports_arith_failing) AS reports_arith_failing,
  max(null_share_proactive_total) AS null_share_proactive_total,
  max(null_share_apps_new) AS null_share_apps_new,
  max(null_share_apps_carried_over) AS null_share_apps_carried_over,
  max(null_share_apps_granted) AS null_share_apps_granted,
  max(null_share_apps_partial) AS null_share_apps_partial,
  max(null_share_apps_total_handled) AS null_share_apps_total_handled,
  max(null_share_apps_carried_next) AS null_share_apps_carried_next,
  max(null_share_apps_natural_person_new) AS null_share_apps_natural_person_new,
  max(null_share_review_total) AS null_share_review_total,
  max(null_share_litigation_total) AS null_share_litigation_total,
  max(null_share_fees_collected) AS null_share_fees_collected
FROM (
  SELECT
    year,
    CAST(count(*) AS BIGINT) AS documents,
    CAST(NULL AS BIGINT) AS rejects,
    CAST(NULL AS BIGINT) AS rejects_empty,
    CAST(NULL AS BIGINT) AS rejects_binary,
    CAST(NULL AS BIGINT) AS rejects_undecodable,
    CAST(NULL AS BIGINT) AS rejects_too_large,
    CAST(NULL AS BIGINT) AS rejects_unreadable,
    CAST(NULL AS BIGINT) AS rejects_internal_error,
    CAST(NULL AS BIGINT) AS rejects_unsupported_format,
    CAST(NULL AS BIGINT) AS rejects_docx_malformed,
    CAST(NULL AS BIGINT) AS rejects_pdf_malformed,
    CAST(NULL AS BIGINT) AS rejects_pdf_encrypted,
    CAST(NULL AS BIGINT) AS rejects_pdf_no_text,
    CAST(NULL AS BIGINT) AS rejects_other,
    CAST(sum(CASE WHEN is_annual_report THEN 1 ELSE 0 END) AS BIGINT) AS annual_reports,
    CAST(sum(CASE WHEN is_duplicate THEN 1 ELSE 0 END) AS BIGINT) AS duplicates,
    CAST(sum(counted) AS BIGINT) AS counted_reports,
    CAST(sum(CASE WHEN counted = 1 AND publish_date > make_date(year + 3, 12, 31) THEN 1 ELSE 0 END)
      AS BIGINT) AS publish_date_implausible,
    CAST(sum(CASE WHEN counted = 1 AND arith_ok IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT)
      AS reports_arith_checked,
    CAST(sum(CASE WHEN counted = 1 AND NOT arith_ok THEN 1 ELSE 0 END) AS BIGINT)
      AS reports_arith_failing,
    CAST(sum(CASE WHEN counted = 1 AND proactive_total IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_proactive_total,
    CAST(sum(CASE WHEN counted = 1 AND apps_new IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_apps_new,
    CAST(sum(CASE WHEN counted = 1 AND apps_carried_over IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_apps_carried_over,
    CAST(sum(CASE WHEN counted = 1 AND apps_granted IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_apps_granted,
    CAST(sum(CASE WHEN counted = 1 AND apps_partial IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_apps_partial,
    CAST(sum(CASE WHEN counted = 1 AND apps_total_handled IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_apps_total_handled,
    CAST(sum(CASE WHEN counted = 1 AND apps_carried_next IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_apps_carried_next,
    CAST(sum(CASE WHEN counted = 1 AND apps_natural_person_new IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_apps_natural_person_new,
    CAST(sum(CASE WHEN counted = 1 AND review_total IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_review_total,
    CAST(sum(CASE WHEN counted = 1 AND litigation_total IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_litigation_total,
    CAST(sum(CASE WHEN counted = 1 AND fees_collected IS NULL THEN 1 ELSE 0 END) AS DOUBLE)
      / NULLIF(sum(counted), 0) AS null_share_fees_collected
  FROM (
    SELECT r.*, CASE WHEN is_annual_report AND NOT is_duplicate THEN 1 ELSE 0 END AS counted
    FROM reports r
  ) r
  GROUP BY year
  UNION ALL
  SELECT
    CAST(NULL AS INT) AS year,
    CAST(count(*) AS BIGINT) AS documents,
    CAST(count(*) AS BIGINT) AS rejects,
    CAST(sum(CASE WHEN reason_code = 'empty' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_empty,
    CAST(sum(CASE WHEN reason_code = 'binary' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_binary,
    CAST(sum(CASE WHEN reason_code = 'undecodable' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_undecodable,
    CAST(sum(CASE WHEN reason_code = 'too_large' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_too_large,
    CAST(sum(CASE WHEN reason_code = 'unreadable' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_unreadable,
    CAST(sum(CASE WHEN reason_code = 'internal_error' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_internal_error,
    CAST(sum(CASE WHEN reason_code = 'unsupported_format' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_unsupported_format,
    CAST(sum(CASE WHEN reason_code = 'docx_malformed' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_docx_malformed,
    CAST(sum(CASE WHEN reason_code = 'pdf_malformed' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_pdf_malformed,
    CAST(sum(CASE WHEN reason_code = 'pdf_encrypted' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_pdf_encrypted,
    CAST(sum(CASE WHEN reason_code = 'pdf_no_text' THEN 1 ELSE 0 END) AS BIGINT) AS rejects_pdf_no_text,
    CAST(sum(CASE WHEN reason_code NOT IN ('empty', 'binary', 'undecodable', 'too_large', 'unreadable', 'internal_error',
                                           'unsupported_format', 'docx_malformed', 'pdf_malformed', 'pdf_encrypted',
                                           'pdf_no_text')
                  THEN 1 ELSE 0 END) AS BIGINT) AS rejects_other,
    CAST(NULL AS BIGINT) AS annual_reports,
    CAST(NULL AS BIGINT) AS duplicates,
    CAST(NULL AS BIGINT) AS counted_reports,
    CAST(NULL AS BIGINT) AS publish_date_implausible,
    CAST(NULL AS BIGINT) AS reports_arith_checked,
    CAST(NULL AS BIGINT) AS reports_arith_failing,
    CAST(NULL AS DOUBLE) AS null_share_proactive_total,
    CAST(NULL AS DOUBLE) AS null_share_apps_new,
    CAST(NULL AS DOUBLE) AS null_share_apps_carried_over,
    CAST(NULL AS DOUBLE) AS null_share_apps_granted,
    CAST(NULL AS DOUBLE) AS null_share_apps_partial,
    CAST(NULL AS DOUBLE) AS null_share_apps_total_handled,
    CAST(NULL AS DOUBLE) AS null_share_apps_carried_next,
    CAST(NULL AS DOUBLE) AS null_share_apps_natural_person_new,
    CAST(NULL AS DOUBLE) AS null_share_review_total,
    CAST(NULL AS DOUBLE) AS null_share_litigation_total,
    CAST(NULL AS DOUBLE) AS null_share_fees_collected
  FROM rejects
) t
GROUP BY year
ORDER BY year NULLS LAST
