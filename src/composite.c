/*
 * composite.c — egov.composite(indicators float8[], weights float8[],
 * method text) OVER (PARTITION BY edition): the UN recipe for a component
 * index such as TII or HCI in one call.
 *
 *   1. z-score each indicator over the partition (sample deviation);
 *   2. combine a row's z-scores with its weights, normalised to sum 1
 *      (equal weights when weights is NULL): the weighted arithmetic mean;
 *   3. min-max that composite over the partition to [0, 1].
 *
 * Method 'geometric' (COINr's a_gmean) replaces steps 1 and 2 by the
 * weighted geometric mean of the indicators as given, which must be
 * positive (z-scores are negative by construction); step 3 is the same, so
 * both methods give the same scale.  It needs one read of each row.
 *
 * A row with a NULL array or any NULL indicator is left out of every
 * statistic and gets NULL.  An indicator without spread (constant, or fewer
 * than two rows) contributes z = 0, so it neither helps nor hurts anyone.
 *
 * Reading a row's arguments (a tuplestore fetch, an ARRAY[...] built or an
 * array detoasted) is what costs, so the partition is read twice, on its
 * first row: pass 1 checks every row and sums each indicator's values and
 * squares exactly (IndicatorStats: mean and deviation in one read, as exact
 * as two passes); pass 2 computes every row's composite and keeps it in
 * partition memory (8 bytes a row), so that each row's call only returns
 * it.  A constant weights argument (the default NULL, an ARRAY[...] of
 * constants) is read once, not with every row.  Step 2 is the only place
 * that knows how z-scores combine (combine_zscores).
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/memutils.h"
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

/*
 * Values whose squares, and products of means and sums, stay far from
 * float8's overflow and underflow: within these magnitudes (or 0) pass 1's
 * exact sums give the variance; beyond them the indicator falls back to
 * the two-pass moments of partition_stats.
 */
#define FAST_MIN	0x1p-300
#define FAST_MAX	0x1p300

/* how a row's indicators combine; the names are the method argument's */
typedef enum CompositeMethod
{
	COMPOSITE_ARITHMETIC,		/* weighted mean of z-scores */
	COMPOSITE_GEOMETRIC			/* weighted geometric mean of the values */
} CompositeMethod;

static const char *const method_names[] = {"arithmetic", "geometric"};

#define METHODS_HINT "The methods are \"arithmetic\" and \"geometric\"."

/* per-query state (fn_extra) */
typedef struct CompositeQuery
{
	MemoryContext pass;			/* scratch context for partition passes */
} CompositeQuery;

/*
 * One indicator's mean and sample deviation over the partition.
 *
 * Pass 1 sums x and x^2 exactly (x^2 = hi + lo, both float8, by fma), so
 * with m the rounded mean, sum (x - m)^2 = sum x^2 - 2 m sum x + n m^2 is
 * computed exactly as well; what is left of the rounding of m,
 * r = sum x - n m, gives the corrected sum of squares
 * ss = sum (x - m)^2 - r^2 / n and the z-score ((x - m) - r / n) / sd, as
 * in the corrected two-pass algorithm, without a second read.  A large
 * common offset (1e9 + noise) costs no precision, and the result does not
 * depend on the order of the rows.
 */
typedef struct IndicatorStats
{
	int64		n;
	float8		min;			/* min == max: no spread, exactly */
	float8		max;
	bool		extreme;		/* a value outside [FAST_MIN, FAST_MAX] */
	EgovExactSum sum;			/* sum of x */
	EgovExactSum sq;			/* sum of x^2 */
	/* z = ((x - mean) - correction) / sd; sd 0: z = 0 */
	float8		mean;
	float8		correction;
	float8		sd;
	EgovMoments *moments;		/* set: two-pass moments for extreme values */
} IndicatorStats;

