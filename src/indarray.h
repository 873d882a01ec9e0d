/*
 * indarray.h — one row's indicators given as a float8[] (the multivariate
 * toolkit: impute_em, the diagnostics aggregates, pca_weights).
 */
#ifndef EGOV_INDARRAY_H
#define EGOV_INDARRAY_H

#include "postgres.h"

#include "fmgr.h"

typedef struct EgovIndicators
{
	int			k;				/* number of elements */
	const float8 *x;			/* [k]; a NULL element reads as NaN */
	bool		any_null;		/* some element is NULL */
} EgovIndicators;

/*
 * Read a non-NULL float8[] datum: it must be one-dimensional and non-empty,
 * its non-NULL elements finite (22023 otherwise, naming func, the element
 * and, when pos >= 0, the window partition row pos).  x points into the
 * array when it has no NULLs, else into a copy in the current context.
 */
extern void egov_indicators_read(Datum datum, const char *func, int64 pos,
								 EgovIndicators *out);

/*
 * 22023 "<func>: the indicators array has <got> elements, the first one
 * <want>" (with the row when pos >= 0): every row must have as many.
 */
extern void egov_indicators_length_error(const char *func, int64 pos,
										 int got, int want);

/*
 * "egov.<name>" of the aggregate calling a transition or combine function
 * shared by several aggregates (cached in flinfo), or own outside one.
 */
extern const char *egov_aggregate_name(FunctionCallInfo fcinfo, const char *own);

#endif							/* EGOV_INDARRAY_H */
