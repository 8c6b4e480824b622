/* tl-date.c: see tl-date.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include "tl-date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* H. Hinnant's days_from_civil / civil_from_days. */
gint32
tl_days_from_civil (int y, int m, int d)
{
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void
tl_civil_from_days (gint32 z, int *y, int *m, int *d)
{
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int dd = doy - (153 * mp + 2) / 5 + 1;
  const int mm = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (mm <= 2);
  *m = mm;
  *d = dd;
}

int
tl_days_in_month (int y, int m)
{
  static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (m < 1 || m > 12)
    return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return dm[m - 1];
}

gboolean
tl_date_valid (int y, int m, int d)
{
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= tl_days_in_month (y, m);
}

int
tl_weekday (gint32 z)
{
  /* 1970-01-01 was a Thursday (4) */
  int w = (int) ((z % 7 + 7) % 7); /* 0 = Thursday */
  return (w + 3) % 7 + 1;
}

void
tl_format_day (gint32 z, char *out, gsize size)
{
  int y, m, d;
  tl_civil_from_days (z, &y, &m, &d);
  if (y >= 0 && y <= 9999)
    snprintf (out, size, "%04d-%02d-%02d", y, m, d);
  else
    snprintf (out, size, "%+d-%02d-%02d", y, m, d);
}

gboolean
tl_parse_iso_day (const char *s, gint32 *out)
{
  int y = 0, m = 0, d = 0, n = 0;
  const char *p = s;
  while (*p == ' ' || *p == '\t')
    p++;
  for (n = 0; n < 4 && g_ascii_isdigit (*p); n++, p++)
    y = y * 10 + (*p - '0');
  if (n != 4 || (*p != '-' && *p != '/' && *p != '.'))
    return FALSE;
  char sep = *p++;
  for (n = 0; n < 2 && g_ascii_isdigit (*p); n++, p++)
    m = m * 10 + (*p - '0');
  if (n == 0 || *p != sep)
    return FALSE;
  p++;
  for (n = 0; n < 2 && g_ascii_isdigit (*p); n++, p++)
    d = d * 10 + (*p - '0');
  if (n == 0 || g_ascii_isdigit (*p) || !tl_date_valid (y, m, d))
    return FALSE;
  *out = tl_days_from_civil (y, m, d);
  return TRUE;
}

/* ---------------------------------------------------------------- lunar */

struct _TlLunarTable
{
  int first_year;
  GArray *years; /* TlLunarYear */
};


static TlLunarTable *
lunar_table_read (DsDataFile *file, GError **error)
{
  TlLunarTable *t = g_new0 (TlLunarTable, 1);
  t->years = g_array_new (FALSE, TRUE, sizeof (TlLunarYear));
  while (ds_data_file_next (file, error))
    {
      guint nf = 0;
      const char *const *f = ds_data_file_get_fields (file, &nf);
      TlLunarYear ly = { 0 };
      if (nf < 4)
        {
          ds_data_file_set_error (file, error, "expected 4 tab-separated fields: year, new year, leap month, month lengths");
          goto fail;
        }
      char *end = NULL;
      ly.year = (int) strtol (f[0], &end, 10);
      if (*end || ly.year < 1 || ly.year > 9999)
        {
          ds_data_file_set_error (file, error, "bad lunar year");
          goto fail;
        }
      if (!tl_parse_iso_day (f[1], &ly.new_year))
        {
          ds_data_file_set_error (file, error, "bad new-year date (want YYYY-MM-DD)");
          goto fail;
        }
      ly.leap_month = (int) strtol (f[2], &end, 10);
      if (*end || ly.leap_month < 0 || ly.leap_month > 12)
        {
          ds_data_file_set_error (file, error, "bad leap month (0–12)");
          goto fail;
        }
      gsize nm = strlen (f[3]);
      if (nm != (ly.leap_month ? 13u : 12u))
        {
          ds_data_file_set_error (file, error, "month lengths: want 12 letters (13 with a leap month), L = 30 days, S = 29");
          goto fail;
        }
      ly.n_months = (guint8) nm;
      for (gsize i = 0; i < nm; i++)
        {
          if (f[3][i] != 'L' && f[3][i] != 'S')
            {
              ds_data_file_set_error (file, error, "month lengths: only L (30) and S (29)");
              goto fail;
            }
          ly.month_days[i] = f[3][i] == 'L' ? 30 : 29;
        }
      if (t->years->len > 0)
        {
          const TlLunarYear *prev = &g_array_index (t->years, TlLunarYear, t->years->len - 1);
          gint32 sum = 0;
          for (int i = 0; i < prev->n_months; i++)
            sum += prev->month_days[i];
          if (ly.year != prev->year + 1 || prev->new_year + sum != ly.new_year)
            {
              ds_data_file_set_error (file, error, "not consecutive: the previous year's months do not end the day before this new year");
              goto fail;
            }
        }
      else
        t->first_year = ly.year;
      g_array_append_val (t->years, ly);
    }
  if (ds_data_file_failed (file))
    goto fail;
  if (t->years->len == 0)
    {
      g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_INVALID, "%s: no years", ds_data_file_get_path (file));
      goto fail;
    }
  return t;
fail:
  tl_lunar_table_free (t);
  return NULL;
}

