/* test-json.c: the number-exact JSON writer and the envelope round trip.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"
#include "core-test-util.h"

#include <math.h>
#include <string.h>

#define BIG "\xF0\xA0\x80\x80" /* 𠀀 */
#define ACUTE "\xCC\x81"

static char *
fmt_double (double v)
{
  GString *s = g_string_new (NULL);
  ds_json_format_double (s, v);
  return g_string_free (s, FALSE);
}

/* Parses @json as an array holding one value, with json-glib. */
static JsonNode *
parse_value (const char *json, GError **error)
{
  g_autofree char *wrapped = g_strdup_printf ("[%s]", json);
  g_autoptr(JsonParser) parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, wrapped, -1, error))
    return NULL;
  JsonArray *a = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (a), ==, 1);
  return json_node_copy (json_array_get_element (a, 0));
}

static double
node_number (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return (double) json_node_get_int (node);
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_DOUBLE);
  return json_node_get_double (node);
}

static void
test_format_double (void)
{
  struct
  {
    double v;
    const char *want;
  } exact[] = {
    { 0.1, "0.1" },
    { -0.5, "-0.5" },
    { 769.6, "769.6" },
    { 76960000000.0, "76960000000" },
    { 3.0, "3" },
    { 0.0, "0" },
    { 1e20, "1e+20" },
    { 12.1, "12.1" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
    {
      g_autofree char *s = fmt_double (exact[i].v);
      g_assert_cmpstr (s, ==, exact[i].want);
    }

  g_autofree char *nan = fmt_double (NAN);
  g_autofree char *inf = fmt_double (INFINITY);
  g_autofree char *ninf = fmt_double (-INFINITY);
  g_assert_cmpstr (nan, ==, "null");
  /* no "-0": it reads back as the integer 0, and a re-write would differ */
  g_autofree char *negzero = fmt_double (-0.0);
  g_assert_cmpstr (negzero, ==, "0");
  g_assert_cmpstr (inf, ==, "null");
  g_assert_cmpstr (ninf, ==, "null");

  /* Every output is valid JSON that json-glib reads back to the same
   * double, and never json-glib's own "1e+20.0". */
  const double values[] = { 1e20,   -1e20,  1e17,     1e16 + 2, 123456789012345678.0, 1.5e-7,  5e-324,
                            1e308,  0.1,    0.2 + 0.1, 1.0 / 3.0, -2.5e-3,             4503599627370497.0,
                            9007199254740993.0, 76960000000.0, -0.0, 2.675, 1e-5, 100.0 };
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *s = fmt_double (values[i]);
      g_assert_null (strstr (s, ".0e"));
      g_assert_false (g_str_has_suffix (s, ".0") && strchr (s, 'e'));
      g_assert_cmpfloat (g_ascii_strtod (s, NULL), ==, values[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = parse_value (s, &error);
      g_assert_no_error (error);
      g_assert_cmpfloat (node_number (node), ==, values[i]);
    }

  /* pseudo-random doubles round-trip through the shortest form */
  GRand *rand = g_rand_new_with_seed (42);
  for (guint i = 0; i < 2000; i++)
    {
      double v = g_rand_double_range (rand, -1e6, 1e6) * pow (10, g_rand_int_range (rand, -30, 30));
      g_autofree char *s = fmt_double (v);
      if (g_ascii_strtod (s, NULL) != v)
        g_error ("%.17g written as %s", v, s);
      g_assert_cmpuint (strlen (s), <=, 24);
    }
  g_rand_free (rand);

  /* json-glib's own generator gets 1e20 wrong; ours through a node is right */
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);
  json_node_set_double (node, 1e20);
  g_autoptr(GString) out = g_string_new (NULL);
  ds_json_append_node (out, node, FALSE, 0);
  g_assert_cmpstr (out->str, ==, "1e+20");
}

static char *
append_string (const char *s)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);
  json_node_set_string (node, s);
  GString *out = g_string_new (NULL);
  ds_json_append_node (out, node, FALSE, 0);
  return g_string_free (out, FALSE);
}

static char *
parse_string (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse_value (json, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_STRING);
  return g_strdup (json_node_get_string (node));
}

