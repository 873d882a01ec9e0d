/*
 * composite.c — egov.composite(indicators float8[], weights float8[],
 * method text, minmax boolean, missing text, power float8)
 * OVER (PARTITION BY edition):
 * a composite index of each row's indicators in one call.
 *
 * Methods, named for what they do to the indicators:
 *
 *   'zscore_mean' (alias 'arithmetic', the default: the UN recipe for a
 *       component index such as TII or HCI) z-scores each indicator over
 *       the partition (sample deviation), then takes the weighted mean of a
 *       row's z-scores.  It re-standardises its inputs: any normalisation
 *       done before it is undone.
 *   'mean' takes the weighted arithmetic mean of the indicators as given.
 *   'geometric_mean' (alias 'geometric', COINr's a_gmean) takes the weighted
 *       geometric mean of the indicators as given, which must be positive.
 *   'harmonic_mean' (COINr's a_hmean) and 'generalised_mean' with a power p
 *       (COINr's a_genmean) the weighted power mean of the indicators as
 *       given, positive; 'median' their weighted median (composite_means.c).
 *   'copeland' (COINr's a_copeland) compares every pair of rows: a row's
 *       score is the number of rows it outranks minus the number that
 *       outrank it (copeland.c); it keeps every row's indicators.
 *
 * Weights are normalised to sum 1 (NULL: equal).  With minmax (the default)
 * the row's composite is then min-maxed over the partition to [0, 1], so
 * every method gives the same scale; without, it is returned as it is.
 *
 * NULL indicators follow the rule `missing`: 'drop' (the default) leaves a
 * row with a NULL array or any NULL indicator out of every statistic and
 * gives it NULL; 'error' refuses it (22004); 'reweight' (COINr's na.rm)
 * uses the row's present indicators with their weights renormalised to sum
 * 1, and each indicator's z-score statistics come from the rows where it is
 * present.  An indicator without spread (constant, or fewer than two values)
 * contributes z = 0, so it neither helps nor hurts anyone.
 *
 * Reading a row's arguments (a tuplestore fetch, an ARRAY[...] built or an
 * array detoasted) is what costs, so the partition is read at most twice,
 * on its first row: pass 1 checks every row and sums each indicator's values
 * and squares exactly (EgovOnePassMoments: mean and deviation in one read, as
 * exact as two passes), or, for the methods that need no statistics,
 * computes the composite; pass 2 ('zscore_mean' only) computes every row's
 * composite.  The composites are kept in partition memory (8 bytes a row),
 * so that each row's call only returns its value.  A constant weights
 * argument (the default NULL, an ARRAY[...] of constants) is read once, not
 * with every row.  The options are read by composite_options.c, the
 * partition through winpart.h, the sums come from numerics.h.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/memutils.h"
#include "windowapi.h"

#include "composite_means.h"
#include "composite_options.h"
#include "egov.h"
#include "numerics.h"
#include "recipes.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_composite);

#define ARG_INDICATORS	0

/*
 * Composite values that differ by less than this many units of rounding
 * (times the number of terms) count as equal.
 */
#define CONSTANT_TOLERANCE	(16 * DBL_EPSILON)

/*
 * The most indicators 'zscore_mean' takes: it keeps some 1.2 kB of exact
 * sums per indicator for the partition (120 MB at the limit).  The other
 * methods keep nothing per indicator.
 */
#define MAX_ZSCORE_INDICATORS	100000

/*
 * Weights whose largest magnitude lies outside [2^-500, 2^500] are scaled by
 * a power of two (exactly) so that their sum and products neither overflow
 * nor underflow; within it they are used as given.
 */
#define WEIGHT_SCALE_MIN	0x1p-500
#define WEIGHT_SCALE_MAX	0x1p500

/*
 * One indicator's statistics: one-pass exact sums (numerics.h), or, when
 * an indicator has extreme values, two-pass moments.
 */
typedef struct IndicatorStats
{
	EgovOnePassMoments sums;	/* sums.sd is the sd in either case */
	EgovMoments *moments;		/* set: two-pass moments */
} IndicatorStats;

