/* cli-options.c: parsing and checking the docsift CLI's options; the
 * --help text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-options.h"
#include "cli-output.h"

#include "cli-filter.h"
#include "ds-config.h"
#include <string.h>

#ifndef DS_DOCDIR
#define DS_DOCDIR "/usr/share/doc/docsift"
#endif

#ifndef DS_PLUGINSDIR
#define DS_PLUGINSDIR "/usr/lib/docsift/plugins"
#endif

static const char summary[] =
  "Runs analysis plugins over Chinese documents and writes one JSON object per document.\n"
  "\n"
  "Commands:\n"
  "  docsift [OPTIONS] [FILE|DIR|-]...   run plugins (no input: read stdin)\n"
  "  docsift plugins [--json]            list plugins found, and why any was refused\n"
  "  docsift inspect NAME [--json]       one plugin's description, options, inputs, outputs, data files\n"
  "\n"
  "Inputs: text files (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5),\n"
  "folders (read recursively, sorted, each once), '-' for stdin, and JSON Lines: {\"id\":..., \"text\":...,\n"
  "\"meta\":{...}} or docsift's own output. Re-read output keeps every view and layer\n"
  "(even of plugins this build lacks) and runs only the plugins asked for, so\n"
  "  docsift -p normalize a.txt | docsift -p numbers -\n"
  "gives the same layers as `docsift -p normalize,numbers a.txt`.";

static const char description[] =
  "Output: one object per document with format, version, id, source, encoding,\n"
  "offsets (\"codepoint\": start/end count Unicode code points of the original\n"
  "\"text\", so .text[.start:.end] in jq returns the mention), meta, text, views,\n"
  "layers (each {plugin, version, items:[...]}) and error when the document failed.\n"
  "See docsift(1), docsift-plugins(7) and " DS_DOCDIR "/output-format.md.\n"
  "\n"
  "Examples:\n"
  "  docsift examples/                        all default plugins on a folder\n"
  "  docsift -p numbers,timeline report.txt   pulls in what they require\n"
  "  docsift -o timeline.reference=2022-01-05 -p timeline a.txt\n"
  "  docsift -p numbers docs/ | jq '.layers.numbers.items[] | {text, value, unit}'\n"
  "  docsift --isolate --timeout=60 --max-memory=2000 corpus/   a crash loses one document\n"
  "  find corpus -name '*.txt' -print0 | docsift -0 --files-from - --shard 3/8 --output part-3.jsonl\n"
  "                                           one job of eight (docs/scale-out.md)\n"
  "\n"
  "Plugins are found in: --plugin-path, $DOCSIFT_PLUGIN_PATH (colon-separated), the\n"
  "config's plugin-path, then " DS_PLUGINSDIR ".\n"
  "Config files: " DS_SYSCONFDIR "/docsift.conf (system), $XDG_CONFIG_HOME/docsift/docsift.conf,\n"
  "then --config FILE; -o overrides all of them.\n"
  "\n"
  CLI_EXIT_STATUS_TABLE;

/* GOption does not read "-j4" as "-j 4"; make's users type it. */
static GStrv
split_jobs_argument (int argc, char **argv)
{
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
  return (GStrv) g_ptr_array_free (argp, FALSE);
}

static gboolean
is_one_of (const char *value, const char *a, const char *b, const char *c)
{
  return g_str_equal (value, a) || g_str_equal (value, b) || (c && g_str_equal (value, c));
}

/* The values GOption cannot check. */
static int
check_values (CliOptions *o)
{
  if (o->maps && !is_one_of (o->maps, "auto", "always", "never"))
    {
      cli_say ("docsift: --maps must be auto, always or never, not \"%s\"\n", o->maps);
      return EXIT_USAGE;
    }
  if (o->format && !is_one_of (o->format, "json", "text", NULL) && !is_one_of (o->format, "csv", "tsv", NULL))
    {
      cli_say ("docsift: --format must be json, text, csv or tsv, not \"%s\"\n", o->format);
      return EXIT_USAGE;
    }
  if ((o->table || o->fields) && !(o->format && is_one_of (o->format, "csv", "tsv", NULL)))
    {
      cli_say ("docsift: --table and --fields go with --format=csv or --format=tsv\n");
      return EXIT_USAGE;
    }
  if (o->input_format && !is_one_of (o->input_format, "auto", "text", "jsonl"))
    {
      cli_say ("docsift: --input-format must be auto, text or jsonl, not \"%s\"\n", o->input_format);
      return EXIT_USAGE;
    }
  if (o->pretty && o->compact)
    {
      cli_say ("docsift: --pretty and --compact contradict each other\n");
      return EXIT_USAGE;
    }
  if (o->max_doc_bytes_text && !_ds_parse_size (o->max_doc_bytes_text, &o->max_doc_bytes))
    {
      cli_say ("docsift: --max-doc-bytes must be a size (bytes, or with K, M, G), not \"%s\"\n",
               o->max_doc_bytes_text);
      return EXIT_USAGE;
    }
  if (o->timeout < -1 || o->max_memory < -1)
    {
      cli_say ("docsift: --timeout and --max-memory must not be negative\n");
      return EXIT_USAGE;
    }
  if (o->isolate && o->no_isolate)
    {
      cli_say ("docsift: --isolate and --no-isolate contradict each other\n");
      return EXIT_USAGE;
    }
  if (o->shard_text && !cli_shard_parse (o->shard_text, &o->shard))
    {
      cli_say ("docsift: --shard must be K/N with 1 <= K <= N, not \"%s\"\n", o->shard_text);
      return EXIT_USAGE;
    }
  if (o->nul && !o->files_from)
    {
      cli_say ("docsift: -0 goes with --files-from\n");
      return EXIT_USAGE;
    }
  if (o->jobs == 0 || o->jobs > 1024)
    {
      cli_say ("docsift: --jobs must be from 1 to 1024\n");
      return EXIT_USAGE;
    }
  return -1;
}

