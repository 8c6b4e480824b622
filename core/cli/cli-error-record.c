/* cli-error-record.c: the input-error envelope.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-error-record.h"

void
cli_error_record_append (GString *out, const char *id, const char *source, const char *plugin,
                         JsonObject *extra, const GError *error, gboolean text_format, gboolean pretty)
{
  if (text_format)
    {
      g_string_append_printf (out, "# %s (%s)\nerror: %s\n\n", id, source, error->message);
      return;
    }
  g_autoptr(JsonObject) rec = json_object_new ();
  json_object_set_string_member (rec, "format", DS_FORMAT_NAME);
  json_object_set_int_member (rec, "version", DS_FORMAT_VERSION);
  json_object_set_string_member (rec, "id", id);
  json_object_set_string_member (rec, "source", source);
  json_object_set_string_member (rec, "offsets", "codepoint");
  JsonObject *e = json_object_new ();
  json_object_set_string_member (e, "plugin", plugin);
  if (extra != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;
      json_object_iter_init_ordered (&iter, extra);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        json_object_set_member (e, name, json_node_copy (node));
    }
  json_object_set_string_member (e, "domain", g_quark_to_string (error->domain));
  json_object_set_int_member (e, "code", error->code);
  json_object_set_string_member (e, "message", error->message);
  json_object_set_object_member (rec, "error", e);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, rec);
  ds_json_append_node (out, node, pretty, 0);
  g_string_append_c (out, '\n');
}
