/*
 * partition_values.h — what the toolkit's window functions (pct_rank,
 * winsorise, rank_uncertainty) share besides the partition reader of
 * partition_stats.h: parameters that must be the same on every row, and the
 * toolkit's wording of the finiteness check.
 */
#ifndef EGOV_PARTITION_VALUES_H
#define EGOV_PARTITION_VALUES_H

#include "postgres.h"

#include "windowapi.h"

/*
 * An EgovValueCheck: raise 22023 unless value is finite, "<fname>: value
 * must be finite, got NaN in row N of the partition" (N 1-based).
 */
extern void egov_toolkit_check_finite(const char *fname, float8 value,
									  int64 pos);

/*
 * A parameter argument (winmax, a threshold) that must be the same on every
 * row of the partition: returns its value, raising 22023 naming fname and
 * argname if it is NULL or differs between rows.  is_float8 says whether it is
 * a float8 (compared as numbers) or an int4.
 */
extern Datum egov_partition_constant_arg(WindowObject winobj, int argno,
										 const char *fname, const char *argname,
										 bool is_float8);

#endif							/* EGOV_PARTITION_VALUES_H */
