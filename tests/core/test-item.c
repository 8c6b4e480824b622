/* test-item: DsItem (items read from their compact text) and DsItemBuilder
 * (items written as text): the values read are the values written, and a
 * built item is written exactly as the same item made of json-glib objects.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <math.h>
#include <string.h>

/* A document whose "normalized" view maps 臺灣 to 台湾 and é (e + U+0301)
 * to é, so spans of the view and of the original differ. */
static DsDocument *
new_document (void)
{
  const char *text = "臺灣e\xCC\x81增长0.1%，\"引号\"\t完";
  DsDocument *doc = ds_document_new ("d", "test", g_strdup (text), strlen (text), "UTF-8");
  const char *vtext = "台湾\xC3\xA9增长0.1%，\"引号\"\t完";
  gsize n = ds_view_get_n_codepoints (ds_document_get_original (doc));
  DsOffsetMap *map = ds_offset_map_new ();
  ds_offset_map_append (map, 2, 2);
  ds_offset_map_append (map, 2, 1);
  ds_offset_map_append (map, (guint32) n - 4, (guint32) n - 4);
  g_autoptr(GError) error = NULL;
  g_assert_nonnull (ds_document_add_view (doc, "normalized", g_strdup (vtext), strlen (vtext), map, &error));
  g_assert_no_error (error);
  return doc;
}

static char *
layer_json (DsLayer *layer, gboolean pretty)
{
  GString *out = g_string_new (NULL);
  _ds_layer_append_json (layer, out, pretty, 0);
  return g_string_free (out, FALSE);
}

static void
test_item_new (void)
{
  const char *json = "{\"s\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00/\",\"i\":-42,\"big\":123456789012345678901,"
                     "\"d\":0.1,\"e\":1e+20,\"t\":true,\"f\":false,\"n\":null,"
                     "\"o\":{\"x\":[1,{\"y\":\"z\"}]},\"a\":[],\"\\u0041\":1}";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsItem) item = ds_item_new (json, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);
  g_assert_cmpuint (ds_item_get_n_members (item), ==, 11);
  g_assert_cmpstr (ds_item_get_member_name (item, 0), ==, "s");
  g_assert_cmpstr (ds_item_get_member_name (item, 10), ==, "A"); /* a name with an escape, decoded */
  g_assert_cmpint (ds_item_get_int (item, "A", 0), ==, 1);
  g_assert_cmpstr (ds_item_get_string (item, "s"), ==, "a\"b\\c\n\xC3\xA9\xF0\x9F\x98\x80/");
  g_assert_cmpint (ds_item_get_int (item, "i", 0), ==, -42);
  g_assert_cmpfloat (ds_item_get_double (item, "i", 0), ==, -42.0);
  /* past gint64: a double, as json-glib reads it */
  g_assert_cmpint (ds_item_get_member_type (item, "big"), ==, DS_ITEM_TYPE_DOUBLE);
  g_assert_cmpint (ds_item_get_int (item, "big", 7), ==, 7);
  g_assert_cmpfloat (ds_item_get_double (item, "big", 0), ==, 123456789012345678901.0);
  g_assert_cmpint (ds_item_get_member_type (item, "d"), ==, DS_ITEM_TYPE_DOUBLE);
  g_assert_cmpfloat (ds_item_get_double (item, "d", 0), ==, 0.1);
  g_assert_cmpint (ds_item_get_int (item, "d", -1), ==, -1);
  g_assert_cmpfloat (ds_item_get_double (item, "e", 0), ==, 1e20);
  g_assert_true (ds_item_get_boolean (item, "t", FALSE));
  g_assert_false (ds_item_get_boolean (item, "f", TRUE));
  g_assert_true (ds_item_get_boolean (item, "n", TRUE)); /* not a boolean: the fallback */
  g_assert_cmpint (ds_item_get_member_type (item, "n"), ==, DS_ITEM_TYPE_NULL);
  g_assert_true (ds_item_has_member (item, "n"));
  g_assert_false (ds_item_has_member (item, "missing"));
  g_assert_cmpint (ds_item_get_member_type (item, "missing"), ==, DS_ITEM_TYPE_NONE);
  g_assert_null (ds_item_get_string (item, "i"));
  g_assert_null (ds_item_get_string (item, "missing"));
  g_assert_cmpint (ds_item_get_member_type (item, "o"), ==, DS_ITEM_TYPE_OBJECT);
  g_assert_cmpint (ds_item_get_member_type (item, "a"), ==, DS_ITEM_TYPE_ARRAY);
  gsize len;
  const char *raw = ds_item_get_json (item, "o", &len);
  g_assert_cmpmem (raw, len, "{\"x\":[1,{\"y\":\"z\"}]}", 19);
  raw = ds_item_get_json (item, "e", &len);
  g_assert_cmpmem (raw, len, "1e+20", 5);
  raw = ds_item_get_json (item, NULL, &len);
  g_assert_cmpmem (raw, len, json, strlen (json));
  g_assert_null (ds_item_get_json (item, "missing", &len));

  g_autoptr(DsItem) empty = ds_item_new ("{}", 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ds_item_get_n_members (empty), ==, 0);
}

