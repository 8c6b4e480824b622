/* ds-pipeline.c: dependency resolution, ordering and per-document runs.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-pipeline.h"

#include <string.h>

G_DEFINE_QUARK (ds-pipeline-error-quark, ds_pipeline_error)
G_DEFINE_QUARK (ds-plugin-error-quark, ds_plugin_error)

static gboolean
strv_contains (const char *const *strv, const char *s)
{
  for (guint i = 0; strv && strv[i]; i++)
    if (g_str_equal (strv[i], s))
      return TRUE;
  return FALSE;
}

static void
stage_free (DsStage *stage)
{
  if (stage->initialized && stage->info->desc->finalize)
    stage->info->desc->finalize (stage->state);
  g_hash_table_unref (stage->options);
  g_free (stage);
}

void
_ds_pipeline_free (DsPipeline *pipeline)
{
  if (pipeline == NULL)
    return;
  g_ptr_array_unref (pipeline->stages);
  g_free (pipeline);
}

static DsStage *
find_stage (GPtrArray *stages, const char *name)
{
  for (guint i = 0; i < stages->len; i++)
    {
      DsStage *s = g_ptr_array_index (stages, i);
      if (g_str_equal (s->info->desc->name, name))
        return s;
    }
  return NULL;
}

static DsStage *
find_provider_stage (GPtrArray *stages, const char *output)
{
  for (guint i = 0; i < stages->len; i++)
    {
      DsStage *s = g_ptr_array_index (stages, i);
      if (strv_contains (s->info->desc->provides, output))
        return s;
    }
  return NULL;
}

static DsPluginInfo *
find_provider_in_registry (DsRegistry *registry, const char *output)
{
  for (guint i = 0; i < registry->plugins->len; i++)
    {
      DsPluginInfo *info = g_ptr_array_index (registry->plugins, i);
      if (info->desc && strv_contains (info->desc->provides, output))
        return info;
    }
  return NULL;
}

static DsStage *
stage_new (DsPluginInfo *info, gboolean requested)
{
  DsStage *stage = g_new0 (DsStage, 1);
  stage->info = info;
  stage->requested = requested;
  stage->options = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return stage;
}

/* Every declared key gets its default, then what the config says. Keys the
 * config gives that the plugin does not declare are refused. */
static gboolean
resolve_options (DsStage *stage, DsConfig *config, GError **error)
{
  const DsPluginDesc *desc = stage->info->desc;
  for (const DsOptionSpec *o = desc->options; o && o->key; o++)
    {
      const char *value = _ds_config_get_option (config, desc->name, o->key);
      g_hash_table_replace (stage->options, g_strdup (o->key),
                            g_strdup (value ? value : (o->default_value ? o->default_value : "")));
    }

  g_autofree char *prefix = g_strconcat (desc->name, ".", NULL);
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, config->options);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (!g_str_has_prefix (key, prefix))
        continue;
      const char *k = (const char *) key + strlen (prefix);
      if (g_hash_table_contains (stage->options, k))
        continue;
      g_autoptr(GString) known = g_string_new (NULL);
      for (const DsOptionSpec *o = desc->options; o && o->key; o++)
        g_string_append_printf (known, "%s%s", known->len ? ", " : "", o->key);
      g_set_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_BAD_OPTION,
                   "plugin \"%s\" has no option \"%s\" (its options: %s; `docsift inspect %s` explains them)",
                   desc->name, k, known->len ? known->str : "none", desc->name);
      return FALSE;
    }
  return TRUE;
}

/* Kahn's algorithm over "provider before consumer" edges. Among the stages
 * ready at each step, the earliest in @stages goes first, so the order is
 * stable and follows the user's list wherever dependencies allow. */
