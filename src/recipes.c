/*
 * recipes.c — the UN DESA component recipes as window functions over an
 * edition (PARTITION BY survey_year):
 *
 *   egov.osi(points), egov.epi(points)   min-max of assessment points;
 *   egov.hci(literacy, enrolment, expected years, mean years)
 *                                        z-scores, weights 1/9, 2/9, 2/9, 2/9,
 *                                        min-max;
 *   egov.tii(indicators, cap)            each indicator capped, z-scores,
 *                                        equal weights, min-max.
 *
 * Each is egov.minmax or egov.composite with its own name in error messages
 * and the edition's method fixed, so that it cannot drift from them: see
 * /work/shared/methodology.md and the comments in 23_recipes.sql for which
 * points of the method are open.
 */
#include "postgres.h"

#include "fmgr.h"

#include "recipes.h"

PG_FUNCTION_INFO_V1(egov_osi);
PG_FUNCTION_INFO_V1(egov_epi);
PG_FUNCTION_INFO_V1(egov_hci);
PG_FUNCTION_INFO_V1(egov_tii);

/* egov.osi(points) OVER (...): min-max over the partition */
Datum
egov_osi(PG_FUNCTION_ARGS)
{
	return egov_minmax_window(fcinfo, "egov.osi");
}

/* egov.epi(points) OVER (...): min-max over the partition */
Datum
egov_epi(PG_FUNCTION_ARGS)
{
	return egov_minmax_window(fcinfo, "egov.epi");
}

/*
 * egov.hci(adult_literacy, gross_enrolment, expected_schooling_years,
 * mean_schooling_years) OVER (...): the 2014+ weights, 1/9 and 2/9 three
 * times, written as 1, 2, 2, 2 (the composite normalises weights to sum 1,
 * and integers keep the result bit for bit that of egov.composite with
 * ARRAY[1, 2, 2, 2]).
 */
Datum
egov_hci(PG_FUNCTION_ARGS)
{
	static const float8 weights[] = {1.0, 2.0, 2.0, 2.0};
	static const EgovCompositeSpec spec = {
		.func = "egov.hci",
		.scalar_args = 4,
		.weights_arg = -1,
		.weights = weights,
		.cap_arg = -1,
		.method_arg = -1,
	};

	return egov_composite_window(fcinfo, &spec);
}

/*
 * egov.tii(indicators, cap) OVER (...): every indicator above cap becomes
 * cap (NULL: no cap), then the composite with equal weights.
 */
Datum
egov_tii(PG_FUNCTION_ARGS)
{
	static const EgovCompositeSpec spec = {
		.func = "egov.tii",
		.scalar_args = 0,
		.weights_arg = -1,
		.weights = NULL,
		.cap_arg = 1,
		.method_arg = -1,
	};

	return egov_composite_window(fcinfo, &spec);
}
