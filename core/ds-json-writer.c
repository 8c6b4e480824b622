/* ds-json-writer.c: JSON text from json-glib nodes, with exact numbers.
 *
 * json-glib 1.6's generator writes 1e20 as "1e+20.0" (which its own parser
 * rejects) and 0.1 as "0.10000000000000001". This writer prints doubles in
 * their shortest round-trip form and integral values as integers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <math.h>
#include <string.h>

void
_ds_json_append_int (GString *out, gint64 value)
{
  char buf[24];
  char *p = buf + sizeof buf;
  /* the magnitude as unsigned: G_MININT64 has no positive gint64 */
  guint64 u = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  do
    *--p = (char) ('0' + u % 10);
  while ((u /= 10) != 0);
  if (value < 0)
    *--p = '-';
  _ds_string_append (out, p, (gsize) (buf + sizeof buf - p));
}

void
ds_json_format_double (GString *out, double value)
{
  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  if (value == 0)
    {
      /* -0.0 too: integral values are written as integers, and an integer
       * has no negative zero ("-0" reads back as the integer 0, so a second
       * write would differ from the first) */
      g_string_append (out, "0");
      return;
    }
  if (value == floor (value) && fabs (value) < 1e17)
    {
      _ds_json_append_int (out, (gint64) value);
      return;
    }

  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  for (int prec = 1; prec <= 17; prec++)
    {
      char fmt[8];
      g_snprintf (fmt, sizeof fmt, "%%.%dg", prec);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
}

/* The JSON escape of an ASCII character that needs one. */
static void
append_escape (GString *out, guchar c)
{
  static const char hex[] = "0123456789abcdef";
  switch (c)
    {
    case '"': g_string_append (out, "\\\""); break;
    case '\\': g_string_append (out, "\\\\"); break;
    case '\n': g_string_append (out, "\\n"); break;
    case '\r': g_string_append (out, "\\r"); break;
    case '\t': g_string_append (out, "\\t"); break;
    case '\b': g_string_append (out, "\\b"); break;
    case '\f': g_string_append (out, "\\f"); break;
    default:
      g_string_append (out, "\\u00");
      g_string_append_c (out, hex[c >> 4]);
      g_string_append_c (out, hex[c & 15]);
    }
}

/* ASCII a JSON string holds as it is: printable, and DEL, but " and \
 * (the writer's strings and DsItemBuilder's member names) */
const guint8 _ds_json_plain_ascii[256] = {
  [0x20] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* " */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* \ */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x20..0x7F */
};

/* One pass: copies runs that need no escaping, escapes what JSON requires,
 * and writes U+FFFD for bytes that are not UTF-8 (output is always valid). */
void
_ds_json_append_string (GString *out, const char *s)
{
  _ds_json_append_string_len (out, s, strlen (s));
}

void
_ds_json_append_string_len (GString *out, const char *s, gsize length)
{
  const guchar *p = (const guchar *) s;
  const guchar *end = p + length;
  const guchar *run = p;


  g_string_append_c (out, '"');
  while (p < end)
    {
      guchar c = *p;
      if (_ds_json_plain_ascii[c])
        {
          p++;
          continue;
        }
      if (c >= 0x80)
        {
          const char *next;
          if (ds_utf8_decode ((const char *) p, (const char *) end, &next) != DS_UNICHAR_INVALID)
            {
              p = (const guchar *) next;
              continue;
            }
          _ds_string_append (out, (const char *) run, (gsize) (p - run));
          _ds_string_append (out, "\xEF\xBF\xBD", 3);
          run = ++p;
          continue;
        }
      _ds_string_append (out, (const char *) run, (gsize) (p - run));
      append_escape (out, c);
      run = ++p;
    }
  _ds_string_append (out, (const char *) run, (gsize) (p - run));
  g_string_append_c (out, '"');
}

/* Makes room for @extra more bytes at once (GString would otherwise grow
 * by doubling, copying the text each time). */
void
_ds_string_reserve (GString *out, gsize extra)
{
  gsize len = out->len;
  g_string_set_size (out, len + extra);
  g_string_truncate (out, len);
}

/* For text already known to be valid UTF-8 (document texts, views): only
 * the ASCII characters JSON must escape are looked at, through a table. */
void
_ds_json_append_utf8_len (GString *out, const char *s, gsize length)
{
  static guint8 special[256];
  static gsize init = 0;
  if (g_once_init_enter (&init))
    {
      for (guint c = 0; c < 0x20; c++)
        special[c] = 1;
      special['"'] = special['\\'] = 1;
      g_once_init_leave (&init, 1);
    }

  _ds_string_reserve (out, length + length / 16 + 2);
  const guchar *p = (const guchar *) s;
  const guchar *end = p + length;
  g_string_append_c (out, '"');
  while (p < end)
    {
      const guchar *run = p;
      while (p < end && !special[*p])
        p++;
      _ds_string_append (out, (const char *) run, (gsize) (p - run));
      if (p == end)
        break;
      guchar c = *p++;
      append_escape (out, c);
    }
  g_string_append_c (out, '"');
}

static void
newline (GString *out, gboolean pretty, guint indent)
{
  if (!pretty)
    return;
  g_string_append_c (out, '\n');
  for (guint i = 0; i < indent; i++)
    g_string_append (out, "  ");
}

/* The string token at @p (its opening quote): returns the byte after it. */
static const char *
skip_string (const char *p, const char *end)
{
  for (p++; p < end && *p != '"'; p++)
    if (*p == '\\')
      p++;
  return p < end ? p + 1 : end;
}

/* Whether the compact array opening at @p holds only scalars (the pretty
 * writer keeps those on one line). The first element that is an object or
 * an array answers, so nested containers are never skipped over. */
static gboolean
array_is_flat (const char *p, const char *end)
{
  for (p++; p < end;)
    {
      if (*p == '{' || *p == '[')
        return FALSE;
      if (*p == '"')
        p = skip_string (p, end);
      while (p < end && *p != ',' && *p != ']')
        p++;
      if (p >= end || *p == ']')
        return TRUE;
      p++;
    }
  return TRUE;
}

void
_ds_json_append_reindented (GString *out, const char *compact, gsize length, guint indent)
{
  const char *p = compact, *end = compact + length;
  g_autoptr(GByteArray) flat = g_byte_array_new (); /* per open container */
  guint level = indent + 1;

  newline (out, TRUE, level);
  while (p < end)
    {
      char c = *p;
      switch (c)
        {
        case '"':
          {
            const char *q = skip_string (p, end);
            g_string_append_len (out, p, q - p);
            p = q;
          }
          continue;
        case '{':
        case '[':
          if (p + 1 < end && p[1] == (c == '{' ? '}' : ']'))
            {
              g_string_append_len (out, p, 2);
              p += 2;
              continue;
            }
          {
            guint8 is_flat = c == '[' && array_is_flat (p, end);
            g_byte_array_append (flat, &is_flat, 1);
            g_string_append_c (out, c);
            level++;
            if (!is_flat)
              newline (out, TRUE, level);
          }
          break;
        case '}':
        case ']':
          {
            gboolean was_flat = flat->len > 0 && flat->data[flat->len - 1];
            if (flat->len > 0)
              g_byte_array_set_size (flat, flat->len - 1);
            level--;
            if (!was_flat)
              newline (out, TRUE, level);
            g_string_append_c (out, c);
          }
          break;
        case ',':
          g_string_append_c (out, ',');
          if (flat->len == 0 || !flat->data[flat->len - 1])
            newline (out, TRUE, level);
          break;
        case ':':
          g_string_append (out, ": ");
          break;
        default:
          g_string_append_c (out, c);
        }
      p++;
    }
}

static void append_object (GString *out, JsonObject *object, DsLayer *layer, gboolean pretty, guint indent);

void
ds_json_append_node (GString *out, JsonNode *node, gboolean pretty, guint indent)
{
  if (node == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          _ds_json_append_int (out, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          ds_json_format_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_STRING:
          _ds_json_append_string (out, json_node_get_string (node));
          break;
        default:
          g_string_append (out, "null");
        }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);
        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        /* Arrays of scalars stay on one line even when pretty. */
        gboolean flat = TRUE;
        for (guint i = 0; i < n && flat; i++)
          flat = JSON_NODE_HOLDS_VALUE (json_array_get_element (array, i)) ||
                 JSON_NODE_HOLDS_NULL (json_array_get_element (array, i));
        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            if (!flat)
              newline (out, pretty, indent + 1);
            ds_json_append_node (out, json_array_get_element (array, i), pretty, indent + 1);
          }
        if (!flat)
          newline (out, pretty, indent);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_OBJECT:
      append_object (out, json_node_get_object (node), NULL, pretty, indent);
      break;
    }
}

