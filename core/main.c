/* main.c: the docsift command line. It wires the parts in core/cli/:
 * options (cli-options), the config and plugin registry, the `plugins` and
 * `inspect` subcommands (cli-commands), input collection (cli-inputs), and
 * the run: inputs cut into items (cli-reader), processed by worker threads
 * and written in order (cli-run). Exit statuses: cli-output.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-commands.h"
#include "cli-crash.h"
#include "cli-files-from.h"
#include "cli-inputs.h"
#include "cli-options.h"
#include "cli-output.h"
#include "cli-output-file.h"
#include "cli-reader.h"
#include "cli-run.h"
#include "cli-worker.h"
#include "ds-input.h"
#include "ds-pipeline.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

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

/* Search order (_ds_registry_add_search_path): --plugin-path,
 * $DOCSIFT_PLUGIN_PATH, the config's plugin-path, the installed folder. */
static DsRegistry *
open_registry (const CliOptions *opts, DsConfig *config)
{
  DsRegistry *registry = _ds_registry_new ();
  _ds_registry_add_search_path (registry, (const char *const *) opts->plugin_path, config->plugin_path);
  _ds_registry_scan (registry);
  return registry;
}

/* Options naming a plugin that does not exist are a mistake. */
static gboolean
check_option_plugins (const CliOptions *opts, DsRegistry *registry)
{
  for (guint i = 0; opts->options && opts->options[i]; i++)
    {
      g_autofree char *plugin = g_strndup (opts->options[i], strchr (opts->options[i], '.') - opts->options[i]);
      g_autoptr(GError) e = NULL;
      DsPluginInfo *info = _ds_registry_lookup (registry, plugin, &e);
      if (info == NULL)
        {
          cli_say ("docsift: -o %s: %s\n", opts->options[i], e->message);
          return FALSE;
        }
      /* an undeclared key given with -o is a usage error (2); the same key
       * in a config file is a set-up error (3), found by the pipeline */
      const char *key = opts->options[i] + strlen (plugin) + 1;
      gsize key_len = strcspn (key, "=");
      gboolean declared = FALSE;
      for (const DsOptionSpec *o = info->desc->options; o && o->key && !declared; o++)
        declared = strlen (o->key) == key_len && strncmp (o->key, key, key_len) == 0;
      if (!declared)
        {
          cli_say ("docsift: -o %s: plugin \"%s\" has no option \"%.*s\" (`docsift inspect %s` lists them)\n",
                   opts->options[i], plugin, (int) key_len, key, plugin);
          return FALSE;
        }
    }
  return TRUE;
}

static DsJsonFlags
output_flags (const CliOptions *opts, DsPipeline *pipeline)
{
  DsJsonFlags flags = 0;
  gboolean stdout_tty = isatty (STDOUT_FILENO);
  if (opts->pretty || (stdout_tty && !opts->compact))
    flags |= DS_JSON_PRETTY;
  if (opts->no_text)
    flags |= DS_JSON_NO_TEXT;
  const char *maps = opts->maps ? opts->maps : "auto";
  if (g_str_equal (maps, "always") ||
      (g_str_equal (maps, "auto") && (!stdout_tty || any_stage_emits_maps (pipeline))))
    flags |= DS_JSON_EMIT_MAPS;
  return flags;
}

/* --format=csv/tsv: the table (NULL otherwise, or on a usage error, said
 * on stderr: *@status then EXIT_USAGE), its header written. */
static CliTable *
open_table (const CliOptions *opts, const char *names, int *status)
{
  *status = EXIT_OK;
  if (!opts->format || !(g_str_equal (opts->format, "csv") || g_str_equal (opts->format, "tsv")))
    return NULL;
  g_autofree char *layer = opts->table ? g_strdup (opts->table) : cli_table_default_layer (names);
  g_autoptr(GError) error = NULL;
  g_autoptr(CliTable) table = cli_table_new (opts->format, layer, opts->fields, &error);
  if (table == NULL)
    {
      cli_say ("docsift: %s\n", error->message);
      *status = EXIT_USAGE;
      return NULL;
    }
  g_autoptr(GString) header = g_string_new (NULL);
  cli_table_append_header (table, header);
  if (!cli_write_out (header->str, header->len))
    {
      *status = EXIT_OUTPUT;
      return NULL;
    }
  return g_steal_pointer (&table);
}

