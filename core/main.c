/* main.c: the docsift command line.
 *
 * Exit status (like jq's, fixed and documented in --help):
 *   0  every document was processed
 *   1  at least one document failed (its record carries "error")
 *   2  usage error (unknown option, bad -o, unknown subcommand)
 *   3  set-up error (config file, plugin not found or refused, missing
 *      provider, dependency cycle, plugin init failure)
 *   4  output could not be written (closed pipe, full disk)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-pipeline.h"
#include "ds-input.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifndef DS_PLUGINSDIR
#define DS_PLUGINSDIR "/usr/lib/docsift/plugins"
#endif

enum
{
  EXIT_OK = 0,
  EXIT_DOC_FAILED = 1,
  EXIT_USAGE = 2,
  EXIT_SETUP = 3,
  EXIT_OUTPUT = 4,
};

/* ---- options ---- */

static char *opt_plugins = NULL;
static char **opt_options = NULL;
static char **opt_plugin_path = NULL;
static char *opt_config = NULL;
static gint opt_jobs = -1;
static gboolean opt_pretty = FALSE;
static gboolean opt_compact = FALSE;
static gboolean opt_no_text = FALSE;
static char *opt_maps = NULL;
static char *opt_format = NULL;
static char *opt_encoding = NULL;
static gboolean opt_lossy = FALSE;
static char *opt_input_format = NULL;
static gboolean opt_fail_fast = FALSE;
static gboolean opt_quiet = FALSE;
static gboolean opt_json = FALSE;
static gboolean opt_version = FALSE;
static gboolean opt_help = FALSE;

/* String options are taken as raw bytes (FILENAME), not converted from the
 * locale's charset: under LC_ALL=C GOption would refuse `-p 插件`. */
static const GOptionEntry entries[] = {
  { "plugins", 'p', 0, G_OPTION_ARG_FILENAME, &opt_plugins,
    "Plugins to run, comma-separated (default: the config's plugins=, built in: " DS_DEFAULT_PLUGINS
    "). Requirements are pulled in and ordered automatically", "LIST" },
  { "option", 'o', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_options,
    "Set a plugin option, e.g. -o numbers.include=all (repeatable; `docsift inspect NAME` lists them)",
    "PLUGIN.KEY=VALUE" },
  { "plugin-path", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_plugin_path,
    "Search DIR for plugins before $DOCSIFT_PLUGIN_PATH, the config and the installed folder (repeatable)",
    "DIR" },
  { "config", 'c', 0, G_OPTION_ARG_FILENAME, &opt_config,
    "Read FILE after the system and user config files (it overrides them; -o overrides it)", "FILE" },
  { "jobs", 'j', 0, G_OPTION_ARG_INT, &opt_jobs, "Worker threads (default: number of cores). Output order is input order", "N" },
  { "pretty", 0, 0, G_OPTION_ARG_NONE, &opt_pretty, "Indented JSON (the default when stdout is a terminal)", NULL },
  { "compact", 0, 0, G_OPTION_ARG_NONE, &opt_compact, "One JSON object per line (the default when stdout is not a terminal)", NULL },
  { "no-text", 0, 0, G_OPTION_ARG_NONE, &opt_no_text,
    "Leave the original text out of the output. Such output cannot be re-read by docsift (chaining needs the text)", NULL },
  { "maps", 0, 0, G_OPTION_ARG_FILENAME, &opt_maps,
    "Write views' offset maps: auto (when stdout is not a terminal, so the output can be re-read; "
    "or when a plugin is given -o NAME.emit_map=true), always, never", "WHEN" },
  { "format", 'f', 0, G_OPTION_ARG_FILENAME, &opt_format, "Output format: json (default) or text (readable, per plugin)", "FMT" },
  { "encoding", 'e', 0, G_OPTION_ARG_FILENAME, &opt_encoding,
    "Encoding of text inputs (default: detect BOM, UTF-8, GB18030/GBK or Big5)", "ENC" },
  { "lossy", 0, 0, G_OPTION_ARG_NONE, &opt_lossy,
    "Replace undecodable bytes with U+FFFD (counted in \"replaced_bytes\") instead of failing the document", NULL },
  { "input-format", 'i', 0, G_OPTION_ARG_FILENAME, &opt_input_format,
    "auto (default: .jsonl/.ndjson/.json files and stdin starting with '{' are JSON Lines), text, jsonl", "FMT" },
  { "fail-fast", 0, 0, G_OPTION_ARG_NONE, &opt_fail_fast, "Stop at the first document that fails", NULL },
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opt_quiet, "No progress line on stderr", NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "For `plugins` and `inspect`: print JSON", NULL },
  { "version", 'V', 0, G_OPTION_ARG_NONE, &opt_version, "Print the version and exit", NULL },
  { "help", 'h', 0, G_OPTION_ARG_NONE, &opt_help, "Show this help", NULL },
  { NULL }
};

