/*
 * composite_means.c — the generalised (and so harmonic) mean and the
 * weighted median of a row's indicators, for egov.composite (see
 * composite_means.h).
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "utils/float.h"

#include "composite_means.h"
#include "egov.h"
#include "winpart.h"

/* a cumulative weight within this much (relative) of half the total is half */
#define HALF_TOLERANCE	(64 * DBL_EPSILON)

static inline bool
present_at(const bool *present, int j)
{
	return present == NULL || present[j];
}

float8
egov_generalised_mean(const char *func, int64 pos, int n, const float8 *x,
					  const bool *present, const float8 *w, float8 power,
					  float8 *magnitude)
{
	float8		wsum = 0.0;
	float8		top = -get_float8_infinity();	/* max of p log x */
	float8		lsum = 0.0;		/* p = 0: sum w log x */
	float8		s = 0.0;
	float8		xmax = 0.0;

	for (int j = 0; j < n; j++)
	{
		float8		wj = w ? w[j] : 1.0;

		if (!present_at(present, j))
			continue;
		if (!(x[j] > 0.0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: the generalised and harmonic means need positive indicators, indicator %d is %s",
							func, j + 1, egov_float8_text(x[j])),
					 errdetail_winpart_row(pos),
					 errhint("Put the indicator on a positive scale first, e.g. "
							 "1 + 99 * egov.minmax(x) OVER w.")));
		xmax = Max(xmax, x[j]);
		if (wj == 0.0)
			continue;
		wsum += wj;
		lsum += wj * log(x[j]);
		top = Max(top, power * log(x[j]));
	}
	*magnitude = xmax;
	if (!(wsum > 0.0))
		return get_float8_nan();
	if (power == 0.0)
		return exp(lsum / wsum);
	/* sum w x^p = e^top sum w e^(p log x - top): every term at most w */
	for (int j = 0; j < n; j++)
	{
		float8		wj = w ? w[j] : 1.0;

		if (present_at(present, j) && wj != 0.0)
			s += wj * exp(power * log(x[j]) - top);
	}
	return exp((top + log(s / wsum)) / power);
}

typedef struct WeightedValue
{
	float8		x;
	float8		w;
} WeightedValue;

static int
weighted_value_cmp(const void *a, const void *b)
{
	float8		x = ((const WeightedValue *) a)->x;
	float8		y = ((const WeightedValue *) b)->x;

	return x < y ? -1 : x > y ? 1 : 0;
}

float8
egov_weighted_median(int n, const float8 *x, const bool *present,
					 const float8 *w, float8 *magnitude)
{
	WeightedValue *v = palloc(Max(n, 1) * sizeof(WeightedValue));
	int			m = 0;
	float8		total = 0.0;
	float8		cum = 0.0;
	float8		result = get_float8_nan();

	*magnitude = 0.0;
	for (int j = 0; j < n; j++)
	{
		float8		wj = w ? w[j] : 1.0;

		if (!present_at(present, j) || wj == 0.0)
			continue;
		v[m].x = x[j];
		v[m].w = wj;
		total += wj;
		*magnitude = Max(*magnitude, fabs(x[j]));
		m++;
	}
	qsort(v, m, sizeof(WeightedValue), weighted_value_cmp);
	for (int i = 0; i < m; i++)
	{
		cum += v[i].w;
		if (fabs(cum - total / 2.0) <= HALF_TOLERANCE * total && i + 1 < m)
		{
			/* the halves meet between two values: their mean */
			result = v[i].x / 2.0 + v[i + 1].x / 2.0;
			break;
		}
		if (cum >= total / 2.0)
		{
			result = v[i].x;
			break;
		}
	}
	pfree(v);
	return result;
}
