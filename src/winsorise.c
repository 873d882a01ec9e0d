/*
 * winsorise.c — COINr's outlier treatment by winsorising, as window functions.
 *
 * egov.winsorise(x, winmax, skew_thresh, kurt_thresh) OVER w returns x after
 * the partition has been treated; egov.winsorise_report(...) OVER w returns,
 * on every row, what the treatment did to the partition (points moved on each
 * side, skewness and kurtosis before and after, whether it now passes), so
 * that nothing changes silently.
 *
 * The rule is COINr's winsorise() with check_SkewKurt() (R/treat.R):
 *
 *   a variable fails when |skew| >= skew_thresh AND kurt >= kurt_thresh
 *   (defaults 2 and 3.5), where skew is the sample skewness G1 and kurt the
 *   sample excess kurtosis G2 (e1071 type 2, Excel's SKEW and KURT);
 *
 *   while it fails and fewer than winmax points (default 5, both sides
 *   counted together, as COINr counts) have been moved: if skew >= 0 every
 *   point at the maximum takes the largest value below it, else every point
 *   at the minimum takes the smallest value above it.
 *
 * A step moves every point tied at the extreme, so it may take the count
 * past winmax (COINr does the same).  With fewer than four values (kurtosis
 * undefined) or with all values equal nothing is treated and the report's
 * statistics and verdict are NULL.
 *
 * egov.treat(x, winmax, skew_thresh, kurt_thresh, fallback, lambda) OVER w is
 * COINr's Treat(): the winsorised x, unless winsorising left the partition
 * failing (passes = false), in which case the fallback transforms the
 * original values instead: 'log_CT' (COINr's default f2) log(x - min + 0.01
 * (max - min)), 'log_CT_orig' log(x - min + 1), 'boxcox' COINr's boxcox()
 * with makepos, ((x - min + 1)^lambda - 1) / lambda (log(x - min + 1) for
 * lambda 0), or 'none' (the winsorised x).
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/float.h"
#include "windowapi.h"

#include "egov.h"
#include "numerics.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_winsorise);
PG_FUNCTION_INFO_V1(egov_winsorise_report);
PG_FUNCTION_INFO_V1(egov_treat);

typedef struct SkewKurt
{
	bool		defined;		/* n >= 4 and not all values equal */
	float8		skew;			/* G1 */
	float8		kurt;			/* G2, excess */
} SkewKurt;

typedef struct WinsoriseState
{
	bool		computed;
	WinpartColumn pv;		/* values are winsorised in place */
	int32		moved_low;
	int32		moved_high;
	SkewKurt	before;
	SkewKurt	after;
	bool		passes;
	/* egov.treat: the fallback's values when it applies, else NULL */
	float8	   *fallback;
	int			fallback_kind;	/* TreatFallback, read from ... */
	int64		fallback_row;	/* ... this row */
	float8		lambda;			/* 'boxcox' only; NaN: NULL */
} WinsoriseState;

/*
 * e1071::skewness / kurtosis type 2 over the non-NULL values, from central
 * moments computed so that they are shift- and scale-invariant and cannot
 * overflow:
 *
 * - the mean comes from EgovMoments (exact sums, values scaled by a power of
 *   two below their largest magnitude, the rounding of the mean corrected),
 *   so adding a constant to every value does not change the deviations
 *   beyond their own rounding;
 * - the deviations are scaled again by a power of two just above the largest
 *   of them (exact), so |d| < 1 and d^4 can neither overflow (a finite
 *   outlier of 1e300 among small values) nor vanish (1e15 + small integers);
 * - the power sums are exact sums, so the row order changes nothing.
 *
 * A partition without two distinct values has no skewness: that is decided
 * on the values themselves (min == max), never on a rounded variance, so ten
 * equal values are "not defined" even when their mean is not exact.
 */