static GPtrArray *
topological_order (GPtrArray *stages, GError **error)
{
  guint n = stages->len;
  g_autofree guint *indegree = g_new0 (guint, n);
  g_autofree gboolean *edge = g_new0 (gboolean, (gsize) n * n); /* edge[a*n+b]: a before b */

  for (guint b = 0; b < n; b++)
    {
      const DsPluginDesc *desc = ((DsStage *) g_ptr_array_index (stages, b))->info->desc;
      for (guint pass = 0; pass < 2; pass++)
        {
          const char *const *inputs = pass == 0 ? desc->requires : desc->optional;
          for (guint i = 0; inputs && inputs[i]; i++)
            for (guint a = 0; a < n; a++)
              {
                if (a == b || edge[a * n + b])
                  continue;
                const DsPluginDesc *pd = ((DsStage *) g_ptr_array_index (stages, a))->info->desc;
                if (strv_contains (pd->provides, inputs[i]))
                  {
                    edge[a * n + b] = TRUE;
                    indegree[b]++;
                  }
              }
        }
    }

  GPtrArray *order = g_ptr_array_new ();
  g_autofree gboolean *done = g_new0 (gboolean, n);
  while (order->len < n)
    {
      guint pick = n;
      for (guint i = 0; i < n && pick == n; i++)
        if (!done[i] && indegree[i] == 0)
          pick = i;
      if (pick == n)
        break;
      done[pick] = TRUE;
      g_ptr_array_add (order, g_ptr_array_index (stages, pick));
      for (guint b = 0; b < n; b++)
        if (edge[pick * n + b])
          indegree[b]--;
    }

  if (order->len == n)
    return order;

  /* A cycle: walk back along edges from a stuck stage until a stage
   * repeats, and name the loop. */
  guint start = 0;
  while (done[start])
    start++;
  g_autofree guint *seen_at = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    seen_at[i] = G_MAXUINT;
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (guint));
  guint cur = start;
  while (seen_at[cur] == G_MAXUINT)
    {
      seen_at[cur] = path->len;
      g_array_append_val (path, cur);
      guint prev = n;
      for (guint a = 0; a < n && prev == n; a++)
        if (!done[a] && edge[a * n + cur])
          prev = a;
      if (prev == n)
        break;
      cur = prev;
    }
  g_autoptr(GString) loop = g_string_new (NULL);
  for (gint i = (gint) path->len - 1; i >= (gint) seen_at[cur]; i--)
    {
      guint s = g_array_index (path, guint, i);
      g_string_append_printf (loop, "%s → ", ((DsStage *) g_ptr_array_index (stages, s))->info->desc->name);
    }
  g_string_append (loop, ((DsStage *) g_ptr_array_index (stages, cur))->info->desc->name);
  g_set_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_CYCLE,
               "plugins depend on each other in a cycle: %s (each needs what the next provides)", loop->str);
  g_ptr_array_unref (order);
  return NULL;
}

struct _DsPluginContext
{
  DsStage *stage;
};

DsPipeline *
_ds_pipeline_new (DsRegistry *registry, DsConfig *config, const char *names, GError **error)
{
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_free);
  g_auto(GStrv) list = g_strsplit (names ? names : "", ",", -1);

  for (guint i = 0; list[i]; i++)
    {
      const char *name = g_strstrip (list[i]);
      if (*name == '\0' || find_stage (stages, name))
        continue;
      DsPluginInfo *info = _ds_registry_lookup (registry, name, error);
      if (info == NULL)
        return NULL;
      g_ptr_array_add (stages, stage_new (info, TRUE));
    }
  if (stages->len == 0)
    {
      g_set_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_EMPTY,
                   "no plugin selected (give -p NAME,… or set plugins= in the config file)");
      return NULL;
    }

  /* Pull in providers of requirements, transitively (the array grows). */
  for (guint i = 0; i < stages->len; i++)
    {
      const DsPluginDesc *desc = ((DsStage *) g_ptr_array_index (stages, i))->info->desc;
      for (guint r = 0; desc->requires && desc->requires[r]; r++)
        {
          const char *need = desc->requires[r];
          if (find_provider_stage (stages, need))
            continue;
          DsPluginInfo *provider = find_provider_in_registry (registry, need);
          if (provider == NULL)
            {
              g_set_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_MISSING_PROVIDER,
                           "plugin \"%s\" requires \"%s\", which no available plugin provides "
                           "(`docsift plugins` lists them)", desc->name, need);
              return NULL;
            }
          g_ptr_array_add (stages, stage_new (provider, FALSE));
        }
    }

  g_autoptr(GPtrArray) order = topological_order (stages, error);
  if (order == NULL)
    return NULL;

  for (guint i = 0; i < stages->len; i++)
    if (!resolve_options (g_ptr_array_index (stages, i), config, error))
      return NULL;

  DsPipeline *pipeline = g_new0 (DsPipeline, 1);
  pipeline->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_free);
  for (guint i = 0; i < order->len; i++)
    g_ptr_array_add (pipeline->stages, g_ptr_array_index (order, i));
  /* ownership moved to the pipeline */
  g_ptr_array_set_free_func (stages, NULL);

  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      DsStage *stage = g_ptr_array_index (pipeline->stages, i);
      const DsPluginDesc *desc = stage->info->desc;
      if (desc->init == NULL)
        {
          stage->initialized = TRUE;
          continue;
        }
      DsPluginContext ctx = { stage };
      g_autoptr(GError) local = NULL;
      if (!desc->init (&ctx, &stage->state, &local))
        {
          g_set_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_INIT,
                       "plugin \"%s\" (%s) failed to start: %s", desc->name, stage->info->path,
                       local ? local->message : "no reason given");
          _ds_pipeline_free (pipeline);
          return NULL;
        }
      stage->initialized = TRUE;
    }
  return pipeline;
}

char *
_ds_pipeline_describe (DsPipeline *pipeline)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      DsStage *stage = g_ptr_array_index (pipeline->stages, i);
      g_string_append_printf (s, "%s%s", i ? ", " : "", stage->info->desc->name);
    }
  return g_string_free (s, FALSE);
}

static gboolean
has_all_outputs (DsDocument *doc, const DsPluginDesc *desc)
{
  for (guint i = 0; desc->provides[i]; i++)
    if (!ds_document_has_output (doc, desc->provides[i]))
      return FALSE;
  return TRUE;
}

