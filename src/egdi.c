/*
 * egdi.c — the E-Government Development Index from its three components.
 *
 * EGDI is the weighted mean of the Online Service Index (OSI), the Human
 * Capital Index (HCI) and the Telecommunication Infrastructure Index (TII),
 * each already normalised to [0, 1] by the survey.  Every edition weights
 * them equally except 2008 and 2010, which gave OSI 0.34 and the others 0.33
 * each (the published tables of those editions follow from no other
 * weights).
 */
#include "postgres.h"

#include "fmgr.h"

#include "egov.h"

/* The first survey, "Benchmarking E-government: A Global Perspective". */
#define EGOV_FIRST_SURVEY_YEAR 2001

PG_FUNCTION_INFO_V1(egov_egdi);
PG_FUNCTION_INFO_V1(egov_egdi_edition);

/*
 * Check the components and combine them.  Equal thirds are computed as
 * (osi + hci + tii) / 3 rather than with weights of 1/3, so that the result
 * is the correctly rounded mean whatever the edition argument.
 */
static float8
egdi_combine(float8 osi, float8 hci, float8 tii, bool osi_weighted)
{
	egov_check_unit_interval("OSI", osi);
	egov_check_unit_interval("HCI", hci);
	egov_check_unit_interval("TII", tii);

	if (osi_weighted)
		return 0.34 * osi + 0.33 * hci + 0.33 * tii;
	return (osi + hci + tii) / 3.0;
}

/* egov.egdi(osi, hci, tii) — the equal-weight mean used by most editions */
Datum
egov_egdi(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(egdi_combine(PG_GETARG_FLOAT8(0),
								  PG_GETARG_FLOAT8(1),
								  PG_GETARG_FLOAT8(2),
								  false));
}

/* egov.egdi(osi, hci, tii, survey_year) — with the edition's weights */
Datum
egov_egdi_edition(PG_FUNCTION_ARGS)
{
	int32		survey_year = PG_GETARG_INT32(3);

	if (survey_year < EGOV_FIRST_SURVEY_YEAR)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("there is no E-Government Survey for year %d",
						survey_year),
				 errhint("The survey began in %d.", EGOV_FIRST_SURVEY_YEAR)));

	PG_RETURN_FLOAT8(egdi_combine(PG_GETARG_FLOAT8(0),
								  PG_GETARG_FLOAT8(1),
								  PG_GETARG_FLOAT8(2),
								  survey_year == 2008 || survey_year == 2010));
}