static void
test_strings (void)
{
  const char *cases[] = {
    "plain",
    "中文 " BIG " e" ACUTE,
    "quote \" backslash \\ slash /",
    "control \x01\x02\x1f tab\t nl\n cr\r bs\b ff\f",
    "\x7f del stays",
    "",
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = append_string (cases[i]);
      g_assert_true (g_utf8_validate (json, -1, NULL));
      for (const char *p = json; *p; p++)
        g_assert_cmpint ((guchar) *p, >=, 0x20); /* no raw control characters */
      g_autofree char *back = parse_string (json);
      g_assert_cmpstr (back, ==, cases[i]);
    }
  g_autofree char *ctl = append_string ("a\x01z");
  g_assert_cmpstr (ctl, ==, "\"a\\u0001z\"");
  /* UTF-8 is written as UTF-8, not as \u escapes */
  g_autofree char *cjk = append_string ("中");
  g_assert_cmpstr (cjk, ==, "\"中\"");

  /* invalid UTF-8 bytes become U+FFFD, and the output stays valid */
  struct
  {
    const char *in, *want;
  } bad[] = {
    { "a\xff" "b", "a\xEF\xBF\xBD" "b" },
    { "\xe4\xb8", "\xEF\xBF\xBD\xEF\xBF\xBD" },                  /* truncated 中 */
    { "x\xc0\xafy\"", "x\xEF\xBF\xBD\xEF\xBF\xBDy\"" },          /* overlong / */
    { "\xed\xa0\x80" "ok", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDok" }, /* CESU surrogate */
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = append_string (bad[i].in);
      g_assert_true (g_utf8_validate (json, -1, NULL));
      g_autofree char *back = parse_string (json);
      g_assert_cmpstr (back, ==, bad[i].want);
    }

  /* keys are escaped too */
  g_autoptr(JsonObject) o = json_object_new ();
  json_object_set_int_member (o, "k\"\n\xff", 1);
  g_autoptr(JsonNode) n = json_node_init_object (json_node_alloc (), o);
  g_autoptr(GString) out = g_string_new (NULL);
  ds_json_append_node (out, n, FALSE, 0);
  g_assert_true (g_utf8_validate (out->str, -1, NULL));
  g_autoptr(JsonNode) back = ct_parse_json (out->str);
  g_assert_true (json_object_has_member (json_node_get_object (back), "k\"\n\xEF\xBF\xBD"));
}

static void
test_append_node_structures (void)
{
  g_autoptr(JsonNode) root =
    ct_parse_json ("{\"a\":[1,2.5,\"x\",null,true],\"b\":{\"c\":[],\"d\":{}},\"e\":[{\"f\":1e20}],"
                   "\"g\":-0.5,\"h\":76960000000,\"i\":false}");
  g_autoptr(GString) compact = g_string_new (NULL);
  ds_json_append_node (compact, root, FALSE, 0);
  g_assert_cmpstr (compact->str, ==,
                   "{\"a\":[1,2.5,\"x\",null,true],\"b\":{\"c\":[],\"d\":{}},\"e\":[{\"f\":1e+20}],"
                   "\"g\":-0.5,\"h\":76960000000,\"i\":false}");
  g_autoptr(GString) pretty = g_string_new (NULL);
  ds_json_append_node (pretty, root, TRUE, 0);
  g_assert_nonnull (strchr (pretty->str, '\n'));
  /* pretty and compact are the same JSON */
  g_autoptr(JsonNode) back = ct_parse_json (pretty->str);
  g_autoptr(GString) again = g_string_new (NULL);
  ds_json_append_node (again, back, FALSE, 0);
  g_assert_cmpstr (again->str, ==, compact->str);
}

/* ---- envelope ---- */

static DsDocument *
make_document (void)
{
  const char *text = "臺灣" BIG "e" ACUTE "增長0.1%。\n第二段\t\"引號\"";
  DsDocument *doc = ds_document_new ("doc-1", "some/path.txt", g_strdup (text), strlen (text), "GB18030");
  JsonObject *meta = ds_document_get_meta (doc);
  json_object_set_string_member (meta, "title", "標題 \x01");
  json_object_set_double_member (meta, "ratio", 0.1);
  json_object_set_double_member (meta, "huge", 1e20);
  json_object_set_int_member (meta, "yuan", G_GINT64_CONSTANT (76960000000));
  JsonObject *nested = json_object_new ();
  json_object_set_string_member (nested, "published", "2022-01-05");
  json_object_set_object_member (meta, "dates", nested);

  /* view: 臺灣→台湾 (aligned), e+◌́ → é (2→1), the rest copied */
  gsize n = ds_view_get_n_codepoints (ds_document_get_original (doc));
  const char *vtext = "台湾" BIG "\xC3\xA9" "增长0.1%。\n第二段\t\"引号\"";
  DsOffsetMap *map = ds_offset_map_new ();
  ds_offset_map_append (map, 3, 3);
  ds_offset_map_append (map, 2, 1);
  ds_offset_map_append (map, (guint32) n - 5, (guint32) n - 5);
  g_autoptr(GError) error = NULL;
  g_assert_nonnull (ds_document_add_view (doc, "normalized", g_strdup (vtext), strlen (vtext), map, &error));
  g_assert_no_error (error);

  /* a layer stamped by a plugin of this build … */
  doc->current_plugin = "numbers";
  doc->current_version = "1.2.3";
  DsLayer *layer = ds_document_add_layer (doc, "numbers");
  doc->current_plugin = doc->current_version = NULL;
  DsView *view = ds_document_get_view (doc, "normalized");
  const char *at = strstr (vtext, "0.1%");
  JsonObject *item = ds_layer_add_span (layer, view, at - vtext, at - vtext + 4);
  json_object_set_double_member (item, "value", 0.1);
  json_object_set_string_member (item, "value_text", "0.1");
  json_object_set_double_member (item, "big", 1e20);
  json_object_set_object_member (ds_layer_get_object (layer), "counts", json_object_new ());

  /* … and one of a plugin this build has never heard of */
  g_autoptr(JsonNode) alien = ct_parse_json (
    "{\"plugin\":\"martian\",\"version\":\"9.9\",\"items\":[{\"start\":0,\"end\":2,\"text\":\"臺灣\","
    "\"score\":-0.5,\"tags\":[\"a\",{\"b\":null}]}],\"summary\":{\"x\":1e-7}}");
  /* (libdocsift exports no way to put a raw layer object, so stamp one
   * with the alien plugin's name and copy its members in) */
  JsonObject *ao = json_node_get_object (alien);
  doc->current_plugin = json_object_get_string_member (ao, "plugin");
  doc->current_version = json_object_get_string_member (ao, "version");
  DsLayer *martian = ds_document_add_layer (doc, "martian_layer");
  doc->current_plugin = doc->current_version = NULL;
  JsonArray *src_items = json_object_get_array_member (ao, "items");
  for (guint i = 0; i < json_array_get_length (src_items); i++)
    json_array_add_element (ds_layer_get_items (martian), json_node_copy (json_array_get_element (src_items, i)));
  json_object_set_member (ds_layer_get_object (martian), "summary",
                          json_node_copy (json_object_get_member (ao, "summary")));
  doc->replaced_bytes = 0;
  return doc;
}

static char *
to_json (DsDocument *doc, DsJsonFlags flags)
{
  GString *out = g_string_new (NULL);
  ds_document_to_json (doc, out, flags);
  return g_string_free (out, FALSE);
}

static void
test_envelope_roundtrip (void)
{
  for (guint pretty = 0; pretty < 2; pretty++)
    {
      DsJsonFlags flags = DS_JSON_EMIT_MAPS | (pretty ? DS_JSON_PRETTY : 0);
      g_autoptr(DsDocument) doc = make_document ();
      g_autofree char *first = to_json (doc, flags);
      g_assert_true (g_utf8_validate (first, -1, NULL));
      if (!pretty)
        g_assert_null (strchr (first, '\n'));

      g_autoptr(GError) error = NULL;
      g_autoptr(DsDocument) again = ds_document_new_from_json (first, -1, "fallback", "stdin", &error);
      g_assert_no_error (error);
      g_assert_nonnull (again);
      g_autofree char *second = to_json (again, flags);
      g_assert_cmpstr (second, ==, first);

      /* and a third generation, for good measure */
      g_autoptr(DsDocument) third = ds_document_new_from_json (second, -1, "fallback", "stdin", &error);
      g_assert_no_error (error);
      g_autofree char *third_json = to_json (third, flags);
      g_assert_cmpstr (third_json, ==, first);

      /* what was kept */
      g_assert_cmpstr (ds_document_get_id (again), ==, "doc-1");
      g_assert_cmpstr (ds_document_get_source (again), ==, "some/path.txt");
      g_assert_cmpstr (ds_document_get_encoding (again), ==, "GB18030");
      DsView *view = ds_document_get_view (again, "normalized");
      g_assert_nonnull (view);
      const DsOffsetMap *map = ds_view_get_map (view);
      g_assert_cmpuint (ds_offset_map_get_n_segments (map), ==, 3);
      DsLayer *alien = ds_document_get_layer (again, "martian_layer");
      g_assert_nonnull (alien);
      g_assert_cmpstr (ds_layer_get_plugin (alien), ==, "martian");
      g_assert_cmpstr (ds_layer_get_version (alien), ==, "9.9");
      DsLayer *numbers = ds_document_get_layer (again, "numbers");
      g_assert_cmpstr (ds_layer_get_plugin (numbers), ==, "numbers");
      g_assert_cmpstr (ds_layer_get_version (numbers), ==, "1.2.3");
      JsonObject *item = json_array_get_object_element (ds_layer_get_items (numbers), 0);
      g_assert_cmpstr (json_object_get_string_member (item, "text"), ==, "0.1%");

      /* the written JSON, read by json-glib: exact numbers and the span
       * convention text[start:end] */
      g_autoptr(JsonNode) root = ct_parse_json (first);
      JsonObject *o = json_node_get_object (root);
      g_assert_cmpstr (json_object_get_string_member (o, "format"), ==, "docsift");
      g_assert_cmpstr (json_object_get_string_member (o, "offsets"), ==, "codepoint");
      g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (o, "meta"), "huge"), ==, 1e20);
      g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (o, "meta"), "yuan"), ==,
                       G_GINT64_CONSTANT (76960000000));
      const char *text = json_object_get_string_member (o, "text");
      JsonObject *jl = json_object_get_object_member (json_object_get_object_member (o, "layers"), "numbers");
      JsonObject *ji = json_array_get_object_element (json_object_get_array_member (jl, "items"), 0);
      gint64 s = json_object_get_int_member (ji, "start"), e = json_object_get_int_member (ji, "end");
      const char *ps = g_utf8_offset_to_pointer (text, s), *pe = g_utf8_offset_to_pointer (text, e);
      g_autofree char *slice = g_strndup (ps, pe - ps);
      g_assert_cmpstr (slice, ==, "0.1%");
      g_assert_cmpint (s, ==, 7);
    }
}