static SkewKurt
skew_kurt(const WinpartColumn *pv)
{
	SkewKurt	sk = {false, 0.0, 0.0};
	float8		n = (float8) pv->valid;
	EgovMoments m;
	EgovExactSum s2,
				s3,
				s4;
	float8		maxdev = 0.0,
				m2,
				m3,
				m4,
				g1,
				g2;
	int			dscale = 0;
	int64		i;

	if (pv->valid < 4)
		return sk;

	egov_moments_of(&m, pv->values, pv->rows);
	if (m.min == m.max)
		return sk;				/* constant: skewness is undefined */

	for (i = 0; i < pv->rows; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (!winpart_isnull(pv->values[i]))
			maxdev = Max(maxdev, fabs(egov_moments_deviation(&m, pv->values[i])));
	}
	if (!(maxdev > 0.0))
		return sk;				/* spread below float8 resolution */
	(void) frexp(maxdev, &dscale);	/* maxdev < 2^dscale */

	memset(&s2, 0, sizeof(s2));
	memset(&s3, 0, sizeof(s3));
	memset(&s4, 0, sizeof(s4));
	for (i = 0; i < pv->rows; i++)
	{
		float8		d,
					d2;

		CHECK_FOR_INTERRUPTS();
		if (winpart_isnull(pv->values[i]))
			continue;
		d = ldexp(egov_moments_deviation(&m, pv->values[i]), -dscale);
		d2 = d * d;
		egov_exact_sum_add(&s2, d2);
		egov_exact_sum_add(&s3, d2 * d);
		egov_exact_sum_add(&s4, d2 * d2);
	}
	m2 = egov_exact_sum_value(&s2, 0);
	m3 = egov_exact_sum_value(&s3, 0);
	m4 = egov_exact_sum_value(&s4, 0);
	/* the largest |d| is at least 1/2 here, so m2 >= 1/4 */
	if (!(m2 > 0.0))
		return sk;

	g1 = sqrt(n) * m3 / (m2 * sqrt(m2));
	g2 = n * m4 / (m2 * m2);
	sk.defined = true;
	sk.skew = g1 * sqrt(n * (n - 1)) / (n - 2);
	sk.kurt = ((n + 1) * (g2 - 3) + 6) * (n - 1) / ((n - 2) * (n - 3));
	return sk;
}

static bool
fails(const SkewKurt *sk, float8 skew_thresh, float8 kurt_thresh)
{
	return sk->defined && fabs(sk->skew) >= skew_thresh && sk->kurt >= kurt_thresh;
}

/*
 * Move every point at the high (or low) extreme to the next value inward;
 * moved[] marks the points changed so far, and the number newly marked on
 * this side is added to *count.  Returns false, changing nothing, when there
 * is no value inward (fewer than two distinct values); otherwise the
 * partition holds one distinct value fewer afterwards.
 */
static bool
winsorise_step(WinpartColumn *pv, bool *moved, bool high, int32 *count)
{
	float8		extreme = 0.0,
				inward = 0.0;
	bool		have_extreme = false,
				have_inward = false;
	int64		i;

	for (i = 0; i < pv->rows; i++)
	{
		float8		v = pv->values[i];

		CHECK_FOR_INTERRUPTS();
		if (winpart_isnull(v))
			continue;
		if (!have_extreme || (high ? v > extreme : v < extreme))
		{
			if (have_extreme)
			{
				inward = extreme;
				have_inward = true;
			}
			extreme = v;
			have_extreme = true;
		}
		else if (v != extreme && (!have_inward || (high ? v > inward : v < inward)))
		{
			inward = v;
			have_inward = true;
		}
	}
	if (!have_inward)
		return false;

	for (i = 0; i < pv->rows; i++)
	{
		CHECK_FOR_INTERRUPTS();
		/* a NULL (NaN) is never equal to the extreme */
		if (pv->values[i] != extreme)
			continue;
		pv->values[i] = inward;
		if (!moved[i])
		{
			moved[i] = true;
			(*count)++;
		}
	}
	return true;
}

