//! The report templates as data: rows, aliases, columns, arithmetic.