typedef struct CompositePartition
{
	const EgovCompositeSpec *spec;	/* set on every call */
	bool		computed;
	bool		defined;		/* the composite has two distinct values */
	CompositeOptions opt;		/* method, minmax, missing */
	int			nindicators;	/* k; 0 until a row has an indicators array */
	int64		rows;			/* rows with a composite */
	float8		min;			/* composite range over those rows (geometric: */
	float8		range;			/* of the log of the composite) */
	IndicatorStats *stats;		/* k, for 'zscore_mean' */
	bool		fixed_weights;	/* no weights argument: spec->weights */
	bool		const_weights;	/* the weights argument is read once */
	bool		const_weights_null;
	float8	   *weights;		/* its elements, scaled (when not NULL) */
	int			nweights;
	float8	   *composite;		/* each row's composite (geometric: its log);
								 * NaN: NULL */
	int64		nrows;			/* rows in the partition */
	/* 'copeland': every row's indicators (k a row) and the one weighting */
	float8	   *rows_x;
	bool	   *rows_present;
	bool	   *rows_usable;
	float8	   *copeland_w;		/* normalised to sum 1; NULL until a row */
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
	bool		usable;			/* it has a composite: no NULL indicator
								 * ('reweight': one present) */
	int			n;				/* indicators in this row */
	const float8 *x;
	const bool *present;		/* NULL: every indicator present */
	const float8 *w;			/* NULL: equal weights */
} CompositeRow;

static inline bool
row_has(const CompositeRow *row, int j)
{
	return row->present == NULL || row->present[j];
}

/* 22023 naming the row (1-based) of the window partition */
#define row_error(func, pos, ...) \
	winpart_row_error(func, pos, ERRCODE_INVALID_PARAMETER_VALUE, __VA_ARGS__)

/* 22004 for a NULL indicator under missing => 'error' */
static void
null_error(const char *func, int64 pos, int indicator)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 indicator > 0 ?
			 errmsg("%s: indicator %d is NULL", func, indicator) :
			 errmsg("%s: the indicators array is NULL", func),
			 errdetail_winpart_row(pos),
			 errhint("missing => 'reweight' uses the row's other indicators; "
					 "missing => 'drop' gives the row NULL and leaves it out.")));
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

/*
 * A row with NULL indicators under 'error' or 'reweight': x (NULLs as 0)
 * and present; usable when one is present ('reweight').
 */
static void
row_with_nulls(const CompositePartition *p, int64 pos, float8 *x,
			   const bool *isnull, CompositeRow *row)
{
	bool	   *present = palloc(row->n * sizeof(bool));

	row->usable = false;
	for (int j = 0; j < row->n; j++)
	{
		present[j] = !isnull[j];
		if (isnull[j])
		{
			x[j] = 0.0;
			if (p->opt.missing == MISSING_ERROR)
				null_error(p->spec->func, pos, j + 1);
		}
		else
			row->usable = true;
	}
	row->x = x;
	row->present = present;
}

/* the indicators as one float8[] argument */
static void
read_array_indicators(const WinpartRow *a, CompositePartition *p, int64 pos,
					  CompositeRow *row)
{
	const char *func = p->spec->func;
	bool		isnull;
	bool		has_nulls;
	int			ndim;
	Datum		datum = winpart_row_arg(a, ARG_INDICATORS, &isnull);

	if (isnull)
	{
		if (p->opt.missing == MISSING_ERROR)
			null_error(func, pos, 0);
		return;
	}
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
	if (has_nulls && p->opt.missing != MISSING_DROP)
	{
		Datum	   *elems;
		bool	   *nulls;
		int			n;
		float8	   *x;

		deconstruct_array(DatumGetArrayTypeP(datum), FLOAT8OID, sizeof(float8),
						  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &nulls, &n);
		x = palloc(n * sizeof(float8));
		for (int j = 0; j < n; j++)
			x[j] = nulls[j] ? 0.0 : DatumGetFloat8(elems[j]);
		row_with_nulls(p, pos, x, nulls, row);
	}
}

/* the indicators as float8 arguments 0 .. k-1; like an array with NULLs */
static void
read_scalar_indicators(const WinpartRow *a, CompositePartition *p, int64 pos,
					   CompositeRow *row)
{
	int			k = p->spec->scalar_args;
	float8	   *x = palloc(k * sizeof(float8));
	bool	   *nulls = palloc(k * sizeof(bool));
	bool		any_null = false;

	row->n = k;
	for (int j = 0; j < k; j++)
	{
		x[j] = DatumGetFloat8(winpart_row_arg(a, j, &nulls[j]));
		any_null |= nulls[j];
	}
	row->x = x;
	row->usable = !any_null;
	if (any_null && p->opt.missing != MISSING_DROP)
		row_with_nulls(p, pos, x, nulls, row);
}

