/*
 * normalise.c — the normalisation window functions egov.minmax(x) and
 * egov.zscore(x, population).
 *
 * Both read the whole partition once, on its first row (zscore into a
 * transient array of 8 bytes a row, over which its two passes run), keep
 * only the statistics in partition-local memory, O(1) per partition, and
 * then each row only reads its own value.  NULL values are left out of the statistics
 * and give NULL; NaN and infinities raise 22023.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "miscadmin.h"
#include "windowapi.h"

#include "numerics.h"
#include "recipes.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_minmax);
PG_FUNCTION_INFO_V1(egov_zscore);

/* ---------- egov.minmax(x) ---------- */

typedef struct MinmaxPartition
{
	bool		computed;
	bool		defined;		/* at least two distinct values */
	bool		halved;			/* max - min overflows: work on x / 2 */
	float8		min;
	float8		range;			/* max - min (halved if `halved`) */
} MinmaxPartition;

/* running extremes of a minmax scan */
typedef struct MinmaxRange
{
	bool		seen;
	float8		min;
	float8		max;
} MinmaxRange;

typedef struct MinmaxScan
{
	const char *func;
	MinmaxRange range;
} MinmaxScan;

static void
minmax_visit(void *arg, const WinpartRow *row)
{
	MinmaxScan *scan = (MinmaxScan *) arg;
	MinmaxRange *r = &scan->range;
	float8		x;

	if (row->isnull[0])
		return;
	x = DatumGetFloat8(row->values[0]);
	winpart_check_finite(scan->func, "input", x, row->pos);

	if (!r->seen)
	{
		r->min = r->max = x;
		r->seen = true;
	}
	else if (x < r->min)
		r->min = x;
	else if (x > r->max)
		r->max = x;
}

static void
minmax_scan(FunctionCallInfo fcinfo, MinmaxPartition *p, const char *func)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	MinmaxScan	scan = {func, {false, 0.0, 0.0}};
	const MinmaxRange *r = &scan.range;
	WinpartArgs args = {0};

	/* one pass, nothing kept per row */
	winpart_args_add(&args, fcinfo->flinfo, 0);
	(void) winpart_scan(winobj, func, &args, minmax_visit, &scan);
	p->min = r->min;
	p->range = r->max - r->min;
	if (isinf(p->range))
	{
		/* e.g. -1e308 .. 1e308: halving is exact and cannot overflow */
		p->halved = true;
		p->range = r->max * 0.5 - r->min * 0.5;
	}
	p->defined = r->seen && r->max > r->min;
	p->computed = true;
}

/*
 * egov.minmax(x) OVER (...) = (x - min) / (max - min) over the partition,
 * the same arithmetic as the plain SQL form; NULL for a NULL x and for a
 * partition without two distinct values.
 */
Datum
egov_minmax(PG_FUNCTION_ARGS)
{
	return egov_minmax_window(fcinfo, "egov.minmax");
}

/*
 * The body of egov.minmax, shared with the recipes that are a min-max of
 * their argument (egov.osi, egov.epi); `func` names the caller in errors.
 */
Datum
egov_minmax_window(FunctionCallInfo fcinfo, const char *func)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	MinmaxPartition *p;
	bool		isnull;
	float8		x;

	p = (MinmaxPartition *) WinGetPartitionLocalMemory(winobj, sizeof(MinmaxPartition));
	if (!p->computed)
		minmax_scan(fcinfo, p, func);

	x = DatumGetFloat8(WinGetFuncArgCurrent(winobj, 0, &isnull));
	if (isnull || !p->defined)
		PG_RETURN_NULL();
	/* already checked in the scan, unless the argument is volatile */
	winpart_check_finite(func, "input", x, WinGetCurrentPosition(winobj));

	if (p->halved)
		PG_RETURN_FLOAT8((x * 0.5 - p->min * 0.5) / p->range);
	PG_RETURN_FLOAT8((x - p->min) / p->range);
}

/* ---------- egov.zscore(x, population) ---------- */

typedef struct ZscorePartition
{
	bool		computed;
	bool		sample_defined;
	bool		population_defined;
	float8		sample_sd;		/* scaled, see EgovMoments */
	float8		population_sd;
	bool		have_population;	/* a non-NULL population seen ... */
	bool		population;		/* ... its value ... */
	int64		population_row; /* ... and its partition position */
	EgovMoments moments;
} ZscorePartition;

/*
 * population must be the same on every row of a partition, as the toolkit's
 * parameters are: a partition half sample, half population would mix two
 * scales.  NULL rows give NULL and are not compared.  Every row's value is
 * compared when its own row is computed, so no extra pass is needed.
 */
static void
zscore_check_population(ZscorePartition *p, bool population, int64 pos)
{
	if (!p->have_population)
	{
		p->have_population = true;
		p->population = population;
		p->population_row = pos;
		return;
	}
	if (population != p->population)
		winpart_param_differs("egov.zscore", "population",
							  p->population_row, p->population ? "true" : "false",
							  pos, population ? "true" : "false");
}

static void
zscore_scan(WindowObject winobj, ZscorePartition *p)
{
	WinpartColumn pv;
	EgovMoments *m = &p->moments;

	/*
	 * The partition is read once, into the current (per-call) memory
	 * context, 8 bytes a row; both passes run over the values kept.
	 */
	winpart_read_column(winobj, "egov.zscore", 0, "input",
						winpart_check_finite, CurrentMemoryContext, &pv);

	egov_moments_of(m, pv.values, pv.rows);
	pfree(pv.values);

	p->sample_defined = egov_moments_sd(m, false, &p->sample_sd);
	p->population_defined = egov_moments_sd(m, true, &p->population_sd);
	p->computed = true;
}

/*
 * egov.zscore(x, population) OVER (...) = (x - mean) / sd over the
 * partition; sd is the sample deviation (n - 1, like stddev_samp) unless
 * population is true (n, like stddev_pop).  NULL for a NULL x or population,
 * and when sd is undefined or zero.
 */
Datum
egov_zscore(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	ZscorePartition *p;
	bool		isnull;
	bool		population;
	float8		x;

	p = (ZscorePartition *) WinGetPartitionLocalMemory(winobj, sizeof(ZscorePartition));
	if (!p->computed)
		zscore_scan(winobj, p);

	population = DatumGetBool(WinGetFuncArgCurrent(winobj, 1, &isnull));
	if (isnull)
		PG_RETURN_NULL();
	zscore_check_population(p, population, WinGetCurrentPosition(winobj));
	x = DatumGetFloat8(WinGetFuncArgCurrent(winobj, 0, &isnull));
	if (isnull)
		PG_RETURN_NULL();
	winpart_check_finite("egov.zscore", "input", x, WinGetCurrentPosition(winobj));

	if (population ? !p->population_defined : !p->sample_defined)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(egov_moments_deviation(&p->moments, x) /
					 (population ? p->population_sd : p->sample_sd));
}