static void
test_item_new_rejects (void)
{
  const char *bad[] = { "", "[]", "{", "{\"a\":1", "{\"a\":1}x", "{\"a\" : 1}", " {\"a\":1}", "{\"a\":01}",
                        "{\"a\":1.}", "{\"a\":-}", "{\"a\":tru}", "{\"a\":\"x\ty\"}", "{\"a\":\"\\q\"}",
                        "{\"a\":\"\\u00\"}", "{\"a\":\"\\u0000\"}", "{\"a\":[1,]}", "{\"a\":{\"b\"}}", "{a:1}",
                        "{\"a\":\"\xFF\"}", "{\"a\":1,}", NULL };
  for (guint i = 0; bad[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DsItem) item = ds_item_new (bad[i], -1, &error);
      if (item != NULL)
        g_error ("accepted: %s", bad[i]);
      g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON);
    }
  /* a nesting deeper than the JSON Lines limit */
  GString *deep = g_string_new ("{\"a\":");
  for (guint i = 0; i < DS_JSON_MAX_DEPTH + 1; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < DS_JSON_MAX_DEPTH + 1; i++)
    g_string_append_c (deep, ']');
  g_string_append_c (deep, '}');
  g_autoptr(GError) error = NULL;
  g_assert_null (ds_item_new (deep->str, (gssize) deep->len, &error));
  g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON);
  g_string_free (deep, TRUE);
}

/* Items made by ds_layer_add_span() and compacted read back member for member. */
static void
test_layer_peek (void)
{
  DsDocument *doc = new_document ();
  DsView *view = ds_document_get_view (doc, "normalized");
  DsLayer *layer = ds_document_add_layer (doc, "numbers");
  const char *vtext = ds_view_get_text (view, NULL);
  const char *at = strstr (vtext, "0.1%");
  JsonObject *a = ds_layer_add_span (layer, view, at - vtext, at - vtext + 4);
  json_object_set_double_member (a, "value", 0.1);
  json_object_set_string_member (a, "quote", "\"引号\"\t");
  json_object_set_boolean_member (a, "ok", TRUE);
  ds_layer_compact (layer);
  JsonObject *b = ds_layer_add_item (layer); /* not compacted yet */
  json_object_set_int_member (b, "start", 7);
  json_object_set_double_member (b, "big", 1e20);

  g_assert_cmpuint (ds_layer_get_n_items (layer), ==, 2);
  const DsItem *x = ds_layer_peek_item (layer, 0);
  g_assert_nonnull (x);
  g_assert_cmpint (ds_item_get_int (x, "start", -1), ==, 6); /* 臺灣e◌́增长: 6 code points */
  g_assert_cmpint (ds_item_get_int (x, "end", -1), ==, 10);
  g_assert_cmpstr (ds_item_get_string (x, "text"), ==, "0.1%");
  g_assert_cmpfloat (ds_item_get_double (x, "value", 0), ==, 0.1);
  g_assert_cmpstr (ds_item_get_string (x, "quote"), ==, "\"引号\"\t");
  g_assert_true (ds_item_get_boolean (x, "ok", FALSE));
  const DsItem *y = ds_layer_peek_item (layer, 1);
  g_assert_nonnull (y);
  g_assert_cmpfloat (ds_item_get_double (y, "big", 0), ==, 1e20);
  g_assert_null (ds_layer_peek_item (layer, 2));

  /* an item added: the layer is indexed again */
  json_object_set_int_member (ds_layer_add_item (layer), "start", 9);
  g_assert_cmpuint (ds_layer_get_n_items (layer), ==, 3);
  g_assert_cmpint (ds_item_get_int (ds_layer_peek_item (layer, 2), "start", -1), ==, 9);
  /* an element that is not an object has no item */
  json_array_add_int_element (ds_layer_get_items (layer), 5);
  g_assert_null (ds_layer_peek_item (layer, 3));
  g_assert_cmpint (ds_item_get_int (ds_layer_peek_item (layer, 2), "start", -1), ==, 9);

  /* reading a summary member leaves the items as they are */
  json_object_set_int_member (ds_layer_get_object (layer), "count", 3);
  g_assert_nonnull (ds_layer_peek_item (layer, 0));
  g_assert_cmpint (json_node_get_int (ds_layer_get_member (layer, "count")), ==, 3);
  g_assert_null (ds_layer_get_member (layer, "items"));
  g_assert_null (ds_layer_get_member (layer, "missing"));
  ds_document_free (doc);
}

