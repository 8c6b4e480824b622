/* report-marks: a document's original text with every occurrence of every
 * item of the chosen layers as a <mark>, and the notes list they point to.
 *
 * An occurrence is an item's [start, end) in code points of the original
 * text, or, for items with a "spans" array (slogans), each of its spans.
 * Occurrences are sorted by start (longer first) and the text is walked once,
 * code point by code point, so no offset table is built. Marks nest; when two
 * occurrences cross (a starts, b starts inside a, a ends inside b), the inner
 * one is closed where the outer ends and reopened right after as a
 * continuation piece (class "r-cont"), so the HTML stays well formed. Every
 * piece carries data-occ (one id per occurrence), the layer as its class and
 * the resolution in title; after an occurrence's last piece comes its label
 * (N3, D1, S2 …), a link to its entry in the notes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "report.h"

#include <string.h>

typedef struct
{
  gint64 start, end;
  guint layer, item;
  guint serial;
} Occ;

typedef struct
{
  const char *name;
  JsonArray *items;
  GPtrArray *desc;    /* char* per item, made when first needed */
  guint *shown;       /* occurrences shown per item */
} Layer;

const char *
report_layer_label (const char *layer)
{
  static const struct { const char *layer, *label; } known[] = {
    { "numbers", "N" }, { "timeline", "D" }, { "slogans", "S" }, { "facts", "F" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (strcmp (layer, known[i].layer) == 0)
      return known[i].label;
  return NULL;
}

static void
append_label (GString *out, const char *layer, guint item)
{
  const char *l = report_layer_label (layer);
  if (l)
    g_string_append (out, l);
  else
    g_string_append_c (out, g_ascii_toupper (layer[0]) ? g_ascii_toupper (layer[0]) : '?');
  g_string_append_printf (out, "%u", item + 1);
}

static gboolean
skip_member (const char *key)
{
  static const char *const skip[] = { "start", "end", "text", "spans", "forms", NULL };
  if (g_strv_contains (skip, key))
    return TRUE;
  return g_str_has_suffix (key, "_start") || g_str_has_suffix (key, "_end");
}

/* "key: value; …" for the scalar members of @o (in their order), nested
 * objects as "outer.inner"; @skip: members already in the headline. */
static void
describe_members (GString *out, JsonObject *o, const char *prefix, const char *const *skip)
{
  g_autoptr (GList) members = json_object_get_members (o);
  for (GList *m = members; m; m = m->next)
    {
      const char *key = m->data;
      JsonNode *n = json_object_get_member (o, key);
      if (skip_member (key) || (skip && g_strv_contains (skip, key)))
        continue;
      g_autofree char *name = prefix ? g_strdup_printf ("%s.%s", prefix, key) : g_strdup (key);
      if (JSON_NODE_HOLDS_OBJECT (n))
        {
          describe_members (out, json_node_get_object (n), name, NULL);
          continue;
        }
      g_autofree char *v = report_node_to_text (n);
      if (v == NULL)
        continue;
      if (out->len)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s: %s", name, v);
    }
}

/* A plain-text resolution of one item: the headline (slogan and count,
 * value and unit, or from–to) then every other member. */
static char *
describe_item (JsonObject *it)
{
  static const char *const slogan_keys[] = { "slogan", "count", NULL };
  static const char *const value_keys[] = { "value", "value_text", "unit", NULL };
  static const char *const date_keys[] = { "from", "to", NULL };
  GString *out = g_string_new (NULL);
  const char *const *used = NULL;
  const char *from = report_get_string (it, "from"), *to = report_get_string (it, "to");
  const char *slogan = report_get_string (it, "slogan");
  JsonNode *value = json_object_get_member (it, "value_text");
  if (value == NULL || !JSON_NODE_HOLDS_VALUE (value))
    value = json_object_get_member (it, "value");
  const char *unit = report_get_string (it, "unit");
  gint64 count;
  if (slogan)
    {
      g_string_append (out, slogan);
      if (report_get_int (it, "count", &count))
        g_string_append_printf (out, " ×%" G_GINT64_FORMAT, count);
      used = slogan_keys;
    }
  else if (value && JSON_NODE_HOLDS_VALUE (value))
    {
      g_autofree char *v = report_node_to_text (value);
      g_string_append_printf (out, "%s%s%s", v ? v : "", unit ? " " : "", unit ? unit : "");
      used = value_keys;
    }
  else if (from || to)
    {
      g_string_append (out, from ? from : "…");
      if (g_strcmp0 (from, to) != 0)
        g_string_append_printf (out, " – %s", to ? to : "…");
      used = date_keys;
    }
  g_autoptr (GString) rest = g_string_new (NULL);
  describe_members (rest, it, NULL, used);
  if (out->len && rest->len)
    g_string_append (out, " — ");
  g_string_append_len (out, rest->str, rest->len);
  return g_string_free (out, FALSE);
}

static const char *
layer_desc (Layer *l, guint item)
{
  char *d = g_ptr_array_index (l->desc, item);
  if (d == NULL)
    {
      d = describe_item (json_array_get_object_element (l->items, item));
      l->desc->pdata[item] = d;
    }
  return d;
}

static gboolean
add_occ (GArray *occs, JsonObject *o, gint64 length, guint layer, guint item)
{
  gint64 s, e;
  if (!report_get_int (o, "start", &s) || !report_get_int (o, "end", &e) ||
      s < 0 || e < s || e > length)
    return FALSE;
  Occ occ = { s, e, layer, item, 0 };
  g_array_append_val (occs, occ);
  return TRUE;
}

/* Every occurrence of every item of @l; unusable spans are reported. */
static void
collect (GArray *occs, Layer *l, guint li, gint64 length, guint doc,
         const ReportWhere *where, ReportMarkStats *stats)
{
  guint n = json_array_get_length (l->items);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *in = json_array_get_element (l->items, i);
      if (!JSON_NODE_HOLDS_OBJECT (in))
        continue;
      JsonObject *it = json_node_get_object (in);
      JsonArray *spans = report_get_array (it, "spans");
      gboolean ok = TRUE, any = FALSE;
      for (guint k = 0; spans && k < json_array_get_length (spans); k++)
        {
          JsonNode *sn = json_array_get_element (spans, k);
          if (!JSON_NODE_HOLDS_OBJECT (sn) || !json_object_has_member (json_node_get_object (sn), "start"))
            continue;
          any = TRUE;
          ok &= add_occ (occs, json_node_get_object (sn), length, li, i);
        }
      if (!any && json_object_has_member (it, "start"))
        ok = add_occ (occs, it, length, li, i);
      if (!ok)
        {
          stats->bad++;
          report_warn (where, "layers.%s.items[%u]: a span is not [start, end) within the text (%" G_GINT64_FORMAT
                       " code points); not marked", l->name, i, length);
        }
    }
}

static int
cmp_occ (gconstpointer a, gconstpointer b)
{
  const Occ *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  if (x->layer != y->layer)
    return x->layer < y->layer ? -1 : 1;
  return x->item < y->item ? -1 : x->item > y->item;
}

static void
open_mark (GString *out, Layer *layers, const Occ *o, guint doc, gboolean cont)
{
  Layer *l = &layers[o->layer];
  g_string_append (out, "<mark class=\"");
  report_css_class (out, l->name);
  g_string_append_printf (out, "%s\" data-occ=\"%u-%u\" data-layer=\"", cont ? " r-cont" : "", doc, o->serial);
  report_escape (out, l->name, -1);
  g_string_append_printf (out, "\" data-item=\"%u\" title=\"", o->item);
  append_label (out, l->name, o->item);
  g_string_append (out, ": ");
  report_escape (out, layer_desc (l, o->item), -1);
  g_string_append (out, "\">");
}

static void
close_mark (GString *out, Layer *layers, const Occ *o, guint doc, gboolean last)
{
  g_string_append (out, "</mark>");
  if (!last)
    return;
  Layer *l = &layers[o->layer];
  g_string_append (out, "<a class=\"r-ref ");
  report_css_class (out, l->name);
  g_string_append_printf (out, "\" href=\"#n%u-%u-%u\">", doc, o->layer, o->item);
  append_label (out, l->name, o->item);
  g_string_append (out, "</a>");
}

static gint64
min_end (GArray *stack, Occ *occs)
{
  gint64 m = G_MAXINT64;
  for (guint i = 0; i < stack->len; i++)
    m = MIN (m, occs[g_array_index (stack, guint, i)].end);
  return m;
}

/* Closes the marks that end at @pos; marks opened after one of them and
 * still running are closed with it and reopened as continuations. */
static void
close_at (GString *out, GArray *stack, Occ *occs, Layer *layers, guint doc, gint64 pos, gboolean all)
{
  guint low = stack->len;
  for (guint i = 0; i < stack->len; i++)
    if (all || occs[g_array_index (stack, guint, i)].end <= pos)
      {
        low = i;
        break;
      }
  if (low == stack->len)
    return;
  g_autoptr (GArray) reopen = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = stack->len; i-- > low;)
    {
      guint k = g_array_index (stack, guint, i);
      gboolean done = all || occs[k].end <= pos;
      close_mark (out, layers, &occs[k], doc, done);
      if (!done)
        g_array_prepend_val (reopen, k);
    }
  g_array_set_size (stack, low);
  for (guint i = 0; i < reopen->len; i++)
    {
      guint k = g_array_index (reopen, guint, i);
      open_mark (out, layers, &occs[k], doc, TRUE);
      g_array_append_val (stack, k);
    }
}