TlLunarTable *
tl_lunar_table_parse (const char *data, gsize length, const char *name, GError **error)
{
  g_autoptr (DsDataFile) file = ds_data_file_new_from_data (name, data, (gssize) length);
  return lunar_table_read (file, error);
}

TlLunarTable *
tl_lunar_table_load (const char *path, GError **error)
{
  g_autoptr (DsDataFile) file = ds_data_file_open (path, error);
  return file ? lunar_table_read (file, error) : NULL;
}

void
tl_lunar_table_free (TlLunarTable *t)
{
  if (!t)
    return;
  g_array_unref (t->years);
  g_free (t);
}

static const TlLunarYear *
lunar_year (const TlLunarTable *t, int year)
{
  if (!t || year < t->first_year || year >= t->first_year + (int) t->years->len)
    return NULL;
  return &g_array_index (t->years, TlLunarYear, year - t->first_year);
}

gboolean
tl_lunar_new_year (const TlLunarTable *t, int year, gint32 *out)
{
  const TlLunarYear *ly = lunar_year (t, year);
  if (!ly)
    return FALSE;
  *out = ly->new_year;
  return TRUE;
}

gboolean
tl_lunar_to_solar (const TlLunarTable *t, int year, int month, int day, gboolean leap, gint32 *out)
{
  const TlLunarYear *ly = lunar_year (t, year);
  if (!ly || month < 1 || month > 12 || day < 1 || day > 30)
    return FALSE;
  if (leap && ly->leap_month != month)
    return FALSE;
  /* index of the month in month_days */
  int idx = month - 1;
  if (ly->leap_month && (month > ly->leap_month || (leap && month == ly->leap_month)))
    idx++;
  if (day > ly->month_days[idx])
    return FALSE;
  gint32 z = ly->new_year;
  for (int i = 0; i < idx; i++)
    z += ly->month_days[i];
  *out = z + day - 1;
  return TRUE;
}

/* ---------------------------------------------------------------- political */

static void
pol_event_free (gpointer p)
{
  TlPolEvent *e = p;
  g_free (e->name);
  g_free (e->note);
  g_free (e);
}

static void
pol_alias_free (gpointer p)
{
  TlPolAlias *a = p;
  g_free (a->alias);
  g_free (a);
}

static gint
cmp_event (gconstpointer a, gconstpointer b)
{
  const TlPolEvent *x = *(TlPolEvent *const *) a, *y = *(TlPolEvent *const *) b;
  return x->from < y->from ? -1 : x->from > y->from;
}

static gint
cmp_alias_len (gconstpointer a, gconstpointer b)
{
  const TlPolAlias *x = *(TlPolAlias *const *) a, *y = *(TlPolAlias *const *) b;
  gsize lx = strlen (x->alias), ly = strlen (y->alias);
  return lx > ly ? -1 : lx < ly;
}

static void
add_alias (TlPolCalendar *cal, const char *alias, const char *name)
{
  if (!*alias || g_hash_table_contains (cal->by_alias, alias))
    return;
  TlPolAlias *a = g_new0 (TlPolAlias, 1);
  a->alias = g_strdup (alias);
  g_ptr_array_add (cal->aliases, a);
  g_hash_table_insert (cal->by_alias, g_strdup (alias), g_strdup (name));
}