/*
 * Replace every indicator above the row's cap by the cap (a NULL cap caps
 * nothing).  The values are copied: an array argument's data is read-only.
 */
static void
cap_indicators(const WinpartRow *a, CompositePartition *p, int64 pos,
			   bool check, CompositeRow *row)
{
	bool		isnull;
	float8		cap;
	float8	   *x;

	cap = DatumGetFloat8(winpart_row_arg(a, p->spec->cap_arg, &isnull));
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

/*
 * Weights scaled by a power of two (exact) when their largest lies outside
 * [WEIGHT_SCALE_MIN, WEIGHT_SCALE_MAX], so that {1e308, 1e308} sums to a
 * finite number; otherwise the weights as given (then every result is bit
 * for bit what it was before scaling existed).
 */
static const float8 *
scale_weights(const float8 *w, int n)
{
	float8		largest = 0.0;
	float8	   *scaled;
	int			e;

	for (int j = 0; j < n; j++)
		largest = Max(largest, fabs(w[j]));
	if (largest == 0.0 || isinf(largest) || isnan(largest) ||
		(largest >= WEIGHT_SCALE_MIN && largest <= WEIGHT_SCALE_MAX))
		return w;
	(void) frexp(largest, &e);
	scaled = palloc(n * sizeof(float8));
	for (int j = 0; j < n; j++)
		scaled[j] = ldexp(w[j], -e);
	return scaled;
}

/*
 * A weights array into row->w, scaled; with `check`, every rule on weights
 * is enforced (errors name the row at `pos`).  Returns its length.
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
	float8		wsum = 0.0;

	if (ndim != 1)
		row_error(func, pos, "weights must be a non-empty one-dimensional array");
	if (row->n != 0 && nw != row->n)
		row_error(func, pos, "the weights array has %d elements, the indicators array %d",
				  nw, row->n);
	if (has_nulls)
		row_error(func, pos, "weights must not be NULL");
	for (int j = 0; check && j < nw; j++)
	{
		if (isnan(w[j]) || isinf(w[j]))
			row_error(func, pos, "weight %d must be finite, got %s",
					  j + 1, egov_float8_text(w[j]));
		if (w[j] < 0.0)
			row_error(func, pos, "weight %d must not be negative, got %s",
					  j + 1, egov_float8_text(w[j]));
	}
	w = scale_weights(w, nw);
	for (int j = 0; j < nw; j++)
		wsum += w[j];
	if (check && !(wsum > 0.0))
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
	p->weights = MemoryContextAlloc(winpart_context(p),
									p->nweights * sizeof(float8));
	memcpy(p->weights, row.w, p->nweights * sizeof(float8));
}

/*
 * Read the row at `pos` into *row.  With `check`, every rule on the
 * arguments is enforced; otherwise only what keeps the reading safe (a
 * volatile argument could change between passes).
 */
static void
read_row(const WinpartRow *a, CompositePartition *p, int64 pos,
		 bool want_weights, bool check, CompositeRow *row)
{
	const EgovCompositeSpec *spec = p->spec;
	bool		isnull;
	Datum		datum;

	memset(row, 0, sizeof(*row));

	if (spec->scalar_args > 0)
		read_scalar_indicators(a, p, pos, row);
	else
		read_array_indicators(a, p, pos, row);
	if (check && row->usable)
		for (int j = 0; j < row->n; j++)
			if (row_has(row, j) && (isnan(row->x[j]) || isinf(row->x[j])))
				row_error(spec->func, pos, "indicator %d must be finite, got %s",
						  j + 1, egov_float8_text(row->x[j]));
	if (spec->cap_arg >= 0)
		cap_indicators(a, p, pos, check, row);

	if (!want_weights)
		return;
	if (p->fixed_weights)
	{
		row->w = spec->weights;
		return;
	}
	if (p->const_weights)
	{
		if (p->const_weights_null)
			return;				/* equal weights */
		if (row->n != 0 && p->nweights != row->n)
			row_error(spec->func, pos, "the weights array has %d elements, the indicators array %d",
					  p->nweights, row->n);
		row->w = p->weights;
		return;
	}
	datum = winpart_row_arg(a, spec->weights_arg, &isnull);
	if (isnull)
		return;					/* equal weights */
	(void) weights_array(p, datum, pos, check, row);
}

/*
 * 'geometric_mean' for one row: the log of the weighted geometric mean,
 * sum(w log x) / sum(w) over the present indicators, as given (no z-scores:
 * they are negative by construction).  Every indicator must be positive.
 * *magnitude receives 1 + sum(w |log x|) / sum(w), the scale of the
 * rounding error relative to the geometric mean.  NaN when no present
 * indicator has a weight.
 */
static float8
geometric_log_mean(const CompositePartition *p, const CompositeRow *row,
				   int64 pos, float8 *magnitude)
{
	float8		sum = 0.0;
	float8		abs_sum = 0.0;
	float8		wsum = 0.0;

	for (int j = 0; j < row->n; j++)
	{
		float8		x = row->x[j];
		float8		w = row->w ? row->w[j] : 1.0;
		float8		l;

		if (!row_has(row, j))
			continue;
		if (!(x > 0.0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: the geometric method needs positive indicators, indicator %d is %s",
							p->spec->func, j + 1, egov_float8_text(x)),
					 errdetail_winpart_row(pos),
					 errhint("Put the indicator on a positive scale first, e.g. "
							 "1 + 99 * egov.minmax(x) OVER w (egov.minmax gives the "
							 "partition's minimum 0) or 1 + 99 * egov.goalpost(x, lo, hi).")));
		l = log(x);
		sum += w * l;
		abs_sum += w * fabs(l);
		wsum += w;
	}
	if (!(wsum > 0.0))
		return get_float8_nan();
	*magnitude = 1.0 + abs_sum / wsum;
	return sum / wsum;
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

static inline float8
zscore(const IndicatorStats *s, float8 x)
{
	if (s->sums.sd == 0.0)
		return 0.0;
	if (s->moments)
		return egov_moments_deviation(s->moments, x) / s->sums.sd;
	return egov_onepass_deviation(&s->sums, x) / s->sums.sd;
}

/*
 * 'zscore_mean' and 'mean' for one row: the weighted mean of the present
 * indicators' z-scores, or of their values.  *magnitude receives the same
 * mean of their absolute values, the scale of the rounding error in the
 * result.  NaN when no present indicator has a weight.
 */
static float8
weighted_mean(const CompositePartition *p, const CompositeRow *row,
			  float8 *magnitude)
{
	float8		sum = 0.0;
	float8		abs_sum = 0.0;
	float8		wsum = 0.0;

	if (p->opt.method == COMPOSITE_ZSCORE_MEAN)
	{
		/* the UN recipe's arithmetic, unchanged: divide the sums at the end */
		for (int j = 0; j < row->n; j++)
		{
			float8		z;
			float8		w = row->w ? row->w[j] : 1.0;

			if (!row_has(row, j))
				continue;
			z = zscore(&p->stats[j], row->x[j]);
			sum += w * z;
			abs_sum += w * fabs(z);
			wsum += w;
		}
		if (!(wsum > 0.0))
			return get_float8_nan();
		*magnitude = abs_sum / wsum;
		return sum / wsum;
	}

	/* the indicators as given: the same sums, divided at the end ... */
	for (int j = 0; j < row->n; j++)
	{
		float8		w = row->w ? row->w[j] : 1.0;

		if (!row_has(row, j))
			continue;
		sum += w * row->x[j];
		abs_sum += w * fabs(row->x[j]);
		wsum += w;
	}
	if (!(wsum > 0.0))
		return get_float8_nan();
	if (!isinf(abs_sum))
	{
		*magnitude = abs_sum / wsum;
		return sum / wsum;
	}
	/* ... unless values near DBL_MAX overflow them: weights summing to 1 */
	sum = abs_sum = 0.0;
	for (int j = 0; j < row->n; j++)
	{
		float8		w = (row->w ? row->w[j] : 1.0) / wsum;

		if (!row_has(row, j))
			continue;
		sum += w * row->x[j];
		abs_sum += w * fabs(row->x[j]);
	}
	*magnitude = abs_sum;
	return sum;
}

/*
 * A row's composite for the methods that need no partition statistics
 * (geometric: its log); *magnitude as for weighted_mean.
 */
static float8
row_composite(const CompositePartition *p, const CompositeRow *row,
			  int64 pos, float8 *magnitude)
{
	switch (p->opt.method)
	{
		case COMPOSITE_GEOMETRIC_MEAN:
			return geometric_log_mean(p, row, pos, magnitude);
		case COMPOSITE_HARMONIC_MEAN:
		case COMPOSITE_GENERALISED_MEAN:
			return egov_generalised_mean(p->spec->func, pos, row->n, row->x,
										 row->present, row->w, p->opt.power,
										 magnitude);
		case COMPOSITE_MEDIAN:
			return egov_weighted_median(row->n, row->x, row->present, row->w,
										magnitude);
		default:
			return weighted_mean(p, row, magnitude);
	}
}

/*
 * 'copeland': keep the row's indicators for the pairwise comparison; every
 * row must weight the indicators alike (after normalising to sum 1).
 */
static void
copeland_keep(CompositePartition *p, const CompositeRow *row, int64 pos)
{
	int			k = p->nindicators;
	float8		wsum = 0.0;
	float8	   *w = palloc(k * sizeof(float8));

	for (int j = 0; j < k; j++)
		wsum += row->w ? row->w[j] : 1.0;
	for (int j = 0; j < k; j++)
		w[j] = (row->w ? row->w[j] : 1.0) / wsum;
	if (p->copeland_w == NULL)
	{
		p->copeland_w = MemoryContextAlloc(winpart_context(p), k * sizeof(float8));
		memcpy(p->copeland_w, w, k * sizeof(float8));
	}
	else if (memcmp(p->copeland_w, w, k * sizeof(float8)) != 0)
		row_error(p->spec->func, pos,
				  "method \"copeland\" needs the same weights on every row of the partition");
	memcpy(p->rows_x + pos * k, row->x, k * sizeof(float8));
	for (int j = 0; j < k; j++)
		p->rows_present[pos * k + j] = row_has(row, j);
	p->rows_usable[pos] = true;
}

/* 'copeland', after pass 1: every row's score, and their range */
static void
copeland_composites(CompositePartition *p, CompositeRange *range)
{
	if (p->rows_usable == NULL)
		return;					/* no row had indicators */
	egov_copeland_scores(p->nrows, p->nindicators, p->rows_x,
						 p->rows_present, p->rows_usable, p->copeland_w,
						 p->composite);
	for (int64 i = 0; i < p->nrows; i++)
		if (!isnan(p->composite[i]))
			range_add(range, p->composite[i], 0.0);
}

/* the first row with indicators fixes k (and, for z-scores, the statistics) */
static void
set_indicators(CompositePartition *p, int k)
{
	p->nindicators = k;
	if (p->opt.method == COMPOSITE_COPELAND)
	{
		MemoryContext cxt = winpart_context(p);

		if (p->nrows > EGOV_MAX_COPELAND_ROWS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s: method \"copeland\" takes at most %d rows a partition, got " INT64_FORMAT,
							p->spec->func, EGOV_MAX_COPELAND_ROWS, p->nrows),
					 errhint("It compares every pair of rows.")));
		p->rows_x = MemoryContextAllocHuge(cxt, p->nrows * k * sizeof(float8));
		p->rows_present = MemoryContextAllocHuge(cxt, p->nrows * k * sizeof(bool));
		p->rows_usable = MemoryContextAllocZero(cxt, p->nrows * sizeof(bool));
		return;
	}
	if (p->opt.method != COMPOSITE_ZSCORE_MEAN)
		return;
	if (k > MAX_ZSCORE_INDICATORS)
	{
		/* a recipe (egov.tii) has no method to name or change */
		bool		recipe = p->spec->method_arg < 0;

		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 recipe ?
				 errmsg("%s takes at most %d indicators, got %d",
						p->spec->func, MAX_ZSCORE_INDICATORS, k) :
				 errmsg("%s: method \"zscore_mean\" takes at most %d indicators, got %d",
						p->spec->func, MAX_ZSCORE_INDICATORS, k),
				 recipe ? 0 :
				 errhint("The methods \"mean\" and \"geometric_mean\" take any number.")));
	}
	p->stats = MemoryContextAllocZero(winpart_context(p),
									  k * sizeof(IndicatorStats));
}