static WinsoriseState *
winsorise_partition(FunctionCallInfo fcinfo, const char *fname)
{
	static const WinpartParam params[] = {
		{1, "winmax", false},
		{2, "skew_thresh", true},
		{3, "kurt_thresh", true},
	};
	WindowObject winobj = PG_WINDOW_OBJECT();
	Datum		param_values[lengthof(params)];
	WinsoriseState *state;
	int32		winmax;
	float8		skew_thresh,
				kurt_thresh;
	bool	   *moved;
	SkewKurt	sk;
	int64		steps;

	state = (WinsoriseState *) WinGetPartitionLocalMemory(winobj, sizeof(WinsoriseState));
	if (state->computed)
		return state;

	winpart_const_args(fcinfo, winobj, fname, lengthof(params), params,
					   param_values);
	winmax = DatumGetInt32(param_values[0]);
	skew_thresh = DatumGetFloat8(param_values[1]);
	kurt_thresh = DatumGetFloat8(param_values[2]);
	if (winmax < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: winmax must not be negative, got %d", fname, winmax)));
	if (!(skew_thresh >= 0.0) || isinf(skew_thresh))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: skew_thresh must be a finite number >= 0, got %s",
						fname, egov_float8_text(skew_thresh))));
	if (isnan(kurt_thresh) || isinf(kurt_thresh))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: kurt_thresh must be a finite number, got %s",
						fname, egov_float8_text(kurt_thresh))));

	winpart_read_column(winobj, fname, 0, "input", winpart_check_finite,
						winpart_context(state), &state->pv);

	moved = palloc0(Max(state->pv.rows, 1) * sizeof(bool));
	sk = skew_kurt(&state->pv);
	state->before = sk;

	/*
	 * Bound: every step merges the extreme value into the next one, so the
	 * partition loses one distinct value per step, and a failing partition
	 * has at least two; hence at most valid - 1 steps, whatever the
	 * thresholds.  A step that moves nothing ends the loop as well.
	 */
	for (steps = 0; steps < state->pv.valid; steps++)
	{
		bool		stepped;

		CHECK_FOR_INTERRUPTS();
		if (!fails(&sk, skew_thresh, kurt_thresh) ||
			(int64) state->moved_low + state->moved_high >= winmax)
			break;
		if (sk.skew >= 0)
			stepped = winsorise_step(&state->pv, moved, true, &state->moved_high);
		else
			stepped = winsorise_step(&state->pv, moved, false, &state->moved_low);
		if (!stepped)
			break;
		sk = skew_kurt(&state->pv);
	}
	state->after = sk;
	state->passes = !fails(&sk, skew_thresh, kurt_thresh);
	pfree(moved);

	state->computed = true;
	return state;
}

Datum
egov_winsorise(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	WinsoriseState *state = winsorise_partition(fcinfo, "egov.winsorise");
	float8		x = state->pv.values[WinGetCurrentPosition(winobj)];

	if (winpart_isnull(x))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(x);
}

