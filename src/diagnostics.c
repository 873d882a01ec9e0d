/*
 * diagnostics.c — the statistical diagnostics of an indicator array, as
 * aggregates with a float8[] state (so that they run in parallel):
 *
 * - egov.correlation_matrix and egov.cronbach_alpha: final functions on the
 *   co-moment state of comoment.h (complete rows only);
 * - egov.skewness and egov.kurtosis: their own state of per-indicator
 *   moments, each indicator over the rows where it is non-NULL:
 *
 *	[0] k	(0 until a row is seen: the state starts as {0})
 *	[1 + 5j .. 1 + 5j + 5)	n, mean, M2, M3, M4 of indicator j, M_p the sum
 *							of the p-th powers of the deviations from the mean
 *
 *   updated by Terriberry's one-value form of Pébay's formulas and merged by
 *   Pébay's pairwise ones (both stable for any offset of the data).
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/float.h"

#include "comoment.h"
#include "indarray.h"

PG_FUNCTION_INFO_V1(egov_correlation_matrix_final);
PG_FUNCTION_INFO_V1(egov_cronbach_alpha_final);
PG_FUNCTION_INFO_V1(egov_moments_accum);
PG_FUNCTION_INFO_V1(egov_moments_combine);
PG_FUNCTION_INFO_V1(egov_skewness_final);
PG_FUNCTION_INFO_V1(egov_kurtosis_final);

/* ---------- on the co-moment state ---------- */

/*
 * egov.correlation_matrix_final(state): the k x k Pearson correlation matrix
 * (a two-dimensional float8[]) of the complete rows; the row and column of
 * an indicator without spread are NULL.  NULL with fewer than 2 rows.
 */
Datum
egov_correlation_matrix_final(PG_FUNCTION_ARGS)
{
	EgovComoment m;
	float8	   *r;
	bool	   *constant;
	int			dims[2];

	egov_comoment_of(PG_GETARG_ARRAYTYPE_P(0), "egov.correlation_matrix", &m);
	if (m.k == 0 || m.n < 2)
		PG_RETURN_NULL();
	r = palloc(sizeof(float8) * m.k * m.k);
	constant = palloc(sizeof(bool) * m.k);
	egov_comoment_correlation(&m, "egov.correlation_matrix", r, constant);
	dims[0] = dims[1] = m.k;
	PG_RETURN_ARRAYTYPE_P(egov_float8_array_nan_null(r, 2, dims));
}

/*
 * egov.cronbach_alpha_final(state): k / (k - 1) * (1 - sum_i var_i /
 * var(sum_i x_i)), var(sum) = sum_ij cov_ij, over the complete rows.  NULL
 * with fewer than 2 indicators or 2 rows, or when the sum does not vary.
 */
Datum
egov_cronbach_alpha_final(PG_FUNCTION_ARGS)
{
	EgovComoment m;
	float8		diag = 0.0,
				total = 0.0;

	egov_comoment_of(PG_GETARG_ARRAYTYPE_P(0), "egov.cronbach_alpha", &m);
	if (m.k < 2 || m.n < 2)
		PG_RETURN_NULL();
	for (int i = 0; i < m.k; i++)
	{
		diag += egov_comoment_at(&m, i, i);
		for (int j = 0; j < m.k; j++)
			total += egov_comoment_at(&m, i, j);
	}
	if (!isfinite(total))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("egov.cronbach_alpha: the indicators are too large for their variances to be computed"),
				 errhint("Normalise or rescale the indicators first.")));
	if (!(total > 0.0))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((float8) m.k / (m.k - 1) * (1.0 - diag / total));
}

/* ---------- egov.skewness, egov.kurtosis: per-indicator moments ---------- */

#define MOM_N		0
#define MOM_MEAN	1
#define MOM_M2		2
#define MOM_M3		3
#define MOM_M4		4
#define MOM_LEN		5
#define MOM_MAX_K	100000

/* the state's k and moments, after checking its shape */
static float8 *
moments_of(ArrayType *state, const char *caller, int *k)
{
	int			len;
	float8	   *v = egov_state_values(state, caller, 1, &len);

	if (!(v[0] >= 0 && v[0] <= MOM_MAX_K && v[0] == floor(v[0])) ||
		len != 1 + MOM_LEN * (int) v[0])
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: invalid state of %d elements", caller, len),
				 errdetail("A state is {k, then n, mean, M2, M3, M4 of each indicator}.")));
	*k = (int) v[0];
	return v + 1;
}