static TlPolCalendar *
pol_calendar_read (DsDataFile *file, GError **error)
{
  TlPolCalendar *cal = g_new0 (TlPolCalendar, 1);
  cal->events = g_ptr_array_new_with_free_func (pol_event_free);
  cal->aliases = g_ptr_array_new_with_free_func (pol_alias_free);
  cal->series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  cal->by_alias = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while (ds_data_file_next (file, error))
    {
      guint nf = 0;
      const char *const *f = ds_data_file_get_fields (file, &nf);
      if (nf < 3)
        {
          ds_data_file_set_error (file, error, "expected name, from, to[, aliases[, note]] separated by tabs");
          goto fail;
        }
      if (!*f[0])
        {
          ds_data_file_set_error (file, error, "empty or invalid name");
          goto fail;
        }
      gint32 from, to;
      if (!tl_parse_iso_day (f[1], &from) || !tl_parse_iso_day (f[2], &to) || to < from)
        {
          ds_data_file_set_error (file, error, "bad from/to date (want YYYY-MM-DD, from <= to)");
          goto fail;
        }
      TlPolEvent *e = g_new0 (TlPolEvent, 1);
      e->name = g_strdup (f[0]);
      e->from = from;
      e->to = to;
      e->note = nf > 4 ? g_strdup (f[4]) : NULL;
      g_ptr_array_add (cal->events, e);
      GPtrArray *series = g_hash_table_lookup (cal->series, e->name);
      if (!series)
        {
          series = g_ptr_array_new ();
          g_hash_table_insert (cal->series, g_strdup (e->name), series);
        }
      g_ptr_array_add (series, e);
      add_alias (cal, e->name, e->name);
      if (nf > 3)
        {
          g_auto (GStrv) al = g_strsplit (f[3], ",", -1); /* a copy: the aliases get trimmed */
          for (char **a = al; *a; a++)
            add_alias (cal, g_strstrip (*a), e->name);
        }
    }
  if (ds_data_file_failed (file))
    goto fail;
  GHashTableIter it;
  gpointer v;
  g_hash_table_iter_init (&it, cal->series);
  while (g_hash_table_iter_next (&it, NULL, &v))
    g_ptr_array_sort (v, cmp_event);
  g_ptr_array_sort (cal->aliases, cmp_alias_len);
  return cal;
fail:
  tl_pol_calendar_free (cal);
  return NULL;
}

TlPolCalendar *
tl_pol_calendar_parse (const char *data, gsize length, const char *name, GError **error)
{
  g_autoptr (DsDataFile) file = ds_data_file_new_from_data (name, data, (gssize) length);
  return pol_calendar_read (file, error);
}

TlPolCalendar *
tl_pol_calendar_load (const char *path, GError **error)
{
  g_autoptr (DsDataFile) file = ds_data_file_open (path, error);
  return file ? pol_calendar_read (file, error) : NULL;
}

void
tl_pol_calendar_free (TlPolCalendar *cal)
{
  if (cal && cal->scan_cache && cal->scan_cache_free)
    cal->scan_cache_free (cal->scan_cache);
  if (!cal)
    return;
  g_hash_table_unref (cal->series);
  g_hash_table_unref (cal->by_alias);
  g_ptr_array_unref (cal->aliases);
  g_ptr_array_unref (cal->events);
  g_free (cal);
}

GPtrArray *
tl_pol_calendar_lookup (const TlPolCalendar *cal, const char *alias)
{
  const char *name = g_hash_table_lookup (cal->by_alias, alias);
  return name ? g_hash_table_lookup (cal->series, name) : NULL;
}

/* ---------------------------------------------------------------- plans */

int
tl_plan_first_year (int n)
{
  /* 1st 1953–57, 2nd 1958–62, then (after the 1963–65 adjustment years)
   * the 3rd from 1966 and every five years since. */
  if (n == 1)
    return 1953;
  if (n == 2)
    return 1958;
  if (n >= 3 && n <= 40)
    return 1966 + 5 * (n - 3);
  return 0;
}

int
tl_qingming_day (int y)
{
  /* Shouxing formula: day = [Y*D + C] - [Y/4], Y = last two digits */
  int yy = y % 100;
  double c = y >= 2001 ? 4.81 : 5.59;
  return (int) (yy * 0.2422 + c) - yy / 4;
}