static void
test_envelope_replaced_bytes (void)
{
  g_autoptr(DsDocument) doc = make_document ();
  doc->replaced_bytes = 3;
  doc->n_replaced_at = 2;
  doc->replaced_at[0] = 7;
  doc->replaced_at[1] = 12;
  g_autofree char *first = to_json (doc, DS_JSON_EMIT_MAPS);
  g_assert_nonnull (strstr (first, "\"replaced_bytes\":3,\"replaced_at\":[7,12]"));
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDocument) again = ds_document_new_from_json (first, -1, "f", "stdin", &error);
  g_assert_no_error (error);
  g_autofree char *second = to_json (again, DS_JSON_EMIT_MAPS);
  g_assert_cmpstr (second, ==, first);
}

static void
test_envelope_without_maps (void)
{
  /* Without maps a view cannot be re-read; layers survive. */
  g_autoptr(DsDocument) doc = make_document ();
  g_autofree char *json = to_json (doc, 0);
  g_assert_null (strstr (json, "\"map\""));
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDocument) again = ds_document_new_from_json (json, -1, "f", "stdin", &error);
  g_assert_no_error (error);
  g_assert_null (ds_document_get_view (again, "normalized"));
  g_assert_nonnull (ds_document_get_layer (again, "martian_layer"));
}

