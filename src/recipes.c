/*
 * recipes.c — the UN DESA component recipes as window functions over an
 * edition (PARTITION BY survey_year):
 *
 *   egov.osi(points), egov.epi(points)   min-max of assessment points;
 *   egov.hci(literacy, enrolment, expected years, mean years, weights)
 *                                        z-scores, weights (default 1/3, 2/9,
 *                                        2/9, 2/9), min-max;
 *   egov.tii(indicators, cap)            each indicator capped, z-scores,
 *                                        equal weights, min-max.
 *
 * Each is egov.minmax or egov.composite with its own name in error messages
 * and the edition's method fixed, so that it cannot drift from them: see
 * doc/methodology.md and the comments in 23_recipes.sql for which points of
 * the method are open.
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
 * mean_schooling_years, weights DEFAULT '{3,2,2,2}') OVER (...): the 2014+
 * recipe, bit for bit egov.composite(ARRAY[a, b, c, d], weights).  The
 * weights are an argument because the primary text was not at hand to
 * settle them (sql/egov/24_hci.sql).  The four-argument SQL definition of
 * 0.1.0/0.2.0, which may call this library until the update has run, keeps
 * the weights it documented, 1, 2, 2, 2 (1/9, 2/9, 2/9, 2/9 normalised).
 */
Datum
egov_hci(PG_FUNCTION_ARGS)
{
	static const float8 weights_before_0_3[] = {1.0, 2.0, 2.0, 2.0};
	static const EgovCompositeSpec spec = {
		.func = "egov.hci",
		.scalar_args = 4,
		.weights_arg = 4,
		.weights = weights_before_0_3,
		.cap_arg = -1,
		.method_arg = -1,
		.minmax_arg = -1,
		.missing_arg = -1,
		.power_arg = -1,
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
		.minmax_arg = -1,
		.missing_arg = -1,
		.power_arg = -1,
	};

	return egov_composite_window(fcinfo, &spec);
}
