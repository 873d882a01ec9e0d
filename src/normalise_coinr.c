/*
 * normalise_coinr.c — the normalisations of COINr's Normalise that egov.minmax,
 * egov.zscore, egov.pct_rank and egov.goalpost do not cover, as window
 * functions over the partition's non-NULL values:
 *
 *	egov.rank_score(x)	rank, ties sharing the lowest (n_rank: rank(x,
 *						ties.method = "min")), 1 for the smallest
 *	egov.borda(x)		rank_score - 1 (n_borda)
 *	egov.dist2max(x)	1 - (max - x) / (max - min) (n_dist2max)
 *	egov.fracmax(x)		x / max (n_fracmax)
 *	egov.dist2ref(x, is_reference, cap_max)
 *						1 - (ref - x) / (ref - min), ref the x of the one
 *						row marked is_reference, capped at 1 with cap_max
 *						(n_dist2ref)
 *
 * Each reads the partition once, on its first row; NULL x gives NULL, NaN
 * and infinities raise 22023, and a division by zero (no spread, max 0, ref
 * the minimum) gives NULL where COINr gives NaN or Inf.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "miscadmin.h"
#include "windowapi.h"

#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_rank_score);
PG_FUNCTION_INFO_V1(egov_borda);
PG_FUNCTION_INFO_V1(egov_dist2max);
PG_FUNCTION_INFO_V1(egov_fracmax);
PG_FUNCTION_INFO_V1(egov_dist2ref);

/* ---------- ranks ---------- */

typedef struct RankState
{
	bool		computed;
	WinpartColumn pv;			/* x, then replaced by its rank */
} RankState;

static Datum
rank_window(FunctionCallInfo fcinfo, const char *func, float8 offset)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	RankState  *state;
	float8		rank;

	state = (RankState *) WinGetPartitionLocalMemory(winobj, sizeof(RankState));
	if (!state->computed)
	{
		WinpartColumn *pv = &state->pv;
		int32	   *order;
		float8		previous = 0.0,
					r = 0.0;

		winpart_read_column(winobj, func, 0, "input", winpart_check_finite,
							winpart_context(state), pv);
		order = winpart_sorted_positions(pv, false);
		for (int64 i = 0; i < pv->valid; i++)
		{
			float8		x = pv->values[order[i]];

			CHECK_FOR_INTERRUPTS();
			/* ties share the rank of the first of their run */
			if (i == 0 || x != previous)
				r = (float8) (i + 1);
			previous = x;
			pv->values[order[i]] = r;
		}
		pfree(order);
		state->computed = true;
	}
	rank = state->pv.values[WinGetCurrentPosition(winobj)];
	if (winpart_isnull(rank))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(rank + offset);
}

/* egov.rank_score(x) OVER w: 1 + the number of values below x */
Datum
egov_rank_score(PG_FUNCTION_ARGS)
{
	return rank_window(fcinfo, "egov.rank_score", 0.0);
}

/* egov.borda(x) OVER w: the number of values below x */
Datum
egov_borda(PG_FUNCTION_ARGS)
{
	return rank_window(fcinfo, "egov.borda", -1.0);
}

/* ---------- distances to the maximum, to a reference; fraction of the maximum ---------- */

typedef enum DistKind
{
	DIST_MAX,
	DIST_FRACMAX,
	DIST_REF
} DistKind;

typedef struct DistState
{
	bool		computed;
	bool		defined;		/* the denominator is non-zero and finite */
	bool		halved;			/* the denominator overflows: work on halves */
	bool		have_cap;		/* dist2ref's cap_max, read from ... */
	bool		cap;
	int64		cap_row;		/* ... this row */
	float8		top;			/* max, or the reference value */
	float8		min;
} DistState;

typedef struct DistScan
{
	const char *func;
	bool		want_ref;		/* dist2ref: argument 1 is is_reference */
	bool		seen;
	float8		min;
	float8		max;
	int64		ref_row;		/* -1: none yet */
	bool		ref_null;
	float8		ref;
} DistScan;

