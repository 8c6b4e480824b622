/* cli-render.c: the text output format.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-render.h"

void
cli_render_text (DsPipeline *pipeline, DsDocument *doc, GString *out)
{
  g_string_append_printf (out, "# %s (%s)\n", ds_document_get_id (doc), ds_document_get_source (doc));
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      DsStage *stage = g_ptr_array_index (pipeline->stages, i);
      const DsPluginDesc *desc = stage->info->desc;
      g_autofree char *text = desc->render ? desc->render (stage->state, doc) : NULL;
      if (text != NULL)
        {
          g_string_append (out, text);
          if (out->len && out->str[out->len - 1] != '\n')
            g_string_append_c (out, '\n');
          continue;
        }
      for (guint p = 0; desc->provides[p]; p++)
        {
          DsLayer *layer = ds_document_get_layer (doc, desc->provides[p]);
          if (layer)
            g_string_append_printf (out, "%s: %u items\n", desc->provides[p],
                                    _ds_layer_count_items (layer));
        }
    }
  for (guint i = 0; i < doc->errors->len; i++)
    {
      JsonObject *e = g_ptr_array_index (doc->errors, i);
      g_string_append_printf (out, "error: %s: %s\n", json_object_get_string_member (e, "plugin"),
                              json_object_get_string_member (e, "message"));
    }
  g_string_append_c (out, '\n');
}
