/* tl-calendar.c: calendar knowledge read from data files: the 24 solar terms
 * of 1901–2100 (timeline-solar-terms.tsv) and the holidays, festivals and
 * observances (timeline-holidays.tsv); see the files' headers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include "tl-date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- solar terms */

struct _TlSolarTerms
{
  char *names[24];
  int first_year, n_years;
  guint8 *days; /* n_years × 24 */
};

/* the month of term k (0 = 小寒 in January … 23 = 冬至 in December) */
static int
term_month (int k)
{
  return k / 2 + 1;
}

static TlSolarTerms *
solar_terms_read (DsDataFile *f, GError **error)
{
  g_autoptr (GByteArray) days = g_byte_array_new ();
  TlSolarTerms *t = g_new0 (TlSolarTerms, 1);
  gboolean have_names = FALSE;
  while (ds_data_file_next (f, error))
    {
      guint nf = 0;
      const char *const *fl = ds_data_file_get_fields (f, &nf);
      if (nf != 2)
        {
          ds_data_file_set_error (f, error, "expected two tab-separated fields");
          goto fail;
        }
      g_auto (GStrv) v = g_strsplit_set (fl[1], " ", -1);
      if (g_strv_length (v) != 24)
        {
          ds_data_file_set_error (f, error, "expected 24 space-separated values");
          goto fail;
        }
      if (!have_names)
        {
          if (strcmp (fl[0], "names") != 0)
            {
              ds_data_file_set_error (f, error, "the first line must be: names<TAB>the 24 term names");
              goto fail;
            }
          for (int k = 0; k < 24; k++)
            t->names[k] = g_strdup (v[k]);
          have_names = TRUE;
          continue;
        }
      char *end = NULL;
      long y = strtol (fl[0], &end, 10);
      if (!end || *end || y < 1 || y > 9999 || (t->n_years && y != t->first_year + t->n_years))
        {
          ds_data_file_set_error (f, error, "bad or out-of-sequence year");
          goto fail;
        }
      if (!t->n_years)
        t->first_year = (int) y;
      for (int k = 0; k < 24; k++)
        {
          long d = strtol (v[k], &end, 10);
          if (!end || *end || !tl_date_valid ((int) y, term_month (k), (int) d))
            {
              ds_data_file_set_error (f, error, "bad day of a term");
              goto fail;
            }
          guint8 b = (guint8) d;
          g_byte_array_append (days, &b, 1);
        }
      t->n_years++;
    }
  if (ds_data_file_failed (f))
    goto fail;
  if (!have_names || !t->n_years)
    {
      g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_INVALID, "%s: no names line or no years",
                   ds_data_file_get_path (f));
      goto fail;
    }
  t->days = g_byte_array_steal (days, NULL);
  return t;
fail:
  tl_solar_terms_free (t);
  return NULL;
}

TlSolarTerms *
tl_solar_terms_parse (const char *data, gsize length, const char *name, GError **error)
{
  g_autoptr (DsDataFile) f = ds_data_file_new_from_data (name, data, (gssize) length);
  return solar_terms_read (f, error);
}

TlSolarTerms *
tl_solar_terms_load (const char *path, GError **error)
{
  g_autoptr (DsDataFile) f = ds_data_file_open (path, error);
  return f ? solar_terms_read (f, error) : NULL;
}

void
tl_solar_terms_free (TlSolarTerms *t)
{
  if (!t)
    return;
  for (int k = 0; k < 24; k++)
    g_free (t->names[k]);
  g_free (t->days);
  g_free (t);
}

int
tl_solar_terms_index (const TlSolarTerms *t, const char *name)
{
  for (int k = 0; t && k < 24; k++)
    if (g_strcmp0 (t->names[k], name) == 0)
      return k;
  return -1;
}

gboolean
tl_solar_term_day (const TlSolarTerms *t, int year, int term, gint32 *out)
{
  if (!t || term < 0 || term > 23 || year < t->first_year || year >= t->first_year + t->n_years)
    return FALSE;
  *out = tl_days_from_civil (year, term_month (term), t->days[(year - t->first_year) * 24 + term]);
  return TRUE;
}

/* ---------------------------------------------------------------- holidays */

gint32
tl_easter (int y)
{
  /* anonymous Gregorian algorithm (Meeus/Jones/Butcher) */
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return tl_days_from_civil (y, month, day);
}

static void
holiday_free (gpointer p)
{
  TlHoliday *h = p;
  g_free (h->name);
  g_free (h);
}

static gint
cmp_name_len (gconstpointer a, gconstpointer b)
{
  const TlHoliday *x = *(TlHoliday *const *) a, *y = *(TlHoliday *const *) b;
  gsize lx = strlen (x->name), ly = strlen (y->name);
  return lx < ly ? 1 : lx > ly ? -1 : 0;
}

static gboolean
parse_int (const char *s, int lo, int hi, int *out)
{
  char *end = NULL;
  long v = strtol (s, &end, 10);
  if (!*s || !end || *end || v < lo || v > hi)
    return FALSE;
  *out = (int) v;
  return TRUE;
}

static gboolean
parse_mmdd (const char *s, int *m, int *d)
{
  return strlen (s) == 5 && s[2] == '-' && sscanf (s, "%2d-%2d", m, d) == 2 && *m >= 1 && *m <= 12 && *d >= 0 && *d <= 31;
}

