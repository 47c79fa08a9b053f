-- Why applications were refused: section 三, rows （三）不予公开 1–8, 总计 column,
-- summed over the reports that print a number there, one column per year.
WITH refused AS (
    SELECT year, row_label AS reason, value
    FROM read_parquet(getvariable('cells') || '/**/*.parquet', hive_partitioning = true)
    WHERE section = '三' AND row_key LIKE 'refused_%' AND col_key = 'total' AND status = 'number'
)
PIVOT refused ON year USING sum(value)::BIGINT GROUP BY reason ORDER BY reason;
