/*
 * composite_means.h — the per-row aggregations of egov.composite beyond the
 * arithmetic and geometric means (generalised and harmonic means, weighted
 * median) and the partition-wide Copeland score (copeland.c).  A row is its
 * n indicators x, which of them are present (NULL: all) and their weights
 * (NULL: equal); func and pos name the row in errors.
 */
#ifndef EGOV_COMPOSITE_MEANS_H
#define EGOV_COMPOSITE_MEANS_H

#include "postgres.h"

/* the power argument is refused beyond this magnitude (22003) */
#define EGOV_MAX_POWER	1e6

/*
 * The weighted generalised (power) mean (sum w x^p / sum w)^(1/p) of the
 * present indicators, which must be positive (22023 naming the indicator);
 * p = 0 is its limit, the geometric mean, and p = -1 the harmonic mean.
 * Computed from logarithms (log-sum-exp), so that no power overflows.
 * *magnitude receives the largest present indicator.  NaN when no present
 * indicator has a weight.
 */
extern float8 egov_generalised_mean(const char *func, int64 pos, int n,
									const float8 *x, const bool *present,
									const float8 *w, float8 power,
									float8 *magnitude);

/*
 * The weighted median of the present indicators with a positive weight:
 * sorted by value, the first whose cumulative weight reaches half the
 * total; when one reaches exactly half (within rounding), the mean of it
 * and the next.  Equal weights give the ordinary median.  *magnitude
 * receives the largest |x| taking part.  NaN when no indicator has a weight.
 */
extern float8 egov_weighted_median(int n, const float8 *x, const bool *present,
								   const float8 *w, float8 *magnitude);

/*
 * Copeland scores (copeland.c) of nrows rows of k indicators each, stored
 * row after row in x (present likewise, NULL: all present), with one
 * weights vector w (NULL: equal) for the whole partition.  usable[i] false
 * leaves row i out (its score is NaN).  For rows i and j, W>(i, j) is the
 * weight of the indicators present in both on which i is greater, W<(i, j)
 * of those on which it is smaller; i beats j when W> exceeds W< by more
 * than rounding.  score[i] = wins - losses over the other usable rows.
 */
#define EGOV_MAX_COPELAND_ROWS	100000

extern void egov_copeland_scores(int64 nrows, int k, const float8 *x,
								 const bool *present,
								 const bool *usable, const float8 *w,
								 float8 *score);

#endif							/* EGOV_COMPOSITE_MEANS_H */