/* The worker's command line names the table's layer (the default one is
 * worked out here, from the plugins asked for). */
static char **
with_table_layer (char **argv, const CliTable *table)
{
  if (argv == NULL || table == NULL)
    return argv;
  GPtrArray *out = g_ptr_array_new ();
  for (guint i = 0; argv[i]; i++)
    {
      g_ptr_array_add (out, argv[i]);
      if (i == 1) /* after --isolate-worker=… */
        g_ptr_array_add (out, g_strconcat ("--table=", cli_table_get_layer (table), NULL));
    }
  g_ptr_array_add (out, NULL);
  g_free (argv); /* the strings moved */
  return (char **) g_ptr_array_free (out, FALSE);
}

/* Scale-out (docs/scale-out.md): the names --files-from lists come after
 * those given (@names holds them all, *@args then points into it); --output
 * makes a temporary file stdout (main() removes it if the run does not
 * finish). -1 to go on, else the exit status. */
static int
prepare_job (const CliOptions *opts, char ***args, GPtrArray *names)
{
  for (guint i = 0; (*args)[i]; i++)
    g_ptr_array_add (names, g_strdup ((*args)[i]));
  g_autoptr(GError) error = NULL;
  if (opts->files_from && !cli_files_from_read (opts->files_from, opts->nul, names, &error))
    {
      cli_say ("docsift: %s\n", error->message);
      return EXIT_USAGE;
    }
  /* an empty list is no input (not stdin): an empty --output */
  gboolean nothing = opts->files_from && names->len == 0;
  g_ptr_array_add (names, NULL);
  *args = (char **) names->pdata;
  if (opts->output == NULL || ((*args)[0] == NULL && !nothing && isatty (STDIN_FILENO)))
    return nothing ? EXIT_OK : -1;
  if (!cli_output_file_open (opts->output, &error) ||
      (nothing && !cli_output_file_close (TRUE, &error)))
    {
      cli_say ("docsift: %s\n", error->message);
      return EXIT_OUTPUT;
    }
  return nothing ? EXIT_OK : -1;
}

static int
run_documents (const CliOptions *opts, DsConfig *config, DsPipeline *pipeline, const char *names, char **args)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) cli_input_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  int prepared = prepare_job (opts, &args, listed);
  if (prepared >= 0)
    return prepared;

  if (args[0] == NULL && isatty (STDIN_FILENO))
    {
      cli_say ("docsift: no input: give files, folders or - (stdin), or pipe text in; see docsift --help\n");
      return EXIT_USAGE;
    }
  g_autoptr(CliFilter) filter = cli_filter_new ((const char *const *) opts->include,
                                                (const char *const *) opts->exclude);
  CliInputStats found;
  cli_inputs_collect_filtered (args, opts->follow, filter, inputs, problems, &found);
  if (found.skipped > 0 && !opts->quiet)
    cli_say ("docsift: skipped %u %s in folders (read: %s; --include/--exclude GLOB choose)\n", found.skipped,
             found.skipped == 1 ? "file" : "files",
             opts->include ? "the --include globs" : CLI_FILTER_DEFAULT_INCLUDE);

  /* --format=text, or a plugin asked for text (-o timeline.format=text) */
  gboolean text_format = opts->format ? g_str_equal (opts->format, "text")
                                      : any_stage_option_is (pipeline, "format", "text");
  CliRunSettings settings = {
    .flags = output_flags (opts, pipeline),
    .text_format = text_format,
    .jobs = opts->jobs > 0 ? opts->jobs : (config->jobs > 0 ? config->jobs : (gint) g_get_num_processors ()),
    .max_doc_bytes = opts->max_doc_bytes_text ? opts->max_doc_bytes : config->max_doc_bytes,
    .total_bytes = found.bytes_known ? found.bytes : 0,
  };
  gboolean isolate = !opts->no_isolate &&
                     (opts->isolate || opts->timeout >= 0 || opts->max_memory >= 0 || config->isolate);
  int status;
  g_autoptr(CliTable) table = open_table (opts, names, &status);
  if (status != EXIT_OK)
    return status;
  settings.table = table;
  g_auto(GStrv) argv = isolate ? cli_worker_argv (opts, settings.flags, settings.text_format, settings.max_doc_bytes) : NULL;
  argv = with_table_layer (argv, table);
  settings.worker_argv = argv;
  settings.isolate = (CliIsolateSettings) {
    .workers = (guint) settings.jobs,
    .timeout_seconds = opts->timeout >= 0 ? (guint) opts->timeout : config->timeout,
    .max_memory_mb = opts->max_memory >= 0 ? (guint64) opts->max_memory : config->max_memory_mb,
  };
  /* a JSON Lines record carries escapes, views and layers beside the text */
  CliLimits limits = {
    .max_doc_bytes = settings.max_doc_bytes,
    .max_line = settings.max_doc_bytes == 0 || settings.max_doc_bytes > G_MAXSIZE / 4 ? G_MAXSIZE
                                                                                       : settings.max_doc_bytes * 4,
  };
  if (!isolate)
    cli_crash_install (pipeline);
  CliRun *run = cli_run_new (pipeline, opts, &settings);

  for (guint i = 0; i < problems->len; i++)
    {
      const char *p = g_ptr_array_index (problems, i);
      cli_run_add_error (run, p, p, DS_INPUT_ERROR_READ, p);
    }
  const char *input_format = opts->input_format ? opts->input_format : "auto";
  for (guint i = 0; i < inputs->len && !cli_run_stopped (run); i++)
    cli_read_input (run, g_ptr_array_index (inputs, i), input_format, &limits);
  status = cli_run_finish (run);
  /* --output: in place only when every record was written (a document
   * that failed has its error record there) */
  g_autoptr(GError) error = NULL;
  if (!cli_output_file_close (status == EXIT_OK || status == EXIT_DOC_FAILED, &error))
    {
      if (error)
        cli_say ("docsift: %s\n", error->message);
      return EXIT_OUTPUT;
    }
  return status;
}

