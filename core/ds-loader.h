/* ds-loader.h: finding, opening and checking plugins (core-internal).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-private.h"

G_BEGIN_DECLS

#define DS_LOADER_ERROR (ds_loader_error_quark ())
DS_API GQuark ds_loader_error_quark (void);

typedef enum
{
  DS_LOADER_ERROR_OPEN,            /* dlopen failed (not a shared object, …) */
  DS_LOADER_ERROR_MISSING_SYMBOL,  /* dlopen failed: an undefined symbol */
  DS_LOADER_ERROR_NOT_A_PLUGIN,    /* no docsift_plugin_get_desc symbol */
  DS_LOADER_ERROR_ABI_MAJOR,       /* built for another ABI major */
  DS_LOADER_ERROR_ABI_MINOR,       /* built for a newer ABI minor */
  DS_LOADER_ERROR_BAD_DESCRIPTOR,  /* struct size, missing fields or entry points */
  DS_LOADER_ERROR_NAME_MISMATCH,   /* descriptor name differs from the file name */
  DS_LOADER_ERROR_DUPLICATE,       /* a plugin of that name came earlier in the path */
  DS_LOADER_ERROR_UNSAFE,          /* file or folder writable by others than the owner */
  DS_LOADER_ERROR_NOT_FOUND,       /* no plugin of that name */
} DsLoaderError;

typedef struct
{
  char *path;                 /* the .so file */
  char *name;                 /* from the file name: docsift-<name>.so */
  const DsPluginDesc *desc;   /* NULL when refused */
  gpointer handle;            /* dlopen handle, never closed once accepted */
  GError *error;              /* why it was refused, or NULL */
} DsPluginInfo;

typedef struct
{
  GPtrArray *dirs;    /* char*, in search order */
  GPtrArray *plugins; /* DsPluginInfo*, in discovery order, refused ones too */
} DsRegistry;

DS_INTERNAL DsRegistry *_ds_registry_new (void);
DS_INTERNAL void _ds_registry_free (DsRegistry *registry);

/* Adds a folder to the search path (duplicates ignored). */
DS_INTERNAL void _ds_registry_add_dir (DsRegistry *registry, const char *dir);

/* Adds every folder of a colon-separated list. */
DS_INTERNAL void _ds_registry_add_path_list (DsRegistry *registry, const char *list);

/* The plugin search path, in this order and assembled only here (for the
 * CLI and DsHarness alike): @first_dirs (--plugin-path, or the harness's
 * folders), $DOCSIFT_PLUGIN_PATH, @config_dirs (the config files'
 * plugin-path), the installed plugin folder. */
DS_INTERNAL void _ds_registry_add_search_path (DsRegistry *registry,
                                          const char *const *first_dirs,
                                          const GPtrArray *config_dirs);

/* Scans the folders in order: every docsift-*.so file, sorted by name, is
 * opened and checked; refusals are kept with their error. */
DS_INTERNAL void _ds_registry_scan (DsRegistry *registry);

/* The accepted plugin called @name, or NULL with DS_LOADER_ERROR_NOT_FOUND
 * (saying why, when a plugin of that name was found but refused). */
DS_INTERNAL DsPluginInfo *_ds_registry_lookup (DsRegistry *registry, const char *name, GError **error);

/* Opens and checks one file (for tests). */
DS_INTERNAL DsPluginInfo *_ds_plugin_info_load (const char *path);
/* Whether @path may be loaded as code: its real path, and every folder up
 * to / (and the folder of a link leading to it), belong to root or the user
 * and nobody else can write them (ds-trust.c). */
DS_INTERNAL gboolean _ds_loader_check_trusted (const char *path, GError **error);
DS_INTERNAL void _ds_plugin_info_free (DsPluginInfo *info);
/* The descriptor's data_files, or NULL for a plugin built for ABI 1.0. */
DS_INTERNAL const char *const *_ds_plugin_desc_get_data_files (const DsPluginDesc *desc);
/* The descriptor's field table, or NULL for a plugin built before ABI 1.2. */
DS_INTERNAL const DsFieldSpec *_ds_plugin_desc_get_fields (const DsPluginDesc *desc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsRegistry, _ds_registry_free)

G_END_DECLS
