/*
 * corr_weights.c — final function of egov.correlation_weights(indicators):
 * the weights under which every indicator correlates equally with the
 * weighted-mean index (COINr's get_opt_weights, optimtype = "balance", with
 * its default equal targets), on the co-moment state of comoment.h.
 *
 * The index of a row is I = sum_j w_j x_j / sum_j w_j, so with C the
 * covariance matrix of the complete rows the correlation of indicator i
 * with it is rho_i(w) = (C w)_i / sqrt(C_ii w'Cw): the whole optimisation
 * runs on the k x k state, never on the rows.  The objective is COINr's,
 *
 *	f(w) = sum_i (rho_i / sum_j rho_j - 1 / m)^2,
 *
 * over the m indicators with spread (the others get weight 0), minimised
 * by Nelder-Mead over theta with w = theta^2 / sum theta^2 (so w >= 0 and
 * sum w = 1 without constraints), from equal weights.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"

#include "comoment.h"
#include "indarray.h"

PG_FUNCTION_INFO_V1(egov_correlation_weights_final);

/* stopping rule: see the SQL comment and doc/toolkit.md */
#define CW_MAX_ITERATIONS	20000
#define CW_FTOL				1e-15
#define CW_XTOL				1e-10

typedef struct CwProblem
{
	int			m;
	const float8 *c;			/* [m * m] covariances of the indicators with spread */
	float8	   *w;				/* scratch [m] */
	float8	   *cw;				/* scratch [m] */
} CwProblem;

/* the weights theta^2 / sum theta^2; false when theta is 0 */
static bool
cw_weights(const CwProblem *p, const float8 *theta, float8 *w)
{
	float8		s = 0.0;

	for (int i = 0; i < p->m; i++)
		s += theta[i] * theta[i];
	if (!(s > 0.0) || !isfinite(s))
		return false;
	for (int i = 0; i < p->m; i++)
		w[i] = theta[i] * theta[i] / s;
	return true;
}

static float8
cw_objective(const CwProblem *p, const float8 *theta)
{
	int			m = p->m;
	float8		wcw = 0.0,
				sum = 0.0,
				f = 0.0;

	if (!cw_weights(p, theta, p->w))
		return HUGE_VAL;
	for (int i = 0; i < m; i++)
	{
		float8		s = 0.0;

		for (int j = 0; j < m; j++)
			s += p->c[i * m + j] * p->w[j];
		p->cw[i] = s;
		wcw += p->w[i] * s;
	}
	if (!(wcw > 0.0))
		return HUGE_VAL;
	for (int i = 0; i < m; i++)
	{
		p->cw[i] /= sqrt(p->c[i * m + i] * wcw);
		sum += p->cw[i];
	}
	if (sum == 0.0 || !isfinite(sum))
		return HUGE_VAL;
	for (int i = 0; i < m; i++)
	{
		float8		d = p->cw[i] / sum - 1.0 / m;

		f += d * d;
	}
	return f;
}

/*
 * Nelder-Mead with the standard coefficients (reflection 1, expansion 2,
 * contraction and shrink 1/2), from theta = 1 with vertices 1 + 1/2 e_j.
 * Stops when the vertices' objectives lie within CW_FTOL and their
 * coordinates within CW_XTOL of the best vertex, or after
 * CW_MAX_ITERATIONS (a WARNING; the best vertex is used).  theta: the best.
 */
