/* ds-json-bounds.c: what json-glib must not be given. Its parser recurses
 * once per nesting level (50,000 levels overflow the stack) and cuts
 * strings at a \u0000 escape without a word; one pass over the bytes finds
 * both before the parser runs.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

static gboolean
is_nul_escape (const char *p, const char *end)
{
  return end - p >= 5 && p[0] == 'u' && p[1] == '0' && p[2] == '0' && p[3] == '0' && p[4] == '0';
}

gboolean
_ds_json_check_bounds (const char *json, gsize length, guint max_depth, GError **error)
{
  const char *p = json, *end = json + length;
  guint depth = 0;

  while (p < end)
    {
      char c = *p++;
      if (c == '{' || c == '[')
        {
          if (++depth > max_depth)
            {
              g_set_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON,
                           "nested deeper than %u levels (at byte %" G_GSIZE_FORMAT ")", max_depth,
                           (gsize) (p - 1 - json));
              return FALSE;
            }
        }
      else if (c == '}' || c == ']')
        {
          if (depth > 0)
            depth--;
        }
      else if (c == '"')
        {
          /* a string: only '"' and '\\' matter inside */
          while (p < end && *p != '"' && *p != '\0')
            {
              if (*p == '\\')
                {
                  if (is_nul_escape (p + 1, end))
                    {
                      g_set_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON,
                                   "a string holds \\u0000 (NUL, at byte %" G_GSIZE_FORMAT
                                   "): docsift does not take NUL in text, as it refuses text files with NUL bytes",
                                   (gsize) (p - json));
                      return FALSE;
                    }
                  p++;
                }
              p++;
            }
          if (p < end && *p == '"')
            p++;
        }
      else if (c == '\0')
        {
          g_set_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON,
                       "a raw NUL byte at byte %" G_GSIZE_FORMAT " (JSON text cannot hold one)",
                       (gsize) (p - 1 - json));
          return FALSE;
        }
    }
  return TRUE;
}

JsonObject *
_ds_json_parse_object (JsonParser *parser, const char *json, gsize length, GError **error)
{
  g_autoptr (GError) local = NULL;
  if (!_ds_json_check_bounds (json, length, DS_JSON_MAX_DEPTH, error))
    return NULL;
  if (!json_parser_load_from_data (parser, json, (gssize) length, &local))
    {
      g_set_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON, "not JSON: %s", local->message);
      return NULL;
    }
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON,
                           "not a JSON object (one docsift document per line expected)");
      return NULL;
    }
  return json_node_get_object (root);
}
