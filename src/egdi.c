/*
 * egdi.c — the E-Government Development Index from its three components.
 *
 * EGDI is the mean of the Online Service Index (OSI), the Human Capital
 * Index (HCI) and the Telecommunication Infrastructure Index (TII), each
 * already normalised to [0, 1] by the survey.
 */
#include "postgres.h"

#include "fmgr.h"

#include "egov.h"

PG_FUNCTION_INFO_V1(egov_egdi);

/* egov.egdi(osi, hci, tii) — the equal-weight mean used by most editions */
Datum
egov_egdi(PG_FUNCTION_ARGS)
{
	float8		osi = PG_GETARG_FLOAT8(0);
	float8		hci = PG_GETARG_FLOAT8(1);
	float8		tii = PG_GETARG_FLOAT8(2);

	egov_check_unit_interval("OSI", osi);
	egov_check_unit_interval("HCI", hci);
	egov_check_unit_interval("TII", tii);

	PG_RETURN_FLOAT8((osi + hci + tii) / 3.0);
}