typedef struct CompositePartition
{
	const EgovCompositeSpec *spec;	/* set on every call */
	bool		computed;
	bool		defined;		/* the composite has two distinct values */
	CompositeMethod method;
	bool		method_per_row; /* the method argument is read with each row */
	int			nindicators;	/* k; 0 until a row has an indicators array */
	int64		rows;			/* rows in the statistics */
	float8		min;			/* composite range over those rows (geometric: */
	float8		range;			/* of the log of the composite) */
	IndicatorStats *stats;		/* k */
	bool		fixed_weights;	/* no weights argument: spec->weights */
	bool		const_weights;	/* the weights argument is read once */
	bool		const_weights_null;
	float8	   *weights;		/* its elements (when not NULL) */
	int			nweights;
	float8	   *composite;		/* each row's composite (geometric: its log);
								 * NaN: NULL */
} CompositePartition;

/* the range of a partition's composites, with the magnitude of their terms */
typedef struct CompositeRange
{
	bool		seen;
	float8		min;
	float8		max;
	float8		magnitude;
} CompositeRange;

static inline void
range_add(CompositeRange *r, float8 c, float8 c_magnitude)
{
	r->magnitude = Max(r->magnitude, c_magnitude);
	if (!r->seen)
	{
		r->min = r->max = c;
		r->seen = true;
	}
	else if (c < r->min)
		r->min = c;
	else if (c > r->max)
		r->max = c;
}

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