static void
test_read_plain_records (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDocument) doc = ds_document_new_from_json (
    "{\"id\":\"a1\",\"text\":\"增长" BIG "\",\"meta\":{\"url\":\"http://x\"}}", -1, "fb", "stdin", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_document_get_id (doc), ==, "a1");
  g_assert_cmpstr (ds_document_get_source (doc), ==, "stdin");
  g_assert_cmpstr (ds_document_get_meta_string (doc, "url"), ==, "http://x");
  g_assert_cmpuint (ds_view_get_n_codepoints (ds_document_get_original (doc)), ==, 3);

  g_autoptr(DsDocument) d2 = ds_document_new_from_json ("{\"id\":17,\"text\":\"x\"}", -1, "fb", "s", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_document_get_id (d2), ==, "17");
  g_autoptr(DsDocument) d3 = ds_document_new_from_json ("{\"text\":\"x\"}", -1, "fb", "s", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_document_get_id (d3), ==, "fb");
}

static void
expect_bad_json (const char *json, const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDocument) doc = ds_document_new_from_json (json, -1, "fb", "stdin", &error);
  g_assert_null (doc);
  g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON);
  if (needle && !strstr (error->message, needle))
    g_error ("message \"%s\" does not mention \"%s\"", error->message, needle);
}

static void
test_read_errors (void)
{
  /* unpaired surrogates: an error, not a crash nor invalid UTF-8 */
  expect_bad_json ("{\"text\":\"a\\ud800b\"}", "\"text\"");
  expect_bad_json ("{\"text\":\"\\udc00\"}", NULL);
  expect_bad_json ("{\"format\":\"docsift\",\"version\":1,\"text\":\"ab\",\"views\":{\"v\":{\"text\":\"\\ud800x\","
                   "\"map\":[[2,2]]}},\"layers\":{}}", "views.v");
  /* a valid pair is fine */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DsDocument) doc = ds_document_new_from_json ("{\"text\":\"\\ud840\\udc00\"}", -1, "fb", "s", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ds_document_get_text (doc, NULL), ==, BIG);
  }
  /* surrogates in meta or in layers do not crash, and are written as valid UTF-8 */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DsDocument) doc = ds_document_new_from_json (
      "{\"text\":\"ab\",\"meta\":{\"t\":\"\\ud800\"},\"layers\":{\"l\":{\"plugin\":\"p\",\"version\":\"1\","
      "\"items\":[{\"text\":\"\\udfff\"}]}}}", -1, "fb", "s", &error);
    if (doc != NULL)
      {
        g_autofree char *out = to_json (doc, 0);
        g_assert_true (g_utf8_validate (out, -1, NULL));
      }
    else
      g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON);
  }

  expect_bad_json ("not json", NULL);
  expect_bad_json ("[1,2]", "object");
  expect_bad_json ("{\"id\":\"x\"}", "text");
  expect_bad_json ("{\"text\":\"x\",\"meta\":[]}", "meta");
  expect_bad_json ("{\"format\":\"docsift\",\"version\":99,\"text\":\"x\"}", "newer");
  /* a map that does not cover the texts (reported as the model's BAD_MAP) */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DsDocument) doc = ds_document_new_from_json (
      "{\"format\":\"docsift\",\"version\":1,\"text\":\"abc\",\"views\":{\"v\":{\"text\":\"ab\","
      "\"map\":[[2,2]]}},\"layers\":{}}", -1, "fb", "stdin", &error);
    g_assert_null (doc);
    g_assert_nonnull (error);
    g_assert_true (error->domain == DS_DOCUMENT_ERROR);
    g_assert_true (error->code == DS_DOCUMENT_ERROR_BAD_JSON || error->code == DS_DOCUMENT_ERROR_BAD_MAP);
    g_assert_nonnull (strstr (error->message, "views.v"));
  }
  expect_bad_json ("{\"format\":\"docsift\",\"version\":1,\"text\":\"abc\",\"views\":{\"v\":{\"text\":\"abc\","
                   "\"map\":[[3,\"3\"]]}},\"layers\":{}}", "views.v.map[0]");
  expect_bad_json ("{\"format\":\"docsift\",\"version\":1,\"text\":\"abc\",\"views\":{\"v\":{\"text\":\"abc\","
                   "\"map\":[[-1,3]]}},\"layers\":{}}", "views.v.map[0]");
  expect_bad_json ("{\"format\":\"docsift\",\"version\":1,\"text\":\"abc\",\"views\":{},\"layers\":{\"l\":3}}",
                   "layers.l");
}

