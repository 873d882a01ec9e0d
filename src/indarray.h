/*
 * indarray.h — one row's indicators given as a float8[] (the multivariate
 * toolkit: impute_em, the diagnostics aggregates, pca_weights).
 */
#ifndef EGOV_INDARRAY_H
#define EGOV_INDARRAY_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/array.h"

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

/*
 * The float8[] transition states of the multivariate aggregates, shared so
 * that every one checks a hand-made state the same way.
 *
 * egov_state_arg: argument argno, to be updated in place only when called
 * as an aggregate (as float8_accum does); egov_state_values: its elements
 * after checking that it is a one-dimensional float8 array without NULLs of
 * at least min_len elements (22023 naming caller), *len their number;
 * egov_state_new: a zero state of len elements.
 */
extern ArrayType *egov_state_arg(FunctionCallInfo fcinfo, int argno);
extern float8 *egov_state_values(ArrayType *state, const char *caller,
								 int min_len, int *len);
extern ArrayType *egov_state_new(int len);

/* 54000 "<func>: <k> indicators are more than the <max> supported" */
extern void egov_indicators_limit(const char *func, int k, int max);

/*
 * A float8 array of ndim (1 or 2) dimensions dims[] from v, NaN elements
 * as NULL.
 */
extern ArrayType *egov_float8_array_nan_null(const float8 *v, int ndim,
											 const int *dims);

#endif							/* EGOV_INDARRAY_H */
