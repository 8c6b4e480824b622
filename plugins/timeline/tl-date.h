/* tl-date.h: civil-date arithmetic, the lunar table and the political
 * calendar of the timeline plugin. Pure logic: no docsift types, so the
 * unit tests compile it on its own.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Days since 1970-01-01 (proleptic Gregorian). */
gint32 tl_days_from_civil (int y, int m, int d);
void tl_civil_from_days (gint32 z, int *y, int *m, int *d);
int tl_days_in_month (int y, int m);
gboolean tl_date_valid (int y, int m, int d);
/* Monday = 1 … Sunday = 7 */
int tl_weekday (gint32 z);
/* "2022-01-05" into @out (at least 11 bytes); years outside 0–9999 get a sign */
void tl_format_day (gint32 z, char *out, gsize size);
/* Parses YYYY-MM-DD (also / or .), optional time ignored. */
gboolean tl_parse_iso_day (const char *s, gint32 *out);

/* ---- lunar calendar ---- */
typedef struct
{
  int year;          /* lunar year whose 正月初一 is @new_year */
  gint32 new_year;   /* day number of 正月初一 */
  int leap_month;    /* 0: none; else the leap month follows this month */
  guint8 n_months;   /* 12 or 13 */
  guint8 month_days[13]; /* 29 or 30, in order, the leap month after its month */
} TlLunarYear;

typedef struct _TlLunarTable TlLunarTable;

TlLunarTable *tl_lunar_table_load (const char *path, GError **error);
TlLunarTable *tl_lunar_table_parse (const char *data, gsize length, const char *name, GError **error);
void tl_lunar_table_free (TlLunarTable *table);
/* Gregorian day of lunar @month/@day (leap month if @leap) of lunar year @year;
 * -1 (G_MININT32) when out of the table or invalid. */
gboolean tl_lunar_to_solar (const TlLunarTable *table, int year, int month, int day,
                            gboolean leap, gint32 *out);
/* Last day of lunar year @year (除夕): the day before the next new year. */
gboolean tl_lunar_new_year (const TlLunarTable *table, int year, gint32 *out);

/* ---- political calendar ---- */
typedef struct
{
  char *name;       /* canonical name */
  gint32 from, to;  /* inclusive day numbers */
  char *note;
} TlPolEvent;

typedef struct
{
  char *alias;      /* surface form as written (Simplified) */
  guint event;      /* index of the first event of the series with this name */
} TlPolAlias;

typedef struct _TlPolCalendar TlPolCalendar;
struct _TlPolCalendar
{
  GPtrArray *events;   /* TlPolEvent*, grouped by name, sorted by from */
  GPtrArray *aliases;  /* TlPolAlias*, longest first */
  GHashTable *series;  /* name -> GPtrArray of TlPolEvent* (borrowed), sorted */
  GHashTable *by_alias;/* alias -> name */
  /* the scanner's decoded form of the aliases, built once on first use (tl-scan.c) */
  gsize scan_once;
  gpointer scan_cache;
  GDestroyNotify scan_cache_free;
};

TlPolCalendar *tl_pol_calendar_load (const char *path, GError **error);
TlPolCalendar *tl_pol_calendar_parse (const char *data, gsize length, const char *name, GError **error);
void tl_pol_calendar_free (TlPolCalendar *cal);
/* the series (all years) of the event an alias names; NULL if unknown */
GPtrArray *tl_pol_calendar_lookup (const TlPolCalendar *cal, const char *alias);

/* Five-year plans: number n (1-based) → first year; 0 if unknown. */
int tl_plan_first_year (int n);

/* 清明 day (April 4, 5 or 6) of year @y, 1901–2099 */
int tl_qingming_day (int y);

/* ---- calendar data: solar terms and holidays (tl-calendar.c) ---- */
typedef struct _TlSolarTerms TlSolarTerms;
TlSolarTerms *tl_solar_terms_load (const char *path, GError **error);
TlSolarTerms *tl_solar_terms_parse (const char *data, gsize length, const char *name, GError **error);
void tl_solar_terms_free (TlSolarTerms *t);
/* index (0 = 小寒 … 23 = 冬至, as the file names them) or -1 */
int tl_solar_terms_index (const TlSolarTerms *t, const char *name);
gboolean tl_solar_term_day (const TlSolarTerms *t, int year, int term, gint32 *out);

typedef enum
{
  TL_HOLIDAY_SOLAR,
  TL_HOLIDAY_LUNAR,
  TL_HOLIDAY_TERM,
  TL_HOLIDAY_WEEKDAY,
  TL_HOLIDAY_EASTER,
} TlHolidayRule;

typedef struct
{
  char *name;               /* Simplified, as matched */
  TlHolidayRule rule;
  int month, day;           /* solar or lunar date (lunar day 0: the month's last day) */
  int nth, weekday;         /* TL_HOLIDAY_WEEKDAY: the nth (-1 last) weekday (1 Monday … 7 Sunday) of month */
  int term;                 /* TL_HOLIDAY_TERM: index in the solar terms table */
  int offset;               /* days after the rule's day */
  int before, after;        /* its holiday period (期间/假期) */
  gboolean needs_tail;
  int tw_month, tw_day;     /* the solar date in Taiwan text, 0 if the same */
} TlHoliday;

typedef struct _TlHolidays TlHolidays;
struct _TlHolidays
{
  GPtrArray *items;         /* TlHoliday*, longest name first */
  guint8 first[8192];       /* BMP bitmap of the names' first characters */
  guint8 second[8192];      /* … and of their second characters */
  GArray *pairs;            /* gunichar[2]: the first two characters of each name */
};
/* @terms resolves `term NAME` rules (NULL: such rows are an error) */
TlHolidays *tl_holidays_load (const char *path, const TlSolarTerms *terms, GError **error);
TlHolidays *tl_holidays_parse (const char *data, gsize length, const char *name, const TlSolarTerms *terms, GError **error);
void tl_holidays_free (TlHolidays *h);
/* Easter Sunday of year @y (Gregorian) */
gint32 tl_easter (int y);

G_END_DECLS
