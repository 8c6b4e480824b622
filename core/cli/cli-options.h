/* cli-options.h: the docsift CLI's command-line options.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

#include "cli-shard.h"

typedef struct
{
  char *plugins;
  char **options;
  char **plugin_path;
  char *config;
  gint jobs;
  gboolean pretty;
  gboolean compact;
  gboolean no_text;
  char *maps;
  char *format;
  char *table;        /* --table LAYER (csv/tsv) */
  char *fields;       /* --fields a,b,c (csv/tsv) */
  char *encoding;
  gboolean lossy;
  char *input_format;
  /* scale-out (docs/scale-out.md) */
  char *output;            /* --output FILE: temp file, renamed when complete */
  char *files_from;        /* --files-from FILE ("-": stdin) */
  gboolean nul;            /* -0: that list is NUL-separated */
  char *shard_text;        /* --shard K/N */
  CliShard shard;          /* parsed; n == 0: none */
  gboolean fail_fast;
  gboolean follow;
  char *max_doc_bytes_text;
  gboolean isolate;
  gboolean no_isolate;
  gint timeout;            /* -1: not given */
  gint64 max_memory;       /* MB; -1: not given */
  char *isolate_worker;    /* hidden: this process is a worker; its settings */
  char **argv;             /* the command line as given (-j4 split) */
  guint64 max_doc_bytes;   /* when max_doc_bytes_text is set */
  char **include;          /* --include globs for folder walks */
  char **exclude;          /* --exclude globs */
  gboolean quiet;
  gboolean json;
  gboolean version;
  gboolean help;
  char **args;        /* what is left: argv[0], then the command and inputs */
} CliOptions;

/* Parses @argv into @opts and checks the values. Prints --help and
 * --version itself. Returns -1 to go on, else the exit status. */
int cli_options_parse (CliOptions *opts, int argc, char **argv);
void cli_options_clear (CliOptions *opts);
