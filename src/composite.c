/*
 * composite.c — egov.composite(indicators float8[], weights float8[])
 * OVER (PARTITION BY edition): the UN recipe for a component index such as
 * TII or HCI in one call.
 *
 *   1. z-score each indicator over the partition (sample deviation);
 *   2. combine a row's z-scores with its weights, normalised to sum 1
 *      (equal weights when weights is NULL): the weighted arithmetic mean;
 *   3. min-max that composite over the partition to [0, 1].
 *
 * A row with a NULL array or any NULL indicator is left out of every
 * statistic and gets NULL.  An indicator without spread (constant, or fewer
 * than two rows) contributes z = 0, so it neither helps nor hurts anyone.
 *
 * Three passes over the partition on its first row (means; deviations;
 * composite range), O(k) state for k indicators; then each row computes its
 * own composite again.  Step 2 is the only place that knows how z-scores
 * combine (combine_zscores), so that other methods (geometric mean ...) can
 * be added as a further argument.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "windowapi.h"

#include "egov.h"
#include "partition_stats.h"
#include "recipes.h"

PG_FUNCTION_INFO_V1(egov_composite);

#define ARG_INDICATORS	0

/*
 * Composite values that differ by less than this many units of rounding
 * (times the number of terms) count as equal.
 */
#define CONSTANT_TOLERANCE	(16 * DBL_EPSILON)

/* how z-scores combine; only the arithmetic mean so far */
typedef enum CompositeMethod
{
	COMPOSITE_ARITHMETIC
} CompositeMethod;

/* per-query state (fn_extra) */
typedef struct CompositeQuery
{
	MemoryContext pass;			/* scratch context for partition passes */
} CompositeQuery;

typedef struct CompositePartition
{
	const EgovCompositeSpec *spec;	/* set on every call */
	bool		computed;
	bool		defined;		/* the composite has two distinct values */
	CompositeMethod method;
	int			nindicators;	/* k; 0 until a row has an indicators array */
	int64		rows;			/* rows in the statistics */
	float8		min;			/* composite range over those rows */
	float8		range;
	EgovMoments *moments;		/* k, for the z-scores */
	float8	   *sd;				/* k scaled sample deviations; 0: z = 0 */
} CompositePartition;

/* one row's arrays, read and checked */
typedef struct CompositeRow
{
	bool		usable;			/* indicators present, none NULL */
	int			n;				/* indicators in this row */
	const float8 *x;
	const float8 *w;			/* NULL: equal weights */
	float8		wsum;
} CompositeRow;

static void
row_error(const char *func, int64 pos, const char *fmt,...) pg_attribute_printf(3, 4);

/* 22023 naming the row (1-based) of the window partition */
static void
row_error(const char *func, int64 pos, const char *fmt,...)
{
	char		message[256];
	va_list		args;

	va_start(args, fmt);
	vsnprintf(message, sizeof(message), fmt, args);
	va_end(args);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: %s", func, message),
			 errdetail("Row " INT64_FORMAT " of the window partition.", pos + 1)));
}

/*
 * A float8[] argument as a C array: its length, its elements (NULL when it
 * has NULL elements) and whether it is one-dimensional and non-empty.
 */
static const float8 *
float8_array(Datum datum, int *n, bool *has_nulls, int *ndim)
{
	ArrayType  *array = DatumGetArrayTypeP(datum);

	Assert(ARR_ELEMTYPE(array) == FLOAT8OID);
	*ndim = ARR_NDIM(array);
	*n = *ndim == 1 ? ARR_DIMS(array)[0] : 0;
	*has_nulls = array_contains_nulls(array);
	if (*has_nulls)
		return NULL;
	/* ARR_DATA_PTR, spelt out to keep -Wsign-compare quiet */
	return (const float8 *) ((char *) array +
							 (ARR_HASNULL(array) ? (Size) array->dataoffset :
							  ARR_OVERHEAD_NONULLS(ARR_NDIM(array))));
}

/* argument `argno` of the row at `pos`, or of the current row */
static Datum
row_arg(WindowObject winobj, int argno, int64 pos, bool current, bool *isnull)
{
	return current ? WinGetFuncArgCurrent(winobj, argno, isnull)
		: egov_arg_at(winobj, argno, pos, isnull);
}

/* the indicators as one float8[] argument */
static void
read_array_indicators(WindowObject winobj, CompositePartition *p, int64 pos,
					  bool current, CompositeRow *row)
{
	const char *func = p->spec->func;
	bool		isnull;
	bool		has_nulls;
	int			ndim;
	Datum		datum = row_arg(winobj, ARG_INDICATORS, pos, current, &isnull);

	if (isnull)
		return;
	row->x = float8_array(datum, &row->n, &has_nulls, &ndim);
	if (ndim == 0)
		row_error(func, pos, "the indicators array is empty");
	if (ndim > 1)
		row_error(func, pos, "indicators must be a one-dimensional array, got %d dimensions",
				  ndim);
	if (p->nindicators != 0 && row->n != p->nindicators)
		row_error(func, pos, "this row has %d indicators, earlier rows have %d",
				  row->n, p->nindicators);
	row->usable = !has_nulls;
}