static const char summary[] =
  "Runs analysis plugins over Chinese documents and writes one JSON object per document.\n"
  "\n"
  "Commands:\n"
  "  docsift [OPTIONS] [FILE|DIR|-]...   run plugins (no input: read stdin)\n"
  "  docsift plugins [--json]            list plugins found, and why any was refused\n"
  "  docsift inspect NAME [--json]       one plugin's description, options, inputs and outputs\n"
  "\n"
  "Inputs: text files (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5),\n"
  "folders (read recursively, sorted), '-' for stdin, and JSON Lines: {\"id\":..., \"text\":...,\n"
  "\"meta\":{...}} or docsift's own output. Re-read output keeps every view and layer\n"
  "(even of plugins this build lacks) and runs only the plugins asked for, so\n"
  "  docsift -p normalize a.txt | docsift -p numbers -\n"
  "gives the same layers as `docsift -p normalize,numbers a.txt`.";

static const char description[] =
  "Output: one object per document with format, version, id, source, encoding,\n"
  "offsets (\"codepoint\": start/end count Unicode code points of the original\n"
  "\"text\", so .text[.start:.end] in jq returns the mention), meta, text, views,\n"
  "layers (each {plugin, version, items:[...]}) and error when the document failed.\n"
  "See docs/output-format.md and docs/docsift-output.schema.json.\n"
  "\n"
  "Examples:\n"
  "  docsift examples/                        all default plugins on a folder\n"
  "  docsift -p numbers,timeline report.txt   pulls in what they require\n"
  "  docsift -o timeline.reference=2022-01-05 -p timeline a.txt\n"
  "  docsift -p numbers docs/ | jq '.layers.numbers.items[] | {text, value, unit}'\n"
  "\n"
  "Plugins are found in: --plugin-path, $DOCSIFT_PLUGIN_PATH (colon-separated), the\n"
  "config's plugin-path, then " DS_PLUGINSDIR ".\n"
  "Config files: " DS_SYSCONFDIR "/docsift.conf (system), $XDG_CONFIG_HOME/docsift/docsift.conf,\n"
  "then --config FILE; -o overrides all of them.\n"
  "\n"
  "Exit status: 0 all documents processed; 1 some document failed (its record\n"
  "has \"error\", a message went to stderr); 2 usage error; 3 set-up error (config,\n"
  "plugin refused or missing, dependency cycle, plugin init); 4 output write error.";

/* ---- checked output ---- */

static gboolean output_failed = FALSE;

/* Records the first write error on stdout and says so, once (jq's
 * "writing output failed"). */
static gboolean
output_error (int err)
{
  output_failed = TRUE;
  g_autofree char *msg = g_strdup_printf ("docsift: error writing output: %s\n", g_strerror (err));
  fwrite (msg, 1, strlen (msg), stderr);
  return FALSE;
}

static gboolean
write_out (const char *data, gsize len)
{
  if (output_failed)
    return FALSE;
  if (len > 0 && fwrite (data, 1, len, stdout) != len)
    return output_error (errno);
  return TRUE;
}

static gboolean
flush_out (void)
{
  if (output_failed)
    return FALSE;
  if (fflush (stdout) != 0 || ferror (stdout))
    return output_error (errno);
  return TRUE;
}

/* Messages go to stderr as UTF-8 bytes, whatever the locale (g_printerr
 * would turn 中文 into ?? under LC_ALL=C). */
static void
say (const char *fmt, ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  fwrite (msg, 1, strlen (msg), stderr);
  fflush (stderr);
}

static GLogWriterOutput
log_writer (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer user_data)
{
  const char *message = NULL;
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;
  if (message == NULL)
    return G_LOG_WRITER_UNHANDLED;
  if ((level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)) && !g_getenv ("G_MESSAGES_DEBUG"))
    return G_LOG_WRITER_HANDLED;
  const char *kind = (level & G_LOG_LEVEL_CRITICAL) ? "critical: " :
                     (level & G_LOG_LEVEL_WARNING) ? "warning: " : "";
  say ("docsift: %s%s\n", kind, message);
  return G_LOG_WRITER_HANDLED;
}

/* ---- inputs ---- */

typedef struct
{
  char *path;     /* NULL for stdin */
  char *display;  /* what messages and ids call it */
} Input;

static void
input_free (Input *in)
{
  g_free (in->path);
  g_free (in->display);
  g_free (in);
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
collect_dir (const char *dir_path, GPtrArray *out, GPtrArray *problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  if (dir == NULL)
    {
      g_ptr_array_add (problems, g_strdup_printf ("%s: %s", dir_path, error->message));
      return;
    }
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        collect_dir (child, out, problems);
      else if (g_file_test (child, G_FILE_TEST_IS_REGULAR))
        {
          Input *in = g_new0 (Input, 1);
          in->path = g_strdup (child);
          in->display = g_strdup (child);
          g_ptr_array_add (out, in);
        }
    }
}

