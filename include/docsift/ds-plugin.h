/* ds-plugin.h: what a docsift plugin exports.
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
 * DsOptionSpec:
 * @key: option name, as in `-o plugin.key=value` and the `[plugin]` group of
 *   the config file
 * @default_value: default, as a string (parsed by the ds_plugin_context_get_*()
 *   accessors)
 * @help: one line of help, shown by `docsift inspect`
 *
 * One configuration key. A plugin lists them in a static array terminated by
 * an entry whose @key is %NULL. The core refuses `-o` keys a plugin does not
 * declare.
 */
typedef struct
{
  const char *key;
  const char *default_value;
  const char *help;
} DsOptionSpec;

/**
 * DsFieldSpec:
 * @name: its jq path in the output record, e.g. ".layers.numbers.items[].value"
 *   for a member of every item, ".layers.slogans.summary.mentions" for a member
 *   of the layer itself, ".views.normalized.text" for a view's
 * @type: its JSON type: "string", "integer", "number", "boolean", "array",
 *   "object"; "|null" appended when it may be null (e.g. "number|null")
 * @help: one line: what it means (units, values it takes, when it is absent:
 *   a member not always written starts with "with -o PLUGIN.KEY=VALUE:" when
 *   an option turns it on, or says "only …" or "absent …"; the tests rely on it)
 *
 * One member of what the plugin writes, for `docsift inspect NAME` and
 * `docsift plugins --json`. A plugin lists them in a static array
 * terminated by an entry whose @name is %NULL (DS_FIELDS()). The spans every
 * item carries (`start`, `end`, `text`) may be listed too.
 *
 * Since: ABI 1.2
 */
typedef struct
{
  const char *name;
  const char *type;
  const char *help;
} DsFieldSpec;

/**
 * DsPluginContext:
 *
 * What the core hands a plugin's init function: its resolved options and a
 * way to find its data files. Valid during init only.
 */
typedef struct _DsPluginContext DsPluginContext;

/** ds_plugin_context_get_name: Returns: (transfer none): the plugin's name. */
DS_API const char *ds_plugin_context_get_name (const DsPluginContext *ctx);

/**
 * ds_plugin_context_get_option:
 * @key: a key the plugin declared
 *
 * The value after built-in default < config file < `-o` overrides.
 *
 * Returns: (transfer none): the value; never %NULL for a declared key.
 */
DS_API const char *ds_plugin_context_get_option (const DsPluginContext *ctx, const char *key);

/**
 * ds_plugin_context_get_boolean:
 * @value: (out): true/false, yes/no, on/off, 1/0
 * Returns: %FALSE with %DS_PLUGIN_ERROR_BAD_OPTION naming key and value.
 */
DS_API gboolean ds_plugin_context_get_boolean (const DsPluginContext *ctx,
                                               const char *key,
                                               gboolean *value,
                                               GError **error);
/** ds_plugin_context_get_int: as ds_plugin_context_get_boolean() for integers. */
DS_API gboolean ds_plugin_context_get_int (const DsPluginContext *ctx,
                                           const char *key,
                                           gint64 *value,
                                           GError **error);
/** ds_plugin_context_get_double: as ds_plugin_context_get_boolean() for numbers. */
DS_API gboolean ds_plugin_context_get_double (const DsPluginContext *ctx,
                                              const char *key,
                                              double *value,
                                              GError **error);

/**
 * ds_plugin_context_find_data_file:
 * @filename: a relative name, e.g. "units.tsv" or "slogans.txt"
 *
 * Looks for a data file in the config folders, most specific first:
 * `$DOCSIFT_DATA_DIR` (`meson devenv` points it at the source tree's
 * `config/`), `$XDG_CONFIG_HOME/docsift`, the installed `$datadir/docsift`.
 *
 * Returns: (transfer full) (nullable): the path, or %NULL if not found.
 */
DS_API char *ds_plugin_context_find_data_file (const DsPluginContext *ctx, const char *filename);

/**
 * DsPluginInitFunc:
 * @ctx: options and data files
 * @state: (out): the plugin's shared state, read-only from then on
 *
 * Called once per run, before any document. Parse options and load data
 * here; report broken configuration here, not per document.
 */
typedef gboolean (*DsPluginInitFunc) (DsPluginContext *ctx, gpointer *state, GError **error);

/**
 * DsPluginProcessFunc:
 * @state: what init returned; shared by all threads, so treat it as read-only
 * @doc: the document; keep per-document data on the stack or in the document
 *
 * Called for each document, possibly on several threads at once (each with
 * its own document). Returns %FALSE with @error set on failure: the document
 * is written with an "error" object and the run goes on.
 */
typedef gboolean (*DsPluginProcessFunc) (gpointer state, DsDocument *doc, GError **error);

/** DsPluginFinalizeFunc: frees what init returned. */
typedef void (*DsPluginFinalizeFunc) (gpointer state);

/**
 * DsPluginRenderFunc:
 *
 * Optional: a readable rendering of this plugin's layer for people
 * (`docsift --format=text`). Returns %NULL when it has nothing to say.
 */
typedef char *(*DsPluginRenderFunc) (gpointer state, DsDocument *doc);

