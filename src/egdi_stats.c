/*
 * egdi_stats.c — egov.egdi_stats(egdi): count, mean, min, max and group
 * counts of EGDI scores in one pass.
 *
 * The transition state is a float8[] rather than internal so that the
 * aggregate runs in parallel without serialisation functions:
 *
 *	[0] N			 scores seen (NULLs are skipped: the transition is STRICT)
 *	[1] sum			 the sum of the scores as an unevaluated pair sum +
 *	[2] compensation compensation, |compensation| <= ulp(sum) / 2, updated
 *					 with error-free transformations (TwoSum), so the pair
 *					 is the exact sum whenever the scores' binary digits fit
 *					 in its 106 bits (every score from about 1e-7 up, at any
 *					 count; 4- or 5-decimal scores always); the mean is the
 *					 exact quotient of that pair by N, correctly rounded, so
 *					 neither row order nor a parallel plan changes it
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

/* s + e = a + b exactly (Knuth's TwoSum) */
static inline void
two_sum(float8 a, float8 b, float8 *s, float8 *e)
{
	float8		t = a + b;
	float8		bb = t - a;

	*e = (a - (t - bb)) + (b - bb);
	*s = t;
}

/*
 * Add x to the pair (*sum, *comp).  The new error term joins the old one;
 * both are multiples of the smallest unit in the scores and below an ulp of
 * the sum, so that addition is exact in the cases described above; the pair
 * is then renormalised (exactly) so that comp stays below ulp(sum) / 2.
 */
static inline void
pair_add(float8 *sum, float8 *comp, float8 x)
{
	float8		s,
				e;

	two_sum(*sum, x, &s, &e);
	two_sum(s, *comp + e, sum, comp);
}

/*
 * The sign of r + rr - h, exactly, for a pair r + rr with |rr| <= ulp(r) / 2
 * and a float8 h: when r - h is exact the sum of the two remaining terms
 * rounds to a value of the right sign; when it is not, r and h are more than
 * a factor of two apart (Sterbenz) and r - h dominates.
 */
static int
pair_cmp(float8 r, float8 rr, float8 h)
{
	float8		d,
				de,
				t;

	two_sum(r, -h, &d, &de);
	t = de == 0.0 ? d + rr : d;
	return (t > 0.0) - (t < 0.0);
}

static bool
mantissa_even(float8 x)
{
	uint64		bits;

	memcpy(&bits, &x, sizeof(bits));
	return (bits & 1) == 0;
}

/*
 * (hi + lo) / n correctly rounded (to nearest, ties to even), for a pair as
 * kept by pair_add and a count n >= 1.  q = hi / n is within an ulp of the
 * result; the remainder hi + lo - q n, exact as the pair r + rr (fma gives
 * hi - q n exactly), compared with half the distance to q's neighbours times
 * n, says whether q or a neighbour is the rounding of the exact quotient.
 */
static float8
pair_mean(float8 hi, float8 lo, float8 n)
{
	float8		q = hi / n;

	for (int step = 0; step < 4; step++)
	{
		float8		r,
					rr,
					up = nextafter(q, HUGE_VAL),
					down = nextafter(q, -HUGE_VAL);
		int			c_up,
					c_down;

		two_sum(fma(-q, n, hi), lo, &r, &rr);
		c_up = pair_cmp(r, rr, (up - q) * n * 0.5);
		c_down = pair_cmp(r, rr, (down - q) * n * 0.5);
		if (c_up > 0 || (c_up == 0 && !mantissa_even(q)))
			q = up;
		else if (c_down < 0 || (c_down == 0 && !mantissa_even(q)))
			q = down;
		else
			break;
	}
	return q;
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
	pair_add(&v[STATE_SUM], &v[STATE_COMP], egdi);
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
	pair_add(&v1[STATE_SUM], &v1[STATE_COMP], v2[STATE_SUM]);
	pair_add(&v1[STATE_SUM], &v1[STATE_COMP], v2[STATE_COMP]);
	for (i = 0; i < EGOV_NUM_LEVELS; i++)
		v1[STATE_LEVEL0 + i] += v2[STATE_LEVEL0 + i];

	PG_RETURN_ARRAYTYPE_P(state1);
}

/* the largest count a float8 holds exactly: the state counts up to it */
#define STATE_MAX_COUNT	9007199254740992.0	/* 2^53 */

static void
invalid_state(const char *what, float8 value)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("egov.egdi_stats_final: invalid state: %s %s", what,
					egov_float8_text(value)),
			 errdetail("A state is {N, sum, compensation, min, max, Low, Middle, High, Very High} "
					   "as egov.egdi_stats_accum and egov.egdi_stats_combine make it.")));
}

/*
 * The functions are callable from SQL with any float8[]: a state they did
 * not make is refused (22023) rather than turned into a wrong result.  Its
 * counts are whole numbers from 0 to 2^53 whose groups add up to N; over
 * N > 0 scores 0 <= min <= max <= 1 and the sum pair is finite, at most N,
 * and normalised (|compensation| <= ulp(sum) / 2, as pair_add keeps it);
 * over none it is 0.
 */
static void
check_state(const float8 *v)
{
	float8		n = v[STATE_N];
	float8		groups = 0;
	float8		sum = v[STATE_SUM];
	float8		comp = v[STATE_COMP];
	int			i;

	for (i = STATE_N; i < STATE_LEN; i = (i == STATE_N ? STATE_LEVEL0 : i + 1))
	{
		if (!(v[i] >= 0 && v[i] <= STATE_MAX_COUNT && v[i] == floor(v[i])))
			invalid_state(i == STATE_N ? "count" : "group count", v[i]);
		if (i != STATE_N)
			groups += v[i];
	}
	if (groups != n)
		invalid_state("group counts do not add up to the count", n);
	if (!(sum >= 0 && sum <= n))
		invalid_state("sum", sum);
	if (!(fabs(comp) <= (nextafter(sum, HUGE_VAL) - sum) / 2))
		invalid_state("compensation", comp);
	if (n > 0)
	{
		if (!(v[STATE_MIN] >= 0 && v[STATE_MIN] <= 1))
			invalid_state("min", v[STATE_MIN]);
		if (!(v[STATE_MAX] >= v[STATE_MIN] && v[STATE_MAX] <= 1))
			invalid_state("max", v[STATE_MAX]);
	}
}

/* A count of the state (checked) as the int4 of the result type */
static Datum
count_datum(float8 count)
{
	if (count > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("egov.egdi_stats: %s scores, more than the result type's %d",
						egov_float8_text(count), PG_INT32_MAX)));
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

	check_state(v);
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
		values[COL_MEAN] = Float8GetDatum(pair_mean(v[STATE_SUM], v[STATE_COMP], n));
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