/* ---- the run ----
 *
 * The main thread only reads: it cuts the input into items (one file's
 * bytes, or one JSON Lines record) and groups them into batches of about
 * 256 KB. Workers decode or parse each item, run the pipeline and serialize
 * the record into the batch's buffer. The main thread writes finished
 * batches in input order. At most 4 batches per worker are in flight, so
 * memory does not grow with the number of documents. */

typedef enum
{
  ITEM_TEXT,   /* raw bytes of stdin */
  ITEM_FILE,   /* a text file, read by the worker (reads overlap) */
  ITEM_JSON,   /* one JSON Lines record */
  ITEM_ERROR,  /* input that could not be read: just an error record */
} ItemKind;

typedef struct
{
  ItemKind kind;
  char *data;       /* raw bytes (TEXT, JSON) or the message (ERROR) */
  gsize length;
  char *id;
  char *source;
} Item;

typedef struct
{
  GPtrArray *items;  /* Item* */
  gsize bytes;
  GString *out;      /* the serialized records */
  GString *problems; /* lines for stderr */
  guint n_docs;
  guint n_failed;
  gboolean done;
} Batch;

typedef struct
{
  DsPipeline *pipeline;
  DsJsonFlags flags;
  gboolean text_format;
  GMutex lock;
  GCond cond;
  GThreadPool *pool;
  GQueue pending;      /* Batch*, in input order */
  Batch *filling;      /* the batch the reader adds to */
  guint max_pending;
  guint n_docs;
  guint n_failed;
  gsize bytes_in;
  gint64 started;
  gint64 last_progress;
  gboolean progress;
  gboolean stop;       /* --fail-fast tripped, or output failed */
} Run;

#define BATCH_BYTES (256 * 1024)
#define BATCH_ITEMS 256
#define BATCH_FILES 32

static void
item_free (Item *item)
{
  g_free (item->data);
  g_free (item->id);
  g_free (item->source);
  g_free (item);
}

static void
batch_free (Batch *batch)
{
  g_ptr_array_unref (batch->items);
  g_string_free (batch->out, TRUE);
  g_string_free (batch->problems, TRUE);
  g_free (batch);
}

static void
render_text (Run *run, DsDocument *doc, GString *out)
{
  g_string_append_printf (out, "# %s (%s)\n", ds_document_get_id (doc), ds_document_get_source (doc));
  for (guint i = 0; i < run->pipeline->stages->len; i++)
    {
      DsStage *stage = g_ptr_array_index (run->pipeline->stages, i);
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
                                    json_array_get_length (ds_layer_get_items (layer)));
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

/* A record for input that never became a document. */
static void
append_input_error (Run *run, Batch *batch, const char *id, const char *source, const GError *error)
{
  batch->n_failed++;
  g_string_append_printf (batch->problems, "%s\n", error->message);
  if (run->text_format)
    {
      g_string_append_printf (batch->out, "# %s (%s)\nerror: %s\n\n", id, source, error->message);
      return;
    }
  g_autoptr(JsonObject) rec = json_object_new ();
  json_object_set_string_member (rec, "format", DS_FORMAT_NAME);
  json_object_set_int_member (rec, "version", DS_FORMAT_VERSION);
  json_object_set_string_member (rec, "id", id);
  json_object_set_string_member (rec, "source", source);
  json_object_set_string_member (rec, "offsets", "codepoint");
  JsonObject *e = json_object_new ();
  json_object_set_string_member (e, "plugin", "docsift");
  json_object_set_string_member (e, "domain", g_quark_to_string (error->domain));
  json_object_set_int_member (e, "code", error->code);
  json_object_set_string_member (e, "message", error->message);
  json_object_set_object_member (rec, "error", e);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, rec);
  ds_json_append_node (batch->out, node, (run->flags & DS_JSON_PRETTY) != 0, 0);
  g_string_append_c (batch->out, '\n');
}

static DsDocument *
item_to_document (Item *item, GError **error)
{
  if (item->kind == ITEM_JSON)
    {
      g_autoptr(GError) local = NULL;
      DsDocument *doc = ds_document_new_from_json (item->data, (gssize) item->length, item->id,
                                                   item->source, &local);
      if (doc == NULL)
        g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_JSON, "%s: %s", item->id, local->message);
      return doc;
    }

  /* Most input is plain UTF-8: keep the buffer that was read. */
  gsize n_cp;
  if (opt_encoding == NULL && _ds_input_is_plain_utf8 (item->data, item->length, &n_cp))
    return _ds_document_new_counted (item->id, item->source, g_steal_pointer (&item->data), item->length, n_cp,
                                     "UTF-8");

  DsDecoded dec;
  if (!_ds_input_decode (item->source, item->data, item->length, opt_encoding, opt_lossy, &dec, error))
    return NULL;
  DsDocument *doc = ds_document_new (item->id, item->source, dec.text, dec.length, dec.encoding);
  doc->replaced_bytes = dec.replaced;
  return doc;
}