Datum
egov_winsorise_report(PG_FUNCTION_ARGS)
{
	WinsoriseState *state = winsorise_partition(fcinfo, "egov.winsorise_report");
	TupleDesc	tupdesc;
	Datum		values[8];
	bool		nulls[8] = {false, false, false, false, false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "egov.winsorise_report: return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);

	values[0] = Int64GetDatum(state->pv.valid);
	values[1] = Int32GetDatum(state->moved_low);
	values[2] = Int32GetDatum(state->moved_high);
	values[3] = Float8GetDatum(state->before.skew);
	values[4] = Float8GetDatum(state->before.kurt);
	nulls[3] = nulls[4] = !state->before.defined;
	values[5] = Float8GetDatum(state->after.skew);
	values[6] = Float8GetDatum(state->after.kurt);
	nulls[5] = nulls[6] = !state->after.defined;
	values[7] = BoolGetDatum(state->passes);
	nulls[7] = !state->after.defined;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ---------- egov.treat: winsorising, then COINr's log or Box-Cox fallback ---------- */

typedef enum TreatFallback
{
	TREAT_LOG_CT = 1,			/* 0: not read yet */
	TREAT_LOG_CT_ORIG,
	TREAT_BOXCOX,
	TREAT_NONE
} TreatFallback;

/* indexed by TreatFallback */
static const char *const treat_fallback_names[] = {NULL, "log_CT", "log_CT_orig", "boxcox", "none"};

#define ARG_LAMBDA	5

static TreatFallback
treat_fallback(WindowObject winobj, int64 pos)
{
	return (TreatFallback) (TREAT_LOG_CT +
							winpart_name_arg(winobj, "egov.treat", 4, "fallback",
											 treat_fallback_names + TREAT_LOG_CT,
											 lengthof(treat_fallback_names) - TREAT_LOG_CT,
											 "The fallbacks are 'log_CT', 'log_CT_orig', 'boxcox' (with lambda) and 'none'.",
											 pos));
}

/*
 * lambda of row pos: NaN for NULL.  Given only with 'boxcox', which needs
 * it; finite; the same on every row (22023 otherwise).
 */
static float8
treat_lambda(WindowObject winobj, TreatFallback kind, int64 pos)
{
	bool		isnull;
	Datum		d = WinGetFuncArgCurrent(winobj, ARG_LAMBDA, &isnull);
	float8		lambda = isnull ? get_float8_nan() : DatumGetFloat8(d);

	if (kind == TREAT_BOXCOX && isnull)
		winpart_row_error("egov.treat", pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "fallback 'boxcox' needs lambda");
	if (kind != TREAT_BOXCOX && !isnull)
		winpart_row_error("egov.treat", pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "lambda applies only to fallback 'boxcox', got fallback '%s'",
						  treat_fallback_names[kind]);
	if (!isnull)
		winpart_check_finite("egov.treat", "lambda", lambda, pos);
	return lambda;
}

/*
 * The fallback on the original values, into partition memory: log(x - min
 * + a), a = 0.01 (max - min) or 1, computed on halves (plus log 2) when max -
 * min overflows; or Box-Cox of y = x - min + 1, (y^lambda - 1) / lambda as
 * expm1(lambda log y) / lambda (exact where y^lambda is near 1), whose
 * overflow is 22003 naming the value.
 */
static void
treat_fallback_values(WindowObject winobj, WinsoriseState *state, TreatFallback kind,
					  float8 lambda)
{
	WinpartColumn orig;
	float8		min = 0.0,
				max = 0.0;
	bool		seen = false,
				halved;

	winpart_read_column(winobj, "egov.treat", 0, "input", winpart_check_finite,
						winpart_context(state), &orig);
	for (int64 i = 0; i < orig.rows; i++)
	{
		float8		v = orig.values[i];

		if (winpart_isnull(v))
			continue;
		if (!seen || v < min)
			min = v;
		if (!seen || v > max)
			max = v;
		seen = true;
	}
	halved = isinf(max - min);
	for (int64 i = 0; i < orig.rows; i++)
	{
		float8		v = orig.values[i];
		float8		h = halved ? 0.5 : 1.0;
		float8		a = kind == TREAT_LOG_CT ? 0.01 * (max * h - min * h) : h;

		CHECK_FOR_INTERRUPTS();
		if (winpart_isnull(v))
			continue;
		if (kind == TREAT_BOXCOX)
		{
			float8		logy = log(v - min + 1.0);	/* inf where v - min overflows */
			float8		t = lambda == 0.0 ? logy : expm1(lambda * logy) / lambda;

			if (isinf(t))
				winpart_row_error("egov.treat", i, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE,
								  "Box-Cox with lambda %s of input %s overflows (minimum %s)",
								  egov_float8_text(lambda), egov_float8_text(v),
								  egov_float8_text(min));
			orig.values[i] = t;
			continue;
		}
		orig.values[i] = log(v * h - min * h + a) + (halved ? M_LN2 : 0.0);
	}
	state->fallback = orig.values;
}

/*
 * egov.treat(x, winmax, skew_thresh, kurt_thresh, fallback, lambda) OVER w:
 * see the file header.  fallback and lambda must be the same on every row.
 */
Datum
egov_treat(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	int64		pos = WinGetCurrentPosition(winobj);
	TreatFallback kind = treat_fallback(winobj, pos);
	float8		lambda = treat_lambda(winobj, kind, pos);
	WinsoriseState *state = winsorise_partition(fcinfo, "egov.treat");
	float8		x;

	if (state->fallback_kind == 0)
	{
		state->fallback_kind = kind;
		state->fallback_row = pos;
		state->lambda = lambda;
		if (kind != TREAT_NONE && state->after.defined && !state->passes)
			treat_fallback_values(winobj, state, kind, lambda);
	}
	else if (kind != (TreatFallback) state->fallback_kind)
		winpart_param_differs("egov.treat", "fallback",
							  state->fallback_row, treat_fallback_names[state->fallback_kind],
							  pos, treat_fallback_names[kind]);
	else if (kind == TREAT_BOXCOX && lambda != state->lambda)
		winpart_param_differs("egov.treat", "lambda",
							  state->fallback_row, egov_float8_text(state->lambda),
							  pos, egov_float8_text(lambda));

	x = state->fallback ? state->fallback[pos] : state->pv.values[pos];
	if (winpart_isnull(x))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(x);
}