/* the indicators as one float8[] argument */
static void
read_array_indicators(WindowObject winobj, CompositePartition *p, int64 pos,
					  CompositeRow *row)
{
	const char *func = p->spec->func;
	bool		isnull;
	bool		has_nulls;
	int			ndim;
	Datum		datum = egov_arg_at(winobj, ARG_INDICATORS, pos, &isnull);

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
					   CompositeRow *row)
{
	int			k = p->spec->scalar_args;
	float8	   *x = palloc(k * sizeof(float8));

	row->n = k;
	row->usable = true;
	for (int j = 0; j < k; j++)
	{
		bool		isnull;

		x[j] = DatumGetFloat8(egov_arg_at(winobj, j, pos, &isnull));
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
			   bool check, CompositeRow *row)
{
	bool		isnull;
	float8		cap;
	float8	   *x;

	cap = DatumGetFloat8(egov_arg_at(winobj, p->spec->cap_arg, pos, &isnull));
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
 * A weights array into row->w and row->wsum; with `check`, every rule on
 * weights is enforced (errors name the row at `pos`).  Returns its length.
 */
static int
weights_array(const CompositePartition *p, Datum datum, int64 pos, bool check,
			  CompositeRow *row)
{
	const char *func = p->spec->func;
	int			nw;
	int			ndim;
	bool		has_nulls;
	const float8 *w = float8_array(datum, &nw, &has_nulls, &ndim);

	if (ndim != 1)
		row_error(func, pos, "weights must be a non-empty one-dimensional array");
	if (row->n != 0 && nw != row->n)
		row_error(func, pos, "the weights array has %d elements, the indicators array %d",
				  nw, row->n);
	if (has_nulls)
		row_error(func, pos, "weights must not be NULL");
	row->wsum = 0.0;
	for (int j = 0; j < nw; j++)
	{
		if (check && (isnan(w[j]) || isinf(w[j])))
			row_error(func, pos, "weight %d must be finite, got %s",
					  j + 1, egov_float8_text(w[j]));
		if (check && w[j] < 0.0)
			row_error(func, pos, "weight %d must not be negative, got %s",
					  j + 1, egov_float8_text(w[j]));
		row->wsum += w[j];
	}
	if (check && !(row->wsum > 0.0))
		row_error(func, pos, "weights must not all be zero");
	row->w = w;
	return nw;
}

/*
 * A weights argument that is a constant (or a parameter) is the same for
 * every row: read it once, into partition memory, instead of with every
 * row.  Its errors name the partition's first row, where they would
 * otherwise appear.
 */
static void
read_const_weights(FunctionCallInfo fcinfo, WindowObject winobj,
				   CompositePartition *p)
{
	int			argno = p->spec->weights_arg;
	bool		isnull;
	Datum		datum;
	CompositeRow row;

	/* an older SQL definition may call this library without the argument */
	p->fixed_weights = argno < 0 || argno >= PG_NARGS();
	p->const_weights = !p->fixed_weights &&
		get_fn_expr_arg_stable(fcinfo->flinfo, argno);
	if (!p->const_weights)
		return;
	datum = WinGetFuncArgCurrent(winobj, argno, &isnull);
	p->const_weights_null = isnull;
	if (isnull)
		return;
	memset(&row, 0, sizeof(row));
	p->nweights = weights_array(p, datum, 0, true, &row);
	p->weights = MemoryContextAlloc(GetMemoryChunkContext(p),
									p->nweights * sizeof(float8));
	memcpy(p->weights, row.w, p->nweights * sizeof(float8));
}

/*
 * Read the row at `pos` into *row.  With `check`, every rule on the
 * arguments is enforced; otherwise only what keeps the reading safe (a
 * volatile argument could change between passes).
 */
static void
read_row(WindowObject winobj, CompositePartition *p, int64 pos,
		 bool want_weights, bool check, CompositeRow *row)
{
	const EgovCompositeSpec *spec = p->spec;
	bool		isnull;
	Datum		datum;

	memset(row, 0, sizeof(*row));

	if (spec->scalar_args > 0)
		read_scalar_indicators(winobj, p, pos, row);
	else
		read_array_indicators(winobj, p, pos, row);
	if (check && row->usable)
		for (int j = 0; j < row->n; j++)
			if (isnan(row->x[j]) || isinf(row->x[j]))
				row_error(spec->func, pos, "indicator %d must be finite, got %s",
						  j + 1, egov_float8_text(row->x[j]));
	if (spec->cap_arg >= 0)
		cap_indicators(winobj, p, pos, check, row);

	if (!want_weights)
		return;
	if (p->fixed_weights)
	{
		fixed_weights(spec->weights, row);
		return;
	}
	if (p->const_weights)
	{
		if (p->const_weights_null)
		{
			row->wsum = row->n; /* equal weights */
			return;
		}
		if (row->n != 0 && p->nweights != row->n)
			row_error(spec->func, pos, "the weights array has %d elements, the indicators array %d",
					  p->nweights, row->n);
		fixed_weights(p->weights, row);
		return;
	}
	datum = egov_arg_at(winobj, spec->weights_arg, pos, &isnull);
	if (isnull)
	{
		row->wsum = row->n;		/* equal weights */
		return;
	}
	(void) weights_array(p, datum, pos, check, row);
}

/*
 * The method argument's value.  `pos` is the row it was read from, or -1
 * when it is a constant.
 */
static CompositeMethod
parse_method(const CompositePartition *p, Datum datum, bool isnull, int64 pos)
{
	const char *func = p->spec->func;
	char	   *name;

	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: method must not be NULL", func),
				 pos >= 0 ? errdetail("Row " INT64_FORMAT " of the window partition.",
									  pos + 1) : 0,
				 errhint(METHODS_HINT)));
	name = TextDatumGetCString(datum);
	for (int i = 0; i < (int) lengthof(method_names); i++)
		if (strcmp(name, method_names[i]) == 0)
			return (CompositeMethod) i;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: unknown method \"%s\"", func, name),
			 pos >= 0 ? errdetail("Row " INT64_FORMAT " of the window partition.",
								  pos + 1) : 0,
			 errhint(METHODS_HINT)));
	return COMPOSITE_ARITHMETIC;	/* keep the compiler quiet */
}

/*
 * The method: arithmetic unless the function has a method argument (an
 * older SQL definition of egov.composite may call this library without
 * one).  A constant is read once; any other expression with every row in
 * pass 1 (read_row_method), where it must not change.
 */
static void
read_method(FunctionCallInfo fcinfo, WindowObject winobj, CompositePartition *p)
{
	int			argno = p->spec->method_arg;
	bool		isnull;
	Datum		datum;

	p->method = COMPOSITE_ARITHMETIC;
	if (argno < 0 || argno >= PG_NARGS())
		return;
	if (!get_fn_expr_arg_stable(fcinfo->flinfo, argno))
	{
		p->method_per_row = true;
		return;
	}
	datum = WinGetFuncArgCurrent(winobj, argno, &isnull);
	p->method = parse_method(p, datum, isnull, -1);
}