static void
process_batch (gpointer data, gpointer user_data)
{
  Batch *batch = data;
  Run *run = user_data;

  for (guint i = 0; i < batch->items->len; i++)
    {
      Item *item = g_ptr_array_index (batch->items, i);
      g_autoptr(GError) error = NULL;
      batch->n_docs++;

      if (item->kind == ITEM_ERROR)
        {
          error = g_error_new_literal (DS_INPUT_ERROR, DS_INPUT_ERROR_READ, item->data);
          append_input_error (run, batch, item->id, item->source, error);
          continue;
        }
      if (item->kind == ITEM_FILE)
        {
          if (!g_file_get_contents (item->source, &item->data, &item->length, &error))
            {
              append_input_error (run, batch, item->id, item->source, error);
              continue;
            }
          batch->bytes += item->length;
        }
      g_autoptr(DsDocument) doc = item_to_document (item, &error);
      if (doc == NULL)
        {
          append_input_error (run, batch, item->id, item->source, error);
          continue;
        }
      /* the raw bytes are not needed any more */
      g_clear_pointer (&item->data, g_free);

      if (!_ds_pipeline_process (run->pipeline, doc, &error))
        {
          batch->n_failed++;
          g_string_append_printf (batch->problems, "%s: %s\n", ds_document_get_source (doc), error->message);
        }
      if (run->text_format)
        render_text (run, doc, batch->out);
      else
        {
          gsize text_length;
          ds_document_get_text (doc, &text_length);
          _ds_string_reserve (batch->out, 2 * text_length + 4096);
          ds_document_to_json (doc, batch->out, run->flags);
          g_string_append_c (batch->out, '\n');
        }
    }

  g_mutex_lock (&run->lock);
  batch->done = TRUE;
  g_cond_broadcast (&run->cond);
  g_mutex_unlock (&run->lock);
}

static void
show_progress (Run *run, gboolean final)
{
  if (!run->progress)
    return;
  gint64 now = g_get_monotonic_time ();
  if (!final && now - run->last_progress < 250000)
    return;
  run->last_progress = now;
  double secs = (now - run->started) / 1e6;
  double mb = run->bytes_in / 1e6;
  say ("\r\033[Kdocsift: %u documents (%u failed), %.1f MB, %.1f MB/s", run->n_docs, run->n_failed, mb,
       secs > 0 ? mb / secs : 0.0);
  if (final)
    say ("\n");
}

/* Writes finished batches at the front of the queue; waits while the queue
 * is full, or until it is empty when @drain. Called with the lock held. */
static void
write_ready (Run *run, gboolean drain)
{
  for (;;)
    {
      Batch *batch = g_queue_peek_head (&run->pending);
      if (batch == NULL)
        return;
      if (!batch->done)
        {
          if (!drain && run->pending.length < run->max_pending)
            return;
          g_cond_wait (&run->cond, &run->lock);
          continue;
        }
      g_queue_pop_head (&run->pending);
      g_mutex_unlock (&run->lock);

      if (run->stop)
        {
          /* after --fail-fast tripped or output failed: drop the rest */
          batch_free (batch);
          g_mutex_lock (&run->lock);
          continue;
        }
      if (batch->problems->len > 0)
        {
          if (run->progress)
            say ("\r\033[K");
          g_auto(GStrv) lines = g_strsplit (batch->problems->str, "\n", -1);
          for (guint i = 0; lines[i] && *lines[i]; i++)
            say ("docsift: %s\n", lines[i]);
        }
      if (!write_out (batch->out->str, batch->out->len))
        run->stop = TRUE;
      run->n_docs += batch->n_docs;
      run->n_failed += batch->n_failed;
      run->bytes_in += batch->bytes;
      if (batch->n_failed > 0 && opt_fail_fast)
        run->stop = TRUE;
      show_progress (run, FALSE);
      batch_free (batch);

      g_mutex_lock (&run->lock);
    }
}

static void
flush_batch (Run *run)
{
  Batch *batch = run->filling;
  if (batch == NULL)
    return;
  run->filling = NULL;

  g_mutex_lock (&run->lock);
  g_queue_push_tail (&run->pending, batch);
  g_mutex_unlock (&run->lock);
  g_thread_pool_push (run->pool, batch, NULL);

  g_mutex_lock (&run->lock);
  write_ready (run, FALSE);
  g_mutex_unlock (&run->lock);
}

