/*
 * composite_options.h — the options of egov.composite and of the component
 * recipes built on it: the method, min-max and the missing-value rule.
 * They are read once when every option argument is a constant (or absent),
 * otherwise from every row, where they must agree.
 */
#ifndef EGOV_COMPOSITE_OPTIONS_H
#define EGOV_COMPOSITE_OPTIONS_H

#include "postgres.h"

#include "fmgr.h"

#include "recipes.h"
#include "winpart.h"

/* how a row's indicators combine */
typedef enum CompositeMethod
{
	COMPOSITE_ZSCORE_MEAN,		/* weighted mean of z-scores (UN recipe) */
	COMPOSITE_MEAN,				/* weighted mean of the values */
	COMPOSITE_GEOMETRIC_MEAN,	/* weighted geometric mean of the values */
	COMPOSITE_HARMONIC_MEAN,	/* weighted harmonic mean of the values */
	COMPOSITE_GENERALISED_MEAN, /* weighted power mean, with `power` */
	COMPOSITE_MEDIAN,			/* weighted median of the values */
	COMPOSITE_COPELAND			/* pairwise outranking score (copeland.c) */
} CompositeMethod;

/* what a NULL indicator does */
typedef enum CompositeMissing
{
	MISSING_DROP,				/* the row gives NULL and is left out */
	MISSING_ERROR,				/* 22004 */
	MISSING_REWEIGHT			/* the present indicators, re-weighted */
} CompositeMissing;

/* the options of a call, and how they are read */
typedef struct CompositeOptions
{
	CompositeMethod method;
	bool		minmax;			/* min-max the result over the partition */
	CompositeMissing missing;
	float8		power;			/* 'generalised_mean' (harmonic: -1) */
	int			nargs;			/* arguments of the call's SQL definition */
	bool		per_row;		/* not all constants: read from every row */
} CompositeOptions;

/*
 * The options of the call: from the current row when every option argument
 * is stable (get_fn_expr_arg_stable) or absent; otherwise o->per_row is set
 * and composite_row_options() reads them from every row.
 */
extern void composite_call_options(FunctionCallInfo fcinfo,
								   const EgovCompositeSpec *spec,
								   CompositeOptions *o);

/* add the option arguments the call has to args (for a per-row scan) */
extern void composite_option_args(FmgrInfo *flinfo,
								  const EgovCompositeSpec *spec,
								  const CompositeOptions *o,
								  WinpartArgs *args);

/*
 * The options as the row gives them: the first row (position 0) sets o,
 * every other row must agree with it (22023 naming the row).
 */
extern void composite_row_options(const EgovCompositeSpec *spec,
								  const WinpartRow *row, CompositeOptions *o);

#endif							/* EGOV_COMPOSITE_OPTIONS_H */
