/*
 * indarray.c — reading and checking a float8[] of indicators (indarray.h).
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "nodes/primnodes.h"
#include "utils/array.h"
#include "utils/float.h"
#include "utils/lsyscache.h"

#include "egov.h"
#include "indarray.h"
#include "winpart.h"

/* a row error when pos >= 0, else the same message without the row */
#define INDICATOR_ERROR(func, pos, ...) \
	do { \
		if ((pos) >= 0) \
			winpart_row_error((func), (pos), ERRCODE_INVALID_PARAMETER_VALUE, __VA_ARGS__); \
		else \
		{ \
			char		msg_[256]; \
			snprintf(msg_, sizeof(msg_), __VA_ARGS__); \
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), \
							errmsg("%s: %s", (func), msg_))); \
		} \
	} while (0)

void
egov_indicators_read(Datum datum, const char *func, int64 pos,
					 EgovIndicators *out)
{
	ArrayType  *array = DatumGetArrayTypeP(datum);
	int			ndim = ARR_NDIM(array);

	if (ARR_ELEMTYPE(array) != FLOAT8OID)
		elog(ERROR, "%s: indicators must be float8[]", func);
	if (ndim == 0)
		INDICATOR_ERROR(func, pos, "the indicators array is empty");
	if (ndim != 1)
		INDICATOR_ERROR(func, pos,
						"indicators must be a one-dimensional array, got %d dimensions",
						ndim);
	out->k = ARR_DIMS(array)[0];
	out->any_null = array_contains_nulls(array);
	if (!out->any_null)
		/*
		 * ARR_DATA_PTR, spelt out to keep -Wsign-compare quiet; an array
		 * without NULLs may still carry a bitmap (a slice of one with NULLs)
		 */
		out->x = (const float8 *) ((char *) array +
								   (ARR_HASNULL(array) ? (Size) array->dataoffset :
									ARR_OVERHEAD_NONULLS(1)));
	else
	{
		Datum	   *elems;
		bool	   *nulls;
		float8	   *x = palloc(sizeof(float8) * out->k);
		int			n;

		deconstruct_array(array, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
						  TYPALIGN_DOUBLE, &elems, &nulls, &n);
		for (int j = 0; j < n; j++)
		{
			x[j] = nulls[j] ? get_float8_nan() : DatumGetFloat8(elems[j]);
			if (!nulls[j] && isnan(x[j]))
				INDICATOR_ERROR(func, pos, "indicator %d must be finite, got NaN",
								j + 1);
		}
		pfree(elems);
		pfree(nulls);
		out->x = x;
	}
	for (int j = 0; j < out->k; j++)
	{
		float8		v = out->x[j];

		if (isinf(v) || (isnan(v) && !out->any_null))
			INDICATOR_ERROR(func, pos, "indicator %d must be finite, got %s",
							j + 1, egov_float8_text(v));
	}
}

void
egov_indicators_length_error(const char *func, int64 pos, int got, int want)
{
	INDICATOR_ERROR(func, pos,
					"the indicators array has %d elements, the first one %d",
					got, want);
}

const char *
egov_aggregate_name(FunctionCallInfo fcinfo, const char *own)
{
	Aggref	   *aggref;

	if (fcinfo->flinfo->fn_extra)
		return (const char *) fcinfo->flinfo->fn_extra;
	aggref = AggGetAggref(fcinfo);
	if (aggref == NULL)
		return own;
	fcinfo->flinfo->fn_extra =
		MemoryContextStrdup(fcinfo->flinfo->fn_mcxt,
							psprintf("egov.%s", get_func_name(aggref->aggfnoid)));
	return (const char *) fcinfo->flinfo->fn_extra;
}

ArrayType *
egov_state_arg(FunctionCallInfo fcinfo, int argno)
{
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_GETARG_ARRAYTYPE_P(argno);
	return PG_GETARG_ARRAYTYPE_P_COPY(argno);
}

float8 *
egov_state_values(ArrayType *state, const char *caller, int min_len, int *len)
{
	if (ARR_NDIM(state) != 1 || ARR_HASNULL(state) ||
		ARR_ELEMTYPE(state) != FLOAT8OID || ARR_DIMS(state)[0] < min_len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the state must be a one-dimensional float8 array without NULLs",
						caller)));
	*len = ARR_DIMS(state)[0];
	/* no NULL bitmap, so the data follow the one-dimensional header */
	return (float8 *) ((char *) state + ARR_OVERHEAD_NONULLS(1));
}

void
egov_indicators_limit(const char *func, int k, int max)
{
	if (k > max)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: %d indicators are more than the %d supported",
						func, k, max)));
}

ArrayType *
egov_state_new(int len)
{
	Datum	   *elems = palloc(sizeof(Datum) * len);
	ArrayType  *a;

	for (int i = 0; i < len; i++)
		elems[i] = Float8GetDatum(0.0);
	a = construct_array(elems, len, FLOAT8OID, sizeof(float8),
						FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	pfree(elems);
	return a;
}

ArrayType *
egov_float8_array_nan_null(const float8 *v, int ndim, const int *dims)
{
	int			n = ndim == 2 ? dims[0] * dims[1] : dims[0];
	Datum	   *elems = palloc(sizeof(Datum) * Max(n, 1));
	bool	   *nulls = palloc(sizeof(bool) * Max(n, 1));
	int			lbs[2] = {1, 1};

	for (int i = 0; i < n; i++)
	{
		nulls[i] = isnan(v[i]);
		elems[i] = Float8GetDatum(nulls[i] ? 0.0 : v[i]);
	}
	return construct_md_array(elems, nulls, ndim, (int *) dims, lbs, FLOAT8OID,
							  sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}