/* Takes @data. */
static void
add_item (Run *run, ItemKind kind, char *data, gsize length, const char *id, const char *source)
{
  if (run->filling == NULL)
    {
      Batch *batch = g_new0 (Batch, 1);
      batch->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
      batch->out = g_string_sized_new (BATCH_BYTES * 2);
      batch->problems = g_string_new (NULL);
      run->filling = batch;
    }
  Item *item = g_new0 (Item, 1);
  item->kind = kind;
  item->data = data;
  item->length = length;
  item->id = g_strdup (id);
  item->source = g_strdup (source);
  g_ptr_array_add (run->filling->items, item);
  run->filling->bytes += length;
  /* With --fail-fast every document is its own batch, so the output ends at
   * the first failure. */
  if (run->filling->bytes >= BATCH_BYTES || run->filling->items->len >= BATCH_ITEMS ||
      (kind == ITEM_FILE && run->filling->items->len >= BATCH_FILES) || opt_fail_fast)
    flush_batch (run);
}

static void
add_error (Run *run, const char *id, const char *source, const char *message)
{
  add_item (run, ITEM_ERROR, g_strdup (message), 0, id, source);
}

static gboolean
looks_like_jsonl_name (const char *path)
{
  return g_str_has_suffix (path, ".jsonl") || g_str_has_suffix (path, ".ndjson") ||
         g_str_has_suffix (path, ".json");
}

/* JSON Lines from @stream, one document per non-blank line. */
static void
read_jsonl (Run *run, FILE *stream, const char *display)
{
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  guint64 line_no = 0;

  while (!run->stop && (len = getline (&line, &cap, stream)) != -1)
    {
      line_no++;
      gsize n = (gsize) len;
      while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        n--;
      gsize start = 0;
      while (start < n && g_ascii_isspace (line[start]))
        start++;
      if (start == n)
        continue;
      g_autofree char *id = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, display, line_no);
      add_item (run, ITEM_JSON, g_strndup (line + start, n - start), n - start, id, display);
    }
  if (ferror (stream))
    {
      g_autofree char *msg = g_strdup_printf ("%s: read error after line %" G_GUINT64_FORMAT ": %s", display,
                                              line_no, g_strerror (errno));
      add_error (run, display, display, msg);
    }
  free (line);
}

static gboolean
read_all (FILE *stream, GByteArray *buf)
{
  guint8 chunk[65536];
  size_t n;
  while ((n = fread (chunk, 1, sizeof chunk, stream)) > 0)
    g_byte_array_append (buf, chunk, n);
  return !ferror (stream);
}

static void
read_input (Run *run, Input *in)
{
  const char *fmt = opt_input_format ? opt_input_format : "auto";

  if (in->path == NULL)
    {
      /* stdin: JSON Lines when asked, or (auto) when it starts with '{' */
      if (g_str_equal (fmt, "jsonl"))
        {
          read_jsonl (run, stdin, in->display);
          return;
        }
      g_autoptr(GByteArray) buf = g_byte_array_new ();
      int c;
      while ((c = getc (stdin)) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t'))
        {
          guint8 b = (guint8) c;
          g_byte_array_append (buf, &b, 1);
        }
      if (c != EOF)
        ungetc (c, stdin);
      if (c == '{' && g_str_equal (fmt, "auto"))
        {
          read_jsonl (run, stdin, in->display);
          return;
        }
      if (!read_all (stdin, buf))
        {
          g_autofree char *msg = g_strdup_printf ("%s: %s", in->display, g_strerror (errno));
          add_error (run, in->display, in->display, msg);
          return;
        }
      gsize len = buf->len;
      g_byte_array_append (buf, (const guint8 *) "", 1);
      add_item (run, ITEM_TEXT, (char *) g_byte_array_free (g_steal_pointer (&buf), FALSE), len, in->display,
                in->display);
      return;
    }

  if (g_str_equal (fmt, "jsonl") || (g_str_equal (fmt, "auto") && looks_like_jsonl_name (in->path)))
    {
      FILE *f = fopen (in->path, "rb");
      if (f == NULL)
        {
          g_autofree char *msg = g_strdup_printf ("%s: %s", in->display, g_strerror (errno));
          add_error (run, in->display, in->display, msg);
          return;
        }
      read_jsonl (run, f, in->display);
      fclose (f);
      return;
    }

  add_item (run, ITEM_FILE, NULL, 0, in->display, in->path);
}

/* ---- subcommands ---- */

static void
append_strv_json (JsonBuilder *b, const char *name, const char *const *strv)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; strv && strv[i]; i++)
    json_builder_add_string_value (b, strv[i]);
  json_builder_end_array (b);
}

