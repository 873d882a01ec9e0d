/*
 * distance_to_target.c — normalisation by relative distance to a target.
 *
 * egov.distance_to_target(x, target) = max(0, 1 - |target - x| / |target|):
 * 1 at the target, falling linearly with the distance from it measured in
 * units of the target, 0 once x is a whole target away (x = 0 or x = 2 *
 * target for a positive target).  It is the OECD/JRC Handbook's "distance
 * to a reference" (x - target) / target made symmetric and bounded, so a
 * value that overshoots the target loses as much as one that falls short.
 *
 * COINr's n_dist2targ (1 - (target - x) / (target - min x), capped at 1)
 * needs the column minimum, so it is not a scalar: it is
 * egov.goalpost(x, min(x) OVER w, target).  doc/toolkit.md says so.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "egov.h"

PG_FUNCTION_INFO_V1(egov_distance_to_target);

Datum
egov_distance_to_target(PG_FUNCTION_ARGS)
{
	float8		x = PG_GETARG_FLOAT8(0);
	float8		target = PG_GETARG_FLOAT8(1);
	float8		score;

	if (isnan(target) || isinf(target) || target == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("target must be a finite non-zero number, got %s",
						egov_float8_text(target)),
				 errdetail("The distance is measured in units of |target|.")));
	if (isnan(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value to normalise must not be NaN")));

	/* an infinite or overflowing distance gives -Infinity, clipped to 0 */
	score = 1.0 - fabs(target - x) / fabs(target);
	if (score <= 0.0)
		PG_RETURN_FLOAT8(0.0);
	PG_RETURN_FLOAT8(score);
}
