/*
 * egov.c — module magic and helpers shared by every egov source file.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/float.h"

#include "egov.h"

PG_MODULE_MAGIC;

char *
egov_float8_text(float8 value)
{
	return float8out_internal(value);
}

void
egov_check_unit_interval(const char *what, float8 value)
{
	/* written so that NaN, which compares false to everything, fails */
	if (!(value >= 0.0 && value <= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s must be between 0 and 1, got %s",
						what, egov_float8_text(value))));
}
