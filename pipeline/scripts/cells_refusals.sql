-- Why applications were refused: section 三, rows （三）不予公开 1–8, 总计 column,
-- summed over the annual reports that print a number there (each report once:
-- copies published on other pages are marked is_duplicate), one column per year.
WITH counted AS (
    SELECT doc_id
    FROM read_parquet(getvariable('reports') || '/**/*.parquet', hive_partitioning = true)
    WHERE is_annual_report AND NOT is_duplicate
),
refused AS (
    SELECT c.year, c.row_label AS reason, c.value
    FROM read_parquet(getvariable('cells') || '/**/*.parquet', hive_partitioning = true) c
    JOIN counted USING (doc_id)
    WHERE c.section = '三' AND c.row_key LIKE 'refused_%' AND c.col_key = 'total' AND c.status = 'number'
)
PIVOT refused ON year USING sum(value)::BIGINT GROUP BY reason ORDER BY reason;
