/* slogans-totals: slogan counts of many docsift documents, by year (see
 * slogans-totals.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "slogans-totals.h"

#include <string.h>

G_DEFINE_QUARK (slogan-summary-error-quark, slogan_summary_error)

static void
total_free (gpointer p)
{
  SloganTotal *t = p;
  g_free (t->slogan);
  g_free (t->kind);
  g_free (t->category);
  g_hash_table_unref (t->by_year);
  g_free (t);
}

void
slogan_summary_init (SloganSummary *s)
{
  memset (s, 0, sizeof *s);
  s->totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, total_free);
  s->years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
slogan_summary_clear (SloganSummary *s)
{
  g_clear_pointer (&s->totals, g_hash_table_unref);
  g_clear_pointer (&s->years, g_hash_table_unref);
}

static void
add_count (GHashTable *h, const char *key, gint64 n)
{
  gint64 *v = g_hash_table_lookup (h, key);
  if (v == NULL)
    {
      v = g_new0 (gint64, 1);
      g_hash_table_insert (h, g_strdup (key), v);
    }
  *v += n;
}

static const char *
get_string (JsonObject *o, const char *key)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
           ? json_node_get_string (n) : NULL;
}

static gint64
get_int (JsonObject *o, const char *key)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) ? json_node_get_int (n) : 0;
}

static JsonObject *
get_object (JsonObject *o, const char *key)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  return n && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

/* @slot keeps the smallest (strcmp) of the values seen, so the totals do
 * not depend on the order of documents or of merged summaries. */
static void
keep_smallest (char **slot, const char *value)
{
  if (value && (*slot == NULL || strcmp (value, *slot) < 0))
    {
      g_free (*slot);
      *slot = g_strdup (value);
    }
}

static SloganTotal *
total_get (SloganSummary *s, const char *slogan, const char *kind, const char *category)
{
  SloganTotal *t = g_hash_table_lookup (s->totals, slogan);
  if (t == NULL)
    {
      t = g_new0 (SloganTotal, 1);
      t->slogan = g_strdup (slogan);
      t->by_year = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (s->totals, t->slogan, t);
    }
  keep_smallest (&t->kind, kind);
  keep_smallest (&t->category, category);
  return t;
}

char *
slogan_summary_year_of (const char *published)
{
  if (published && strlen (published) >= 4 && g_ascii_isdigit (published[0]) &&
      g_ascii_isdigit (published[1]) && g_ascii_isdigit (published[2]) &&
      g_ascii_isdigit (published[3]) && (published[4] == '\0' || published[4] == '-'))
    return g_strndup (published, 4);
  return g_strdup ("unknown");
}

void
slogan_summary_add_document (SloganSummary *s, JsonObject *doc)
{
  g_autofree char *year = slogan_summary_year_of (get_string (get_object (doc, "meta"), "published"));
  s->documents++;
  add_count (s->years, year, 1);

  JsonObject *layer = get_object (get_object (doc, "layers"), "slogans");
  JsonNode *items_node = layer ? json_object_get_member (layer, "items") : NULL;
  if (items_node == NULL || !JSON_NODE_HOLDS_ARRAY (items_node))
    return;
  JsonArray *items = json_node_get_array (items_node);
  guint n = json_array_get_length (items);
  if (n > 0)
    s->with_slogans++;
  for (guint i = 0; i < n; i++)
    {
      JsonNode *in = json_array_get_element (items, i);
      if (!JSON_NODE_HOLDS_OBJECT (in))
        continue;
      JsonObject *it = json_node_get_object (in);
      /* a lexicon slogan is keyed by the form written in each document;
       * totals go under its lexicon entry ("entry") */
      const char *slogan = get_string (it, "entry");
      if (slogan == NULL)
        slogan = get_string (it, "slogan");
      if (slogan == NULL)
        continue;
      SloganTotal *t = total_get (s, slogan, get_string (it, "kind"), get_string (it, "category"));
      gint64 c = get_int (it, "count");
      t->count += c;
      t->quoted += get_int (it, "quoted");
      t->documents++;
      add_count (t->by_year, year, c);
    }
}

/* A count in a summary: a non-negative integer. */
static gboolean
get_count (JsonObject *o, const char *key, gint64 *out, GError **error)
{
  JsonNode *n = json_object_get_member (o, key);
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64 ||
      json_node_get_int (n) < 0)
    {
      g_set_error (error, SLOGAN_SUMMARY_ERROR, 0, "\"%s\" is not a count", key);
      return FALSE;
    }
  *out = json_node_get_int (n);
  return TRUE;
}