/* Nesting depth and NUL are checked before json-glib parses (it recurses
 * per level, and cuts strings at \u0000); envelope members of the wrong
 * type are errors. */
static void
test_read_bounds (void)
{
  for (guint depth = 100; depth <= 100000; depth *= 1000)
    {
      g_autoptr(GString) json = g_string_new ("{\"text\":\"x\",\"meta\":{\"deep\":");
      for (guint i = 0; i < depth; i++)
        g_string_append_c (json, '[');
      for (guint i = 0; i < depth; i++)
        g_string_append_c (json, ']');
      g_string_append (json, "}}");
      if (depth == 100)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(DsDocument) doc = ds_document_new_from_json (json->str, (gssize) json->len, "fb", "s", &error);
          g_assert_no_error (error);
          g_assert_nonnull (doc);
        }
      else
        expect_bad_json (json->str, "nested deeper than 512");
    }
  /* brackets inside strings do not count */
  {
    g_autoptr(GString) json = g_string_new ("{\"text\":\"");
    for (guint i = 0; i < 2000; i++)
      g_string_append (json, "[{");
    g_string_append (json, "\"}");
    g_autoptr(GError) error = NULL;
    g_autoptr(DsDocument) doc = ds_document_new_from_json (json->str, -1, "fb", "s", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ds_view_get_n_codepoints (ds_document_get_original (doc)), ==, 4000);
  }

  expect_bad_json ("{\"text\":\"ab\\u0000cd\"}", "\\u0000");
  expect_bad_json ("{\"text\":\"ab\",\"meta\":{\"k\":\"\\u0000\"}}", "\\u0000");
  {
    /* an escaped backslash before u0000 is text, not NUL */
    g_autoptr(GError) error = NULL;
    g_autoptr(DsDocument) doc = ds_document_new_from_json ("{\"text\":\"a\\\\u0000\"}", -1, "fb", "s", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ds_document_get_text (doc, NULL), ==, "a\\u0000");
  }
  {
    static const char with_nul[] = "{\"text\":\"a\0b\"}";
    g_autoptr(GError) error = NULL;
    g_autoptr(DsDocument) doc = ds_document_new_from_json (with_nul, sizeof with_nul - 1, "fb", "s", &error);
    g_assert_null (doc);
    g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON);
  }

  expect_bad_json ("{\"text\":\"x\",\"layers\":[]}", "\"layers\" is not an object");
  expect_bad_json ("{\"text\":\"x\",\"views\":\"v\"}", "\"views\" is not an object");
  expect_bad_json ("{\"text\":\"x\",\"id\":[1]}", "\"id\"");
  expect_bad_json ("{\"text\":\"x\",\"id\":1.5}", "\"id\"");
  expect_bad_json ("{\"text\":\"x\",\"source\":{}}", "\"source\"");
  expect_bad_json ("{\"text\":\"x\",\"offsets\":\"byte\"}", "\"offsets\"");
  expect_bad_json ("{\"text\":\"x\",\"replaced_bytes\":\"3\"}", "\"replaced_bytes\"");
  expect_bad_json ("{\"text\":\"x\",\"replaced_at\":[-1]}", "\"replaced_at\"");
  expect_bad_json ("{\"format\":\"docsift\",\"version\":\"1\",\"text\":\"x\"}", "\"version\"");
  /* null stands for absent */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DsDocument) doc = ds_document_new_from_json (
      "{\"text\":\"x\",\"meta\":null,\"views\":null,\"layers\":null,\"id\":null}", -1, "fb", "s", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ds_document_get_id (doc), ==, "fb");
  }
}

static void
test_no_text (void)
{
  g_autoptr(DsDocument) doc = make_document ();
  g_autofree char *json = to_json (doc, DS_JSON_NO_TEXT | DS_JSON_EMIT_MAPS);
  g_autoptr(JsonNode) root = ct_parse_json (json);
  g_assert_false (json_object_has_member (json_node_get_object (root), "text"));
  g_assert_true (json_object_has_member (json_node_get_object (root), "layers"));
  expect_bad_json (json, "--no-text");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/format-double", test_format_double);
  g_test_add_func ("/json/strings", test_strings);
  g_test_add_func ("/json/append-node", test_append_node_structures);
  g_test_add_func ("/json/envelope/roundtrip", test_envelope_roundtrip);
  g_test_add_func ("/json/envelope/replaced-bytes", test_envelope_replaced_bytes);
  g_test_add_func ("/json/envelope/without-maps", test_envelope_without_maps);
  g_test_add_func ("/json/read/plain-records", test_read_plain_records);
  g_test_add_func ("/json/read/errors", test_read_errors);
  g_test_add_func ("/json/read/no-text", test_no_text);
  g_test_add_func ("/json/read/bounds", test_read_bounds);
  return g_test_run ();
}
