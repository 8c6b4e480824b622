/* tl-cases.h: the case harness shared by the timeline unit tests: scan a
 * sentence against a reference date and check one expression's interval,
 * granularity and flags.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <docsift/docsift.h>

#include "tl-scan.h"

extern TlLunarTable *lunar;
extern TlPolCalendar *pol;
extern TlHolidays *holidays;
extern TlSolarTerms *terms;
extern TlWords *words;
extern TlTables tables;

enum
{
  F_UNRESOLVED = 1 << 0,
  F_VAGUE = 1 << 1,
  F_REPAIRED = 1 << 2,
  F_UNTIL = 1 << 3,
  F_SINCE = 1 << 4,
  F_RELATIVE = 1 << 5,
  F_NONE = 1 << 6,   /* no expression with this text (or none at all when text is NULL) */
};

typedef struct
{
  const char *input;
  const char *ref;   /* NULL: no reference date */
  const char *text;  /* the expression as written */
  const char *from;  /* "" = null */
  const char *to;
  const char *gran;  /* NULL: do not check */
  guint flags;
} Case;

#define R "2022-02-09"

/* config/NAME (or $DOCSIFT_DATA_DIR/NAME) */
char *data_path (const char *name);
/* loads the lunar table and the political calendar into `tables` */
void tl_cases_load_tables (void);
void tl_cases_free_tables (void);
/* the text as the plugin reads it: the normalize plugin's normalized view
 * (Simplified, half-width); a copy of @s when normalize is not available */
char *tl_cases_normalize (const char *s);
GArray *scan (const char *input, const char *ref, TlText **text_out);
const TlExpr *find (GArray *a, const char *input, const char *text);
void dump (GArray *a, const char *input);
void check_case (const Case *c);
void run_cases (const Case *cases, gsize n);
