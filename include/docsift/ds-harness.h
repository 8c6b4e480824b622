/* ds-harness.h: run plugins on a string, for tests and for plugin authors.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DOCSIFT_INSIDE) && !defined(DOCSIFT_COMPILATION)
#error "Only <docsift/docsift.h> can be included directly."
#endif

#include <glib.h>
#include <docsift/ds-version.h>
#include <docsift/ds-document.h>

G_BEGIN_DECLS

/**
 * DsHarness:
 *
 * The whole docsift pipeline (discovery, ABI checks, ordering, init,
 * processing) behind four calls, so a plugin's test can run it on a string
 * and look at the layers, the way GstHarness drives one element:
 *
 * |[<!-- language="C" -->
 * g_autoptr(GError) error = NULL;
 * g_autoptr(DsHarness) h = ds_harness_new (NULL, &error);       // default search path
 * ds_harness_set_option (h, "numbers.include", "all", &error);
 * ds_harness_select (h, "numbers", &error);                    // pulls in requirements
 * g_autoptr(DsDocument) doc = ds_harness_process_text (h, "增长12.1%", -1, &error);
 * JsonArray *items = ds_layer_get_items (ds_document_get_layer (doc, "numbers"));
 * ]|
 */
typedef struct _DsHarness DsHarness;

/**
 * ds_harness_new:
 * @plugin_dirs: (nullable) (array zero-terminated=1): folders searched first
 *
 * Reads the configuration files the docsift command reads (the system file,
 * then `$XDG_CONFIG_HOME/docsift/docsift.conf`), and finds plugins in the
 * same search path: @plugin_dirs (where the command has `--plugin-path`),
 * `$DOCSIFT_PLUGIN_PATH`, the config's `plugin-path`, the installed plugin
 * folder. Tests that must not depend on the user's configuration point
 * `XDG_CONFIG_HOME` at an empty folder (this tree's `meson test` does).
 *
 * Returns: (transfer full) (nullable): a harness, or %NULL with the error of
 *   a configuration file that cannot be read.
 */
DS_API DsHarness *ds_harness_new (const char *const *plugin_dirs, GError **error);
DS_API void ds_harness_free (DsHarness *harness);

/** ds_harness_set_option: `plugin.key=value` as `-o` would; call before ds_harness_select(). */
DS_API gboolean ds_harness_set_option (DsHarness *harness,
                                       const char *dotted_key,
                                       const char *value,
                                       GError **error);

/** ds_harness_select: comma-separated plugin names; resolves order and runs init. */
DS_API gboolean ds_harness_select (DsHarness *harness, const char *plugins, GError **error);

/**
 * ds_harness_process_text:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if NUL-terminated
 *
 * Returns: (transfer full) (nullable): the processed document, or %NULL with
 *   @error set by the plugin that failed.
 */
DS_API DsDocument *ds_harness_process_text (DsHarness *harness,
                                            const char *text,
                                            gssize length,
                                            GError **error);

/** ds_harness_process_document: runs the selected plugins on @doc. */
DS_API gboolean ds_harness_process_document (DsHarness *harness, DsDocument *doc, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsHarness, ds_harness_free)

G_END_DECLS