/**
 * DsPluginDesc:
 * @abi_major: %DS_ABI_MAJOR the plugin was built against
 * @abi_minor: %DS_ABI_MINOR the plugin was built against
 * @struct_size: sizeof (DsPluginDesc) the plugin was built with
 * @name: plugin name: [a-z0-9_]+, and the file must be `docsift-<name>.so`
 * @version: plugin version, e.g. "1.0.0"
 * @description: one line
 * @license: SPDX identifier
 * @requires: (nullable): NULL-terminated names of views/layers that must
 *   exist first; the core pulls in their providers
 * @optional: (nullable): names the plugin reads when present (it runs after
 *   their providers if those are selected, but does not pull them in)
 * @provides: NULL-terminated names of the views/layers it adds
 * @options: (nullable): its configuration keys, terminated by { NULL }
 * @init: (nullable): see #DsPluginInitFunc
 * @process: see #DsPluginProcessFunc (required)
 * @finalize: (nullable): see #DsPluginFinalizeFunc
 * @render: (nullable): see #DsPluginRenderFunc
 * @data_files: (nullable): NULL-terminated names of the data files the
 *   plugin reads with ds_plugin_context_find_data_file() ("units.tsv"), for
 *   `docsift inspect NAME` (since ABI 1.1; the core ignores it in plugins
 *   built for 1.0, whose slot was reserved padding)
 * @fields: (nullable): what its layer or view contains, terminated by
 *   { NULL } (since ABI 1.2; ignored in plugins built for older minors)
 *
 * The one thing a plugin exports, through docsift_plugin_get_desc(). Write
 * it with DOCSIFT_PLUGIN_DEFINE(). Fields are only ever appended (minor ABI
 * bump); @reserved keeps room so appending does not change the size.
 */
typedef struct
{
  guint32 abi_major;
  guint32 abi_minor;
  guint32 struct_size;
  const char *name;
  const char *version;
  const char *description;
  const char *license;
  const char *const *requires;
  const char *const *optional;
  const char *const *provides;
  const DsOptionSpec *options;
  DsPluginInitFunc init;
  DsPluginProcessFunc process;
  DsPluginFinalizeFunc finalize;
  DsPluginRenderFunc render;
  const char *const *data_files; /* ABI 1.1 */
  const DsFieldSpec *fields;     /* ABI 1.2 */
  /*< private >*/
  gpointer reserved[6];
} DsPluginDesc;

/** DS_PLUGIN_DESC_SYMBOL: the symbol every plugin exports. */
#define DS_PLUGIN_DESC_SYMBOL "docsift_plugin_get_desc"

typedef const DsPluginDesc *(*DsPluginGetDescFunc) (void);

/**
 * DS_STRV:
 *
 * A NULL-terminated string list for @requires, @optional and @provides:
 * `.provides = DS_STRV ("numbers")`.
 */
#define DS_STRV(...) ((const char *const[]){ __VA_ARGS__, NULL })

/**
 * DS_OPTIONS:
 *
 * An option table: `.options = DS_OPTIONS ({ "emit_map", "false", "…" })`.
 */
#define DS_OPTIONS(...) ((const DsOptionSpec[]){ __VA_ARGS__, { NULL, NULL, NULL } })

/**
 * DS_FIELDS:
 *
 * A field table: `.fields = DS_FIELDS ({ ".layers.x.items[].value", "number", "…" })`.
 */
#define DS_FIELDS(...) ((const DsFieldSpec[]){ __VA_ARGS__, { NULL, NULL, NULL } })

/**
 * DOCSIFT_PLUGIN_DEFINE:
 *
 * Writes the descriptor and its exported accessor. Give the fields by name:
 *
 * |[<!-- language="C" -->
 * DOCSIFT_PLUGIN_DEFINE (.name = "stats",
 *                        .version = "1.0.0",
 *                        .description = "Character, sentence and paragraph counts",
 *                        .license = "LGPL-2.1-or-later",
 *                        .provides = DS_STRV ("stats"),
 *                        .process = stats_process)
 * ]|
 */
#define DOCSIFT_PLUGIN_DEFINE(...)                                             \
  static const DsPluginDesc ds_plugin_desc_ = {                                \
    .abi_major = DS_ABI_MAJOR,                                                 \
    .abi_minor = DS_ABI_MINOR,                                                 \
    .struct_size = sizeof (DsPluginDesc),                                      \
    __VA_ARGS__                                                                \
  };                                                                           \
  DS_EXPORT const DsPluginDesc *docsift_plugin_get_desc (void);                \
  const DsPluginDesc *docsift_plugin_get_desc (void) { return &ds_plugin_desc_; }

/**
 * DS_PLUGIN_ERROR:
 *
 * Error domain for plugins that have no domain of their own, and for option
 * parsing. Errors are #DsPluginError.
 */
#define DS_PLUGIN_ERROR (ds_plugin_error_quark ())
DS_API GQuark ds_plugin_error_quark (void);

typedef enum
{
  DS_PLUGIN_ERROR_FAILED,
  DS_PLUGIN_ERROR_BAD_OPTION,
  DS_PLUGIN_ERROR_DATA_FILE,
  DS_PLUGIN_ERROR_INPUT,
} DsPluginError;

G_END_DECLS