/* the partition's range of composites, and whether min-max is defined */
static void
set_range(CompositePartition *p, const CompositeRange *range)
{
	p->min = range->min;
	p->range = range->max - range->min;

	/*
	 * A composite whose values differ by no more than their rounding error
	 * is constant (z-scores that cancel exactly, e.g. two opposite
	 * indicators): min-max would only stretch that noise to [0, 1].  For
	 * the geometric mean -expm1(L_min - L_max) is the range relative to the
	 * largest.
	 */
	if (p->opt.method == COMPOSITE_GEOMETRIC_MEAN)
		p->defined = range->seen &&
			-expm1(-p->range) > CONSTANT_TOLERANCE * (p->nindicators + 2) * range->magnitude;
	else
		p->defined = range->seen &&
			p->range > CONSTANT_TOLERANCE * (p->nindicators + 2) * range->magnitude;
	p->computed = true;
}

/* a pass over the partition: what it reads and gathers */
typedef struct CompositeScan
{
	CompositePartition *p;
	FmgrInfo   *flinfo;			/* the call's: argument types */
	WinpartArgs args;
	CompositeRange range;		/* of the composites */
	bool		deviation;		/* moments_row: pass 2 of the moments */
} CompositeScan;

/* the arguments read_row needs, and with `options` those read per row */
static void
scan_args(CompositeScan *s, bool weights, bool options)
{
	const CompositePartition *p = s->p;
	const EgovCompositeSpec *spec = p->spec;

	s->args.n = 0;
	for (int j = 0; j < Max(spec->scalar_args, 1); j++)
		winpart_args_add(&s->args, s->flinfo, spec->scalar_args > 0 ? j : ARG_INDICATORS);
	winpart_args_add(&s->args, s->flinfo, spec->cap_arg);
	if (weights && !p->fixed_weights && !p->const_weights)
		winpart_args_add(&s->args, s->flinfo, spec->weights_arg);
	if (options && p->opt.per_row)
		composite_option_args(s->flinfo, spec, &p->opt, &s->args);
}

