/*
 * copeland.c — the Copeland score of egov.composite(..., method =>
 * 'copeland'), COINr's a_copeland: a pairwise (outranking) aggregation.
 * Every row is compared with every other on the indicators present in both:
 * row i outranks row j when the weight of the indicators on which i is
 * greater exceeds the weight of those on which it is smaller (ties count
 * half for each, so this is the weighted share of the comparisons
 * exceeding one half).  The score is the number of rows i outranks minus
 * the number that outrank it, from -(n - 1) to n - 1.  The comparison is
 * quadratic in the rows (EGOV_MAX_COPELAND_ROWS bounds it), and needs the
 * whole partition, which the window function has anyway.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "miscadmin.h"
#include "utils/float.h"

#include "composite_means.h"

/* weight differences within this much (relative) of the compared weight tie */
#define TIE_TOLERANCE	(64 * DBL_EPSILON)

void
egov_copeland_scores(int64 nrows, int k, const float8 *x,
					 const bool *present, const bool *usable, const float8 *w,
					 float8 *score)
{
	for (int64 i = 0; i < nrows; i++)
		score[i] = usable[i] ? 0.0 : get_float8_nan();

	for (int64 i = 0; i < nrows; i++)
	{
		const float8 *xi = x + i * k;
		const bool *pi = present ? present + i * k : NULL;

		CHECK_FOR_INTERRUPTS();
		if (!usable[i])
			continue;
		for (int64 j = i + 1; j < nrows; j++)
		{
			const float8 *xj = x + j * k;
			const bool *pj = present ? present + j * k : NULL;
			float8		greater = 0.0;
			float8		smaller = 0.0;
			float8		common = 0.0;

			if (!usable[j])
				continue;
			for (int c = 0; c < k; c++)
			{
				float8		wc = w ? w[c] : 1.0;

				if ((pi && !pi[c]) || (pj && !pj[c]))
					continue;
				common += wc;
				if (xi[c] > xj[c])
					greater += wc;
				else if (xi[c] < xj[c])
					smaller += wc;
			}
			if (greater - smaller > TIE_TOLERANCE * common)
			{
				score[i] += 1.0;
				score[j] -= 1.0;
			}
			else if (smaller - greater > TIE_TOLERANCE * common)
			{
				score[i] -= 1.0;
				score[j] += 1.0;
			}
		}
	}
}