/* past the builder's fast path for names */
#define LONG_NAME "a_name_of_seventy_characters_______________________________________end"

/* The same item built both ways is written byte for byte the same,
 * compact and pretty, and reads back the same. */
static void
test_builder_same_as_objects (void)
{
  DsDocument *doc = new_document ();
  DsView *view = ds_document_get_view (doc, "normalized");
  const char *vtext = ds_view_get_text (view, NULL);
  gsize s = (gsize) (strstr (vtext, "\xC3\xA9") - vtext), e = (gsize) (strstr (vtext, "长") - vtext);
  gsize q = (gsize) (strstr (vtext, "\"引") - vtext), qe = (gsize) (strstr (vtext, "完") - vtext);
  static const double doubles[] = { 0.1, 769.6, 1e20, -0.0, 76960000000.0, 1.0 / 3, 1e-7, NAN };

  DsLayer *objects = ds_document_add_layer (doc, "objects");
  for (guint k = 0; k < 2; k++)
    {
      JsonObject *o = ds_layer_add_span (objects, view, s, e);
      ds_layer_set_span (objects, o, view, q, qe, "event");
      json_object_set_int_member (o, "n", G_MININT64);
      json_object_set_int_member (o, "m", (gint64) k - 12345);
      for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
        {
          g_autofree char *name = g_strdup_printf ("d%u", i);
          json_object_set_double_member (o, name, doubles[i]);
        }
      json_object_set_string_member (o, "bad", "a\xFF" "b\x01\"\\");
      json_object_set_string_member (o, "名", "值");
      json_object_set_null_member (o, "none");
      json_object_set_boolean_member (o, "yes", k == 0);
      JsonObject *period = json_object_new ();
      json_object_set_string_member (period, "from", "2023-01-01");
      JsonObject *inner = json_object_new ();
      json_object_set_object_member (period, "inner", inner);
      json_object_set_object_member (period, "empty", json_object_new ());
      json_object_set_object_member (o, "period", period);
      JsonArray *tags = json_array_new ();
      json_array_add_string_element (tags, "x");
      json_array_add_double_element (tags, 0.5);
      json_object_set_array_member (o, "tags", tags);
      json_object_set_string_member (o, "last", "end");
      json_object_set_int_member (o, LONG_NAME, 1);
    }

  DsLayer *built = ds_document_add_layer (doc, "built");
  g_autoptr(DsItemBuilder) b = ds_item_builder_new (built);
  for (guint k = 0; k < 2; k++)
    {
      ds_item_builder_begin (b);
      ds_item_builder_add_span (b, view, s, e, NULL);
      ds_item_builder_add_span (b, view, q, qe, "event");
      ds_item_builder_add_int (b, "n", G_MININT64);
      ds_item_builder_add_int (b, "m", (gint64) k - 12345);
      for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
        {
          g_autofree char *name = g_strdup_printf ("d%u", i);
          ds_item_builder_add_double (b, name, doubles[i]);
        }
      ds_item_builder_add_string_len (b, "bad", "a\xFF" "b\x01\"\\" "tail", 6);
      ds_item_builder_add_string (b, "名", "值");
      ds_item_builder_add_string (b, "none", NULL);
      ds_item_builder_add_boolean (b, "yes", k == 0);
      ds_item_builder_begin_object (b, "period");
      ds_item_builder_add_string (b, "from", "2023-01-01");
      ds_item_builder_begin_object (b, "inner");
      ds_item_builder_end_object (b);
      ds_item_builder_begin_object (b, "empty");
      ds_item_builder_end_object (b);
      ds_item_builder_end_object (b);
      g_autoptr(JsonNode) tags = json_from_string ("[\"x\",0.5]", NULL);
      ds_item_builder_add_node (b, "tags", tags);
      ds_item_builder_add_string (b, "last", "end");
      ds_item_builder_add_int (b, LONG_NAME, 1);
      ds_item_builder_end (b);
    }
  g_assert_cmpuint (ds_layer_get_n_items (built), ==, 2);

  for (guint pretty = 0; pretty < 2; pretty++)
    {
      g_autofree char *want = layer_json (objects, pretty);
      g_autofree char *got = layer_json (built, pretty);
      g_assert_cmpstr (got, ==, want);
    }

  /* members copied from an item are written as they were */
  const DsItem *from = ds_layer_peek_item (built, 0);
  DsLayer *copies = ds_document_add_layer (doc, "copies");
  g_autoptr(DsItemBuilder) c = ds_item_builder_new (copies);
  ds_item_builder_begin (c);
  for (guint i = 0; i < ds_item_get_n_members (from); i++)
    g_assert_true (ds_item_builder_copy_member (c, from, ds_item_get_member_name (from, i)));
  g_assert_false (ds_item_builder_copy_member (c, from, "missing"));
  /* several at once: in the order asked, whatever the item's, absent ones skipped */
  g_autoptr(DsItemBuilder) several = ds_item_builder_new (NULL);
  static const char *const names[] = { "m", "missing", "n", "d1", "d0", "last", "start", NULL };
  ds_item_builder_begin (several);
  ds_item_builder_copy_members (several, from, names);
  ds_item_builder_end (several);
  gsize slen;
  g_assert_cmpstr (ds_item_builder_get_json (several, &slen), ==,
                   "{\"m\":-12345,\"n\":-9223372036854775808,\"d1\":769.6,\"d0\":0.1,\"last\":\"end\",\"start\":2}");
  /* names alike in their first bytes, or a prefix of one another */
  g_assert_false (ds_item_has_member (from, "a_name_of_seventy_characters_______________________________________enX"));
  g_assert_false (ds_item_has_member (from, "a_name_of"));
  g_assert_false (ds_item_has_member (from, "event_sta"));
  g_assert_cmpint (ds_item_get_int (from, "event_start", -1), ==, 11);
  g_assert_cmpint (ds_item_get_int (from, LONG_NAME, -1), ==, 1);
  ds_item_builder_end (c);
  gsize len, clen;
  const char *orig = ds_item_get_json (from, NULL, &len);
  const char *copy = ds_item_builder_get_json (c, &clen);
  g_assert_cmpmem (copy, clen, orig, len);
  g_assert_cmpfloat (ds_item_get_double (from, "d2", 0), ==, 1e20);
  g_assert_cmpstr (ds_item_get_string (from, "bad"), ==, "a\xEF\xBF\xBD" "b\x01\"\\");
  ds_document_free (doc);
}

