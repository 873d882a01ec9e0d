/*
 * egdi.c — the E-Government Development Index from its three components.
 *
 * EGDI is the weighted mean of the Online Service Index (OSI), the Human
 * Capital Index (HCI) and the Telecommunication Infrastructure Index (TII),
 * each already normalised to [0, 1] by the survey.  Every edition weights
 * them equally except 2008 and 2010, which gave OSI 0.34 and the others 0.33
 * each (the published tables of those editions follow from no other
 * weights).
 *
 * From 0.5.0 egov.egdi(osi, hci, tii, survey_year) reads those weights from
 * the table egov.edition_method (egov_egdi_method, through
 * edition_method.c), so that an edition with a new method is a row, not a
 * release; a year without a row takes the latest edition's.  Reading a table, it is STABLE.  egov_egdi_edition, the
 * weights written here, stays for the SQL of releases before 0.5.0, which a
 * server runs with this library until ALTER EXTENSION egov UPDATE.
 */
#include "postgres.h"

#include "fmgr.h"

#include "edition_method.h"
#include "egov.h"

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

	egov_check_survey_year(survey_year);
	PG_RETURN_FLOAT8(egdi_combine(PG_GETARG_FLOAT8(0),
								  PG_GETARG_FLOAT8(1),
								  PG_GETARG_FLOAT8(2),
								  survey_year == 2008 || survey_year == 2010));
}

PG_FUNCTION_INFO_V1(egov_egdi_method);

/*
 * egov.egdi(osi, hci, tii, survey_year) — with the weights egov.edition_method
 * gives the year, or the latest edition's for a year without a row (equal
 * thirds if the table is empty).
 */
Datum
egov_egdi_method(PG_FUNCTION_ARGS)
{
	float8		osi = PG_GETARG_FLOAT8(0);
	float8		hci = PG_GETARG_FLOAT8(1);
	float8		tii = PG_GETARG_FLOAT8(2);
	int32		survey_year = PG_GETARG_INT32(3);
	EgovMethods *cache = (EgovMethods *) fcinfo->flinfo->fn_extra;
	const EgovMethod *m;

	egov_check_survey_year(survey_year);
	egov_check_unit_interval("OSI", osi);
	egov_check_unit_interval("HCI", hci);
	egov_check_unit_interval("TII", tii);

	if (cache == NULL)
		fcinfo->flinfo->fn_extra = cache =
			MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(EgovMethods));
	egov_edition_methods(fcinfo->flinfo, cache);
	m = egov_edition_method(cache, survey_year);
	if (m->equal)
		PG_RETURN_FLOAT8((osi + hci + tii) / 3.0);
	PG_RETURN_FLOAT8(m->weight[0] * osi + m->weight[1] * hci + m->weight[2] * tii);
}