/* the indicators as float8 arguments 0 .. k-1; like an array with NULLs */
static void
read_scalar_indicators(WindowObject winobj, CompositePartition *p, int64 pos,
					   bool current, CompositeRow *row)
{
	int			k = p->spec->scalar_args;
	float8	   *x = palloc(k * sizeof(float8));

	row->n = k;
	row->usable = true;
	for (int j = 0; j < k; j++)
	{
		bool		isnull;

		x[j] = DatumGetFloat8(row_arg(winobj, j, pos, current, &isnull));
		if (isnull)
			row->usable = false;
	}
	row->x = x;
}

/*
 * Replace every indicator above the row's cap by the cap (a NULL cap caps
 * nothing).  The values are copied: an array argument's data is read-only.
 */
static void
cap_indicators(WindowObject winobj, CompositePartition *p, int64 pos,
			   bool current, bool check, CompositeRow *row)
{
	bool		isnull;
	float8		cap;
	float8	   *x;

	cap = DatumGetFloat8(row_arg(winobj, p->spec->cap_arg, pos, current, &isnull));
	if (isnull)
		return;
	if (check && (isnan(cap) || cap <= 0.0))
		row_error(p->spec->func, pos, "cap must be a positive number, got %s",
				  egov_float8_text(cap));
	if (!row->usable)
		return;
	x = palloc(row->n * sizeof(float8));
	for (int j = 0; j < row->n; j++)
		x[j] = row->x[j] > cap ? cap : row->x[j];
	row->x = x;
}

/* fixed weights (NULL: equal), with their sum */
static void
fixed_weights(const float8 *w, CompositeRow *row)
{
	row->w = w;
	if (w == NULL)
	{
		row->wsum = row->n;
		return;
	}
	row->wsum = 0.0;
	for (int j = 0; j < row->n; j++)
		row->wsum += w[j];
}

/*
 * Read the row at `pos` (or the current row) into *row.  With `check`,
 * every rule on the arguments is enforced; otherwise only what keeps the
 * reading safe (a volatile argument could change between passes).
 */
static void
read_row(WindowObject winobj, CompositePartition *p, int64 pos, bool current,
		 bool want_weights, bool check, CompositeRow *row)
{
	const EgovCompositeSpec *spec = p->spec;
	bool		isnull;
	Datum		datum;
	int			ndim;
	bool		has_nulls;

	memset(row, 0, sizeof(*row));

	if (spec->scalar_args > 0)
		read_scalar_indicators(winobj, p, pos, current, row);
	else
		read_array_indicators(winobj, p, pos, current, row);
	if (check && row->usable)
		for (int j = 0; j < row->n; j++)
			if (isnan(row->x[j]) || isinf(row->x[j]))
				row_error(spec->func, pos, "indicator %d must be finite, got %s",
						  j + 1, egov_float8_text(row->x[j]));
	if (spec->cap_arg >= 0)
		cap_indicators(winobj, p, pos, current, check, row);

	if (!want_weights)
		return;
	if (spec->weights_arg < 0)
	{
		fixed_weights(spec->weights, row);
		return;
	}
	datum = row_arg(winobj, spec->weights_arg, pos, current, &isnull);
	if (isnull)
	{
		row->wsum = row->n;		/* equal weights */
		return;
	}
	{
		int			nw;
		const float8 *w = float8_array(datum, &nw, &has_nulls, &ndim);

		if (ndim != 1)
			row_error(spec->func, pos, "weights must be a non-empty one-dimensional array");
		if (row->n != 0 && nw != row->n)
			row_error(spec->func, pos, "the weights array has %d elements, the indicators array %d",
					  nw, row->n);
		if (has_nulls)
			row_error(spec->func, pos, "weights must not be NULL");
		row->wsum = 0.0;
		for (int j = 0; j < nw; j++)
		{
			if (check && (isnan(w[j]) || isinf(w[j])))
				row_error(spec->func, pos, "weight %d must be finite, got %s",
						  j + 1, egov_float8_text(w[j]));
			if (check && w[j] < 0.0)
				row_error(spec->func, pos, "weight %d must not be negative, got %s",
						  j + 1, egov_float8_text(w[j]));
			row->wsum += w[j];
		}
		if (check && !(row->wsum > 0.0))
			row_error(spec->func, pos, "weights must not all be zero");
		row->w = w;
	}
}

/*
 * Step 2: the row's z-scores combined into one composite value.  Weights
 * are normalised to sum 1 by dividing by their sum.  *magnitude receives
 * the same combination of |z|, the scale of the rounding error in the
 * result.
 */
static float8
combine_zscores(const CompositePartition *p, const CompositeRow *row,
				float8 *magnitude)
{
	float8		sum = 0.0;
	float8		abs_sum = 0.0;

	Assert(p->method == COMPOSITE_ARITHMETIC);
	for (int j = 0; j < p->nindicators; j++)
	{
		float8		z = 0.0;

		if (p->sd[j] > 0.0)
			z = egov_moments_deviation(&p->moments[j], row->x[j]) / p->sd[j];
		sum += (row->w ? row->w[j] : 1.0) * z;
		abs_sum += (row->w ? row->w[j] : 1.0) * fabs(z);
	}
	*magnitude = abs_sum / row->wsum;
	return sum / row->wsum;
}

