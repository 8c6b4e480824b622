/* ds-harness.c: the whole pipeline behind four calls, for tests.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-pipeline.h"

#include <string.h>

struct _DsHarness
{
  DsRegistry *registry;
  DsConfig *config;
  DsPipeline *pipeline;
  guint n_docs;
};

DsHarness *
ds_harness_new (const char *const *plugin_dirs, GError **error)
{
  g_autoptr (DsConfig) config = _ds_config_new ();
  if (!_ds_config_load_standard (config, NULL, error))
    return NULL;
  DsHarness *harness = g_new0 (DsHarness, 1);
  harness->registry = _ds_registry_new ();
  harness->config = g_steal_pointer (&config);
  _ds_registry_add_search_path (harness->registry, plugin_dirs, harness->config->plugin_path);
  _ds_registry_scan (harness->registry);
  return harness;
}

void
ds_harness_free (DsHarness *harness)
{
  if (harness == NULL)
    return;
  _ds_pipeline_free (harness->pipeline);
  _ds_config_free (harness->config);
  _ds_registry_free (harness->registry);
  g_free (harness);
}

gboolean
ds_harness_set_option (DsHarness *harness, const char *dotted_key, const char *value, GError **error)
{
  g_return_val_if_fail (harness != NULL && dotted_key != NULL && value != NULL, FALSE);
  g_autofree char *assignment = g_strconcat (dotted_key, "=", value, NULL);
  return _ds_config_set_option_string (harness->config, assignment, error);
}

gboolean
ds_harness_select (DsHarness *harness, const char *plugins, GError **error)
{
  g_return_val_if_fail (harness != NULL && plugins != NULL, FALSE);
  g_clear_pointer (&harness->pipeline, _ds_pipeline_free);
  harness->pipeline = _ds_pipeline_new (harness->registry, harness->config, plugins, error);
  return harness->pipeline != NULL;
}

gboolean
ds_harness_process_document (DsHarness *harness, DsDocument *doc, GError **error)
{
  g_return_val_if_fail (harness != NULL && doc != NULL, FALSE);
  if (harness->pipeline == NULL)
    {
      g_set_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_EMPTY,
                   "ds_harness_select() was not called");
      return FALSE;
    }
  return _ds_pipeline_process (harness->pipeline, doc, error);
}

DsDocument *
ds_harness_process_text (DsHarness *harness, const char *text, gssize length, GError **error)
{
  g_return_val_if_fail (harness != NULL && text != NULL, NULL);
  gsize len = length < 0 ? strlen (text) : (gsize) length;
  const char *bad = NULL;
  if (!g_utf8_validate_len (text, len, &bad))
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_INPUT,
                   "text is not valid UTF-8 at byte %" G_GSIZE_FORMAT, (gsize) (bad - text));
      return NULL;
    }
  g_autofree char *id = g_strdup_printf ("harness-%u", ++harness->n_docs);
  g_autoptr(DsDocument) doc = ds_document_new (id, "harness", g_strndup (text, len), len, "UTF-8");
  if (!ds_harness_process_document (harness, doc, error))
    return NULL;
  return g_steal_pointer (&doc);
}

const char *const *
_ds_harness_get_provides (DsHarness *harness, const char *plugin)
{
  g_return_val_if_fail (harness != NULL && plugin != NULL, NULL);
  DsPluginInfo *info = _ds_registry_lookup (harness->registry, plugin, NULL);
  return info ? info->desc->provides : NULL;
}
