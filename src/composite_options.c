/*
 * composite_options.c — reading egov.composite's options: the method (and
 * its aliases), min-max and the missing-value rule (see composite_options.h).
 */
#include "postgres.h"

#include <math.h>

#include "utils/builtins.h"

#include "composite_means.h"
#include "egov.h"

#include "composite_options.h"

/* canonical names, by CompositeMethod */
static const char *const method_names[] = {"zscore_mean", "mean", "geometric_mean",
"harmonic_mean", "generalised_mean", "median", "copeland"};

/* the names the method argument accepts: canonical ones and aliases */
static const struct
{
	const char *name;
	CompositeMethod method;
}			method_spellings[] = {
	{"zscore_mean", COMPOSITE_ZSCORE_MEAN},
	{"arithmetic", COMPOSITE_ZSCORE_MEAN},	/* its name up to 0.3.0 */
	{"mean", COMPOSITE_MEAN},
	{"geometric_mean", COMPOSITE_GEOMETRIC_MEAN},
	{"geometric", COMPOSITE_GEOMETRIC_MEAN},	/* its name up to 0.3.0 */
	{"harmonic_mean", COMPOSITE_HARMONIC_MEAN},
	{"generalised_mean", COMPOSITE_GENERALISED_MEAN},
	{"median", COMPOSITE_MEDIAN},
	{"copeland", COMPOSITE_COPELAND},
};

#define METHODS_HINT "The methods are \"zscore_mean\" (alias \"arithmetic\"), " \
	"\"mean\", \"geometric_mean\" (alias \"geometric\"), \"harmonic_mean\", " \
	"\"generalised_mean\" (with power), \"median\" and \"copeland\"."

static const char *const missing_names[] = {"drop", "error", "reweight"};

#define MISSING_HINT "The rules are \"drop\", \"error\" and \"reweight\"."

/* an older SQL definition may call this library without the argument */
static bool
has_arg(const CompositeOptions *o, int argno)
{
	return argno >= 0 && argno < o->nargs;
}

/* 22023 for a bad option, naming the row when it was read from one */
static void
option_error(const char *func, int64 pos, const char *hint,
			 const char *fmt, const char *value)
{
	char		message[256];

	snprintf(message, sizeof(message), fmt, value);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: %s", func, message),
			 pos >= 0 ? errdetail_winpart_row(pos) : 0,
			 hint ? errhint("%s", hint) : 0));
}

/*
 * power: required by 'generalised_mean' (finite, |p| <= EGOV_MAX_POWER),
 * refused by the other methods; 'harmonic_mean' is power -1
 */
static void
read_power(const EgovCompositeSpec *spec, const WinpartRow *a,
		   CompositeOptions *o)
{
	bool		isnull = true;
	Datum		datum = (Datum) 0;

	if (has_arg(o, spec->power_arg))
		datum = winpart_row_arg(a, spec->power_arg, &isnull);
	o->power = o->method == COMPOSITE_HARMONIC_MEAN ? -1.0 : 0.0;
	if (o->method != COMPOSITE_GENERALISED_MEAN)
	{
		if (!isnull)
			option_error(spec->func, a->pos, NULL,
						 "power applies only to method \"generalised_mean\"%s", "");
		return;
	}
	if (isnull)
		option_error(spec->func, a->pos,
					 "Give power => p: 1 is the arithmetic mean, 0 the geometric, -1 the harmonic.",
					 "method \"generalised_mean\" needs a power%s", "");
	o->power = DatumGetFloat8(datum);
	if (isnan(o->power) || fabs(o->power) > EGOV_MAX_POWER)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s: power must be between -%g and %g, got %s",
						spec->func, EGOV_MAX_POWER, EGOV_MAX_POWER,
						egov_float8_text(o->power)),
				 a->pos >= 0 ? errdetail_winpart_row(a->pos) : 0));
}

/*
 * The options as the row gives them (pos -1: the current call's); defaults
 * for arguments the function does not have.
 */