/* Built items and ds_layer_add_item() ones keep the order they were added
 * in, and a builder without a layer only makes text. */
static void
test_builder_order (void)
{
  DsDocument *doc = new_document ();
  DsLayer *layer = ds_document_add_layer (doc, "mixed");
  g_autoptr(DsItemBuilder) b = ds_item_builder_new (layer);
  json_object_set_int_member (ds_layer_add_item (layer), "i", 0);
  ds_item_builder_begin (b);
  ds_item_builder_add_int (b, "i", 1);
  ds_item_builder_end (b);
  json_object_set_int_member (ds_layer_add_item (layer), "i", 2);
  json_array_add_int_element (ds_layer_get_items (layer), 3); /* not an object: stays a node */
  ds_item_builder_begin (b);
  ds_item_builder_add_int (b, "i", 4);
  ds_item_builder_end (b);
  ds_layer_compact (layer);
  g_autofree char *json = layer_json (layer, FALSE);
  g_assert_nonnull (strstr (json, "\"items\":[{\"i\":0},{\"i\":1},{\"i\":2},3,{\"i\":4}]"));
  g_assert_cmpint (ds_item_get_int (ds_layer_peek_item (layer, 4), "i", -1), ==, 4);

  g_autoptr(DsItemBuilder) alone = ds_item_builder_new (NULL);
  ds_item_builder_begin (alone);
  ds_item_builder_add_string (alone, "from", "2020-01-01");
  ds_item_builder_add_boolean (alone, "vague", FALSE);
  ds_item_builder_end (alone);
  gsize len;
  const char *text = ds_item_builder_get_json (alone, &len);
  g_assert_cmpstr (text, ==, "{\"from\":\"2020-01-01\",\"vague\":false}");
  g_autoptr(DsItem) item = ds_item_new (text, (gssize) len, NULL);
  g_assert_false (ds_item_get_boolean (item, "vague", TRUE));
  ds_document_free (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/item/new", test_item_new);
  g_test_add_func ("/item/new-rejects", test_item_new_rejects);
  g_test_add_func ("/item/layer-peek", test_layer_peek);
  g_test_add_func ("/item/builder-same-as-objects", test_builder_same_as_objects);
  g_test_add_func ("/item/builder-order", test_builder_order);
  return g_test_run ();
}
