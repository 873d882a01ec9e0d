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
 * statistics and verdict are NULL.  COINr's Treat() would go on to
 * log-transform a variable that still fails; egov leaves that to the user,
 * who sees passes = false.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "funcapi.h"
#include "windowapi.h"

#include "egov.h"
#include "partition_stats.h"
#include "partition_values.h"

PG_FUNCTION_INFO_V1(egov_winsorise);
PG_FUNCTION_INFO_V1(egov_winsorise_report);

typedef struct SkewKurt
{
	bool		defined;		/* n >= 4 and not all values equal */
	float8		skew;			/* G1 */
	float8		kurt;			/* G2, excess */
} SkewKurt;

typedef struct WinsoriseState
{
	bool		computed;
	EgovPartitionValues pv;		/* values are winsorised in place */
	int32		moved_low;
	int32		moved_high;
	SkewKurt	before;
	SkewKurt	after;
	bool		passes;
} WinsoriseState;

/* e1071::skewness / kurtosis type 2 over the non-NULL values */
static SkewKurt
skew_kurt(const EgovPartitionValues *pv)
{
	SkewKurt	sk = {false, 0.0, 0.0};
	float8		n = (float8) pv->valid;
	float8		mean = 0.0,
				m2 = 0.0,
				m3 = 0.0,
				m4 = 0.0,
				g1,
				g2;
	int64		i;

	if (pv->valid < 4)
		return sk;
	for (i = 0; i < pv->rows; i++)
		if (!egov_value_isnull(pv->values[i]))
			mean += pv->values[i];
	mean /= n;
	for (i = 0; i < pv->rows; i++)
	{
		float8		d,
					d2;

		if (egov_value_isnull(pv->values[i]))
			continue;
		d = pv->values[i] - mean;
		d2 = d * d;
		m2 += d2;
		m3 += d2 * d;
		m4 += d2 * d2;
	}
	if (!(m2 > 0.0))
		return sk;

	g1 = sqrt(n) * m3 / pow(m2, 1.5);
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
 * this side is added to *count.
 */
static void
winsorise_step(EgovPartitionValues *pv, bool *moved, bool high, int32 *count)
{
	float8		extreme = 0.0,
				inward = 0.0;
	bool		have_extreme = false,
				have_inward = false;
	int64		i;

	for (i = 0; i < pv->rows; i++)
	{
		float8		v = pv->values[i];

		if (egov_value_isnull(v))
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
	/* not reached while skewness is defined: there are two distinct values */
	if (!have_inward)
		return;

	for (i = 0; i < pv->rows; i++)
	{
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
}

static WinsoriseState *
winsorise_partition(WindowObject winobj, const char *fname)
{
	WinsoriseState *state;
	int32		winmax;
	float8		skew_thresh,
				kurt_thresh;
	bool	   *moved;
	SkewKurt	sk;

	state = (WinsoriseState *) WinGetPartitionLocalMemory(winobj, sizeof(WinsoriseState));
	if (state->computed)
		return state;

	winmax = DatumGetInt32(egov_partition_constant_arg(winobj, 1, fname, "winmax", false));
	skew_thresh = DatumGetFloat8(egov_partition_constant_arg(winobj, 2, fname, "skew_thresh", true));
	kurt_thresh = DatumGetFloat8(egov_partition_constant_arg(winobj, 3, fname, "kurt_thresh", true));
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

	egov_read_partition(winobj, 0, fname, egov_toolkit_check_finite,
						GetMemoryChunkContext(state), &state->pv);

	moved = palloc0(Max(state->pv.rows, 1) * sizeof(bool));
	sk = skew_kurt(&state->pv);
	state->before = sk;
	while (fails(&sk, skew_thresh, kurt_thresh) &&
		   state->moved_low + state->moved_high < winmax)
	{
		if (sk.skew >= 0)
			winsorise_step(&state->pv, moved, true, &state->moved_high);
		else
			winsorise_step(&state->pv, moved, false, &state->moved_low);
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
	WinsoriseState *state = winsorise_partition(winobj, "egov.winsorise");
	float8		x = state->pv.values[WinGetCurrentPosition(winobj)];

	if (egov_value_isnull(x))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(x);
}

Datum
egov_winsorise_report(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	WinsoriseState *state = winsorise_partition(winobj, "egov.winsorise_report");
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
