/* numbers-units.c: the unit table (config/units.tsv).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers.h"

#include <stdlib.h>
#include <string.h>

static const char *const kinds[] = {
  "money", "mass", "area", "length", "volume", "energy", "power", "voltage", "count",
  "percent", "percentage_point", "ratio", "multiple", "rank", "duration", "age",
  "number", "date", "time", "word", "name", NULL
};

static void
unit_free (gpointer p)
{
  NumUnit *u = p;
  g_free (u->surface);
  g_free (u->unit);
  g_free (u->kind);
  g_free (u);
}

static gint
by_length_desc (gconstpointer a, gconstpointer b)
{
  const NumUnit *x = *(NumUnit *const *) a, *y = *(NumUnit *const *) b;
  return (int) y->surface_len - (int) x->surface_len;
}

void
num_unit_table_free (NumUnitTable *table)
{
  if (!table)
    return;
  g_hash_table_unref (table->by_first);
  g_hash_table_unref (table->prefix_by_first);
  g_ptr_array_unref (table->prefixes);
  g_ptr_array_unref (table->units);
  g_free (table);
}

NumUnitTable *
num_unit_table_parse (const char *data, gsize length, const char *name, GError **error)
{
  NumUnitTable *t = g_new0 (NumUnitTable, 1);
  t->units = g_ptr_array_new_with_free_func (unit_free);
  t->by_first = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  t->prefix_by_first = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  t->prefixes = g_ptr_array_new ();

  /* the shared reader: comments, blank lines, TAB fields, errors as name:line: reason */
  g_autoptr (DsDataFile) f = ds_data_file_new_from_data (name, data, (gssize) length);
  while (ds_data_file_next (f, error))
    {
      guint n;
      const char *const *fv = ds_data_file_get_fields (f, &n);
      if (n < 4 || n > 5 || !*fv[0] || !*fv[1])
        {
          ds_data_file_set_error (f, error, "expected 4 or 5 tab-separated fields (surface, unit, kind, exp10[, prefix])");
          goto fail;
        }
      if (!g_strv_contains (kinds, fv[2]))
        {
          ds_data_file_set_error (f, error, "unknown kind “%s”", fv[2]);
          goto fail;
        }
      char *endp = NULL;
      long e = strtol (fv[3], &endp, 10);
      if (!*fv[3] || *endp || e < -30 || e > 30)
        {
          ds_data_file_set_error (f, error, "bad exp10 “%s”", fv[3]);
          goto fail;
        }
      gboolean prefix = FALSE;
      if (n == 5)
        {
          if (g_str_equal (fv[4], "prefix"))
            prefix = TRUE;
          else if (!g_str_equal (fv[4], "suffix"))
            {
              ds_data_file_set_error (f, error, "position must be prefix or suffix, not “%s”", fv[4]);
              goto fail;
            }
        }
      NumUnit *u = g_new0 (NumUnit, 1);
      u->surface = g_strdup (fv[0]);
      u->surface_len = strlen (fv[0]);
      u->unit = g_str_equal (fv[1], "-") ? NULL : g_strdup (fv[1]);
      u->kind = g_strdup (fv[2]);
      u->exp10 = (int) e;
      u->prefix = prefix;
      g_ptr_array_add (t->units, u);
      GHashTable *h = prefix ? t->prefix_by_first : t->by_first;
      const char *next;
      gunichar c = ds_utf8_decode (u->surface, u->surface + u->surface_len, &next);
      GPtrArray *list = g_hash_table_lookup (h, GUINT_TO_POINTER (c));
      if (!list)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (h, GUINT_TO_POINTER (c), list);
        }
      g_ptr_array_add (list, u);
      if (prefix)
        {
          guchar last = (guchar) u->surface[u->surface_len - 1];
          t->max_prefix_len = MAX (t->max_prefix_len, (guint) u->surface_len);
          g_ptr_array_add (t->prefixes, u);
          t->prefix_last[last >> 6] |= G_GUINT64_CONSTANT (1) << (last & 63);
        }
    }
  if (ds_data_file_failed (f))
    goto fail;
  if (t->units->len == 0)
    {
      g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_INVALID, "%s: no units", name);
      goto fail;
    }
  GHashTableIter it;
  gpointer v;
  g_hash_table_iter_init (&it, t->by_first);
  while (g_hash_table_iter_next (&it, NULL, &v))
    g_ptr_array_sort (v, by_length_desc);
  g_hash_table_iter_init (&it, t->prefix_by_first);
  while (g_hash_table_iter_next (&it, NULL, &v))
    g_ptr_array_sort (v, by_length_desc);
  return t;

fail:
  num_unit_table_free (t);
  return NULL;
}

NumUnitTable *
num_unit_table_load (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, &data, &len, &local))
    {
      g_set_error (error, NUM_UNIT_ERROR, 7, "unit table %s: %s", path, local->message);
      return NULL;
    }
  return num_unit_table_parse (data, len, path, error);
}
