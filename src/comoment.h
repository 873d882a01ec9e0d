/*
 * comoment.h — the state shared by the multivariate aggregates
 * (correlation_matrix, cronbach_alpha, pca_variance, pca_weights): the
 * count, means and co-moments of an indicator array, as a float8[] so that
 * the aggregates run in parallel without serialisation functions:
 *
 *	[0] k	indicators (0 until a row is seen: the state starts as {0,0})
 *	[1] n	rows counted: rows whose array and every element are non-NULL
 *			(listwise deletion, as stats::na.omit before prcomp)
 *	[2 .. 2+k)				the means
 *	[2+k .. 2+k+k(k+1)/2)	the co-moments C_ij = sum (x_i - mean_i)(x_j -
 *							mean_j), i <= j, row by row of the upper triangle
 *
 * Rows are added by Welford's update and partial states merged by Chan,
 * Golub and LeVeque's pairwise formula, both stable for any offset of the
 * data; the result does not depend on the row order beyond rounding.
 */
#ifndef EGOV_COMOMENT_H
#define EGOV_COMOMENT_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/array.h"

typedef struct EgovComoment
{
	float8	   *state;			/* the whole state: [1] is n */
	int			k;
	float8		n;
	float8	   *mean;			/* [k] */
	float8	   *c;				/* upper triangle, see egov_comoment_at */
} EgovComoment;

/* the state's fields, after checking its shape (22023 naming caller) */
extern void egov_comoment_of(ArrayType *state, const char *caller,
							 EgovComoment *out);

/* C_ij, either order of i and j */
static inline float8
egov_comoment_at(const EgovComoment *m, int i, int j)
{
	if (i > j)
	{
		int			t = i;

		i = j;
		j = t;
	}
	/* rows 0 .. i-1 of the upper triangle hold i * k - i (i - 1) / 2 */
	return m->c[i * m->k - i * (i - 1) / 2 + (j - i)];
}

/*
 * The k x k correlation matrix into r (row-major) for the indicators with
 * spread (C_ii > 0); constant[i] is set for the others, whose row and
 * column are NaN (the diagonal too).  Needs n >= 2.  A variance that
 * overflowed raises 22003 naming func.
 */
/*
 * Whether indicator i varies (its co-moment C_ii > 0); 22003 naming func
 * when C_ii overflowed, as for values beyond about 1e154.
 */
extern bool egov_comoment_varies(const EgovComoment *m, const char *func, int i);

extern void egov_comoment_correlation(const EgovComoment *m, const char *func,
									  float8 *r, bool *constant);

#endif							/* EGOV_COMOMENT_H */