int
cli_options_parse (CliOptions *o, int argc, char **argv)
{
  memset (o, 0, sizeof *o);
  o->jobs = -1;
  o->timeout = -1;
  o->max_memory = -1;

  /* String options are taken as raw bytes (FILENAME), not converted from
   * the locale's charset: under LC_ALL=C GOption would refuse `-p 插件`. */
  const GOptionEntry entries[] = {
    { "plugins", 'p', 0, G_OPTION_ARG_FILENAME, &o->plugins,
      "Plugins to run, comma-separated (default: the config's plugins=, built in: " DS_DEFAULT_PLUGINS
      "). Requirements are pulled in and ordered automatically", "LIST" },
    { "option", 'o', 0, G_OPTION_ARG_FILENAME_ARRAY, &o->options,
      "Set a plugin option, e.g. -o numbers.include=all (repeatable; `docsift inspect NAME` lists them)",
      "PLUGIN.KEY=VALUE" },
    { "plugin-path", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->plugin_path,
      "Search DIR for plugins before $DOCSIFT_PLUGIN_PATH, the config and the installed folder (repeatable)",
      "DIR" },
    { "config", 'c', 0, G_OPTION_ARG_FILENAME, &o->config,
      "Read FILE after the system and user config files (it overrides them; -o overrides it)", "FILE" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &o->jobs, "Worker threads, or with --isolate worker processes (default: number of cores). Output order is input order", "N" },
    { "pretty", 0, 0, G_OPTION_ARG_NONE, &o->pretty, "Indented JSON (the default when stdout is a terminal)", NULL },
    { "compact", 0, 0, G_OPTION_ARG_NONE, &o->compact, "One JSON object per line (the default when stdout is not a terminal)", NULL },
    { "no-text", 0, 0, G_OPTION_ARG_NONE, &o->no_text,
      "Leave the original text out of the output. Such output cannot be re-read by docsift (chaining needs the text)", NULL },
    { "maps", 0, 0, G_OPTION_ARG_FILENAME, &o->maps,
      "Write views' offset maps: auto (when stdout is not a terminal, so the output can be re-read; "
      "or when a plugin is given -o NAME.emit_map=true), always, never", "WHEN" },
    { "format", 'f', 0, G_OPTION_ARG_FILENAME, &o->format, "Output format: json (default), text (readable, per plugin), csv or tsv (one row per item of "
      "one layer, see --table and --fields)", "FMT" },
    { "table", 0, 0, G_OPTION_ARG_FILENAME, &o->table,
      "With csv/tsv: the layer whose items are the rows (default: the last plugin asked for)", "LAYER" },
    { "fields", 0, 0, G_OPTION_ARG_FILENAME, &o->fields,
      "With csv/tsv: the columns after id and source, comma-separated; nested members joined with _ "
      "(period_from, change_value). Default: the layer's list in table-columns.txt", "A,B,C" },
    { "encoding", 'e', 0, G_OPTION_ARG_FILENAME, &o->encoding,
      "Encoding of text inputs (default: detect BOM, UTF-8, GB18030/GBK or Big5)", "ENC" },
    { "lossy", 0, 0, G_OPTION_ARG_NONE, &o->lossy,
      "Replace undecodable bytes with U+FFFD instead of failing the document (in UTF-8 one per maximal "
      "invalid subpart; counted in \"replaced_bytes\", the first offsets in \"replaced_at\")", NULL },
    { "input-format", 'i', 0, G_OPTION_ARG_FILENAME, &o->input_format,
      "auto (default: .jsonl/.ndjson/.json files and stdin starting with '{' are JSON Lines), text, jsonl", "FMT" },
    { "follow", 'L', 0, G_OPTION_ARG_NONE, &o->follow,
      "Follow symlinks to folders inside the folders given (like find -L; a loop is skipped with a warning). "
      "Without it they are skipped (find -H: links named on the command line are followed)", NULL },
    { "max-doc-bytes", 0, 0, G_OPTION_ARG_FILENAME, &o->max_doc_bytes_text,
      "Refuse a larger document (its record gets an error; the run goes on). Bytes, or with K, M, G; "
      "0: no limit (default: the config's max-doc-bytes=, built in 64M). A JSON Lines record may be 4 times as long. "
      "The default plugins take about 8 times a document's size in memory (50 MB: 425 MB), per job",
      "SIZE" },
    { "isolate", 0, 0, G_OPTION_ARG_NONE, &o->isolate,
      "Run the plugins in worker processes (one per job): a document that crashes a plugin, or runs over "
      "--timeout or --max-memory, gets an error record naming the plugin and the cause, its worker is replaced, "
      "the run goes on (exit status 1). Config: isolate=true", NULL },
    { "no-isolate", 0, 0, G_OPTION_ARG_NONE, &o->no_isolate, "Run the plugins in this process even if the config says isolate=true", NULL },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &o->timeout,
      "With --isolate (implies it): the longest one document may take, 0 for no limit (default: the config's "
      "timeout=, built in 300)", "SECONDS" },
    { "max-memory", 0, 0, G_OPTION_ARG_INT64, &o->max_memory,
      "With --isolate (implies it): the most resident memory a worker may use, 0 for no limit (default: the "
      "config's max-memory=, built in 0)", "MB" },
    { "isolate-worker", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &o->isolate_worker, NULL, NULL },
    /* issue 18: which files a folder walk takes */
    { "include", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->include,
      "In folders, read only files whose name matches GLOB (repeatable, or comma-separated; default: "
      CLI_FILTER_DEFAULT_INCLUDE "). Skipped files are counted on stderr; files named on the command line are always read",
      "GLOB" },
    { "exclude", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->exclude,
      "In folders, skip files whose name matches GLOB (repeatable, or comma-separated)", "GLOB" },
    { "fail-fast", 0, 0, G_OPTION_ARG_NONE, &o->fail_fast, "Stop at the first document that fails", NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &o->quiet, "No progress line on stderr", NULL },
    /* scale-out: mapper options (docs/scale-out.md) */
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &o->output,
      "Write the records to FILE through a temporary file beside it, renamed when the run is complete "
      "(a killed job leaves no half FILE)", "FILE" },
    { "files-from", 'T', 0, G_OPTION_ARG_FILENAME, &o->files_from,
      "Read input names from FILE, one per line ('-': stdin), after those on the command line", "FILE" },
    { "null", '0', 0, G_OPTION_ARG_NONE, &o->nul, "With --files-from: names are NUL-separated (find -print0)", NULL },
    { "shard", 0, 0, G_OPTION_ARG_FILENAME, &o->shard_text,
      "Process only the K-th of N disjoint slices of the documents, by a stable hash (FNV-1a) of their id; "
      "the N slices together are the whole input (job arrays: --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT)",
      "K/N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o->json, "For `plugins` and `inspect`: print JSON", NULL },
    { "version", 'V', 0, G_OPTION_ARG_NONE, &o->version, "Print the version and exit", NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &o->help, "Show this help", NULL },
    { NULL }
  };

  g_autoptr(GOptionContext) context = g_option_context_new ("[FILE|DIR|-]...");
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);
  /* GOption prints its help with g_print, which turns UTF-8 into '?' under
   * a non-UTF-8 locale; print it ourselves. */
  g_option_context_set_help_enabled (context, FALSE);

  g_autoptr(GError) error = NULL;
  o->args = split_jobs_argument (argc, argv);
  o->argv = g_strdupv (o->args);
  if (!g_option_context_parse_strv (context, &o->args, &error))
    {
      cli_say ("docsift: %s (try --help)\n", error->message);
      return EXIT_USAGE;
    }
  if (o->help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      return cli_write_all (help, strlen (help));
    }
  if (o->version)
    {
      const char v[] = "docsift " DS_VERSION " (plugin ABI " G_STRINGIFY (DS_ABI_MAJOR) "." G_STRINGIFY (DS_ABI_MINOR) ")\n";
      return cli_write_all (v, strlen (v));
    }
  return check_values (o);
}

void
cli_options_clear (CliOptions *o)
{
  g_free (o->plugins);
  g_strfreev (o->options);
  g_strfreev (o->plugin_path);
  g_free (o->config);
  g_free (o->maps);
  g_free (o->output);
  g_free (o->files_from);
  g_free (o->shard_text);
  g_free (o->format);
  g_free (o->table);
  g_free (o->fields);
  g_free (o->encoding);
  g_free (o->input_format);
  g_free (o->max_doc_bytes_text);
  g_free (o->isolate_worker);
  g_strfreev (o->include);
  g_strfreev (o->exclude);
  g_strfreev (o->argv);
  g_strfreev (o->args);
  memset (o, 0, sizeof *o);
}
