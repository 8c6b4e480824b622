/* tl-cases.c: see tl-cases.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-cases.h"

#include <string.h>

TlLunarTable *lunar;
TlPolCalendar *pol;
TlHolidays *holidays;
TlSolarTerms *terms;
TlWords *words;
TlTables tables;
static DsHarness *normalizer;
static gboolean normalizer_tried;

char *
tl_cases_normalize (const char *s)
{
  if (!normalizer_tried)
    {
      normalizer_tried = TRUE;
      g_autoptr (GError) error = NULL;
      normalizer = ds_harness_new (NULL, &error);
      if (normalizer && !ds_harness_select (normalizer, "normalize", &error))
        g_clear_pointer (&normalizer, ds_harness_free);
      if (!normalizer)
        g_printerr ("# normalize plugin not found (%s): cases are scanned as written\n", error ? error->message : "?");
    }
  if (!normalizer)
    return g_strdup (s);
  g_autoptr (GError) error = NULL;
  g_autoptr (DsDocument) doc = ds_harness_process_text (normalizer, s, -1, &error);
  g_assert_no_error (error);
  gsize len = 0;
  const char *t = ds_view_get_text (ds_document_get_view (doc, "normalized"), &len);
  return g_strndup (t, len);
}

char *
data_path (const char *name)
{
  const char *dir = g_getenv ("DOCSIFT_DATA_DIR");
  if (dir)
    return g_build_filename (dir, name, NULL);
  const char *src = g_getenv ("DOCSIFT_SOURCE_DIR");
  return g_build_filename (src ? src : ".", "config", name, NULL);
}

GArray *
scan (const char *input, const char *ref, TlText **text_out)
{
  TlText *t = tl_text_new (input, strlen (input));
  TlScanOptions o = { 0 };
  o.taiwan = -1;
  if (ref)
    {
      g_assert_true (tl_parse_iso_day (ref, &o.ref));
      o.has_ref = TRUE;
    }
  GArray *a = tl_scan (&tables, t, &o);
  *text_out = t;
  return a;
}

const TlExpr *
find (GArray *a, const char *input, const char *text)
{
  for (guint i = 0; i < a->len; i++)
    {
      const TlExpr *e = &g_array_index (a, TlExpr, i);
      if (e->end - e->start == strlen (text) && memcmp (input + e->start, text, e->end - e->start) == 0)
        return e;
    }
  return NULL;
}

void
dump (GArray *a, const char *input)
{
  for (guint i = 0; i < a->len; i++)
    {
      const TlExpr *e = &g_array_index (a, TlExpr, i);
      char f[32] = "", t[32] = "";
      if (e->has_from)
        tl_format_point (e->from, e->from_min, f, sizeof f);
      if (e->has_to)
        tl_format_point (e->to, e->to_min, t, sizeof t);
      g_test_message ("  found «%.*s» %s..%s %s%s", (int) (e->end - e->start), input + e->start, f, t,
                      e->resolved ? "" : "unresolved: ", e->reason ? e->reason : "");
    }
}

void
check_case (const Case *c0)
{
  /* the plugin reads the normalized view: so do the cases */
  g_autofree char *input = tl_cases_normalize (c0->input);
  g_autofree char *ctext = c0->text ? tl_cases_normalize (c0->text) : NULL;
  Case cn = *c0;
  cn.input = input;
  cn.text = ctext;
  const Case *c = &cn;
  TlText *t;
  GArray *a = scan (c->input, c->ref, &t);
  if (c->flags & F_NONE)
    {
      if (c->text)
        {
          const TlExpr *e = find (a, c->input, c->text);
          if (e)
            {
              dump (a, c->input);
              g_test_message ("FAIL «%s»: «%s» should not be an expression", c->input, c->text);
              g_test_fail ();
            }
        }
      else
        {
          for (guint i = 0; i < a->len; i++)
            if (g_array_index (a, TlExpr, i).resolved)
              {
                dump (a, c->input);
                {
                  g_test_message ("FAIL «%s»: expected no resolved expression", c->input);
                  g_test_fail ();
                  break;
                }
              }
        }
      g_array_unref (a);
      tl_text_free (t);
      return;
    }
  const TlExpr *e = find (a, c->input, c->text);
  if (!e)
    {
      dump (a, c->input);
      g_test_message ("FAIL «%s»: no expression «%s»", c->input, c->text);
      g_test_fail ();
      g_array_unref (a);
      tl_text_free (t);
      return;
    }
  char f[32] = "", to[32] = "";
  if (e->resolved && e->has_from)
    tl_format_point (e->from, e->from_min, f, sizeof f);
  if (e->resolved && e->has_to)
    tl_format_point (e->to, e->to_min, to, sizeof to);
  if (g_strcmp0 (f, c->from) != 0 || g_strcmp0 (to, c->to) != 0)
    {
      dump (a, c->input);
      g_test_message ("FAIL «%s» «%s»: got %s..%s, want %s..%s", c->input, c->text, f, to, c->from, c->to);
      g_test_fail ();
      g_array_unref (a);
      tl_text_free (t);
      return;
    }
  if (c->gran && g_strcmp0 (tl_gran_name (e->gran), c->gran) != 0)
    {
      g_test_message ("FAIL «%s»: granularity %s, want %s", c->input, tl_gran_name (e->gran), c->gran);
      g_test_fail ();
    }
  if (!e->resolved != !!(c->flags & F_UNRESOLVED) || ((c->flags & F_VAGUE) && !e->vague)
      || ((c->flags & F_REPAIRED) && !e->repaired) || ((c->flags & F_RELATIVE) && !e->relative)
      || ((c->flags & F_UNTIL) && g_strcmp0 (e->bound, "until")) || ((c->flags & F_SINCE) && g_strcmp0 (e->bound, "since")))
    {
      g_test_message ("FAIL «%s»: flags (resolved %d vague %d repaired %d relative %d bound %s)", c->input, e->resolved,
                      e->vague, e->repaired, e->relative, e->bound);
      g_test_fail ();
    }
  if (c->flags & F_UNRESOLVED)
    g_assert_nonnull (e->reason);
  if (c->flags & F_VAGUE)
    g_assert_true (e->vague);
  if (c->flags & F_REPAIRED)
    g_assert_true (e->repaired);
  if (c->flags & F_UNTIL)
    g_assert_cmpstr (e->bound, ==, "until");
  if (c->flags & F_SINCE)
    g_assert_cmpstr (e->bound, ==, "since");
  if (c->flags & F_RELATIVE)
    g_assert_true (e->relative);
  g_array_unref (a);
  tl_text_free (t);
}