static void
composite_scan(FunctionCallInfo fcinfo, WindowObject winobj, CompositePartition *p)
{
	CompositeQuery *q = (CompositeQuery *) fcinfo->flinfo->fn_extra;
	MemoryContext pass;
	MemoryContext old;
	int64		rows = egov_partition_rows(winobj, p->spec->func);
	int			k;
	CompositeRow row;
	bool		seen = false;
	float8		min = 0.0;
	float8		max = 0.0;
	float8		magnitude = 0.0;

	if (q == NULL)
		fcinfo->flinfo->fn_extra = q =
			MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(CompositeQuery));
	pass = egov_pass_context(fcinfo, &q->pass);
	p->method = COMPOSITE_ARITHMETIC;

	/* pass 1: check every row; sums for the indicators' means */
	old = MemoryContextSwitchTo(pass);
	for (int64 pos = 0; pos < rows; pos++)
	{
		MemoryContextReset(pass);
		read_row(winobj, p, pos, false, true, true, &row);
		if (row.n > 0 && p->nindicators == 0)
		{
			MemoryContext partition = GetMemoryChunkContext(p);

			p->nindicators = row.n;
			p->moments = MemoryContextAllocZero(partition, row.n * sizeof(EgovMoments));
			p->sd = MemoryContextAllocZero(partition, row.n * sizeof(float8));
		}
		if (!row.usable)
			continue;
		p->rows++;
		for (int j = 0; j < row.n; j++)
			egov_moments_add(&p->moments[j], row.x[j]);
	}
	k = p->nindicators;
	for (int j = 0; j < k; j++)
		egov_moments_end_mean(&p->moments[j]);

	if (p->rows >= 2)
	{
		/* pass 2: deviations, for the indicators' standard deviations */
		for (int64 pos = 0; pos < rows; pos++)
		{
			MemoryContextReset(pass);
			read_row(winobj, p, pos, false, false, false, &row);
			if (row.usable)
				for (int j = 0; j < k; j++)
					egov_moments_add_deviation(&p->moments[j], row.x[j]);
		}
		for (int j = 0; j < k; j++)
		{
			egov_moments_end_deviation(&p->moments[j]);
			if (!egov_moments_sd(&p->moments[j], false, &p->sd[j]))
				p->sd[j] = 0.0; /* no spread: z = 0 */
		}

		/* pass 3: the composite's range */
		for (int64 pos = 0; pos < rows; pos++)
		{
			float8		c;
			float8		c_magnitude;

			MemoryContextReset(pass);
			read_row(winobj, p, pos, false, true, false, &row);
			if (!row.usable)
				continue;
			c = combine_zscores(p, &row, &c_magnitude);
			magnitude = Max(magnitude, c_magnitude);
			if (!seen)
			{
				min = max = c;
				seen = true;
			}
			else if (c < min)
				min = c;
			else if (c > max)
				max = c;
		}
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset(pass);

	p->min = min;
	p->range = max - min;
	/*
	 * A composite whose values differ by no more than their rounding error
	 * is constant (z-scores that cancel exactly, e.g. two opposite
	 * indicators): min-max would only stretch that noise to [0, 1].
	 */
	p->defined = seen &&
		p->range > CONSTANT_TOLERANCE * (p->nindicators + 2) * magnitude;
	p->computed = true;
}

/*
 * egov.composite(indicators, weights) OVER (...) — the row's component
 * index in [0, 1]; NULL for a row with a NULL indicator and when the
 * composite does not vary over the partition.
 */
Datum
egov_composite(PG_FUNCTION_ARGS)
{
	static const EgovCompositeSpec spec = {
		.func = "egov.composite",
		.scalar_args = 0,
		.weights_arg = 1,
		.weights = NULL,
		.cap_arg = -1,
	};

	return egov_composite_window(fcinfo, &spec);
}

/*
 * The body of egov.composite, shared with the component recipes
 * (egov.hci, egov.tii): `spec` says where the indicators, weights and cap
 * come from.
 */
Datum
egov_composite_window(FunctionCallInfo fcinfo, const EgovCompositeSpec *spec)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	CompositePartition *p;
	CompositeRow row;
	float8		c;
	float8		magnitude;

	p = (CompositePartition *) WinGetPartitionLocalMemory(winobj, sizeof(CompositePartition));
	p->spec = spec;
	if (!p->computed)
		composite_scan(fcinfo, winobj, p);

	read_row(winobj, p, WinGetCurrentPosition(winobj), true, true, false, &row);
	if (!row.usable || !p->defined)
		PG_RETURN_NULL();
	c = combine_zscores(p, &row, &magnitude);
	PG_RETURN_FLOAT8((c - p->min) / p->range);
}