static void
scan_run(WindowObject winobj, CompositeScan *s, WinpartVisitor visit)
{
	(void) winpart_scan(winobj, s->p->spec->func, &s->args, visit, s);
}

/*
 * pass 1: check every row; exact sums for the indicators' moments, or (the
 * other methods) each row's composite and their range, which is all
 */
static void
check_row(void *arg, const WinpartRow *a)
{
	CompositeScan *s = (CompositeScan *) arg;
	CompositePartition *p = s->p;
	int64		pos = a->pos;
	CompositeRow row;

	p->composite[pos] = get_float8_nan();
	if (p->opt.per_row)
		composite_row_options(p->spec, a, &p->opt);
	read_row(a, p, pos, true, true, &row);
	if (row.n > 0 && p->nindicators == 0)
		set_indicators(p, row.n);
	if (!row.usable)
		return;
	if (p->opt.method == COMPOSITE_COPELAND)
	{
		copeland_keep(p, &row, pos);
		p->rows++;
		return;
	}
	if (p->opt.method != COMPOSITE_ZSCORE_MEAN)
	{
		float8		c_magnitude = 0.0;
		float8		c = row_composite(p, &row, pos, &c_magnitude);

		p->composite[pos] = c;
		if (!isnan(c))
		{
			p->rows++;
			range_add(&s->range, c, c_magnitude);
		}
		return;
	}
	p->rows++;
	for (int j = 0; j < row.n; j++)
		if (row_has(&row, j))
			egov_onepass_add(&p->stats[j].sums, row.x[j]);
}

