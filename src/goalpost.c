/*
 * goalpost.c — goalpost normalisation: where x lies between two fixed posts.
 *
 * egov.goalpost(x, lo, hi) = (x - lo) / (hi - lo), clipped to [0, 1], as
 * COINr's n_goalposts(x, c(lo, hi, 1), trunc2posts = TRUE).  The posts are
 * fixed numbers (targets, policy thresholds), not data-driven like min-max,
 * so the result of one value never depends on the others.
 *
 * hi < lo is allowed and means "lower is better": x = hi scores 1 and x = lo
 * scores 0.  That is the same formula, so no direction flag is needed.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "egov.h"

PG_FUNCTION_INFO_V1(egov_goalpost);

static void
check_post(const char *what, float8 value)
{
	if (isnan(value) || isinf(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s goalpost must be a finite number, got %s",
						what, egov_float8_text(value))));
}

Datum
egov_goalpost(PG_FUNCTION_ARGS)
{
	float8		x = PG_GETARG_FLOAT8(0);
	float8		lo = PG_GETARG_FLOAT8(1);
	float8		hi = PG_GETARG_FLOAT8(2);
	float8		t;

	check_post("lower", lo);
	check_post("upper", hi);
	if (lo == hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("goalposts must differ, got lo = hi = %s",
						egov_float8_text(lo)),
				 errhint("Use hi < lo for an indicator where lower is better.")));
	if (isnan(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value to normalise must not be NaN")));

	/*
	 * Finite posts can still be so far apart that hi - lo overflows; halving
	 * every term first keeps the quotient exact enough and finite.  An
	 * infinite x gives +/-Infinity here and is clipped like any other value
	 * beyond a post.
	 */
	if (isinf(hi - lo))
		t = (x / 2 - lo / 2) / (hi / 2 - lo / 2);
	else
		t = (x - lo) / (hi - lo);

	/* "<= 0" also turns -0.0 (x = lo with hi < lo) into 0 */
	if (t <= 0.0)
		PG_RETURN_FLOAT8(0.0);
	if (t >= 1.0)
		PG_RETURN_FLOAT8(1.0);
	PG_RETURN_FLOAT8(t);
}