static void
describe_plugin_json (JsonBuilder *b, DsPluginInfo *info, gboolean full)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, info->desc ? info->desc->name : info->name);
  json_builder_set_member_name (b, "file");
  json_builder_add_string_value (b, info->path);
  json_builder_set_member_name (b, "status");
  json_builder_add_string_value (b, info->desc ? "ok" : "refused");
  if (info->error)
    {
      json_builder_set_member_name (b, "error");
      json_builder_add_string_value (b, info->error->message);
    }
  if (info->desc)
    {
      const DsPluginDesc *d = info->desc;
      json_builder_set_member_name (b, "version");
      json_builder_add_string_value (b, d->version);
      json_builder_set_member_name (b, "description");
      json_builder_add_string_value (b, d->description);
      json_builder_set_member_name (b, "license");
      json_builder_add_string_value (b, d->license);
      json_builder_set_member_name (b, "abi");
      g_autofree char *abi = g_strdup_printf ("%u.%u", d->abi_major, d->abi_minor);
      json_builder_add_string_value (b, abi);
      if (full)
        {
          append_strv_json (b, "requires", d->requires);
          append_strv_json (b, "optional", d->optional);
          append_strv_json (b, "provides", d->provides);
          json_builder_set_member_name (b, "options");
          json_builder_begin_array (b);
          for (const DsOptionSpec *o = d->options; o && o->key; o++)
            {
              json_builder_begin_object (b);
              json_builder_set_member_name (b, "key");
              json_builder_add_string_value (b, o->key);
              json_builder_set_member_name (b, "default");
              json_builder_add_string_value (b, o->default_value ? o->default_value : "");
              json_builder_set_member_name (b, "help");
              json_builder_add_string_value (b, o->help ? o->help : "");
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
          json_builder_set_member_name (b, "renders_text");
          json_builder_add_boolean_value (b, d->render != NULL);
        }
    }
  json_builder_end_object (b);
}

static int
write_builder (JsonBuilder *b)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autoptr(GString) out = g_string_new (NULL);
  ds_json_append_node (out, root, TRUE, 0);
  g_string_append_c (out, '\n');
  return write_out (out->str, out->len) && flush_out () ? EXIT_OK : EXIT_OUTPUT;
}

static char *
join_strv (const char *const *strv)
{
  if (strv == NULL || strv[0] == NULL)
    return g_strdup ("-");
  return g_strjoinv (", ", (char **) strv);
}

static int
cmd_plugins (DsRegistry *registry)
{
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint i = 0; i < registry->plugins->len; i++)
        describe_plugin_json (b, g_ptr_array_index (registry->plugins, i), FALSE);
      json_builder_end_array (b);
      return write_builder (b);
    }

  g_autoptr(GString) out = g_string_new (NULL);
  if (registry->plugins->len == 0)
    g_string_append (out, "No plugins found.\n");
  for (guint i = 0; i < registry->plugins->len; i++)
    {
      DsPluginInfo *info = g_ptr_array_index (registry->plugins, i);
      if (info->desc)
        g_string_append_printf (out, "%-12s %-8s ok       %s\n             %s\n", info->desc->name,
                                info->desc->version, info->desc->description, info->path);
      else
        g_string_append_printf (out, "%-12s %-8s REFUSED  %s\n", info->name, "-", info->error->message);
    }
  g_string_append (out, "\nSearch path:");
  for (guint i = 0; i < registry->dirs->len; i++)
    g_string_append_printf (out, "%s%s", i ? ":" : " ", (char *) g_ptr_array_index (registry->dirs, i));
  g_string_append_c (out, '\n');
  return write_out (out->str, out->len) && flush_out () ? EXIT_OK : EXIT_OUTPUT;
}

static int
cmd_inspect (DsRegistry *registry, const char *name)
{
  g_autoptr(GError) error = NULL;
  DsPluginInfo *info = _ds_registry_lookup (registry, name, &error);
  if (info == NULL)
    {
      say ("docsift: %s\n", error->message);
      return EXIT_SETUP;
    }
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      describe_plugin_json (b, info, TRUE);
      return write_builder (b);
    }
  const DsPluginDesc *d = info->desc;
  g_autofree char *req = join_strv (d->requires);
  g_autofree char *opt = join_strv (d->optional);
  g_autofree char *prov = join_strv (d->provides);
  g_autoptr(GString) out = g_string_new (NULL);
  g_string_append_printf (out,
                          "%s %s: %s\n\n"
                          "  file:      %s\n  license:   %s\n  ABI:       %u.%u\n"
                          "  requires:  %s\n  reads if present: %s\n  provides:  %s\n"
                          "  text rendering (--format=text): %s\n\nOptions (-o %s.KEY=VALUE):\n",
                          d->name, d->version, d->description, info->path, d->license, d->abi_major,
                          d->abi_minor, req, opt, prov, d->render ? "yes" : "no", d->name);
  if (d->options == NULL || d->options[0].key == NULL)
    g_string_append (out, "  (none)\n");
  for (const DsOptionSpec *o = d->options; o && o->key; o++)
    g_string_append_printf (out, "  %-14s default \"%s\"\n      %s\n", o->key,
                            o->default_value ? o->default_value : "", o->help ? o->help : "");
  return write_out (out->str, out->len) && flush_out () ? EXIT_OK : EXIT_OUTPUT;
}

/* ---- main ---- */

