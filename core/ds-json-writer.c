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
ds_json_format_double (GString *out, double value)
{
  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  if (value == 0)
    {
      g_string_append (out, signbit (value) ? "-0" : "0");
      return;
    }
  if (value == floor (value) && fabs (value) < 1e17)
    {
      g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) value);
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

void
_ds_json_append_string (GString *out, const char *s)
{
  static const char hex[] = "0123456789abcdef";
  const char *p = s;
  const char *end = s + strlen (s);

  g_string_append_c (out, '"');
  while (p < end)
    {
      const char *bad = NULL;
      /* copy the longest valid run, escaping what JSON requires */
      const char *run_end = end;
      if (!g_utf8_validate (p, end - p, &bad))
        run_end = bad;
      const char *q = p;
      while (q < run_end)
        {
          guchar c = (guchar) *q;
          if (c >= 0x20 && c != '"' && c != '\\')
            {
              q++;
              continue;
            }
          g_string_append_len (out, p, q - p);
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
          p = ++q;
        }
      g_string_append_len (out, p, q - p);
      p = q;
      if (p < end)
        {
          /* an invalid byte: never write invalid UTF-8 */
          g_string_append (out, "\xEF\xBF\xBD");
          p++;
        }
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
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
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
      {
        JsonObject *object = json_node_get_object (node);
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
            ds_json_append_node (out, member, pretty, indent + 1);
          }
        if (!first)
          newline (out, pretty, indent);
        g_string_append_c (out, '}');
      }
      break;
    }
}