void
run_cases (const Case *cases, gsize n)
{
  for (gsize i = 0; i < n; i++)
    check_case (&cases[i]);
}

void
tl_cases_load_tables (void)
{
  g_autofree char *lp = data_path ("timeline-lunar.tsv");
  g_autofree char *pp = data_path ("calendar-political.tsv");
  g_autoptr (GError) error = NULL;
  lunar = tl_lunar_table_load (lp, &error);
  g_assert_no_error (error);
  pol = tl_pol_calendar_load (pp, &error);
  g_assert_no_error (error);
  g_autofree char *tp = data_path ("timeline-solar-terms.tsv");
  g_autofree char *hp = data_path ("timeline-holidays.tsv");
  terms = tl_solar_terms_load (tp, &error);
  g_assert_no_error (error);
  holidays = tl_holidays_load (hp, terms, &error);
  g_assert_no_error (error);
  tables.lunar = lunar;
  tables.pol = pol;
  tables.hol = holidays;
  tables.terms = terms;
  g_autofree char *wp = data_path ("timeline-words.txt");
  words = tl_words_load (wp, &error);
  g_assert_no_error (error);
  tables.words = words;
}

void
tl_cases_free_tables (void)
{
  tl_lunar_table_free (lunar);
  tl_pol_calendar_free (pol);
  tl_holidays_free (holidays);
  tl_solar_terms_free (terms);
  tl_words_free (words);
  g_clear_pointer (&normalizer, ds_harness_free);
}