static void
read_options(const EgovCompositeSpec *spec, const WinpartRow *a,
			 CompositeOptions *o)
{
	const char *func = spec->func;
	int64		pos = a->pos;
	bool		isnull;
	Datum		datum;

	o->method = COMPOSITE_ZSCORE_MEAN;
	o->minmax = true;
	o->missing = MISSING_DROP;
	if (has_arg(o, spec->method_arg))
	{
		char	   *name;
		bool		found = false;

		datum = winpart_row_arg(a, spec->method_arg, &isnull);
		if (isnull)
			option_error(func, pos, METHODS_HINT, "method must not be NULL%s", "");
		name = TextDatumGetCString(datum);
		for (int i = 0; i < (int) lengthof(method_spellings) && !found; i++)
			if (strcmp(name, method_spellings[i].name) == 0)
			{
				o->method = method_spellings[i].method;
				found = true;
			}
		if (!found)
			option_error(func, pos, METHODS_HINT, "unknown method \"%s\"", name);
	}
	if (has_arg(o, spec->minmax_arg))
	{
		datum = winpart_row_arg(a, spec->minmax_arg, &isnull);
		if (isnull)
			option_error(func, pos, NULL, "minmax must not be NULL%s", "");
		o->minmax = DatumGetBool(datum);
	}
	if (has_arg(o, spec->missing_arg))
	{
		char	   *name;
		bool		found = false;

		datum = winpart_row_arg(a, spec->missing_arg, &isnull);
		if (isnull)
			option_error(func, pos, MISSING_HINT, "missing must not be NULL%s", "");
		name = TextDatumGetCString(datum);
		for (int i = 0; i < (int) lengthof(missing_names) && !found; i++)
			if (strcmp(name, missing_names[i]) == 0)
			{
				o->missing = (CompositeMissing) i;
				found = true;
			}
		if (!found)
			option_error(func, pos, MISSING_HINT, "unknown missing-value rule \"%s\"", name);
	}
	read_power(spec, a, o);
}

void
composite_option_args(FmgrInfo *flinfo, const EgovCompositeSpec *spec,
					  const CompositeOptions *o, WinpartArgs *args)
{
	const int	argnos[] = {spec->method_arg, spec->minmax_arg, spec->missing_arg,
	spec->power_arg};

	for (int i = 0; i < (int) lengthof(argnos); i++)
		if (has_arg(o, argnos[i]))
			winpart_args_add(args, flinfo, argnos[i]);
}

void
composite_call_options(FunctionCallInfo fcinfo, const EgovCompositeSpec *spec,
					   CompositeOptions *o)
{
	WinpartArgs args = {0};
	WinpartRow	row;

	o->nargs = PG_NARGS();
	o->per_row = false;
	composite_option_args(fcinfo->flinfo, spec, o, &args);
	for (int i = 0; i < args.n; i++)
		if (!get_fn_expr_arg_stable(fcinfo->flinfo, args.argno[i]))
			o->per_row = true;
	if (o->per_row)
		return;
	/* constants: the current row's values are every row's */
	winpart_current_row(PG_WINDOW_OBJECT(), &args, &row);
	read_options(spec, &row, o);
}

void
composite_row_options(const EgovCompositeSpec *spec, const WinpartRow *row,
					  CompositeOptions *o)
{
	const char *func = spec->func;
	int64		pos = row->pos;
	CompositeOptions r = *o;

	read_options(spec, row, &r);
	if (pos == 0)
	{
		*o = r;
		return;
	}
	if (r.method != o->method)
		winpart_row_error(func, pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "the method must be the same for every row of the partition, got \"%s\" after \"%s\"",
						  method_names[r.method], method_names[o->method]);
	if (r.minmax != o->minmax)
		winpart_row_error(func, pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "minmax must be the same for every row of the partition");
	if (r.missing != o->missing)
		winpart_row_error(func, pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "the missing-value rule must be the same for every row of the partition, got \"%s\" after \"%s\"",
						  missing_names[r.missing], missing_names[o->missing]);
	if (r.power != o->power)
		winpart_row_error(func, pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "power must be the same for every row of the partition, got %s after %s",
						  egov_float8_text(r.power), egov_float8_text(o->power));
}
