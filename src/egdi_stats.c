/*
 * egdi_stats.c — egov.egdi_stats(egdi): count, mean, min, max and group
 * counts of EGDI scores in one pass.
 *
 * The transition state is a float8[] rather than internal so that the
 * aggregate runs in parallel without serialisation functions:
 *
 *	[0] N			 scores seen (NULLs are skipped: the transition is STRICT)
 *	[1] sum			 running sum of the scores ...
 *	[2] compensation ... and the rounding error it lost (Neumaier), so the
 *					 mean is that of the exact sum, whatever the order in
 *					 which rows or partial states arrive
 *	[3] min, [4] max (meaningless while N = 0)
 *	[5..8]			 counts per group, indexed by EgovLevel (Low first)
 *
 * Like float8_accum, the transition and combine functions update the state
 * in place when called as an aggregate, and work on a copy otherwise.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"

#include "egov.h"

#define STATE_N			0
#define STATE_SUM		1
#define STATE_COMP		2
#define STATE_MIN		3
#define STATE_MAX		4
#define STATE_LEVEL0	5
#define STATE_LEN		(STATE_LEVEL0 + EGOV_NUM_LEVELS)

/* the columns of the composite type egov.egdi_stats */
enum
{
	COL_COUNTRIES,
	COL_MEAN,
	COL_MIN,
	COL_MAX,
	COL_VERY_HIGH,
	COL_HIGH,
	COL_MIDDLE,
	COL_LOW,
	NUM_COLS
};

PG_FUNCTION_INFO_V1(egov_egdi_stats_accum);
PG_FUNCTION_INFO_V1(egov_egdi_stats_combine);
PG_FUNCTION_INFO_V1(egov_egdi_stats_final);

/*
 * The state's values, after checking its shape: the functions are callable
 * from SQL with any float8[], which must raise an error, not read past it.
 */
static float8 *
state_values(ArrayType *state, const char *caller)
{
	if (ARR_NDIM(state) != 1 ||
		ARR_DIMS(state)[0] != STATE_LEN ||
		ARR_HASNULL(state) ||
		ARR_ELEMTYPE(state) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the state must be a one-dimensional float8 array of %d non-null elements",
						caller, STATE_LEN)));
	/* no NULL bitmap, so the data follow the one-dimensional header */
	return (float8 *) ((char *) state + ARR_OVERHEAD_NONULLS(1));
}

/* The state argument argno, to be updated in place only as an aggregate. */
static ArrayType *
state_arg(FunctionCallInfo fcinfo, int argno)
{
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_GETARG_ARRAYTYPE_P(argno);
	return PG_GETARG_ARRAYTYPE_P_COPY(argno);
}

/* Add x to sum, keeping the lost low-order part in *comp (Neumaier). */
static inline void
compensated_add(float8 *sum, float8 *comp, float8 x)
{
	float8		t = *sum + x;

	if (fabs(*sum) >= fabs(x))
		*comp += (*sum - t) + x;
	else
		*comp += (x - t) + *sum;
	*sum = t;
}

/* egov.egdi_stats_accum(state, egdi) */
Datum
egov_egdi_stats_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *state = state_arg(fcinfo, 0);
	float8		egdi = PG_GETARG_FLOAT8(1);
	float8	   *v = state_values(state, "egov.egdi_stats_accum");

	egov_check_unit_interval("EGDI", egdi);

	if (v[STATE_N] == 0 || egdi < v[STATE_MIN])
		v[STATE_MIN] = egdi;
	if (v[STATE_N] == 0 || egdi > v[STATE_MAX])
		v[STATE_MAX] = egdi;
	v[STATE_N] += 1;
	compensated_add(&v[STATE_SUM], &v[STATE_COMP], egdi);
	v[STATE_LEVEL0 + egov_level_of(egdi)] += 1;

	PG_RETURN_ARRAYTYPE_P(state);
}

/* egov.egdi_stats_combine(state1, state2): merge two partial states */
Datum
egov_egdi_stats_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *state1 = state_arg(fcinfo, 0);
	ArrayType  *state2 = PG_GETARG_ARRAYTYPE_P(1);
	float8	   *v1 = state_values(state1, "egov.egdi_stats_combine");
	float8	   *v2 = state_values(state2, "egov.egdi_stats_combine");
	int			i;

	if (v2[STATE_N] == 0)
		PG_RETURN_ARRAYTYPE_P(state1);

	if (v1[STATE_N] == 0 || v2[STATE_MIN] < v1[STATE_MIN])
		v1[STATE_MIN] = v2[STATE_MIN];
	if (v1[STATE_N] == 0 || v2[STATE_MAX] > v1[STATE_MAX])
		v1[STATE_MAX] = v2[STATE_MAX];
	v1[STATE_N] += v2[STATE_N];
	compensated_add(&v1[STATE_SUM], &v1[STATE_COMP], v2[STATE_SUM]);
	v1[STATE_COMP] += v2[STATE_COMP];
	for (i = 0; i < EGOV_NUM_LEVELS; i++)
		v1[STATE_LEVEL0 + i] += v2[STATE_LEVEL0 + i];

	PG_RETURN_ARRAYTYPE_P(state1);
}

/* A count from the state as int4; a hand-made state may hold anything. */
static Datum
count_datum(float8 count)
{
	if (!(count >= 0 && count <= PG_INT32_MAX && count == floor(count)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov.egdi_stats_final: invalid count %s in the state",
						egov_float8_text(count)),
				 errdetail("Counts are whole numbers from 0 to 2147483647.")));
	return Int32GetDatum((int32) count);
}

/*
 * egov.egdi_stats_final(state) — the composite egov.egdi_stats.  With no
 * scores, countries and the group counts are 0 and mean, min, max are NULL,
 * as count(*) and avg/min/max give over no rows.
 */
Datum
egov_egdi_stats_final(PG_FUNCTION_ARGS)
{
	ArrayType  *state = PG_GETARG_ARRAYTYPE_P(0);
	float8	   *v = state_values(state, "egov.egdi_stats_final");
	TupleDesc	tupdesc;
	Datum		values[NUM_COLS];
	bool		nulls[NUM_COLS] = {false};
	float8		n = v[STATE_N];

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "egov.egdi_stats_final must return a composite type");
	tupdesc = BlessTupleDesc(tupdesc);

	values[COL_COUNTRIES] = count_datum(n);
	values[COL_VERY_HIGH] = count_datum(v[STATE_LEVEL0 + EGOV_LEVEL_VERY_HIGH]);
	values[COL_HIGH] = count_datum(v[STATE_LEVEL0 + EGOV_LEVEL_HIGH]);
	values[COL_MIDDLE] = count_datum(v[STATE_LEVEL0 + EGOV_LEVEL_MIDDLE]);
	values[COL_LOW] = count_datum(v[STATE_LEVEL0 + EGOV_LEVEL_LOW]);
	if (n > 0)
	{
		values[COL_MEAN] = Float8GetDatum((v[STATE_SUM] + v[STATE_COMP]) / n);
		values[COL_MIN] = Float8GetDatum(v[STATE_MIN]);
		values[COL_MAX] = Float8GetDatum(v[STATE_MAX]);
	}
	else
	{
		values[COL_MEAN] = values[COL_MIN] = values[COL_MAX] = (Datum) 0;
		nulls[COL_MEAN] = nulls[COL_MIN] = nulls[COL_MAX] = true;
	}

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
