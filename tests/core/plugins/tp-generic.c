/* tp-generic.c: one source, many test plugins for tests/core.
 *
 * Each plugin of tests/core/plugins/meson.build compiles this file with
 * defines that pick its name, its requires/optional/provides and, for the
 * loader's refusals, what is wrong with it.
 *
 *   TP_NAME        the plugin name (and the file is docsift-TP_NAME.so)
 *   TP_PROVIDES    "x", "y"   (default: TP_NAME)
 *   TP_REQUIRES    "x", …     TP_OPTIONAL "x", …
 *   TP_DESC_NAME   descriptor name, when it must differ from the file name
 *   TP_ABI_MAJOR / TP_ABI_MINOR   a descriptor for another ABI
 *   TP_NO_DESC     no descriptor symbol at all
 *   TP_NO_PROCESS  descriptor without the process entry point
 *   TP_UNDEFINED   calls a function nobody defines (dlopen RTLD_NOW fails)
 *   TP_FAIL        process fails with a GError
 *   TP_CRASH       process dies of SIGSEGV
 *   TP_DATA_FILES  "a.tsv", …  the descriptor's data_files (ABI 1.1)
 *   TP_MISBEHAVE   process misbehaves on a document whose text holds a
 *                  marker: CRASH (SIGSEGV), ABORT (abort()), LOOP (spins
 *                  forever), HOG (allocates and touches memory, up to
 *                  1 GB, then spins), EXIT (exit (3)); --isolate tests
 *
 * process() appends the plugin name to meta "trace" (so tests see the run
 * order) and adds one layer per provided name whose single item spans the
 * first character of the original and carries the "flag" option.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#ifndef TP_DESC_NAME
#define TP_DESC_NAME TP_NAME
#endif
#ifndef TP_PROVIDES
#define TP_PROVIDES TP_NAME
#endif
#ifdef TP_REQUIRES
#define TP_REQUIRES_V DS_STRV (TP_REQUIRES)
#else
#define TP_REQUIRES_V NULL
#endif
#ifdef TP_OPTIONAL
#define TP_OPTIONAL_V DS_STRV (TP_OPTIONAL)
#else
#define TP_OPTIONAL_V NULL
#endif
#ifdef TP_DATA_FILES
#define TP_DATA_FILES_V DS_STRV (TP_DATA_FILES)
#else
#define TP_DATA_FILES_V NULL
#endif
#ifdef TP_NO_PROCESS
#define TP_PROCESS_V NULL
#else
#define TP_PROCESS_V tp_process
#endif

#ifndef TP_NO_DESC

typedef struct
{
  gboolean flag;
} TpState;

static gboolean
tp_init (DsPluginContext *ctx, gpointer *state, GError **error)
{
  TpState *s = g_new0 (TpState, 1);
  if (!ds_plugin_context_get_boolean (ctx, "flag", &s->flag, error))
    {
      g_free (s);
      return FALSE;
    }
  *state = s;
  return TRUE;
}

static void
tp_finalize (gpointer state)
{
  g_free (state);
}

#ifdef TP_UNDEFINED
extern int tp_symbol_that_nobody_defines (void);
#endif

static G_GNUC_UNUSED gboolean
tp_process (gpointer state, DsDocument *doc, GError **error)
{
  const TpState *s = state;
#ifdef TP_UNDEFINED
  if (tp_symbol_that_nobody_defines () != 0)
    return FALSE;
#endif
#ifdef TP_CRASH
  raise (SIGSEGV);
#endif
#ifdef TP_MISBEHAVE
  {
    const char *t = ds_document_get_text (doc, NULL);
    if (strstr (t, "CRASH"))
      raise (SIGSEGV);
    if (strstr (t, "ABORT"))
      abort ();
    if (strstr (t, "EXIT"))
      exit (3);
    if (strstr (t, "HOG"))
      {
        /* kept where the compiler must assume it is read, or clang -O3
         * drops the allocations */
        static char *volatile kept[64];
        for (guint k = 0; k < G_N_ELEMENTS (kept); k++)
          {
            kept[k] = malloc (16 << 20);
            memset (kept[k], 1, 16 << 20);
          }
      }
    if (strstr (t, "LOOP") || strstr (t, "HOG"))
      for (volatile guint64 spin = 0;; spin++)
        ;
  }
#endif
#ifdef TP_FAIL
  g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_FAILED, "%s fails on purpose", TP_NAME);
  return FALSE;
#endif
  const char *trace = ds_document_get_meta_string (doc, "trace");
  char *t = trace ? g_strconcat (trace, ",", TP_NAME, NULL) : g_strdup (TP_NAME);
  ds_document_set_meta_string (doc, "trace", t);
  g_free (t);

  DsView *view = ds_document_get_original (doc);
  gsize length;
  const char *text = ds_view_get_text (view, &length);
  gsize first = length > 0 ? (gsize) (g_utf8_next_char (text) - text) : 0;

  static const char *const provides[] = { TP_PROVIDES, NULL };
  for (guint i = 0; provides[i]; i++)
    {
      DsLayer *layer = ds_document_add_layer (doc, provides[i]);
      JsonObject *item = ds_layer_add_span (layer, view, 0, first);
      json_object_set_boolean_member (item, "flag", s->flag);
    }
  return TRUE;
}

#ifdef TP_HAS_FIELDS
#define TP_FIELDS_V DS_FIELDS ({ ".layers." TP_NAME ".items[].flag", "boolean", "the flag option's value" }, \
                              { ".layers." TP_NAME ".count", "integer", "how many items" })
#else
#define TP_FIELDS_V NULL
#endif

#define TP_FIELDS                                                              \
  .name = TP_DESC_NAME, .version = "0.0.1", .description = "tests/core test plugin " TP_NAME, \
  .license = "LGPL-2.1-or-later", .requires = TP_REQUIRES_V, .optional = TP_OPTIONAL_V,     \
  .provides = DS_STRV (TP_PROVIDES),                                           \
  .options = DS_OPTIONS ({ "flag", "false", "a boolean the test plugin puts into its items" }), \
  .init = tp_init, .process = TP_PROCESS_V, .finalize = tp_finalize, .data_files = TP_DATA_FILES_V, \
  .fields = TP_FIELDS_V

#if defined(TP_ABI_MAJOR) || defined(TP_ABI_MINOR)
#ifndef TP_ABI_MAJOR
#define TP_ABI_MAJOR DS_ABI_MAJOR
#endif
#ifndef TP_ABI_MINOR
#define TP_ABI_MINOR DS_ABI_MINOR
#endif
static const DsPluginDesc tp_desc = {
  .abi_major = TP_ABI_MAJOR,
  .abi_minor = TP_ABI_MINOR,
  .struct_size = sizeof (DsPluginDesc),
  TP_FIELDS
};
DS_EXPORT const DsPluginDesc *docsift_plugin_get_desc (void);
const DsPluginDesc *
docsift_plugin_get_desc (void)
{
  return &tp_desc;
}
#else
DOCSIFT_PLUGIN_DEFINE (TP_FIELDS)
#endif

#else /* TP_NO_DESC: a perfectly fine shared object, just not a plugin */

DS_EXPORT int tp_not_a_plugin (void);
int
tp_not_a_plugin (void)
{
  return 42;
}

#endif
