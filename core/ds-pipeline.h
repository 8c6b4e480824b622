/* ds-pipeline.h: selected plugins in dependency order (core-internal).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-private.h"
#include "ds-loader.h"
#include "ds-config.h"

G_BEGIN_DECLS

#define DS_PIPELINE_ERROR (ds_pipeline_error_quark ())
DS_API GQuark ds_pipeline_error_quark (void);

typedef enum
{
  DS_PIPELINE_ERROR_MISSING_PROVIDER, /* a requirement no plugin provides */
  DS_PIPELINE_ERROR_CYCLE,            /* requirements that form a cycle */
  DS_PIPELINE_ERROR_BAD_OPTION,       /* an option the plugin does not declare */
  DS_PIPELINE_ERROR_INIT,             /* a plugin's init failed */
  DS_PIPELINE_ERROR_SKIPPED,          /* a plugin skipped: its input failed */
  DS_PIPELINE_ERROR_EMPTY,            /* no plugin selected */
} DsPipelineError;

typedef struct
{
  DsPluginInfo *info;   /* borrowed from the registry */
  gboolean requested;   /* named by the user, not only pulled in */
  GHashTable *options;  /* key → value, every declared key */
  gpointer state;       /* what init returned */
  gboolean initialized;
} DsStage;

typedef struct
{
  GPtrArray *stages;    /* DsStage*, in run order */
  /* Called before each stage runs with its plugin's name, and with NULL
   * when the stages are done (--isolate workers report it, so a crash is
   * put down to the right plugin). */
  void (*on_stage) (const char *plugin, gpointer data);
  gpointer on_stage_data;
} DsPipeline;

/* Resolves @names (comma-separated) with their requirements, orders them
 * (topological sort, stable: requested order where free), checks options
 * against each plugin's declared keys, and runs every init. */
DS_INTERNAL DsPipeline *_ds_pipeline_new (DsRegistry *registry,
                                     DsConfig *config,
                                     const char *names,
                                     GError **error);
DS_INTERNAL void _ds_pipeline_free (DsPipeline *pipeline);

/* Runs the stages on @doc. A stage pulled in only as a requirement is
 * skipped when the document already has all it provides (re-read input).
 * Failures are recorded in the document; returns FALSE if any stage
 * failed, with @error set to the first failure. */
DS_INTERNAL gboolean _ds_pipeline_process (DsPipeline *pipeline, DsDocument *doc, GError **error);

/* "a, b, c" in run order. */
DS_INTERNAL char *_ds_pipeline_describe (DsPipeline *pipeline);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsPipeline, _ds_pipeline_free)

/* The views and layers plugin @plugin provides (its descriptor's list), or
 * NULL if the harness has no such plugin. For the golden-case driver. */
DS_INTERNAL const char *const *_ds_harness_get_provides (DsHarness *harness, const char *plugin);

G_END_DECLS