static void
dist_visit(void *arg, const WinpartRow *row)
{
	DistScan   *s = (DistScan *) arg;
	bool		isnull;
	Datum		d;
	float8		x;

	d = s->want_ref ? winpart_row_arg(row, 1, &isnull) : BoolGetDatum(false);
	if (s->want_ref && !isnull && DatumGetBool(d))
	{
		if (s->ref_row >= 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: more than one reference row", s->func),
					 errdetail("Rows " INT64_FORMAT " and " INT64_FORMAT " of the window partition have is_reference true.",
							   s->ref_row + 1, row->pos + 1)));
		s->ref_row = row->pos;
		s->ref_null = row->isnull[0];
		if (!s->ref_null)
			s->ref = DatumGetFloat8(row->values[0]);
	}
	if (row->isnull[0])
		return;
	x = DatumGetFloat8(row->values[0]);
	winpart_check_finite(s->func, "input", x, row->pos);
	if (!s->seen || x < s->min)
		s->min = x;
	if (!s->seen || x > s->max)
		s->max = x;
	s->seen = true;
}

static void
dist_scan(FunctionCallInfo fcinfo, DistState *p, DistKind kind, const char *func)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	DistScan	s = {func, kind == DIST_REF, false, 0.0, 0.0, -1, false, 0.0};
	WinpartArgs args = {0};
	float8		denominator;

	winpart_args_add(&args, fcinfo->flinfo, 0);
	if (kind == DIST_REF)
		winpart_args_add(&args, fcinfo->flinfo, 1);
	(void) winpart_scan(winobj, func, &args, dist_visit, &s);
	p->computed = true;
	if (!s.seen)
		return;
	p->min = s.min;
	switch (kind)
	{
		case DIST_MAX:
			p->top = s.max;
			denominator = s.max - s.min;
			break;
		case DIST_FRACMAX:
			p->top = s.max;
			denominator = s.max;
			break;
		default:
			if (s.ref_row < 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s: no reference row", func),
						 errhint("Mark one row of each partition with is_reference true, e.g. iso3 = 'DNK'.")));
			if (s.ref_null)
				return;			/* COINr: NA reference, NA scores */
			p->top = s.ref;
			denominator = s.ref - s.min;
			break;
	}
	/* e.g. -1e308 .. 1e308: halving is exact and cannot overflow */
	p->halved = isinf(denominator);
	p->defined = denominator != 0;
}

/*
 * cap_max must be the same on every row of a partition, as the toolkit's
 * parameters are; each row's is compared when the row is computed.
 */
static void
dist_check_cap(WindowObject winobj, DistState *p, int64 pos)
{
	bool		isnull;
	bool		cap = DatumGetBool(WinGetFuncArgCurrent(winobj, 2, &isnull));

	if (isnull)
		winpart_row_error("egov.dist2ref", pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "cap_max must not be NULL");
	if (!p->have_cap)
	{
		p->have_cap = true;
		p->cap = cap;
		p->cap_row = pos;
	}
	else if (cap != p->cap)
		winpart_param_differs("egov.dist2ref", "cap_max",
							  p->cap_row, p->cap ? "true" : "false",
							  pos, cap ? "true" : "false");
}

static Datum
dist_window(FunctionCallInfo fcinfo, DistKind kind, const char *func)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	int64		pos = WinGetCurrentPosition(winobj);
	DistState  *p;
	bool		isnull;
	float8		x,
				y;

	p = (DistState *) WinGetPartitionLocalMemory(winobj, sizeof(DistState));
	if (!p->computed)
		dist_scan(fcinfo, p, kind, func);
	if (kind == DIST_REF)
		dist_check_cap(winobj, p, pos);
	x = DatumGetFloat8(WinGetFuncArgCurrent(winobj, 0, &isnull));
	if (isnull || !p->defined)
		PG_RETURN_NULL();
	/* already checked in the scan, unless the argument is volatile */
	winpart_check_finite(func, "input", x, pos);
	if (kind == DIST_FRACMAX)
		PG_RETURN_FLOAT8(x / p->top);
	if (p->halved)
		y = 1.0 - (p->top * 0.5 - x * 0.5) / (p->top * 0.5 - p->min * 0.5);
	else
		y = 1.0 - (p->top - x) / (p->top - p->min);
	if (kind == DIST_REF && p->cap && y > 1.0)
		y = 1.0;
	PG_RETURN_FLOAT8(y);
}

Datum
egov_dist2max(PG_FUNCTION_ARGS)
{
	return dist_window(fcinfo, DIST_MAX, "egov.dist2max");
}

Datum
egov_fracmax(PG_FUNCTION_ARGS)
{
	return dist_window(fcinfo, DIST_FRACMAX, "egov.fracmax");
}

Datum
egov_dist2ref(PG_FUNCTION_ARGS)
{
	return dist_window(fcinfo, DIST_REF, "egov.dist2ref");
}