/* A layer's "items": the compacted ones (DsLayer.stored) then the others. */
static void
append_layer_items (GString *out, DsLayer *layer, JsonNode *node, gboolean pretty, guint indent)
{
  JsonArray *live = json_node_get_array (node);
  guint n = json_array_get_length (live);
  if (layer->n_stored == 0)
    {
      ds_json_append_node (out, node, pretty, indent);
      return;
    }
  g_string_append_c (out, '[');
  if (pretty)
    _ds_json_append_reindented (out, layer->stored->str, layer->stored->len, indent);
  else
    g_string_append_len (out, layer->stored->str, layer->stored->len);
  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (out, ',');
      newline (out, pretty, indent + 1);
      ds_json_append_node (out, json_array_get_element (live, i), pretty, indent + 1);
    }
  newline (out, pretty, indent);
  g_string_append_c (out, ']');
}

/* @layer: the layer whose object this is, to write its compacted items */
static void
append_object (GString *out, JsonObject *object, DsLayer *layer, gboolean pretty, guint indent)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      newline (out, pretty, indent + 1);
      _ds_json_append_string (out, key);
      g_string_append (out, pretty ? ": " : ":");
      if (layer != NULL && JSON_NODE_HOLDS_ARRAY (member) && json_node_get_array (member) == layer->items)
        append_layer_items (out, layer, member, pretty, indent + 1);
      else
        ds_json_append_node (out, member, pretty, indent + 1);
    }
  if (!first)
    newline (out, pretty, indent);
  g_string_append_c (out, '}');
}

void
_ds_layer_append_json (DsLayer *layer, GString *out, gboolean pretty, guint indent)
{
  append_object (out, layer->object, layer, pretty, indent);
}