/* 'zscore_mean', pass 2: each row's composite, and their range */
static void
composite_row(void *arg, const WinpartRow *a)
{
	CompositeScan *s = (CompositeScan *) arg;
	CompositePartition *p = s->p;
	int64		pos = a->pos;
	CompositeRow row;
	float8		c;
	float8		c_magnitude = 0.0;

	read_row(a, p, pos, true, false, &row);
	if (!row.usable)
		return;
	c = weighted_mean(p, &row, &c_magnitude);
	p->composite[pos] = c;
	if (!isnan(c))
		range_add(&s->range, c, c_magnitude);
}

/* a row's indicators into the two-pass moments (see extreme_moments) */
static void
moments_row(void *arg, const WinpartRow *a)
{
	CompositeScan *s = (CompositeScan *) arg;
	CompositePartition *p = s->p;
	int64		pos = a->pos;
	CompositeRow row;

	read_row(a, p, pos, false, false, &row);
	if (!row.usable)
		return;
	for (int j = 0; j < p->nindicators; j++)
	{
		if (!row_has(&row, j))
			continue;
		if (s->deviation)
			egov_moments_add_deviation(p->stats[j].moments, row.x[j]);
		else
			egov_moments_add(p->stats[j].moments, row.x[j]);
	}
}

/*
 * The two-pass moments of numerics.h for every indicator, when one has
 * values too large or too small for pass 1's sums of squares: two more
 * reads of the partition, only for such data.
 */