/* pass 1: the method as the row at `pos` gives it */
static void
read_row_method(WindowObject winobj, CompositePartition *p, int64 pos)
{
	bool		isnull;
	Datum		datum = egov_arg_at(winobj, p->spec->method_arg, pos, &isnull);
	CompositeMethod method = parse_method(p, datum, isnull, pos);

	if (pos == 0)
		p->method = method;
	else if (method != p->method)
		row_error(p->spec->func, pos,
				  "the method must be the same for every row of the partition, got \"%s\" after \"%s\"",
				  method_names[method], method_names[p->method]);
}

/*
 * The geometric method for one row: the log of the weighted geometric mean,
 * sum(w log x) / sum(w), of the indicators as given (no z-scores: they are
 * negative by construction).  Every indicator must be positive.
 * *magnitude receives 1 + sum(w |log x|) / sum(w), the scale of the
 * rounding error relative to the geometric mean.
 */
static float8
geometric_log_mean(const CompositePartition *p, const CompositeRow *row,
				   int64 pos, float8 *magnitude)
{
	float8		sum = 0.0;
	float8		abs_sum = 0.0;

	for (int j = 0; j < row->n; j++)
	{
		float8		x = row->x[j];
		float8		w = row->w ? row->w[j] : 1.0;
		float8		l;

		if (!(x > 0.0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: the geometric method needs positive indicators, indicator %d is %s",
							p->spec->func, j + 1, egov_float8_text(x)),
					 errdetail("Row " INT64_FORMAT " of the window partition.", pos + 1),
					 errhint("Put the indicator on a positive scale first, e.g. "
							 "1 + 99 * egov.minmax(x) OVER w (egov.minmax gives the "
							 "partition's minimum 0) or 1 + 99 * egov.goalpost(x, lo, hi).")));
		l = log(x);
		sum += w * l;
		abs_sum += w * fabs(l);
	}
	*magnitude = 1.0 + abs_sum / row->wsum;
	return sum / row->wsum;
}

/*
 * The geometric composite of a row, min-maxed: with L its log, L_min and
 * L_max the partition's, (e^L - e^L_min) / (e^L_max - e^L_min), computed
 * from differences of logs so that nothing overflows.
 */
static float8
geometric_minmax(const CompositePartition *p, float8 log_mean)
{
	float8		d = log_mean - p->min;

	if (p->range < 700.0)
		return expm1(d) / expm1(p->range);
	/* e^range overflows: scale by e^-L_max instead */
	return (exp(d - p->range) - exp(-p->range)) / -expm1(-p->range);
}

/* pass 1: one value of an indicator */
static inline void
stats_add(IndicatorStats *s, float8 x)
{
	float8		ax = fabs(x);
	float8		sq = x * x;

	if (s->n == 0 || x < s->min)
		s->min = x;
	if (s->n == 0 || x > s->max)
		s->max = x;
	s->n++;
	if (ax != 0.0 && (ax < FAST_MIN || ax > FAST_MAX))
		s->extreme = true;
	egov_exact_sum_add(&s->sum, x);
	if (!s->extreme)
	{
		egov_exact_sum_add(&s->sq, sq);
		egov_exact_sum_add(&s->sq, fma(x, x, -sq));
	}
}

/* add a * b to an exact sum, exactly (a * b neither overflows nor underflows) */
static inline void
exact_sum_add_product(EgovExactSum *s, float8 a, float8 b)
{
	float8		p = a * b;

	egov_exact_sum_add(s, p);
	egov_exact_sum_add(s, fma(a, b, -p));
}

/*
 * After pass 1: the mean, the correction of its rounding and the sample
 * deviation of an indicator without extreme values (see IndicatorStats).
 */