static int
run_command (const CliOptions *opts)
{
  const char *command = "run";
  char **args = opts->args + 1;
  if (args[0] && (g_str_equal (args[0], "plugins") || g_str_equal (args[0], "inspect")))
    command = *args++;

  g_autoptr(GError) error = NULL;
  g_autoptr(DsConfig) config = _ds_config_new ();
  if (!_ds_config_load_standard (config, opts->config, &error))
    {
      cli_say ("docsift: config: %s\n", error->message);
      return EXIT_SETUP;
    }
  for (guint i = 0; opts->options && opts->options[i]; i++)
    if (!_ds_config_set_option_string (config, opts->options[i], &error))
      {
        cli_say ("docsift: %s\n", error->message);
        return EXIT_USAGE;
      }

  g_autoptr(DsRegistry) registry = open_registry (opts, config);
  if (g_str_equal (command, "plugins"))
    return cli_cmd_plugins (registry, config->plugins, opts->json);
  if (g_str_equal (command, "inspect"))
    {
      if (args[0] == NULL || args[1] != NULL)
        {
          cli_say ("docsift: usage: docsift inspect NAME [--json]\n");
          return EXIT_USAGE;
        }
      return cli_cmd_inspect (registry, args[0], opts->json);
    }

  if (!check_option_plugins (opts, registry))
    return EXIT_USAGE;
  const char *names = opts->plugins ? opts->plugins : config->plugins;
  g_autoptr(DsPipeline) pipeline = _ds_pipeline_new (registry, config, names, &error);
  if (pipeline == NULL)
    {
      cli_say ("docsift: %s\n", error->message);
      /* -o keys were checked above: an unknown key here is a config typo */
      return EXIT_SETUP;
    }
  if (opts->isolate_worker != NULL)
    return cli_worker_main (opts, pipeline);
  return run_documents (opts, config, pipeline, names, args);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  signal (SIGPIPE, SIG_IGN); /* a closed pipe becomes EPIPE: the run stops quietly, status 4 */
  g_log_set_writer_func (cli_log_writer, NULL, NULL);

  CliOptions opts;
  int status = cli_options_parse (&opts, argc, argv);
  if (status < 0)
    status = run_command (&opts);
  cli_output_file_close (FALSE, NULL); /* --output of a run that stopped early: removed */
  cli_options_clear (&opts);
  return status;
}
