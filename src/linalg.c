/*
 * linalg.c — cyclic Jacobi eigen-solver and symmetric pseudo-inverse (see
 * linalg.h).
 *
 * Jacobi is slower than QR for large matrices but simple, unconditionally
 * stable, and accurate to the last bits in the small eigenvalues, which
 * matters for the eigenvector of a nearly singular correlation matrix.
 */
#include "postgres.h"

#include <math.h>

#include "miscadmin.h"

#include "linalg.h"

#define A(i, j)		a[(i) * k + (j)]
#define V(i, j)		v[(i) * k + (j)]

void
egov_jacobi_eigen(int k, const float8 *src, float8 *values, float8 *vectors)
{
	float8	   *a = palloc(sizeof(float8) * k * k);
	float8	   *v = palloc(sizeof(float8) * k * k);
	int		   *order = palloc(sizeof(int) * k);
	float8		norm = 0.0;
	int			sweep;

	/* symmetric copy from the upper triangle, identity for the vectors */
	for (int i = 0; i < k; i++)
		for (int j = 0; j < k; j++)
		{
			float8		x = i <= j ? src[i * k + j] : src[j * k + i];

			A(i, j) = x;
			V(i, j) = (i == j) ? 1.0 : 0.0;
			norm += x * x;
		}
	norm = sqrt(norm);

	for (sweep = 0; sweep < EGOV_JACOBI_MAX_SWEEPS; sweep++)
	{
		float8		off = 0.0;

		CHECK_FOR_INTERRUPTS();
		for (int p = 0; p < k; p++)
			for (int q = p + 1; q < k; q++)
				off = Max(off, fabs(A(p, q)));
		if (off <= 1e-15 * norm)
			break;

		for (int p = 0; p < k; p++)
			for (int q = p + 1; q < k; q++)
			{
				float8		apq = A(p, q);
				float8		theta,
							t,
							c,
							s;

				if (apq == 0.0)
					continue;
				/* the rotation that zeroes a[p][q] (Golub and Van Loan 8.4) */
				theta = (A(q, q) - A(p, p)) / (2.0 * apq);
				t = (theta >= 0 ? 1.0 : -1.0) /
					(fabs(theta) + sqrt(theta * theta + 1.0));
				c = 1.0 / sqrt(t * t + 1.0);
				s = t * c;

				for (int r = 0; r < k; r++)
				{
					float8		arp = A(r, p);
					float8		arq = A(r, q);

					A(r, p) = c * arp - s * arq;
					A(r, q) = s * arp + c * arq;
				}
				for (int r = 0; r < k; r++)
				{
					float8		apr = A(p, r);
					float8		aqr = A(q, r);

					A(p, r) = c * apr - s * aqr;
					A(q, r) = s * apr + c * aqr;
				}
				A(p, q) = A(q, p) = 0.0;
				for (int r = 0; r < k; r++)
				{
					float8		vrp = V(r, p);
					float8		vrq = V(r, q);

					V(r, p) = c * vrp - s * vrq;
					V(r, q) = s * vrp + c * vrq;
				}
			}
	}
	if (sweep == EGOV_JACOBI_MAX_SWEEPS)
		elog(ERROR, "Jacobi eigen-solver did not converge in %d sweeps",
			 EGOV_JACOBI_MAX_SWEEPS);

	/* descending order of the eigenvalues (insertion sort: k is small) */
	for (int i = 0; i < k; i++)
	{
		int			j = i;

		while (j > 0 && A(order[j - 1], order[j - 1]) < A(i, i))
		{
			order[j] = order[j - 1];
			j--;
		}
		order[j] = i;
	}
	for (int j = 0; j < k; j++)
	{
		values[j] = A(order[j], order[j]);
		for (int i = 0; i < k; i++)
			vectors[i * k + j] = V(i, order[j]);
	}
	pfree(a);
	pfree(v);
	pfree(order);
}

void
egov_sym_pinv(int k, const float8 *a, float8 *inv)
{
	float8	   *values = palloc(sizeof(float8) * k);
	float8	   *vectors = palloc(sizeof(float8) * k * k);
	float8		cutoff;

	egov_jacobi_eigen(k, a, values, vectors);
	cutoff = k > 0 ? 1e-12 * Max(values[0], 0.0) : 0.0;
	for (int i = 0; i < k; i++)
		for (int j = 0; j < k; j++)
		{
			float8		s = 0.0;

			for (int m = 0; m < k; m++)
				if (values[m] > cutoff)
					s += vectors[i * k + m] * vectors[j * k + m] / values[m];
			inv[i * k + j] = s;
		}
	pfree(values);
	pfree(vectors);
}
