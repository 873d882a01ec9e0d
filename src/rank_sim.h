/*
 * rank_sim.h — a composite index as a function of its uncertain choices,
 * for the rank simulations (rank_sim.c) and the Sobol analysis
 * (sensitivity.c).  A configuration is a point u of [0, 1)^d, d = k + 3:
 *
 *   u_j (j < k)  weight j = w_j (1 + spread (2 u_j - 1)), renormalised;
 *   u_k          the normalisation, normalisations[floor(u_k * count)];
 *   u_k+1        the aggregation method, likewise;
 *   u_k+2        imputation: >= 1/2 (when varied) fills an absent value
 *                with its indicator's mean of the normalised values;
 *                otherwise the row's present indicators are re-weighted.
 *
 * The nominal configuration (u_j = 1/2, the first normalisation and method,
 * no imputation) is the composite as specified.
 */
#ifndef EGOV_RANK_SIM_H
#define EGOV_RANK_SIM_H

#include "postgres.h"

#include "fmgr.h"
#include "windowapi.h"

#include "indmatrix.h"

#define RS_MAX_OPTIONS	8

typedef enum RsNorm
{
	RS_NORM_MINMAX,				/* 1 + 99 (x - min) / (max - min) */
	RS_NORM_RANK,				/* 1 + 99 (r - 1) / (m - 1), r mid-rank */
	RS_NORM_ZSCORE,				/* (x - mean) / sd */
	RS_NORM_NONE				/* as given */
} RsNorm;

typedef enum RsMethod
{
	RS_MEAN,
	RS_GEOMETRIC,
	RS_HARMONIC,
	RS_MEDIAN
} RsMethod;

typedef struct RankModel
{
	const char *func;
	EgovIndicatorMatrix m;
	float8	   *w;				/* [k] nominal weights, sum 1 */
	float8		spread;
	int			nnorm;
	RsNorm		norm[RS_MAX_OPTIONS];
	int			nmethod;
	RsMethod	method[RS_MAX_OPTIONS];
	bool		vary_impute;
	int			d;				/* k + 3 */
	int64		nusable;		/* rows with a present indicator */
	float8	   *normalised[4];	/* [rows * k] per RsNorm, NULL: not used */
	float8	   *colmean[4];		/* [k] mean of each normalised indicator */
	/* scratch for one evaluation */
	float8	   *score;			/* [rows]; NaN: not ranked */
	int		   *order;
	float8	   *wbuf;
	float8	   *vbuf;
	bool	   *pbuf;
} RankModel;

/*
 * The model of a call: indicators (argument 0), weights (1, NULL: equal),
 * weight_spread (argument spread_arg, -1: 0), normalisations and methods
 * (text[] or text; NULL: the first name), vary_imputation (-1: false);
 * errors 22023 naming the bad value.
 */
extern void rank_model_init(FunctionCallInfo fcinfo, WindowObject winobj,
							const char *func, int spread_arg, int norms_arg,
							int methods_arg, int impute_arg, RankModel *model);

/* u of the nominal configuration */
extern void rank_model_nominal(const RankModel *model, float8 *u);

/*
 * Ranks (competition, highest first; 0 for a row without a composite) and
 * EGDI-style groups (0-3 of the composite min-maxed to [0, 1]) under u.
 */
extern void rank_model_eval(RankModel *model, const float8 *u, int32 *rank,
							int8 *group);

#endif							/* EGOV_RANK_SIM_H */
