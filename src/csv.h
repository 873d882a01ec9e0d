/*
 * csv.h — the CSV record reader of csv.c, shared by egov.csv_records,
 * egov._csv_body and the UN loader's row reader (un_csv_rows.c): one parser,
 * so every reader splits a file and refuses text that is not CSV alike.
 */
#ifndef EGOV_CSV_H
#define EGOV_CSV_H

#include "postgres.h"

#include "lib/stringinfo.h"

/* State of one parse: the input, where we are, and the current line. */
typedef struct CsvCursor
{
	const char *p;				/* next byte to read */
	const char *end;			/* one past the last byte */
	int32		line;			/* line number of *p, from 1 */
	char		delimiter;
} CsvCursor;

/*
 * One record: its fields as written, each NUL-terminated in buf (CSV text
 * holds no NUL), field i at buf.data + start[i], len[i] bytes.
 */
typedef struct CsvRecord
{
	int32		line;			/* the line the record starts on */
	int			nfields;
	int			maxfields;		/* allocated length of start and len */
	int		   *start;
	int		   *len;
	StringInfoData buf;
} CsvRecord;

/* Checks the delimiter (22023) and skips a byte-order mark. */
extern void csv_cursor_init(CsvCursor *c, text *csv, text *delimiter);
extern void csv_record_init(CsvRecord *rec);

/* The next record (empty lines skipped) into rec; false at the end. */
extern bool csv_next_record(CsvCursor *c, CsvRecord *rec);

/* Whether every field of the record is only spaces (a line of delimiters). */
extern bool csv_record_blank(const CsvRecord *rec);

/* The record's fields as a text[], in the current memory context. */
extern Datum csv_record_array(const CsvRecord *rec);

/* Text from the input for a message, as egov.visible_text shows it. */
extern char *csv_visible(const char *s, int len);

#endif							/* EGOV_CSV_H */