/* Checks a {year: count} object; adds it to @into when @into is set. */
static gboolean
add_year_counts (GHashTable *into, JsonObject *years, const char *what, GError **error)
{
  GList *members = json_object_get_members (years);
  gboolean ok = TRUE;
  for (GList *l = members; l && ok; l = l->next)
    {
      gint64 c;
      if (!get_count (years, l->data, &c, error))
        {
          g_prefix_error (error, "%s: ", what);
          ok = FALSE;
        }
      else if (into)
        add_count (into, l->data, c);
    }
  g_list_free (members);
  return ok;
}

static gboolean
check_summary (JsonObject *sum, GError **error)
{
  gint64 c;
  if (!get_count (sum, "documents", &c, error) || !get_count (sum, "documents_with_slogans", &c, error))
    return FALSE;
  JsonObject *years = get_object (sum, "years");
  JsonNode *rows = json_object_get_member (sum, "slogans");
  if (years == NULL || rows == NULL || !JSON_NODE_HOLDS_ARRAY (rows))
    {
      g_set_error (error, SLOGAN_SUMMARY_ERROR, 0,
                   "not a docsift-summary JSON summary (no \"years\" object or \"slogans\" array)");
      return FALSE;
    }
  if (!add_year_counts (NULL, years, "years", error))
    return FALSE;
  JsonArray *a = json_node_get_array (rows);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *n = json_array_get_element (a, i);
      JsonObject *row = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
      JsonObject *by_year = get_object (row, "by_year");
      if (row == NULL || get_string (row, "slogan") == NULL || by_year == NULL ||
          !get_count (row, "count", &c, error) || !get_count (row, "quoted", &c, error) ||
          !get_count (row, "documents", &c, error) || !add_year_counts (NULL, by_year, "by_year", error))
        {
          g_clear_error (error);
          g_set_error (error, SLOGAN_SUMMARY_ERROR, 0,
                       "slogans[%u]: not a slogan total (slogan, count, quoted, documents, by_year)", i);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
slogan_summary_add_summary (SloganSummary *s, JsonObject *sum, GError **error)
{
  /* all checked first: a bad summary adds nothing */
  if (!check_summary (sum, error))
    return FALSE;
  s->documents += json_object_get_int_member (sum, "documents");
  s->with_slogans += json_object_get_int_member (sum, "documents_with_slogans");
  add_year_counts (s->years, get_object (sum, "years"), "years", NULL);
  JsonArray *a = json_object_get_array_member (sum, "slogans");
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *row = json_array_get_object_element (a, i);
      SloganTotal *t = total_get (s, get_string (row, "slogan"), get_string (row, "kind"),
                                  get_string (row, "category"));
      t->count += get_int (row, "count");
      t->quoted += get_int (row, "quoted");
      t->documents += get_int (row, "documents");
      add_year_counts (t->by_year, get_object (row, "by_year"), "by_year", NULL);
    }
  return TRUE;
}

static int
cmp_year (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static int
cmp_total (gconstpointer a, gconstpointer b)
{
  const SloganTotal *x = *(SloganTotal *const *) a, *y = *(SloganTotal *const *) b;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  if (x->documents != y->documents)
    return x->documents > y->documents ? -1 : 1;
  return strcmp (x->slogan, y->slogan);
}

GPtrArray *
slogan_summary_years (SloganSummary *s)
{
  GPtrArray *years = g_ptr_array_new ();
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, s->years);
  while (g_hash_table_iter_next (&it, &k, &v))
    g_ptr_array_add (years, k);
  g_ptr_array_sort (years, cmp_year);
  return years;
}

GPtrArray *
slogan_summary_rows (SloganSummary *s, gint64 min_count, guint top)
{
  GPtrArray *rows = g_ptr_array_new ();
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, s->totals);
  while (g_hash_table_iter_next (&it, &k, &v))
    if (((SloganTotal *) v)->count >= min_count)
      g_ptr_array_add (rows, v);
  g_ptr_array_sort (rows, cmp_total);
  if (top > 0 && rows->len > top)
    g_ptr_array_set_size (rows, top);
  return rows;
}

gint64
slogan_summary_lookup (GHashTable *h, const char *key)
{
  gint64 *v = g_hash_table_lookup (h, key);
  return v ? *v : 0;
}
