/*
 * country_key.c — the key country and city names are compared by, and a
 * way to show a name whose differences are invisible.
 *
 * The key must be IMMUTABLE in fact: unique indexes and the primary key of
 * egov.country_alias store it, and a dump restored into a database of
 * another locale must find the same keys.  So nothing here asks the
 * database's locale (no lower(), no regex classes, no iswspace()): the
 * folding works on Unicode code points with the tables below and with
 * PostgreSQL's own Unicode normalisation (NFKD), whose results for assigned
 * characters Unicode's stability policy fixes for good.
 *
 * The key of a name, step by step:
 *   1. apostrophe-like marks (’ ‘ ‛ ´ ` ʹ ʻ ʼ ʽ ′) become ', dashes and
 *      hyphens (‐ ‑ ‒ – — ― − ﹣) become - (before NFKD, which would take
 *      ´ apart into a space and an accent);
 *   2. NFKD: composed letters are taken apart (é = e + U+0301), compatibility
 *      forms made plain (ﬁ = fi, fullwidth Ｕ = U, U+00A0 and U+2009 = space);
 *   3. combining accents are dropped, and so are invisible format characters
 *      (soft hyphen, zero-width space and joiners, direction marks, BOM);
 *   4. letters NFKD leaves whole are spelled in ASCII (æ ae, ø o, ł l, đ d,
 *      ı i, ß ss, œ oe, þ th, ħ h, ŧ t), then Latin, Greek and Cyrillic
 *      capitals become small letters; other scripts stay as written;
 *   5. every Unicode space and control character is a space; runs of spaces
 *      become one and spaces at either end go.
 * The key of a key is the key itself (egov.country_alias relies on it).
 *
 * The key is defined over UTF-8; egov refuses other database encodings at
 * CREATE EXTENSION, and the functions raise 0A000 there as well.
 */
#include "postgres.h"

#include "egov.h"

#include "common/unicode_norm.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/memutils.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(egov_country_key);
PG_FUNCTION_INFO_V1(egov_visible_text);

/*
 * NFKD can turn one character into 18; the longest text the functions take
 * keeps every intermediate array below the allocation limit (a name that
 * long is no name; the limit is about 14 million characters).
 */
#define MAX_KEY_CHARS	(MaxAllocSize / sizeof(pg_wchar) / 19)

static void
require_utf8(const char *function)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s needs a database with encoding UTF8, this one is %s",
						function, GetDatabaseEncodingName())));
}

/* Unicode White_Space, the C0 and C1 controls: all count as one space. */
static bool
is_space(pg_wchar c)
{
	return c <= 0x20 || (c >= 0x7F && c <= 0xA0) ||
		c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
		c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
		c == 0x3000;
}

