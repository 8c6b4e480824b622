/* ds-config.h: configuration files and option precedence (core-internal).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-private.h"

G_BEGIN_DECLS

#define DS_CONFIG_ERROR (ds_config_error_quark ())
DS_API GQuark ds_config_error_quark (void);

typedef enum
{
  DS_CONFIG_ERROR_PARSE,       /* a config file that GKeyFile cannot read */
  DS_CONFIG_ERROR_BAD_VALUE,   /* a value of the wrong kind */
  DS_CONFIG_ERROR_BAD_OPTION,  /* -o without plugin.key=value */
} DsConfigError;

/* The largest document read by default (--max-doc-bytes, max-doc-bytes=):
 * far above any real report or article, low enough that a few at once do
 * not exhaust a laptop's memory: the default plugins peak at ~8 times the
 * text's size (425 MB of RSS for a 50 MB document; ~21 times with
 * --format=text, whose renderers read the items as JSON objects), for each
 * of the --jobs documents in flight. */
#define DS_DEFAULT_MAX_DOC_BYTES ((guint64) 64 << 20)

/* --isolate: the longest a document may take by default. */
#define DS_DEFAULT_TIMEOUT 300

/* Reads a size: a number of bytes, or with a K, M or G suffix (powers of
 * 1024). */
DS_INTERNAL gboolean _ds_parse_size (const char *text, guint64 *bytes);

/* The built-in default plugin list, used when no config file sets one. */
#define DS_DEFAULT_PLUGINS "normalize,numbers,slogans,timeline"

typedef struct
{
  char *plugins;            /* comma-separated default selection */
  GPtrArray *plugin_path;   /* folders from config files, in precedence order */
  gint jobs;                /* 0: number of cores */
  guint64 max_doc_bytes;    /* larger documents are refused; 0: no limit */
  gboolean isolate;         /* plugins in worker processes */
  guint timeout;            /* seconds per document when isolated; 0: none */
  guint64 max_memory_mb;    /* per worker when isolated; 0: none */
  GHashTable *options;      /* "plugin.key" → value; later sources override */
  GPtrArray *files;         /* config files read, for messages */
} DsConfig;

DS_INTERNAL DsConfig *_ds_config_new (void);
DS_INTERNAL void _ds_config_free (DsConfig *config);

/* Layers one GKeyFile over what is there: [docsift] plugins, plugin-path,
 * jobs; every other [group] holds options of the plugin of that name. */
DS_INTERNAL gboolean _ds_config_load_file (DsConfig *config, const char *path, GError **error);

/* Loads, in increasing precedence: the system file
 * ($sysconfdir/docsift/docsift.conf), the user's
 * ($XDG_CONFIG_HOME/docsift/docsift.conf), then @explicit_path (--config),
 * which must exist. Missing system and user files are not errors. */
DS_INTERNAL gboolean _ds_config_load_standard (DsConfig *config, const char *explicit_path, GError **error);

/* "-o plugin.key=value": highest precedence. */
DS_INTERNAL gboolean _ds_config_set_option_string (DsConfig *config, const char *assignment, GError **error);
DS_INTERNAL void _ds_config_set_option (DsConfig *config, const char *plugin, const char *key, const char *value);
DS_INTERNAL const char *_ds_config_get_option (DsConfig *config, const char *plugin, const char *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsConfig, _ds_config_free)

G_END_DECLS
