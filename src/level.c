/*
 * level.c — the EGDI or EPI group of a score as a value of the enum
 * egov.level.
 *
 * The bands live in egov_level_of() (egov.h), so the enum functions, the
 * egdi_stats aggregate and any other C code classify identically.  No UN
 * text found gives EPI level thresholds, so the EPI shares the EGDI bands:
 * an EPI and an EGDI of the same value always fall in the same level.  The
 * enum values' OIDs are looked up once per call site and kept in fn_extra.
 */
#include "postgres.h"

#include "catalog/pg_enum.h"
#include "fmgr.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "egov.h"

/* The labels of egov.level, indexed by EgovLevel. */
static const char *const level_labels[EGOV_NUM_LEVELS] = {
	[EGOV_LEVEL_LOW] = "Low",
	[EGOV_LEVEL_MIDDLE] = "Middle",
	[EGOV_LEVEL_HIGH] = "High",
	[EGOV_LEVEL_VERY_HIGH] = "Very High",
};

typedef struct LevelCache
{
	Oid			label_oid[EGOV_NUM_LEVELS];
} LevelCache;

/*
 * The enum OIDs of the function's declared return type (egov.level), in
 * EgovLevel order.  The return type is taken from the catalogue rather than
 * the call expression, so a direct call through fmgr works too.
 */
static LevelCache *
level_cache(FmgrInfo *flinfo)
{
	LevelCache *cache = (LevelCache *) flinfo->fn_extra;
	Oid			enumtype;
	int			i;

	if (cache != NULL)
		return cache;

	enumtype = get_func_rettype(flinfo->fn_oid);
	cache = MemoryContextAlloc(flinfo->fn_mcxt, sizeof(LevelCache));
	for (i = 0; i < EGOV_NUM_LEVELS; i++)
	{
		cache->label_oid[i] = GetSysCacheOid2(ENUMTYPOIDNAME,
											  Anum_pg_enum_oid,
											  ObjectIdGetDatum(enumtype),
											  CStringGetDatum(level_labels[i]));
		if (!OidIsValid(cache->label_oid[i]))
			elog(ERROR, "enum type %u has no label \"%s\"",
				 enumtype, level_labels[i]);
	}
	flinfo->fn_extra = cache;
	return cache;
}

/* the level of argument 0, a score named what in errors, as an egov.level */
static Datum
level_of_score(FunctionCallInfo fcinfo, const char *what)
{
	float8		score = PG_GETARG_FLOAT8(0);

	egov_check_unit_interval(what, score);
	PG_RETURN_OID(level_cache(fcinfo->flinfo)->label_oid[egov_level_of(score)]);
}

PG_FUNCTION_INFO_V1(egov_egdi_level);

/* egov.egdi_level(score) — Low, Middle, High or Very High */
Datum
egov_egdi_level(PG_FUNCTION_ARGS)
{
	return level_of_score(fcinfo, "EGDI");
}

PG_FUNCTION_INFO_V1(egov_epi_level);

/* egov.epi_level(score) — Low, Middle, High or Very High, on the EGDI bands */
Datum
egov_epi_level(PG_FUNCTION_ARGS)
{
	return level_of_score(fcinfo, "EPI");
}