static void
write_notes (GString *out, Layer *layers, guint nl, guint doc)
{
  g_string_append (out, "<details class=\"r-notes\"><summary>Notes: what each label stands for</summary>\n");
  for (guint li = 0; li < nl; li++)
    {
      Layer *l = &layers[li];
      guint n = l->items ? json_array_get_length (l->items) : 0;
      gboolean any = FALSE;
      for (guint i = 0; i < n; i++)
        {
          if (l->shown[i] == 0)
            continue;
          if (!any)
            {
              g_string_append (out, "<h4>");
              report_escape (out, l->name, -1);
              g_string_append (out, "</h4><ul>\n");
              any = TRUE;
            }
          JsonObject *it = json_array_get_object_element (l->items, i);
          g_string_append_printf (out, "<li id=\"n%u-%u-%u\"><b class=\"r-lab ", doc, li, i);
          report_css_class (out, l->name);
          g_string_append (out, "\">");
          append_label (out, l->name, i);
          g_string_append (out, "</b> <q>");
          report_escape_cut (out, report_get_string (it, "text"), 200);
          g_string_append (out, "</q> ");
          if (l->shown[i] > 1)
            g_string_append_printf (out, "(%u× in the text) ", l->shown[i]);
          report_escape (out, layer_desc (l, i), -1);
          g_string_append (out, "</li>\n");
        }
      if (any)
        g_string_append (out, "</ul>\n");
    }
  g_string_append (out, "</details>\n");
}

