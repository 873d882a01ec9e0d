/*
 * pca.c — final functions of egov.pca_weights(indicators) and
 * egov.pca_variance(indicators), on the co-moment state (comoment.h).
 *
 * Both are the PCA of the correlation matrix of the complete rows, as
 * COINr's get_PCA runs stats::prcomp(na.omit(x), center = TRUE, scale =
 * TRUE).  An indicator without spread cannot be scaled (prcomp stops); here
 * it is left out of the analysis and gets weight 0.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"

#include "comoment.h"
#include "linalg.h"

PG_FUNCTION_INFO_V1(egov_pca_weights_final);
PG_FUNCTION_INFO_V1(egov_pca_variance_final);

/*
 * Eigenvalues below this share of the largest one apart count as equal:
 * the first component is then not determined and the weights are NULL.
 */
#define PCA_GAP		1e-10

/* a sum of loadings (or a loading) this close to 0 has no sign */
#define PCA_SIGN_ZERO	1e-9

typedef struct Pca
{
	int			k;				/* indicators */
	int			m;				/* of them with spread */
	int		   *index;			/* [m] their positions */
	float8	   *values;			/* [m] eigenvalues, descending */
	float8	   *vectors;		/* [m * m] column j: eigenvector j */
} Pca;

/* false when there is nothing to analyse: fewer than 2 rows, no spread */
static bool
pca_of(ArrayType *state, const char *func, Pca *p)
{
	EgovComoment cm;
	float8	   *r;
	float8	   *rm;
	bool	   *constant;

	egov_comoment_of(state, func, &cm);
	if (cm.k == 0 || cm.n < 2)
		return false;
	p->k = cm.k;
	r = palloc(sizeof(float8) * cm.k * cm.k);
	constant = palloc(sizeof(bool) * cm.k);
	egov_comoment_correlation(&cm, func, r, constant);
	p->index = palloc(sizeof(int) * cm.k);
	p->m = 0;
	for (int i = 0; i < cm.k; i++)
		if (!constant[i])
			p->index[p->m++] = i;
	if (p->m == 0)
		return false;
	rm = palloc(sizeof(float8) * p->m * p->m);
	for (int i = 0; i < p->m; i++)
		for (int j = 0; j < p->m; j++)
			rm[i * p->m + j] = r[p->index[i] * cm.k + p->index[j]];
	p->values = palloc(sizeof(float8) * p->m);
	p->vectors = palloc(sizeof(float8) * p->m * p->m);
	egov_jacobi_eigen(p->m, rm, p->values, p->vectors);
	return true;
}

/*
 * egov.pca_weights_final(state): the loadings of the first principal
 * component (unit length, as prcomp's rotation[, 1]), 0 for an indicator
 * without spread.  prcomp's sign is arbitrary; here the loadings sum to a
 * positive number (or, summing to 0 within 1e-9, the first loading beyond
 * 1e-9 is positive).
 * NULL when the component is not determined: fewer than 2 complete rows,
 * no indicator with spread, or a first eigenvalue tied with the second.
 */
Datum
egov_pca_weights_final(PG_FUNCTION_ARGS)
{
	const char *func = "egov.pca_weights";
	Pca			p;
	Datum	   *elems;
	float8		sum = 0.0,
				sign = 1.0;

	if (!pca_of(PG_GETARG_ARRAYTYPE_P(0), func, &p))
		PG_RETURN_NULL();
	if (p.m > 1 && p.values[0] - p.values[1] <= PCA_GAP * p.values[0])
		PG_RETURN_NULL();

	/*
	 * A sum within rounding of 0 (two indicators correlated negatively give
	 * (1, -1) / sqrt 2) has no reliable sign: the first clearly non-zero
	 * loading decides then.
	 */
	for (int i = 0; i < p.m; i++)
		sum += p.vectors[i * p.m];
	if (fabs(sum) > PCA_SIGN_ZERO)
		sign = sum > 0 ? 1.0 : -1.0;
	else
		for (int i = 0; i < p.m; i++)
			if (fabs(p.vectors[i * p.m]) > PCA_SIGN_ZERO)
			{
				sign = p.vectors[i * p.m] > 0 ? 1.0 : -1.0;
				break;
			}

	elems = palloc(sizeof(Datum) * p.k);
	for (int i = 0; i < p.k; i++)
		elems[i] = Float8GetDatum(0.0);
	for (int i = 0; i < p.m; i++)
		elems[p.index[i]] = Float8GetDatum(sign * p.vectors[i * p.m]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, p.k, FLOAT8OID, sizeof(float8),
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * egov.pca_variance_final(state): the share of the total variance of the
 * standardised indicators that the first principal component explains,
 * lambda_1 / m (m indicators with spread: the trace of their correlation
 * matrix), prcomp's "Proportion of Variance" of PC1.  NULL as above.
 */
Datum
egov_pca_variance_final(PG_FUNCTION_ARGS)
{
	Pca			p;

	if (!pca_of(PG_GETARG_ARRAYTYPE_P(0), "egov.pca_variance", &p))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(Min(1.0, p.values[0] / p.m));
}