/* "solar 10-01", "lunar 12-00", "term 清明", "weekday 05 2 7", "easter -2" */
static const char *
parse_rule (TlHoliday *h, const char *rule, const TlSolarTerms *terms)
{
  g_auto (GStrv) w = g_strsplit_set (rule, " ", -1);
  guint n = g_strv_length (w);
  if (n > 1 && (w[n - 1][0] == '+' || w[n - 1][0] == '-'))
    {
      if (!parse_int (w[n - 1] + (w[n - 1][0] == '+'), -366, 366, &h->offset))
        return "bad day offset (+N or -N)";
      n--;
    }
  if (n == 2 && g_str_equal (w[0], "solar"))
    {
      h->rule = TL_HOLIDAY_SOLAR;
      return parse_mmdd (w[1], &h->month, &h->day) && h->day >= 1 && tl_date_valid (2000, h->month, h->day)
               ? NULL : "bad solar date (want MM-DD)";
    }
  if (n == 2 && g_str_equal (w[0], "lunar"))
    {
      h->rule = TL_HOLIDAY_LUNAR;
      return parse_mmdd (w[1], &h->month, &h->day) && h->day <= 30 ? NULL : "bad lunar date (want MM-DD, DD 00-30)";
    }
  if (n == 2 && g_str_equal (w[0], "term"))
    {
      h->rule = TL_HOLIDAY_TERM;
      h->term = tl_solar_terms_index (terms, w[1]);
      return h->term >= 0 ? NULL : "unknown solar term (not in the solar terms table)";
    }
  if (n == 4 && g_str_equal (w[0], "weekday"))
    {
      h->rule = TL_HOLIDAY_WEEKDAY;
      if (!parse_int (w[1], 1, 12, &h->month) || !parse_int (w[2], -1, 5, &h->nth) || h->nth == 0
          || !parse_int (w[3], 1, 7, &h->weekday))
        return "bad weekday rule (want weekday MM N W, N 1-5 or -1, W 1-7)";
      return NULL;
    }
  if (n == 1 && g_str_equal (w[0], "easter"))
    {
      h->rule = TL_HOLIDAY_EASTER;
      return NULL;
    }
  return "unknown rule (solar, lunar, term, weekday, easter)";
}

static TlHolidays *
holidays_read (DsDataFile *f, const TlSolarTerms *terms, GError **error)
{
  TlHolidays *hs = g_new0 (TlHolidays, 1);
  hs->items = g_ptr_array_new_with_free_func (holiday_free);
  hs->pairs = g_array_new (FALSE, FALSE, 2 * sizeof (gunichar));
  while (ds_data_file_next (f, error))
    {
      guint nf = 0;
      const char *const *fl = ds_data_file_get_fields (f, &nf);
      if (nf < 4 || nf > 5)
        {
          ds_data_file_set_error (f, error, "expected name, rule, before, after[, flags] separated by tabs");
          goto fail;
        }
      TlHoliday *h = g_new0 (TlHoliday, 1);
      g_ptr_array_add (hs->items, h);
      h->name = g_strdup (fl[0]);
      if (!*h->name)
        {
          ds_data_file_set_error (f, error, "empty name");
          goto fail;
        }
      const char *why = parse_rule (h, fl[1], terms);
      if (why)
        {
          ds_data_file_set_error (f, error, "%s", why);
          goto fail;
        }
      if (!parse_int (fl[2], 0, 30, &h->before) || !parse_int (fl[3], 0, 30, &h->after))
        {
          ds_data_file_set_error (f, error, "bad before/after (days, 0-30)");
          goto fail;
        }
      g_auto (GStrv) flags = nf > 4 ? g_strsplit (fl[4], ",", -1) : g_new0 (char *, 1);
      for (char **x = flags; *x; x++)
        {
          g_strstrip (*x);
          if (g_str_equal (*x, "tail"))
            h->needs_tail = TRUE;
          else if (g_str_has_prefix (*x, "tw=") && parse_mmdd (*x + 3, &h->tw_month, &h->tw_day) && h->tw_day >= 1)
            ;
          else if (**x)
            {
              ds_data_file_set_error (f, error, "unknown flag (tail, tw=MM-DD)");
              goto fail;
            }
        }
    }
  if (ds_data_file_failed (f))
    goto fail;
  if (hs->items->len == 0)
    {
      g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_INVALID, "%s: no holidays", ds_data_file_get_path (f));
      goto fail;
    }
  g_ptr_array_sort (hs->items, cmp_name_len);
  for (guint n = 0; n < hs->items->len; n++)
    {
      const char *nm = ((TlHoliday *) g_ptr_array_index (hs->items, n))->name;
      gunichar pr[2] = { g_utf8_get_char (nm), 0 };
      const char *nx = g_utf8_next_char (nm);
      if (*nx)
        pr[1] = g_utf8_get_char (nx);
      if (pr[0] < 0x10000)
        hs->first[pr[0] >> 3] |= (guint8) (1u << (pr[0] & 7));
      if (pr[1] < 0x10000)
        hs->second[pr[1] >> 3] |= (guint8) (1u << (pr[1] & 7));
      g_array_append_val (hs->pairs, pr);
    }
  return hs;
fail:
  tl_holidays_free (hs);
  return NULL;
}

TlHolidays *
tl_holidays_parse (const char *data, gsize length, const char *name, const TlSolarTerms *terms, GError **error)
{
  g_autoptr (DsDataFile) f = ds_data_file_new_from_data (name, data, (gssize) length);
  return holidays_read (f, terms, error);
}

TlHolidays *
tl_holidays_load (const char *path, const TlSolarTerms *terms, GError **error)
{
  g_autoptr (DsDataFile) f = ds_data_file_open (path, error);
  return f ? holidays_read (f, terms, error) : NULL;
}

void
tl_holidays_free (TlHolidays *h)
{
  if (!h)
    return;
  g_ptr_array_unref (h->items);
  g_array_unref (h->pairs);
  g_free (h);
}