void
report_write_marked_text (GString *out, guint doc, JsonObject *docobj,
                          const char *const *layer_names, guint max_chars,
                          const ReportWhere *where, ReportMarkStats *stats)
{
  memset (stats, 0, sizeof *stats);
  const char *text = report_get_string (docobj, "text");
  if (text == NULL)
    {
      g_string_append (out, "<p class=\"r-note\">No text in the input (written with <code>--no-text</code>): nothing to mark.</p>\n");
      return;
    }
  gsize bytes = strlen (text);
  gint64 length = g_utf8_strlen (text, bytes);
  JsonObject *layers_obj = report_get_object (docobj, "layers");
  guint nl = g_strv_length ((char **) layer_names);
  g_autofree Layer *layers = g_new0 (Layer, nl ? nl : 1);
  g_autoptr (GArray) occs = g_array_new (FALSE, FALSE, sizeof (Occ));
  for (guint li = 0; li < nl; li++)
    {
      layers[li].name = layer_names[li];
      layers[li].items = report_get_array (report_get_object (layers_obj, layer_names[li]), "items");
      guint n = layers[li].items ? json_array_get_length (layers[li].items) : 0;
      layers[li].desc = g_ptr_array_new_full (n, g_free);
      g_ptr_array_set_size (layers[li].desc, n);
      layers[li].shown = g_new0 (guint, n ? n : 1);
      if (layers[li].items)
        collect (occs, &layers[li], li, length, doc, where, stats);
    }
  g_array_sort (occs, cmp_occ);
  Occ *o = (Occ *) (void *) occs->data;
  for (guint i = 0; i < occs->len; i++)
    o[i].serial = i;

  gint64 limit = MIN (length, (gint64) max_chars);
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *p = text, *end = text + bytes;
  gint64 cp = 0;
  guint k = 0;
  g_string_append (out, "<div class=\"r-text\">");
  for (;;)
    {
      gint64 next_open = k < occs->len ? o[k].start : G_MAXINT64;
      gint64 pos = MIN (MIN (next_open, min_end (stack, o)), limit);
      p += report_escape_n (out, p, end - p, (guint) (pos - cp));
      cp = pos;
      close_at (out, stack, o, layers, doc, pos, FALSE);
      for (; k < occs->len && o[k].start == pos; k++)
        {
          if (o[k].end > limit && pos == limit)
            {
              stats->hidden++; /* starts at the cut */
              continue;
            }
          open_mark (out, layers, &o[k], doc, FALSE);
          layers[o[k].layer].shown[o[k].item]++;
          stats->shown++;
          if (o[k].end == pos)
            close_mark (out, layers, &o[k], doc, TRUE);
          else
            g_array_append_val (stack, k);
        }
      if (pos == limit)
        break;
    }
  close_at (out, stack, o, layers, doc, limit, TRUE);
  g_string_append (out, "</div>\n");
  stats->hidden += occs->len - k;
  stats->cut = limit < length;
  if (stats->cut)
    g_string_append_printf (out, "<p class=\"r-cut\">Text cut after %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT
                            " characters (<code>--max-chars</code>); %u marks after the cut are not shown.</p>\n",
                            limit, length, stats->hidden);
  write_notes (out, layers, nl, doc);
  for (guint li = 0; li < nl; li++)
    {
      g_ptr_array_unref (layers[li].desc);
      g_free (layers[li].shown);
    }
}