Datum
egov_moments_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *state = egov_state_arg(fcinfo, 0);
	const char *func;
	EgovIndicators row;
	float8	   *v;
	int			k;

	func = egov_aggregate_name(fcinfo, "egov.moments_accum");
	v = moments_of(state, func, &k);
	egov_indicators_read(PG_GETARG_DATUM(1), func, -1, &row);
	if (k == 0)
	{
		egov_indicators_limit(func, row.k, MOM_MAX_K);
		state = egov_state_new(1 + MOM_LEN * row.k);
		v = egov_state_values(state, func, 1, &k);
		v[0] = (float8) row.k;
		v = moments_of(state, func, &k);
	}
	else if (row.k != k)
		egov_indicators_length_error(func, -1, row.k, k);

	for (int j = 0; j < k; j++)
	{
		float8	   *s = v + MOM_LEN * j;
		float8		n1,
					n,
					delta,
					dn,
					dn2,
					term1;

		if (isnan(row.x[j]))
			continue;			/* NULL */
		n1 = s[MOM_N];
		n = n1 + 1;
		delta = row.x[j] - s[MOM_MEAN];
		dn = delta / n;
		dn2 = dn * dn;
		term1 = delta * dn * n1;
		s[MOM_N] = n;
		s[MOM_MEAN] += dn;
		s[MOM_M4] += term1 * dn2 * (n * n - 3 * n + 3) + 6 * dn2 * s[MOM_M2] -
			4 * dn * s[MOM_M3];
		s[MOM_M3] += term1 * dn * (n - 2) - 3 * dn * s[MOM_M2];
		s[MOM_M2] += term1;
	}
	PG_RETURN_ARRAYTYPE_P(state);
}

Datum
egov_moments_combine(PG_FUNCTION_ARGS)
{
	const char *func = egov_aggregate_name(fcinfo, "egov.moments_combine");
	ArrayType  *state1 = egov_state_arg(fcinfo, 0);
	ArrayType  *state2 = PG_GETARG_ARRAYTYPE_P(1);
	float8	   *va,
			   *vb;
	int			ka,
				kb;

	va = moments_of(state1, func, &ka);
	vb = moments_of(state2, func, &kb);
	if (kb == 0)
		PG_RETURN_ARRAYTYPE_P(state1);
	if (ka == 0)
		PG_RETURN_ARRAYTYPE_P(PG_GETARG_ARRAYTYPE_P_COPY(1));
	if (ka != kb)
		egov_indicators_length_error(func, -1, kb, ka);
	for (int j = 0; j < ka; j++)
	{
		float8	   *a = va + MOM_LEN * j;
		const float8 *b = vb + MOM_LEN * j;
		float8		na = a[MOM_N],
					nb = b[MOM_N],
					n,
					d,
					d2;

		if (nb == 0)
			continue;
		if (na == 0)
		{
			memcpy(a, b, sizeof(float8) * MOM_LEN);
			continue;
		}
		n = na + nb;
		d = b[MOM_MEAN] - a[MOM_MEAN];
		d2 = d * d;
		a[MOM_M4] += b[MOM_M4] +
			d2 * d2 * na * nb * (na * na - na * nb + nb * nb) / (n * n * n) +
			6 * d2 * (na * na * b[MOM_M2] + nb * nb * a[MOM_M2]) / (n * n) +
			4 * d * (na * b[MOM_M3] - nb * a[MOM_M3]) / n;
		a[MOM_M3] += b[MOM_M3] +
			d2 * d * na * nb * (na - nb) / (n * n) +
			3 * d * (na * b[MOM_M2] - nb * a[MOM_M2]) / n;
		a[MOM_M2] += b[MOM_M2] + d2 * na * nb / n;
		a[MOM_MEAN] += d * (nb / n);
		a[MOM_N] = n;
	}
	PG_RETURN_ARRAYTYPE_P(state1);
}

/*
 * One statistic per indicator: the sample skewness G1 (kurtosis false) or
 * excess kurtosis G2, e1071 type 2 as egov.winsorise computes them; NULL
 * for an indicator with fewer than 3 (G1) or 4 (G2) values or no spread.
 */
static Datum
moments_final(FunctionCallInfo fcinfo, bool kurtosis)
{
	const char *func = kurtosis ? "egov.kurtosis" : "egov.skewness";
	int			k;
	float8	   *v = moments_of(PG_GETARG_ARRAYTYPE_P(0), func, &k);
	float8	   *out;

	if (k == 0)
		PG_RETURN_NULL();
	out = palloc(sizeof(float8) * k);
	for (int j = 0; j < k; j++)
	{
		const float8 *s = v + MOM_LEN * j;
		float8		n = s[MOM_N],
					m2 = s[MOM_M2],
					g;

		if (!isfinite(s[MOM_M4]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s: indicator %d is too large for its moments to be computed",
							func, j + 1),
					 errhint("Normalise or rescale the indicators first.")));
		out[j] = get_float8_nan();
		if (n < (kurtosis ? 4 : 3) || !(m2 > 0.0))
			continue;
		if (kurtosis)
		{
			g = n * s[MOM_M4] / (m2 * m2);
			g = ((n + 1) * (g - 3) + 6) * (n - 1) / ((n - 2) * (n - 3));
		}
		else
		{
			g = sqrt(n) * s[MOM_M3] / (m2 * sqrt(m2));
			g = g * sqrt(n * (n - 1)) / (n - 2);
		}
		out[j] = g;
	}
	PG_RETURN_ARRAYTYPE_P(egov_float8_array_nan_null(out, 1, &k));
}

Datum
egov_skewness_final(PG_FUNCTION_ARGS)
{
	return moments_final(fcinfo, false);
}

Datum
egov_kurtosis_final(PG_FUNCTION_ARGS)
{
	return moments_final(fcinfo, true);
}