static void
extreme_moments(WindowObject winobj, FmgrInfo *flinfo, CompositePartition *p)
{
	int			k = p->nindicators;
	CompositeScan s = {p, flinfo};

	for (int j = 0; j < k; j++)
		p->stats[j].moments = MemoryContextAllocZero(winpart_context(p),
													 sizeof(EgovMoments));
	scan_args(&s, false, false);
	scan_run(winobj, &s, moments_row);
	for (int j = 0; j < k; j++)
		egov_moments_end_mean(p->stats[j].moments);
	s.deviation = true;
	scan_run(winobj, &s, moments_row);
	for (int j = 0; j < k; j++)
	{
		IndicatorStats *st = &p->stats[j];

		egov_moments_end_deviation(st->moments);
		if (!egov_moments_sd(st->moments, false, &st->sums.sd))
			st->sums.sd = 0.0;	/* no spread: z = 0 */
	}
}

static void
composite_scan(FunctionCallInfo fcinfo, WindowObject winobj, CompositePartition *p)
{
	int64		rows = winpart_rows(winobj, p->spec->func);
	CompositeScan s = {p, fcinfo->flinfo};
	bool		extreme = false;

	p->composite = MemoryContextAllocHuge(winpart_context(p),
										  Max(rows, 1) * sizeof(float8));
	p->nrows = rows;
	composite_call_options(fcinfo, p->spec, &p->opt);
	read_const_weights(fcinfo, winobj, p);

	scan_args(&s, true, true);
	scan_run(winobj, &s, check_row);
	if (p->opt.method == COMPOSITE_COPELAND)
		copeland_composites(p, &s.range);
	if (p->opt.method != COMPOSITE_ZSCORE_MEAN)
	{
		set_range(p, &s.range);
		return;
	}
	for (int j = 0; j < p->nindicators; j++)
		extreme |= p->stats[j].sums.extreme;
	if (!extreme)
		for (int j = 0; j < p->nindicators; j++)
			egov_onepass_end(&p->stats[j].sums);
	else if (p->rows >= 2)
		extreme_moments(winobj, fcinfo->flinfo, p);

	if (p->rows > 0)
	{
		memset(&s.range, 0, sizeof(s.range));
		scan_args(&s, true, false);
		scan_run(winobj, &s, composite_row);
	}
	set_range(p, &s.range);
}

/*
 * egov.composite(indicators, weights, method, minmax, missing) OVER (...) —
 * the row's composite; NULL for a row without one (see missing) and, with
 * minmax, when the composite does not vary over the partition.
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
		.minmax_arg = 3,
		.missing_arg = 4,
		.power_arg = 5,
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
	if (isnan(c))
		PG_RETURN_NULL();
	if (!p->opt.minmax)
	{
		if (p->opt.method == COMPOSITE_GEOMETRIC_MEAN)
		{
			/* the mean of logs of finite values: only rounding can overflow */
			c = exp(c);
			PG_RETURN_FLOAT8(isinf(c) ? DBL_MAX : c);
		}
		PG_RETURN_FLOAT8(c);
	}
	if (!p->defined)
		PG_RETURN_NULL();
	if (p->opt.method == COMPOSITE_GEOMETRIC_MEAN)
		PG_RETURN_FLOAT8(geometric_minmax(p, c));
	PG_RETURN_FLOAT8((c - p->min) / p->range);
}