/* Combining diacritical marks (the accents NFKD takes off letters). */
static bool
is_accent(pg_wchar c)
{
	return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
		(c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
		(c >= 0xFE20 && c <= 0xFE2F);
}

/* Invisible format characters: nothing to see, nothing to compare. */
static bool
is_invisible(pg_wchar c)
{
	return c == 0x00AD || c == 0x061C || c == 0x180E ||
		(c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
		(c >= 0x2060 && c <= 0x206F) || c == 0xFEFF ||
		(c >= 0xFE00 && c <= 0xFE0F) ||		/* variation selectors */
		(c >= 0xE0000 && c <= 0xE0FFF);		/* tags, variation selectors */
}

/* Step 1: apostrophes and dashes as the ASCII ' and -. */
static pg_wchar
fold_punctuation(pg_wchar c)
{
	switch (c)
	{
		case 0x0060:			/* ` grave accent */
		case 0x00B4:			/* ´ acute accent */
		case 0x02B9:			/* ʹ modifier prime */
		case 0x02BB:			/* ʻ turned comma (okina) */
		case 0x02BC:			/* ʼ modifier apostrophe */
		case 0x02BD:			/* ʽ reversed comma */
		case 0x2018:			/* ‘ */
		case 0x2019:			/* ’ */
		case 0x201B:			/* ‛ */
		case 0x2032:			/* ′ prime */
		case 0xFF07:			/* ＇ fullwidth */
			return '\'';
		case 0x2010:			/* ‐ hyphen */
		case 0x2011:			/* ‑ non-breaking hyphen */
		case 0x2012:			/* ‒ figure dash */
		case 0x2013:			/* – en dash */
		case 0x2014:			/* — em dash */
		case 0x2015:			/* ― horizontal bar */
		case 0x2212:			/* − minus */
		case 0xFE63:			/* ﹣ small hyphen-minus */
		case 0xFF0D:			/* － fullwidth */
			return '-';
	}
	return c;
}

/* Step 4a: letters without a decomposition, spelled in ASCII; NULL if none. */
static const char *
ascii_spelling(pg_wchar c)
{
	switch (c)
	{
		case 0x00C6: case 0x00E6: return "ae";	/* Æ æ */
		case 0x00D0: case 0x00F0: return "d";	/* Ð ð */
		case 0x00D8: case 0x00F8: return "o";	/* Ø ø */
		case 0x00DE: case 0x00FE: return "th";	/* Þ þ */
		case 0x00DF: case 0x1E9E: return "ss";	/* ß ẞ */
		case 0x0110: case 0x0111: return "d";	/* Đ đ */
		case 0x0126: case 0x0127: return "h";	/* Ħ ħ */
		case 0x0131: return "i";				/* ı dotless i */
		case 0x0141: case 0x0142: return "l";	/* Ł ł */
		case 0x0152: case 0x0153: return "oe";	/* Œ œ */
		case 0x0166: case 0x0167: return "t";	/* Ŧ ŧ */
	}
	return NULL;
}

/* Step 4b: capitals of Latin, Greek and Cyrillic as small letters. */
static pg_wchar
small_letter(pg_wchar c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 0x20;
	if (c >= 0x0391 && c <= 0x03A9 && c != 0x03A2)	/* Greek Α-Ω */
		return c + 0x20;
	if (c == 0x03C2)			/* ς final sigma */
		return 0x03C3;
	if (c >= 0x0410 && c <= 0x042F)	/* Cyrillic А-Я */
		return c + 0x20;
	if (c >= 0x0400 && c <= 0x040F)	/* Cyrillic Ѐ-Џ */
		return c + 0x50;
	if (c == 0x014A)			/* Ŋ */
		return 0x014B;
	return c;
}

/*
 * The text's characters as code points, terminated by 0; *len their number.
 * A text too long for `function` is refused with 54000.
 */
static pg_wchar *
text_to_wchars(text *t, int *len, const char *function)
{
	const unsigned char *p = (const unsigned char *) VARDATA_ANY(t);
	const unsigned char *end = p + VARSIZE_ANY_EXHDR(t);
	int			nbytes = end - p;
	pg_wchar   *chars;
	int			n = 0;

	if ((Size) nbytes > MAX_KEY_CHARS)
	{
		int			nchars = pg_mbstrlen_with_len((const char *) p, nbytes);

		if ((Size) nchars > MAX_KEY_CHARS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("a text of %d characters is too long for %s (at most %zu)",
							nchars, function, (Size) MAX_KEY_CHARS)));
	}
	chars = palloc((nbytes + 1) * sizeof(pg_wchar));
	while (p < end)
	{
		if ((n & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		chars[n++] = utf8_to_unicode(p);
		p += pg_utf_mblen(p);
	}
	chars[n] = 0;
	*len = n;
	return chars;
}

static void
append_char(StringInfo buf, pg_wchar c)
{
	unsigned char utf8[4];

	unicode_to_utf8(c, utf8);
	appendBinaryStringInfo(buf, (char *) utf8, pg_utf_mblen(utf8));
}

Datum
egov_country_key(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	pg_wchar   *chars;
	pg_wchar   *decomposed;
	StringInfoData key;
	bool		pending_space = false;
	int			len;

	require_utf8("egov.country_key");
	chars = text_to_wchars(name, &len, "egov.country_key");
	for (int i = 0; i < len; i++)
	{
		if ((i & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		chars[i] = fold_punctuation(chars[i]);
	}
	decomposed = unicode_normalize(UNICODE_NFKD, chars);
	pfree(chars);

	initStringInfo(&key);
	for (int i = 0; decomposed[i] != 0; i++)
	{
		pg_wchar	c = fold_punctuation(decomposed[i]);
		const char *spelling;

		if ((i & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (is_accent(c) || is_invisible(c))
			continue;
		if (is_space(c))
		{
			pending_space = key.len > 0;	/* none at the start */
			continue;
		}
		if (pending_space)
			appendStringInfoChar(&key, ' ');
		pending_space = false;
		spelling = ascii_spelling(c);
		if (spelling != NULL)
			appendStringInfoString(&key, spelling);
		else
			append_char(&key, small_letter(c));
	}
	pfree(decomposed);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(key.data, key.len));
}

/*
 * The text with each character one cannot tell apart by looking at it
 * written as <U+XXXX>: controls, spaces other than U+0020, invisible format
 * characters, combining accents, private-use characters and noncharacters.
 * "Ireland<U+2009>" and "Co<U+0302>te d'Ivoire" then say in an error
 * message what "Ireland " and "Côte d'Ivoire" cannot.
 */
Datum
egov_visible_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	pg_wchar   *chars;
	StringInfoData out;
	int			len;

	require_utf8("egov.visible_text");
	chars = text_to_wchars(t, &len, "egov.visible_text");
	initStringInfo(&out);
	for (int i = 0; i < len; i++)
	{
		pg_wchar	c = chars[i];

		if ((i & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if ((c != ' ' && is_space(c)) || is_invisible(c) || is_accent(c) ||
			(c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 ||
			(c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
			appendStringInfo(&out, "<U+%04X>", (unsigned int) c);
		else
			append_char(&out, c);
	}
	pfree(chars);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out.data, out.len));
}