static void
cw_minimise(const CwProblem *p, float8 *theta)
{
	int			m = p->m;
	int			nv = m + 1;
	float8	   *x = palloc(sizeof(float8) * nv * m);
	float8	   *fx = palloc(sizeof(float8) * nv);
	float8	   *centre = palloc(sizeof(float8) * m);
	float8	   *xr = palloc(sizeof(float8) * m);
	float8	   *xe = palloc(sizeof(float8) * m);
	int			it,
				best = 0;

	for (int v = 0; v < nv; v++)
	{
		for (int i = 0; i < m; i++)
			x[v * m + i] = 1.0 + (v == i + 1 ? 0.5 : 0.0);
		fx[v] = cw_objective(p, x + v * m);
	}
	for (it = 0; it < CW_MAX_ITERATIONS; it++)
	{
		int			worst = 0,
					second = 0;
		float8		fr,
					spread = 0.0,
					size = 0.0;

		CHECK_FOR_INTERRUPTS();
		best = 0;
		for (int v = 1; v < nv; v++)
		{
			if (fx[v] < fx[best])
				best = v;
			if (fx[v] > fx[worst])
				worst = v;
		}
		second = best;
		for (int v = 0; v < nv; v++)
			if (v != worst && fx[v] > fx[second])
				second = v;
		for (int v = 0; v < nv; v++)
		{
			spread = Max(spread, fx[v] - fx[best]);
			for (int i = 0; i < m; i++)
				size = Max(size, fabs(x[v * m + i] - x[best * m + i]));
		}
		if (spread <= CW_FTOL && size <= CW_XTOL)
			break;

		for (int i = 0; i < m; i++)
		{
			float8		s = 0.0;

			for (int v = 0; v < nv; v++)
				if (v != worst)
					s += x[v * m + i];
			centre[i] = s / m;
			xr[i] = centre[i] + (centre[i] - x[worst * m + i]);
		}
		fr = cw_objective(p, xr);
		if (fr < fx[best])
		{
			float8		fe;

			for (int i = 0; i < m; i++)
				xe[i] = centre[i] + 2.0 * (centre[i] - x[worst * m + i]);
			fe = cw_objective(p, xe);
			memcpy(x + worst * m, fe < fr ? xe : xr, sizeof(float8) * m);
			fx[worst] = Min(fe, fr);
		}
		else if (fr < fx[second])
		{
			memcpy(x + worst * m, xr, sizeof(float8) * m);
			fx[worst] = fr;
		}
		else
		{
			float8		fc;

			/* contract towards the better of the worst and its reflection */
			const float8 *from = fr < fx[worst] ? xr : x + worst * m;

			for (int i = 0; i < m; i++)
				xe[i] = centre[i] + 0.5 * (from[i] - centre[i]);
			fc = cw_objective(p, xe);
			if (fc < Min(fr, fx[worst]))
			{
				memcpy(x + worst * m, xe, sizeof(float8) * m);
				fx[worst] = fc;
			}
			else
				for (int v = 0; v < nv; v++)
				{
					if (v == best)
						continue;
					for (int i = 0; i < m; i++)
						x[v * m + i] = x[best * m + i] + 0.5 * (x[v * m + i] - x[best * m + i]);
					fx[v] = cw_objective(p, x + v * m);
				}
		}
	}
	if (it == CW_MAX_ITERATIONS)
		ereport(WARNING,
				(errmsg("egov.correlation_weights: no convergence in %d iterations; the best weights found are used",
						CW_MAX_ITERATIONS)));
	best = 0;
	for (int v = 1; v < nv; v++)
		if (fx[v] < fx[best])
			best = v;
	memcpy(theta, x + best * m, sizeof(float8) * m);
}

/*
 * egov.correlation_weights_final(state): float8[k] of weights summing to 1,
 * 0 for an indicator without spread; NULL with fewer than 2 complete rows
 * or no indicator with spread.
 */
Datum
egov_correlation_weights_final(PG_FUNCTION_ARGS)
{
	const char *func = "egov.correlation_weights";
	EgovComoment cm;
	CwProblem	p;
	float8	   *c;
	float8	   *theta;
	float8	   *w;
	float8	   *out;
	int		   *index;
	int			m = 0;

	egov_comoment_of(PG_GETARG_ARRAYTYPE_P(0), func, &cm);
	if (cm.k == 0 || cm.n < 2)
		PG_RETURN_NULL();
	index = palloc(sizeof(int) * cm.k);
	for (int i = 0; i < cm.k; i++)
		if (egov_comoment_varies(&cm, func, i))
			index[m++] = i;
	if (m == 0)
		PG_RETURN_NULL();
	c = palloc(sizeof(float8) * m * m);
	for (int i = 0; i < m; i++)
		for (int j = 0; j < m; j++)
			c[i * m + j] = egov_comoment_at(&cm, index[i], index[j]);
	p.m = m;
	p.c = c;
	p.w = palloc(sizeof(float8) * m);
	p.cw = palloc(sizeof(float8) * m);
	theta = palloc(sizeof(float8) * m);
	w = palloc(sizeof(float8) * m);
	for (int i = 0; i < m; i++)
		theta[i] = 1.0;
	if (m > 1)
		cw_minimise(&p, theta);
	if (!cw_weights(&p, theta, w))
		PG_RETURN_NULL();
	out = palloc0(sizeof(float8) * cm.k);
	for (int i = 0; i < m; i++)
		out[index[i]] = w[i];
	PG_RETURN_ARRAYTYPE_P(egov_float8_array_nan_null(out, 1, &cm.k));
}
