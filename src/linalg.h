/*
 * linalg.h — the small dense linear algebra of the multivariate toolkit
 * (PCA weights, diagnostics, EM imputation): a symmetric eigen-solver and
 * the pseudo-inverse built on it.  Matrices are k x k, row-major float8
 * arrays; k is the number of indicators, so O(k^3) is cheap.  No LAPACK.
 */
#ifndef EGOV_LINALG_H
#define EGOV_LINALG_H

#include "postgres.h"

/* Jacobi sweeps before giving up (each one O(k^3); 10 suffice in practice) */
#define EGOV_JACOBI_MAX_SWEEPS	100

/*
 * Eigenvalues and eigenvectors of the symmetric k x k matrix a (only its
 * upper triangle is read; a is left unchanged), by the cyclic Jacobi
 * method: values[0 .. k-1] in descending order, vectors[i * k + j] the i-th
 * component of the eigenvector of values[j], each of unit length.  Converges
 * when every off-diagonal element is below 1e-15 times the matrix's
 * Frobenius norm; elog(ERROR) (a can't-happen state) if it has not after
 * EGOV_JACOBI_MAX_SWEEPS sweeps.
 */
extern void egov_jacobi_eigen(int k, const float8 *a, float8 *values,
							  float8 *vectors);

/*
 * The Moore-Penrose pseudo-inverse of the symmetric positive semi-definite
 * k x k matrix a, into inv: eigenvalues below 1e-12 times the largest are
 * taken as 0 (numpy.linalg.pinv's rule with rcond = 1e-12), so a singular
 * covariance (a constant indicator, two equal ones) still gives the
 * least-squares answer.
 */
extern void egov_sym_pinv(int k, const float8 *a, float8 *inv);

#endif							/* EGOV_LINALG_H */
