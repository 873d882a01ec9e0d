/*
 * comoment.c — transition and combine functions of the co-moment state
 * (comoment.h) behind egov.correlation_matrix, egov.cronbach_alpha,
 * egov.pca_variance and egov.pca_weights.
 *
 * Like float8_accum, both update the state in place when called as an
 * aggregate and work on a copy otherwise.  Errors name the aggregate that
 * called (egov_aggregate_name), so that a user sees egov.pca_weights, not
 * the shared transition function.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/float.h"

#include "comoment.h"
#include "indarray.h"

/* more indicators would make the state (k^2 / 2 elements) and O(k^3) unwieldy */
#define COMOMENT_MAX_K	1000

#define STATE_HEADER	2

PG_FUNCTION_INFO_V1(egov_comoment_accum);
PG_FUNCTION_INFO_V1(egov_comoment_combine);

static int
state_len(int k)
{
	return STATE_HEADER + k + k * (k + 1) / 2;
}

void
egov_comoment_of(ArrayType *state, const char *caller, EgovComoment *out)
{
	int			len;
	float8	   *v = egov_state_values(state, caller, STATE_HEADER, &len);

	if (!(v[0] >= 0 && v[0] <= COMOMENT_MAX_K && v[0] == floor(v[0])) ||
		len != state_len((int) v[0]) || !(v[1] >= 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: invalid state of %d elements", caller, len),
				 errdetail("A state is {k, n, k means, k (k + 1) / 2 co-moments}.")));
	out->state = v;
	out->k = (int) v[0];
	out->n = v[1];
	out->mean = v + STATE_HEADER;
	out->c = v + STATE_HEADER + out->k;
}

/* egov.comoment_accum(state, indicators): Welford's update by one row */
Datum
egov_comoment_accum(PG_FUNCTION_ARGS)
{
	const char *func = egov_aggregate_name(fcinfo, "egov.comoment_accum");
	ArrayType  *state = egov_state_arg(fcinfo, 0);
	EgovIndicators row;
	EgovComoment m;
	float8	   *d;
	float8		f;
	int			t = 0,
				len;

	egov_comoment_of(state, func, &m);
	egov_indicators_read(PG_GETARG_DATUM(1), func, -1, &row);
	if (m.k == 0)
	{
		egov_indicators_limit(func, row.k, COMOMENT_MAX_K);
		state = egov_state_new(state_len(row.k));
		m.state = egov_state_values(state, func, STATE_HEADER, &len);
		m.state[0] = (float8) row.k;
		egov_comoment_of(state, func, &m);
	}
	else if (row.k != m.k)
		egov_indicators_length_error(func, -1, row.k, m.k);
	if (row.any_null)
		PG_RETURN_ARRAYTYPE_P(state);	/* listwise deletion */

	d = palloc(sizeof(float8) * m.k);
	m.n += 1;
	f = (m.n - 1) / m.n;
	for (int i = 0; i < m.k; i++)
	{
		d[i] = row.x[i] - m.mean[i];
		m.mean[i] += d[i] / m.n;
	}
	/* (x_i - old mean_i)(x_j - new mean_j) = d_i d_j (n - 1) / n */
	for (int i = 0; i < m.k; i++)
		for (int j = i; j < m.k; j++)
			m.c[t++] += d[i] * d[j] * f;
	pfree(d);
	m.state[1] = m.n;
	PG_RETURN_ARRAYTYPE_P(state);
}

/* egov.comoment_combine(state1, state2): Chan, Golub and LeVeque's merge */
Datum
egov_comoment_combine(PG_FUNCTION_ARGS)
{
	const char *func = egov_aggregate_name(fcinfo, "egov.comoment_combine");
	ArrayType  *state1 = egov_state_arg(fcinfo, 0);
	ArrayType  *state2 = PG_GETARG_ARRAYTYPE_P(1);
	EgovComoment a,
				b;
	float8	   *delta;
	float8		n,
				f;
	int			t = 0;

	egov_comoment_of(state1, func, &a);
	egov_comoment_of(state2, func, &b);
	if (b.k == 0)
		PG_RETURN_ARRAYTYPE_P(state1);
	if (a.k == 0)
		PG_RETURN_ARRAYTYPE_P(PG_GETARG_ARRAYTYPE_P_COPY(1));
	if (a.k != b.k)
		egov_indicators_length_error(func, -1, b.k, a.k);
	if (b.n == 0)
		PG_RETURN_ARRAYTYPE_P(state1);

	n = a.n + b.n;
	f = a.n * b.n / n;
	delta = palloc(sizeof(float8) * a.k);
	for (int i = 0; i < a.k; i++)
	{
		delta[i] = b.mean[i] - a.mean[i];
		a.mean[i] += delta[i] * (b.n / n);
	}
	for (int i = 0; i < a.k; i++)
		for (int j = i; j < a.k; j++, t++)
			a.c[t] += b.c[t] + delta[i] * delta[j] * f;
	pfree(delta);
	a.state[1] = n;
	PG_RETURN_ARRAYTYPE_P(state1);
}

bool
egov_comoment_varies(const EgovComoment *m, const char *func, int i)
{
	float8		cii = egov_comoment_at(m, i, i);

	if (!isfinite(cii))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s: indicator %d is too large for its variance to be computed",
						func, i + 1),
				 errhint("Normalise or rescale the indicators first.")));
	return cii > 0.0;
}

void
egov_comoment_correlation(const EgovComoment *m, const char *func,
						  float8 *r, bool *constant)
{
	int			k = m->k;

	for (int i = 0; i < k; i++)
		constant[i] = !egov_comoment_varies(m, func, i);
	/* the upper triangle, mirrored: the matrix is exactly symmetric */
	for (int i = 0; i < k; i++)
		for (int j = i; j < k; j++)
		{
			float8		v;

			if (constant[i] || constant[j])
				v = get_float8_nan();
			else if (i == j)
				v = 1.0;
			else
			{
				v = egov_comoment_at(m, i, j) /
					sqrt(egov_comoment_at(m, i, i)) /
					sqrt(egov_comoment_at(m, j, j));
				v = Max(-1.0, Min(1.0, v));
			}
			r[i * k + j] = r[j * k + i] = v;
		}
}