static void
stats_end(IndicatorStats *s)
{
	float8		n = (float8) s->n;
	float8		m;
	EgovExactSum rest;
	EgovExactSum *dev = &s->sq;	/* becomes sum (x - m)^2 */
	float8		r;
	float8		ss;

	s->sd = 0.0;
	s->mean = s->min;
	s->correction = 0.0;
	if (s->n < 2 || s->min == s->max)
		return;					/* no spread: z = 0 */

	m = egov_exact_sum_value(&s->sum, 0) / n;
	s->mean = m;

	/* - 2 m sum x, with sum x taken apart into float8 terms */
	rest = s->sum;
	for (int terms = 0;; terms++)
	{
		float8		t = egov_exact_sum_value(&rest, 0);

		if (t == 0.0)
			break;
		/* each term takes some 50 bits off the rest; the sum has < 800 */
		if (terms >= 64)
			elog(ERROR, "exact sum does not come apart into float8 terms");
		egov_exact_sum_add(&rest, -t);
		exact_sum_add_product(dev, -2.0 * m, t);
	}
	/* + n m^2 = n (hi + lo) */
	{
		float8		hi = m * m;
		float8		lo = fma(m, m, -hi);

		exact_sum_add_product(dev, n, hi);
		exact_sum_add_product(dev, n, lo);
	}

	/* r = sum x - n m: what the rounding of m left over */
	rest = s->sum;
	exact_sum_add_product(&rest, -n, m);
	r = egov_exact_sum_value(&rest, 0);
	s->correction = r / n;
	ss = egov_exact_sum_value(dev, 0) - r * s->correction;
	if (ss > 0.0)
		s->sd = sqrt(ss / (n - 1.0));
}

static inline float8
zscore(const IndicatorStats *s, float8 x)
{
	if (s->sd == 0.0)
		return 0.0;
	if (s->moments)
		return egov_moments_deviation(s->moments, x) / s->sd;
	return ((x - s->mean) - s->correction) / s->sd;
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
		float8		z = zscore(&p->stats[j], row->x[j]);
		float8		w = row->w ? row->w[j] : 1.0;

		sum += w * z;
		abs_sum += w * fabs(z);
	}
	*magnitude = abs_sum / row->wsum;
	return sum / row->wsum;
}

/*
 * The two-pass moments of partition_stats for every indicator, when one
 * has values too large or too small for pass 1's sums of squares: two more
 * reads of the partition, only for such data.
 */
static void
extreme_moments(WindowObject winobj, CompositePartition *p, int64 rows,
				MemoryContext pass)
{
	MemoryContext partition = GetMemoryChunkContext(p);
	int			k = p->nindicators;
	CompositeRow row;

	for (int j = 0; j < k; j++)
		p->stats[j].moments = MemoryContextAllocZero(partition, sizeof(EgovMoments));
	for (int64 pos = 0; pos < rows; pos++)
	{
		MemoryContextReset(pass);
		read_row(winobj, p, pos, false, false, &row);
		if (row.usable)
			for (int j = 0; j < k; j++)
				egov_moments_add(p->stats[j].moments, row.x[j]);
	}
	for (int j = 0; j < k; j++)
		egov_moments_end_mean(p->stats[j].moments);
	for (int64 pos = 0; pos < rows; pos++)
	{
		MemoryContextReset(pass);
		read_row(winobj, p, pos, false, false, &row);
		if (row.usable)
			for (int j = 0; j < k; j++)
				egov_moments_add_deviation(p->stats[j].moments, row.x[j]);
	}
	for (int j = 0; j < k; j++)
	{
		IndicatorStats *s = &p->stats[j];

		egov_moments_end_deviation(s->moments);
		if (!egov_moments_sd(s->moments, false, &s->sd))
			s->sd = 0.0;		/* no spread: z = 0 */
	}
}

