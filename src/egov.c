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

void
egov_check_bands(const char *func, const EgovBands *bands)
{
	/* written so that NaN fails */
	if (!(0.0 < bands->middle && bands->middle < bands->high &&
		  bands->high < bands->very_high && bands->very_high <= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: bands must satisfy 0 < middle < high < very_high <= 1, got very_high %s, high %s, middle %s",
						func, egov_float8_text(bands->very_high),
						egov_float8_text(bands->high),
						egov_float8_text(bands->middle))));
}
