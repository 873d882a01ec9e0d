/*
 * egov.h — shared declarations for the egov extension.
 */
#ifndef EGOV_H
#define EGOV_H

#include "postgres.h"

/*
 * Raise 22003 (numeric_value_out_of_range) unless 0 <= value <= 1.
 * NaN and +/-Infinity fail the test too.  `what` names the value in the
 * message, e.g. "OSI must be between 0 and 1, got 1.2".
 */
extern void egov_check_unit_interval(const char *what, float8 value);

/* Shortest text that reads back as the same float8 ("1.2", "NaN"). */
extern char *egov_float8_text(float8 value);

#endif							/* EGOV_H */
