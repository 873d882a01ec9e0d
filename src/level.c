/*
 * level.c — the EGDI or EPI group of a score as a value of the enum
 * egov.level.
 *
 * The bands are applied by egov_level_in() (egov.h), so the enum functions,
 * the egdi_stats aggregate and any other C code classify identically: the
 * one-argument forms on the standard bands (egov_level_of), the forms with
 * a survey year on the edition's (egov.edition_method, edition_method.c),
 * egdi_level(score, very_high, high, middle) on the bands given.  No UN
 * text found gives EPI level thresholds, so the EPI shares the EGDI bands:
 * an EPI and an EGDI of the same value always fall in the same level.  The
 * enum values' OIDs are looked up once per call site and kept in fn_extra.
 */
#include "postgres.h"

#include "catalog/pg_enum.h"
#include "fmgr.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "edition_method.h"
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
	EgovMethods methods;		/* the forms with a survey year */
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
	cache = MemoryContextAllocZero(flinfo->fn_mcxt, sizeof(LevelCache));
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

/* the level of argument 0, a score named what in errors, in the bands */
static Datum
level_in_bands(FunctionCallInfo fcinfo, const char *what, const EgovBands *bands)
{
	float8		score = PG_GETARG_FLOAT8(0);

	egov_check_unit_interval(what, score);
	PG_RETURN_OID(level_cache(fcinfo->flinfo)->label_oid[egov_level_in(score, bands)]);
}

/* the level of argument 0 on the standard bands */
static Datum
level_of_score(FunctionCallInfo fcinfo, const char *what)
{
	static const EgovBands standard = EGOV_STANDARD_BANDS;

	return level_in_bands(fcinfo, what, &standard);
}

/* the level of argument 0 on the bands of the edition, argument 1 */
static Datum
level_of_edition(FunctionCallInfo fcinfo, const char *what)
{
	int32		survey_year = PG_GETARG_INT32(1);
	LevelCache *cache;

	egov_check_survey_year(survey_year);
	egov_check_unit_interval(what, PG_GETARG_FLOAT8(0));
	cache = level_cache(fcinfo->flinfo);
	egov_edition_methods(fcinfo->flinfo, &cache->methods);
	return level_in_bands(fcinfo, what,
						  &egov_edition_method(&cache->methods, survey_year)->bands);
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

PG_FUNCTION_INFO_V1(egov_egdi_level_edition);

/* egov.egdi_level(score, survey_year) — on the edition's bands */
Datum
egov_egdi_level_edition(PG_FUNCTION_ARGS)
{
	return level_of_edition(fcinfo, "EGDI");
}

PG_FUNCTION_INFO_V1(egov_epi_level_edition);

/* egov.epi_level(score, survey_year) — on the edition's EGDI bands */
Datum
egov_epi_level_edition(PG_FUNCTION_ARGS)
{
	return level_of_edition(fcinfo, "EPI");
}

PG_FUNCTION_INFO_V1(egov_egdi_level_bands);

/*
 * egov.egdi_level(score, very_high, high, middle) — on the bands given,
 * which must be ordered as egov.edition_method's CHECK orders them:
 * 0 < middle < high < very_high <= 1.
 */
Datum
egov_egdi_level_bands(PG_FUNCTION_ARGS)
{
	EgovBands	bands;

	bands.very_high = PG_GETARG_FLOAT8(1);
	bands.high = PG_GETARG_FLOAT8(2);
	bands.middle = PG_GETARG_FLOAT8(3);
	egov_check_bands("egov.egdi_level", &bands);
	return level_in_bands(fcinfo, "EGDI", &bands);
}
