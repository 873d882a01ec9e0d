/*
 * epi.c — the E-Participation Index level of a score as an egov.level.
 *
 * No UN text found gives EPI level thresholds, so the EPI shares the EGDI
 * bands of egov_level_of() (egov.h): Very High >= 0.75, High >= 0.50,
 * Middle >= 0.25, else Low.  Keeping one definition of the bands means an
 * EPI and an EGDI of the same value always fall in the same level.
 */
#include "postgres.h"

#include "catalog/pg_enum.h"
#include "fmgr.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "egov.h"

static const char *const epi_level_labels[EGOV_NUM_LEVELS] = {
	[EGOV_LEVEL_LOW] = "Low",
	[EGOV_LEVEL_MIDDLE] = "Middle",
	[EGOV_LEVEL_HIGH] = "High",
	[EGOV_LEVEL_VERY_HIGH] = "Very High",
};

/*
 * OID of the enum label for `level` in the function's declared return type
 * (egov.level).  The OIDs are looked up once per call site, in fn_extra.
 */
static Oid
epi_level_oid(FmgrInfo *flinfo, EgovLevel level)
{
	Oid		   *oids = (Oid *) flinfo->fn_extra;

	if (oids == NULL)
	{
		Oid			enumtype = get_func_rettype(flinfo->fn_oid);
		int			i;

		oids = MemoryContextAlloc(flinfo->fn_mcxt, sizeof(Oid) * EGOV_NUM_LEVELS);
		for (i = 0; i < EGOV_NUM_LEVELS; i++)
		{
			oids[i] = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
									  ObjectIdGetDatum(enumtype),
									  CStringGetDatum(epi_level_labels[i]));
			if (!OidIsValid(oids[i]))
				elog(ERROR, "enum type %u has no label \"%s\"",
					 enumtype, epi_level_labels[i]);
		}
		flinfo->fn_extra = oids;
	}
	return oids[level];
}

PG_FUNCTION_INFO_V1(egov_epi_level);

/* egov.epi_level(score) — Low, Middle, High or Very High */
Datum
egov_epi_level(PG_FUNCTION_ARGS)
{
	float8		score = PG_GETARG_FLOAT8(0);

	egov_check_unit_interval("EPI", score);
	PG_RETURN_OID(epi_level_oid(fcinfo->flinfo, egov_level_of(score)));
}
