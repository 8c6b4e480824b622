/* report-escape: everything that goes from the JSON into the page passes
 * here. Text and attribute values are escaped alike (& < > " '), so the
 * same call is safe in element content and in quoted attributes; U+2028 and
 * U+2029 become character references, C0 controls other than tab and line
 * breaks and invalid UTF-8 become U+FFFD.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "report.h"

#include <docsift/docsift.h>
#include <string.h>

/* Escapes at most @max_chars code points of @s (@len bytes); an invalid
 * byte counts as one. Returns the bytes consumed. */
gsize
report_escape_n (GString *out, const char *s, gsize len, guint max_chars)
{
  const char *p = s, *end = s + len;
  guint n = 0;
  while (p < end && n < max_chars)
    {
      guchar c = (guchar) *p;
      n++;
      if (c < 0x80)
        {
          switch (c)
            {
            case '&': g_string_append (out, "&amp;"); break;
            case '<': g_string_append (out, "&lt;"); break;
            case '>': g_string_append (out, "&gt;"); break;
            case '"': g_string_append (out, "&quot;"); break;
            case '\'': g_string_append (out, "&#39;"); break;
            case '\t': case '\n':
              g_string_append_c (out, (char) c);
              break;
            case '\r': /* a raw CR would become LF in the parser */
              g_string_append (out, "&#13;");
              break;
            default:
              if (c < 0x20 || c == 0x7f)
                g_string_append (out, "\xEF\xBF\xBD");
              else
                g_string_append_c (out, (char) c);
            }
          p++;
          continue;
        }
      gunichar u = g_utf8_get_char_validated (p, end - p);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        {
          g_string_append (out, "\xEF\xBF\xBD");
          p++;
          continue;
        }
      const char *next = g_utf8_next_char (p);
      if (u == 0x2028 || u == 0x2029)
        g_string_append_printf (out, "&#x%04X;", u);
      else if (u >= 0x80 && u < 0xa0)
        g_string_append (out, "\xEF\xBF\xBD");
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
  return p - s;
}

void
report_escape (GString *out, const char *s, gssize len)
{
  if (s == NULL)
    return;
  report_escape_n (out, s, len < 0 ? strlen (s) : (gsize) len, G_MAXUINT);
}

/* @s cut to @max_chars code points, with … when cut. */
void
report_escape_cut (GString *out, const char *s, guint max_chars)
{
  if (s == NULL)
    return;
  gsize len = strlen (s);
  if (report_escape_n (out, s, len, max_chars) < len)
    g_string_append (out, "…");
}

/* A JSON number as docsift writes it (integers exact, doubles shortest). */
void
report_append_number (GString *out, JsonNode *n)
{
  if (json_node_get_value_type (n) == G_TYPE_DOUBLE)
    ds_json_format_double (out, json_node_get_double (n));
  else
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (n));
}

/* A scalar (or an array of scalars) as plain text; NULL for objects, null
 * and arrays of objects. */
char *
report_node_to_text (JsonNode *n)
{
  if (n == NULL || JSON_NODE_HOLDS_NULL (n) || JSON_NODE_HOLDS_OBJECT (n))
    return NULL;
  GString *s = g_string_new (NULL);
  if (JSON_NODE_HOLDS_ARRAY (n))
    {
      JsonArray *a = json_node_get_array (n);
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          g_autofree char *t = report_node_to_text (json_array_get_element (a, i));
          if (t == NULL)
            continue;
          if (s->len)
            g_string_append (s, ", ");
          g_string_append (s, t);
        }
    }
  else
    switch (json_node_get_value_type (n))
      {
      case G_TYPE_STRING: g_string_append (s, json_node_get_string (n)); break;
      case G_TYPE_BOOLEAN: g_string_append (s, json_node_get_boolean (n) ? "true" : "false"); break;
      default: report_append_number (s, n);
      }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

const char *
report_get_string (JsonObject *o, const char *key)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
           ? json_node_get_string (n) : NULL;
}

JsonObject *
report_get_object (JsonObject *o, const char *key)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  return n && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

JsonArray *
report_get_array (JsonObject *o, const char *key)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  return n && JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
}

/* An integral number (json-glib reads 3.0 as a double: accepted when whole). */
gboolean
report_get_int (JsonObject *o, const char *key, gint64 *out)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return FALSE;
  GType t = json_node_get_value_type (n);
  if (t == G_TYPE_INT64)
    {
      *out = json_node_get_int (n);
      return TRUE;
    }
  if (t == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (n);
      if (d >= -9e15 && d <= 9e15 && d == (double) (gint64) d)
        {
          *out = (gint64) d;
          return TRUE;
        }
    }
  return FALSE;
}

/* A layer name as a CSS class: [a-z0-9_-] kept, anything else '_' (the
 * page's own classes start with "r-"). */
void
report_css_class (GString *out, const char *name)
{
  for (const char *p = name; *p; p++)
    g_string_append_c (out, g_ascii_isalnum (*p) || *p == '-' || *p == '_' ? g_ascii_tolower (*p) : '_');
}
