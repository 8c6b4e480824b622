/* cli-worker.c: the loop of an --isolate worker process.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-worker.h"
#include "cli-output.h"
#include "cli-wire.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

/* Tells docsift which plugin runs now ("docsift" between stages). */
static void
report_stage (const char *plugin, gpointer data)
{
  const char *name = plugin ? plugin : "docsift";
  gsize len = strlen (name);
  cli_wire_write (CLI_WORKER_OUT_FD, 'P', 1, &name, &len);
}

static gboolean
send_result (const CliResult *result)
{
  guint32 n_failed = result->n_failed;
  guint64 bytes = result->bytes;
  const char *field[] = { result->out->str, result->problems->str, (const char *) &n_failed,
                          (const char *) &bytes };
  const gsize length[] = { result->out->len, result->problems->len, sizeof n_failed, sizeof bytes };
  return cli_wire_write (CLI_WORKER_OUT_FD, 'R', 4, field, length);
}

/* A 'D' message as an item (its bytes NUL-terminated, as the reader's). */
static CliItem *
item_from_message (const CliWireMsg *msg)
{
  if (msg->type != 'D' || msg->n_fields != 5 || msg->length[0] != 1 || msg->length[1] != sizeof (gint32))
    return NULL;
  gint32 code;
  memcpy (&code, msg->field[1], sizeof code);
  g_autofree char *id = g_strndup (msg->field[2], msg->length[2]);
  g_autofree char *source = g_strndup (msg->field[3], msg->length[3]);
  char *data = NULL;
  if (msg->length[4] > 0)
    {
      data = g_malloc (msg->length[4] + 1);
      memcpy (data, msg->field[4], msg->length[4]);
      data[msg->length[4]] = '\0';
    }
  CliItem *item = cli_item_new ((CliItemKind) msg->field[0][0], data, msg->length[4], id, source);
  item->code = code;
  return item;
}

/* The settings the worker cannot work out itself (stdout is not its
 * own): --isolate-worker=FLAGS,TEXT_FORMAT,MAX_DOC_BYTES */
char **
cli_worker_argv (const CliOptions *opts, DsJsonFlags flags, gboolean text_format, guint64 max_doc_bytes)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  GPtrArray *argv = g_ptr_array_new ();
  g_ptr_array_add (argv, g_strdup (self ? self : opts->argv[0]));
  g_ptr_array_add (argv, g_strdup_printf ("--isolate-worker=%u,%d,%" G_GUINT64_FORMAT, (unsigned) flags,
                                          text_format, max_doc_bytes));
  for (guint i = 1; opts->argv[i]; i++)
    g_ptr_array_add (argv, g_strdup (opts->argv[i]));
  g_ptr_array_add (argv, NULL);
  return (char **) g_ptr_array_free (argv, FALSE);
}

int
cli_worker_main (const CliOptions *opts, DsPipeline *pipeline)
{
  unsigned flags;
  int text_format;
  guint64 max_doc_bytes;
  if (sscanf (opts->isolate_worker, "%u,%d,%" G_GUINT64_FORMAT, &flags, &text_format, &max_doc_bytes) != 3)
    {
      cli_say ("docsift: --isolate-worker is for docsift itself\n");
      return EXIT_USAGE;
    }
  /* --format=csv/tsv: rows without the header (the parent wrote it); the
   * parent put the layer in --table */
  g_autoptr(CliTable) table = NULL;
  if (opts->format && (g_str_equal (opts->format, "csv") || g_str_equal (opts->format, "tsv")))
    {
      g_autoptr(GError) error = NULL;
      if ((table = cli_table_new (opts->format, opts->table, opts->fields, &error)) == NULL)
        {
          cli_say ("docsift: %s\n", error->message);
          return EXIT_USAGE;
        }
    }
  CliProcessor processor = {
    .pipeline = pipeline,
    .table = table,
    .flags = flags,
    .text_format = text_format,
    .max_doc_bytes = max_doc_bytes,
    .encoding = opts->encoding,
    .lossy = opts->lossy,
    .shard = opts->shard,
  };
  return cli_worker_run (&processor);
}

int
cli_worker_run (CliProcessor *processor)
{
  /* die with docsift, whatever kills it */
  prctl (PR_SET_PDEATHSIG, SIGKILL);
  processor->pipeline->on_stage = report_stage;

  if (!cli_wire_write (CLI_WORKER_OUT_FD, 'H', 0, NULL, NULL))
    return EXIT_OUTPUT;
  g_autoptr(GByteArray) buf = g_byte_array_new ();
  CliWireMsg msg;
  while (cli_wire_read (CLI_WORKER_IN_FD, buf, &msg))
    {
      CliItem *item = item_from_message (&msg);
      cli_wire_consume (buf, &msg);
      if (item == NULL)
        {
          cli_say ("docsift: isolate worker: unexpected message\n");
          return EXIT_USAGE;
        }
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) problems = g_string_new (NULL);
      CliResult result = { out, problems, 0, 0 };
      cli_process_item (processor, item, &result);
      cli_item_free (item);
      if (!send_result (&result))
        return EXIT_OUTPUT;
    }
  return EXIT_OK;
}