static void
composite_scan(FunctionCallInfo fcinfo, WindowObject winobj, CompositePartition *p)
{
	CompositeQuery *q = (CompositeQuery *) fcinfo->flinfo->fn_extra;
	MemoryContext partition = GetMemoryChunkContext(p);
	MemoryContext pass;
	MemoryContext old;
	int64		rows = egov_partition_rows(winobj, p->spec->func);
	int			k;
	CompositeRow row;
	CompositeRange range = {0};
	bool		extreme = false;

	if (q == NULL)
		fcinfo->flinfo->fn_extra = q =
			MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(CompositeQuery));
	pass = egov_pass_context(fcinfo, &q->pass);
	p->composite = MemoryContextAllocHuge(partition, Max(rows, 1) * sizeof(float8));
	read_method(fcinfo, winobj, p);
	read_const_weights(fcinfo, winobj, p);

	/*
	 * pass 1: check every row; exact sums for the indicators' moments, or
	 * (geometric) each row's composite and their range, which is all
	 */
	old = MemoryContextSwitchTo(pass);
	for (int64 pos = 0; pos < rows; pos++)
	{
		MemoryContextReset(pass);
		p->composite[pos] = get_float8_nan();
		if (p->method_per_row)
			read_row_method(winobj, p, pos);
		read_row(winobj, p, pos, true, true, &row);
		if (row.n > 0 && p->nindicators == 0)
		{
			p->nindicators = row.n;
			p->stats = MemoryContextAllocZero(partition, row.n * sizeof(IndicatorStats));
		}
		if (!row.usable)
			continue;
		p->rows++;
		if (p->method == COMPOSITE_GEOMETRIC)
		{
			float8		c_magnitude;
			float8		c = geometric_log_mean(p, &row, pos, &c_magnitude);

			p->composite[pos] = c;
			range_add(&range, c, c_magnitude);
			continue;
		}
		for (int j = 0; j < row.n; j++)
			stats_add(&p->stats[j], row.x[j]);
	}
	k = p->nindicators;
	if (p->method == COMPOSITE_GEOMETRIC)
	{
		MemoryContextSwitchTo(old);
		MemoryContextReset(pass);
		p->min = range.min;
		p->range = range.max - range.min;
		/* as below; -expm1(L_min - L_max) is the range relative to the largest */
		p->defined = range.seen &&
			-expm1(-p->range) > CONSTANT_TOLERANCE * (k + 2) * range.magnitude;
		p->computed = true;
		return;
	}
	for (int j = 0; j < k; j++)
		extreme |= p->stats[j].extreme;
	if (!extreme)
		for (int j = 0; j < k; j++)
			stats_end(&p->stats[j]);
	else if (p->rows >= 2)
		extreme_moments(winobj, p, rows, pass);

	/* pass 2: each row's composite, and their range */
	for (int64 pos = 0; pos < rows; pos++)
	{
		float8		c;
		float8		c_magnitude;

		if (p->rows < 2)
			break;
		MemoryContextReset(pass);
		read_row(winobj, p, pos, true, false, &row);
		if (!row.usable)
			continue;
		c = combine_zscores(p, &row, &c_magnitude);
		p->composite[pos] = c;
		range_add(&range, c, c_magnitude);
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset(pass);

	p->min = range.min;
	p->range = range.max - range.min;
	/*
	 * A composite whose values differ by no more than their rounding error
	 * is constant (z-scores that cancel exactly, e.g. two opposite
	 * indicators): min-max would only stretch that noise to [0, 1].
	 */
	p->defined = range.seen &&
		p->range > CONSTANT_TOLERANCE * (p->nindicators + 2) * range.magnitude;
	p->computed = true;
}

/*
 * egov.composite(indicators, weights, method) OVER (...) — the row's
 * component index in [0, 1]; NULL for a row with a NULL indicator and when
 * the composite does not vary over the partition.
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
		.method_arg = 2,
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
	float8		c;

	p = (CompositePartition *) WinGetPartitionLocalMemory(winobj, sizeof(CompositePartition));
	p->spec = spec;
	if (!p->computed)
		composite_scan(fcinfo, winobj, p);

	c = p->composite[WinGetCurrentPosition(winobj)];
	if (isnan(c) || !p->defined)
		PG_RETURN_NULL();
	if (p->method == COMPOSITE_GEOMETRIC)
		PG_RETURN_FLOAT8(geometric_minmax(p, c));
	PG_RETURN_FLOAT8((c - p->min) / p->range);
}
