/*
 * missing.c — egov.missing_counts(indicators): how many values of each
 * indicator are NULL, i.e. what imputation fills (COINr's data-availability
 * step, get_data_avail, by indicator).  The state is a float8[] so that the
 * aggregate runs in parallel:
 *
 *	[0] k		indicators (0 until a non-NULL array is seen)
 *	[1] rows	NULL arrays (missing in every indicator)
 *	[2 .. 2+k)	NULL elements of each indicator
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"

#include "indarray.h"

PG_FUNCTION_INFO_V1(egov_missing_accum);
PG_FUNCTION_INFO_V1(egov_missing_combine);
PG_FUNCTION_INFO_V1(egov_missing_final);

#define MISSING_MAX_K	1000000

static float8 *
missing_of(ArrayType *state, const char *caller, int *k)
{
	int			len;
	float8	   *v = egov_state_values(state, caller, 2, &len);

	if (!(v[0] >= 0 && v[0] <= MISSING_MAX_K && v[0] == floor(v[0])) ||
		len != 2 + (int) v[0])
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: invalid state of %d elements", caller, len),
				 errdetail("A state is {k, rows, then the NULLs of each indicator}.")));
	*k = (int) v[0];
	return v;
}

/* a copy of the state v (k = 0) with room for k indicators */
static ArrayType *
missing_widen(const float8 *v, int k)
{
	ArrayType  *state = egov_state_new(2 + k);
	int			len;
	float8	   *w = egov_state_values(state, "egov.missing_counts", 2, &len);

	w[0] = (float8) k;
	w[1] = v[1];
	return state;
}

/* egov.missing_accum(state, indicators) */
Datum
egov_missing_accum(PG_FUNCTION_ARGS)
{
	const char *func = "egov.missing_counts";
	ArrayType  *state = egov_state_arg(fcinfo, 0);
	EgovIndicators row;
	float8	   *v;
	int			k;

	v = missing_of(state, func, &k);
	egov_indicators_read(PG_GETARG_DATUM(1), func, -1, &row);
	if (k == 0)
	{
		egov_indicators_limit(func, row.k, MISSING_MAX_K);
		state = missing_widen(v, row.k);
		v = missing_of(state, func, &k);
	}
	else if (row.k != k)
		egov_indicators_length_error(func, -1, row.k, k);
	v[1] += 1;
	if (row.any_null)
		for (int j = 0; j < k; j++)
			if (isnan(row.x[j]))
				v[2 + j] += 1;
	PG_RETURN_ARRAYTYPE_P(state);
}

Datum
egov_missing_combine(PG_FUNCTION_ARGS)
{
	const char *func = "egov.missing_counts";
	ArrayType  *state1 = egov_state_arg(fcinfo, 0);
	ArrayType  *state2 = PG_GETARG_ARRAYTYPE_P(1);
	float8	   *a,
			   *b;
	int			ka,
				kb;

	a = missing_of(state1, func, &ka);
	b = missing_of(state2, func, &kb);
	if (ka == 0 && kb > 0)
	{
		state1 = missing_widen(a, kb);
		a = missing_of(state1, func, &ka);
	}
	else if (kb > 0 && ka != kb)
		egov_indicators_length_error(func, -1, kb, ka);
	a[1] += b[1];
	for (int j = 0; j < kb; j++)
		a[2 + j] += b[2 + j];
	PG_RETURN_ARRAYTYPE_P(state1);
}

/*
 * egov.missing_final(state): bigint[] of the NULLs of each indicator; NULL
 * when no array was seen (no rows, or only NULL arrays).
 */
Datum
egov_missing_final(PG_FUNCTION_ARGS)
{
	int			k;
	float8	   *v = missing_of(PG_GETARG_ARRAYTYPE_P(0), "egov.missing_counts", &k);
	Datum	   *elems;

	if (k == 0)
		PG_RETURN_NULL();
	elems = palloc(sizeof(Datum) * k);
	for (int j = 0; j < k; j++)
		elems[j] = Int64GetDatum((int64) v[2 + j]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, k, INT8OID, sizeof(int64),
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