gboolean
_ds_pipeline_process (DsPipeline *pipeline, DsDocument *doc, GError **error)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      DsStage *stage = g_ptr_array_index (pipeline->stages, i);
      const DsPluginDesc *desc = stage->info->desc;

      if (!stage->requested && has_all_outputs (doc, desc))
        continue;

      const char *missing = NULL;
      for (guint r = 0; desc->requires && desc->requires[r] && missing == NULL; r++)
        if (!ds_document_has_output (doc, desc->requires[r]))
          missing = desc->requires[r];
      g_autoptr(GError) local = NULL;
      if (missing != NULL)
        {
          g_set_error (&local, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_SKIPPED,
                       "skipped: its input \"%s\" is missing (the plugin providing it failed)", missing);
        }
      else
        {
          doc->current_plugin = desc->name;
          doc->current_version = desc->version;
          if (pipeline->on_stage != NULL)
            pipeline->on_stage (desc->name, pipeline->on_stage_data);
          gboolean done = desc->process (stage->state, doc, &local);
          doc->current_plugin = NULL;
          doc->current_version = NULL;
          /* the plugin is done with its items: keep them as text */
          for (guint l = 0; l < doc->layers->len; l++)
            ds_layer_compact (g_ptr_array_index (doc->layers, l));
          if (done)
            continue;
          if (local == NULL)
            g_set_error (&local, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_FAILED, "failed without saying why");
        }

      _ds_document_add_error (doc, desc->name, local);
      if (ok && error != NULL)
        *error = g_error_new (local->domain, local->code, "%s: %s", desc->name, local->message);
      ok = FALSE;
    }
  if (pipeline->on_stage != NULL)
    pipeline->on_stage (NULL, pipeline->on_stage_data);
  return ok;
}

/* ---- DsPluginContext ---- */

const char *
ds_plugin_context_get_name (const DsPluginContext *ctx)
{
  return ctx->stage->info->desc->name;
}

const char *
ds_plugin_context_get_option (const DsPluginContext *ctx, const char *key)
{
  g_return_val_if_fail (ctx != NULL && key != NULL, NULL);
  const char *value = g_hash_table_lookup (ctx->stage->options, key);
  if (value == NULL)
    g_critical ("plugin \"%s\" asked for option \"%s\", which it does not declare",
                ctx->stage->info->desc->name, key);
  return value;
}

static gboolean
bad_option (const DsPluginContext *ctx, const char *key, const char *value, const char *kind, GError **error)
{
  g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
               "option %s.%s: \"%s\" is not %s", ctx->stage->info->desc->name, key,
               value ? value : "(undeclared)", kind);
  return FALSE;
}

gboolean
ds_plugin_context_get_boolean (const DsPluginContext *ctx, const char *key, gboolean *value, GError **error)
{
  const char *v = ds_plugin_context_get_option (ctx, key);
  if (v == NULL)
    return bad_option (ctx, key, v, "a boolean", error);
  if (!g_ascii_strcasecmp (v, "true") || !g_ascii_strcasecmp (v, "yes") || !g_ascii_strcasecmp (v, "on") ||
      g_str_equal (v, "1"))
    *value = TRUE;
  else if (!g_ascii_strcasecmp (v, "false") || !g_ascii_strcasecmp (v, "no") ||
           !g_ascii_strcasecmp (v, "off") || g_str_equal (v, "0"))
    *value = FALSE;
  else
    return bad_option (ctx, key, v, "a boolean (true/false, yes/no, on/off, 1/0)", error);
  return TRUE;
}

gboolean
ds_plugin_context_get_int (const DsPluginContext *ctx, const char *key, gint64 *value, GError **error)
{
  const char *v = ds_plugin_context_get_option (ctx, key);
  if (v == NULL || !g_ascii_string_to_signed (v, 10, G_MININT64, G_MAXINT64, value, NULL))
    return bad_option (ctx, key, v, "an integer", error);
  return TRUE;
}

gboolean
ds_plugin_context_get_double (const DsPluginContext *ctx, const char *key, double *value, GError **error)
{
  const char *v = ds_plugin_context_get_option (ctx, key);
  char *end = NULL;
  if (v == NULL || *v == '\0')
    return bad_option (ctx, key, v, "a number", error);
  *value = g_ascii_strtod (v, &end);
  if (end == NULL || *end != '\0')
    return bad_option (ctx, key, v, "a number", error);
  return TRUE;
}

#ifndef DS_DATADIR
#define DS_DATADIR "/usr/share/docsift"
#endif

char *
ds_plugin_context_find_data_file (const DsPluginContext *ctx, const char *filename)
{
  g_return_val_if_fail (filename != NULL, NULL);
  const char *dirs[3];
  guint n = 0;
  g_autofree char *user = g_build_filename (g_get_user_config_dir (), "docsift", NULL);

  if (g_getenv ("DOCSIFT_DATA_DIR"))
    dirs[n++] = g_getenv ("DOCSIFT_DATA_DIR");
  dirs[n++] = user;
  dirs[n++] = DS_DATADIR;

  for (guint i = 0; i < n; i++)
    {
      char *path = g_build_filename (dirs[i], filename, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return path;
      g_free (path);
    }
  return NULL;
}