static gboolean
any_stage_option_is (DsPipeline *pipeline, const char *key, const char *value)
{
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      DsStage *stage = g_ptr_array_index (pipeline->stages, i);
      const char *v = g_hash_table_lookup (stage->options, key);
      if (v && g_str_equal (v, value))
        return TRUE;
    }
  return FALSE;
}

static gboolean
any_stage_emits_maps (DsPipeline *pipeline)
{
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      DsStage *stage = g_ptr_array_index (pipeline->stages, i);
      const char *v = g_hash_table_lookup (stage->options, "emit_map");
      if (v && (!g_ascii_strcasecmp (v, "true") || !g_ascii_strcasecmp (v, "yes") ||
                !g_ascii_strcasecmp (v, "on") || g_str_equal (v, "1")))
        return TRUE;
    }
  return FALSE;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  signal (SIGPIPE, SIG_IGN); /* a closed pipe becomes EPIPE, reported */
  g_log_set_writer_func (log_writer, NULL, NULL);

  g_autoptr(GOptionContext) context = g_option_context_new ("[FILE|DIR|-]...");
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);
  /* GOption prints its help with g_print, which turns UTF-8 into '?' under
   * a non-UTF-8 locale; print it ourselves. */
  g_option_context_set_help_enabled (context, FALSE);

  g_autoptr(GError) error = NULL;
  /* GOption does not read "-j4" as "-j 4"; make's users type it. */
  GPtrArray *argp = g_ptr_array_new ();
  for (int i = 0; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "-j") && argv[i][2] != '\0' && g_ascii_isdigit (argv[i][2]))
        {
          g_ptr_array_add (argp, g_strdup ("-j"));
          g_ptr_array_add (argp, g_strdup (argv[i] + 2));
        }
      else
        g_ptr_array_add (argp, g_strdup (argv[i]));
    }
  g_ptr_array_add (argp, NULL);
  g_auto(GStrv) args = (GStrv) g_ptr_array_free (argp, FALSE);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      say ("docsift: %s (try --help)\n", error->message);
      return EXIT_USAGE;
    }
  if (opt_help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      return write_out (help, strlen (help)) && flush_out () ? EXIT_OK : EXIT_OUTPUT;
    }
  if (opt_version)
    {
      const char v[] = "docsift " DS_VERSION " (plugin ABI " G_STRINGIFY (DS_ABI_MAJOR) "." G_STRINGIFY (DS_ABI_MINOR) ")\n";
      return write_out (v, strlen (v)) && flush_out () ? EXIT_OK : EXIT_OUTPUT;
    }

  const char *command = "run";
  guint first_arg = 1;
  if (args[1] && (g_str_equal (args[1], "plugins") || g_str_equal (args[1], "inspect")))
    {
      command = args[1];
      first_arg = 2;
    }

  if (opt_maps && !g_str_equal (opt_maps, "auto") && !g_str_equal (opt_maps, "always") &&
      !g_str_equal (opt_maps, "never"))
    {
      say ("docsift: --maps must be auto, always or never, not \"%s\"\n", opt_maps);
      return EXIT_USAGE;
    }
  if (opt_format && !g_str_equal (opt_format, "json") && !g_str_equal (opt_format, "text"))
    {
      say ("docsift: --format must be json or text, not \"%s\"\n", opt_format);
      return EXIT_USAGE;
    }
  if (opt_input_format && !g_str_equal (opt_input_format, "auto") && !g_str_equal (opt_input_format, "text") &&
      !g_str_equal (opt_input_format, "jsonl"))
    {
      say ("docsift: --input-format must be auto, text or jsonl, not \"%s\"\n", opt_input_format);
      return EXIT_USAGE;
    }
  if (opt_pretty && opt_compact)
    {
      say ("docsift: --pretty and --compact contradict each other\n");
      return EXIT_USAGE;
    }
  if (opt_jobs == 0 || opt_jobs > 1024)
    {
      say ("docsift: --jobs must be from 1 to 1024\n");
      return EXIT_USAGE;
    }

  g_autoptr(DsConfig) config = _ds_config_new ();
  if (!_ds_config_load_standard (config, opt_config, &error))
    {
      say ("docsift: config: %s\n", error->message);
      return EXIT_SETUP;
    }
  for (guint i = 0; opt_options && opt_options[i]; i++)
    if (!_ds_config_set_option_string (config, opt_options[i], &error))
      {
        say ("docsift: %s\n", error->message);
        return EXIT_USAGE;
      }

  g_autoptr(DsRegistry) registry = _ds_registry_new ();
  for (guint i = 0; opt_plugin_path && opt_plugin_path[i]; i++)
    _ds_registry_add_dir (registry, opt_plugin_path[i]);
  _ds_registry_add_path_list (registry, g_getenv ("DOCSIFT_PLUGIN_PATH"));
  for (guint i = 0; i < config->plugin_path->len; i++)
    _ds_registry_add_dir (registry, g_ptr_array_index (config->plugin_path, i));
  _ds_registry_add_dir (registry, DS_PLUGINSDIR);
  _ds_registry_scan (registry);

  if (g_str_equal (command, "plugins"))
    return cmd_plugins (registry);
  if (g_str_equal (command, "inspect"))
    {
      if (args[first_arg] == NULL || args[first_arg + 1] != NULL)
        {
          say ("docsift: usage: docsift inspect NAME [--json]\n");
          return EXIT_USAGE;
        }
      return cmd_inspect (registry, args[first_arg]);
    }

  /* Options naming a plugin that does not exist are a mistake. */
  {
    for (guint i = 0; opt_options && opt_options[i]; i++)
      {
        g_autofree char *plugin = g_strndup (opt_options[i], strchr (opt_options[i], '.') - opt_options[i]);
        g_autoptr(GError) e = NULL;
        if (_ds_registry_lookup (registry, plugin, &e) == NULL)
          {
            say ("docsift: -o %s: %s\n", opt_options[i], e->message);
            return EXIT_USAGE;
          }
      }
  }

  const char *names = opt_plugins ? opt_plugins : config->plugins;
  g_autoptr(DsPipeline) pipeline = _ds_pipeline_new (registry, config, names, &error);
  if (pipeline == NULL)
    {
      say ("docsift: %s\n", error->message);
      return g_error_matches (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_BAD_OPTION) ? EXIT_USAGE : EXIT_SETUP;
    }

  /* Inputs */
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) input_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  if (args[first_arg] == NULL && isatty (STDIN_FILENO))
    {
      say ("docsift: no input: give files, folders or - (stdin), or pipe text in; see docsift --help\n");
      return EXIT_USAGE;
    }
  if (args[first_arg] == NULL)
    {
      Input *in = g_new0 (Input, 1);
      in->display = g_strdup ("stdin");
      g_ptr_array_add (inputs, in);
    }
  for (guint i = first_arg; args[i]; i++)
    {
      if (g_str_equal (args[i], "-"))
        {
          Input *in = g_new0 (Input, 1);
          in->display = g_strdup ("stdin");
          g_ptr_array_add (inputs, in);
        }
      else if (g_file_test (args[i], G_FILE_TEST_IS_DIR))
        collect_dir (args[i], inputs, problems);
      else
        {
          Input *in = g_new0 (Input, 1);
          in->path = g_strdup (args[i]);
          in->display = g_strdup (args[i]);
          g_ptr_array_add (inputs, in);
        }
    }

  gboolean stdout_tty = isatty (STDOUT_FILENO);
  Run run = { 0 };
  run.pipeline = pipeline;
  /* --format=text, or a plugin asked for text (-o timeline.format=text) */
  run.text_format = opt_format ? g_str_equal (opt_format, "text") : any_stage_option_is (pipeline, "format", "text");
  if (opt_pretty || (stdout_tty && !opt_compact))
    run.flags |= DS_JSON_PRETTY;
  if (opt_no_text)
    run.flags |= DS_JSON_NO_TEXT;
  const char *maps = opt_maps ? opt_maps : "auto";
  if (g_str_equal (maps, "always") ||
      (g_str_equal (maps, "auto") && (!stdout_tty || any_stage_emits_maps (pipeline))))
    run.flags |= DS_JSON_EMIT_MAPS;

  gint jobs = opt_jobs > 0 ? opt_jobs : (config->jobs > 0 ? config->jobs : (gint) g_get_num_processors ());
  g_mutex_init (&run.lock);
  g_cond_init (&run.cond);
  g_queue_init (&run.pending);
  run.max_pending = (guint) jobs * 4;
  run.pool = g_thread_pool_new (process_batch, &run, jobs, TRUE, NULL);
  run.progress = !opt_quiet && isatty (STDERR_FILENO);
  run.started = g_get_monotonic_time ();

  for (guint i = 0; i < problems->len; i++)
    add_error (&run, g_ptr_array_index (problems, i), g_ptr_array_index (problems, i),
               g_ptr_array_index (problems, i));
  for (guint i = 0; i < inputs->len && !run.stop; i++)
    read_input (&run, g_ptr_array_index (inputs, i));
  flush_batch (&run);

  g_mutex_lock (&run.lock);
  write_ready (&run, TRUE);
  g_mutex_unlock (&run.lock);
  g_thread_pool_free (run.pool, FALSE, TRUE);
  g_mutex_clear (&run.lock);
  g_cond_clear (&run.cond);

  gboolean flushed = flush_out ();
  show_progress (&run, TRUE);

  if (output_failed || !flushed)
    return EXIT_OUTPUT;
  if (run.n_failed > 0)
    {
      if (!opt_quiet)
        say ("docsift: %u of %u documents failed\n", run.n_failed, run.n_docs);
      return EXIT_DOC_FAILED;
    }
  return EXIT_OK;
}
