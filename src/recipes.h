/*
 * recipes.h — the cores of egov.minmax and egov.composite, shared with the
 * UN component recipes (egov.osi, egov.epi, egov.hci, egov.tii) so that each
 * recipe is the general function with its own name, arguments and weights.
 */
#ifndef RECIPES_H
#define RECIPES_H

#include "postgres.h"

#include "fmgr.h"

/* egov.minmax's body; `func` names the caller in error messages */
extern Datum egov_minmax_window(FunctionCallInfo fcinfo, const char *func);

/* How a composite window function reads its arguments. */
typedef struct EgovCompositeSpec
{
	const char *func;			/* name in error messages */
	int			scalar_args;	/* > 0: the indicators are arguments 0 .. n-1
								 * (float8); 0: argument 0 is a float8[] */
	int			weights_arg;	/* float8[] weights argument, or -1 */
	const float8 *weights;		/* fixed weights when there is no weights
								 * argument (weights_arg < 0, or the call has
								 * fewer arguments), NULL: equal */
	int			cap_arg;		/* float8 cap on every indicator, or -1 */
	int			method_arg;		/* text method (see composite.c), or -1: the
								 * UN recipe */
	int			minmax_arg;		/* boolean: min-max the result, or -1: yes */
	int			missing_arg;	/* text rule for NULL indicators, or -1:
								 * 'drop' */
	int			power_arg;		/* float8 power of 'generalised_mean', or -1 */
} EgovCompositeSpec;

/* egov.composite's body, reading its arguments as `spec` says */
extern Datum egov_composite_window(FunctionCallInfo fcinfo,
								   const EgovCompositeSpec *spec);

#endif							/* RECIPES_H */
