/* test-cli-progress.c: the progress line: "1 document", sizes in B, KB,
 * MB, the percentage and the time left when the total is known.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-progress.h"

static void
expect (CliProgress p, const char *want)
{
  g_autofree char *line = cli_progress_line (&p);
  g_assert_cmpstr (line, ==, want);
}

static void
test_progress (void)
{
  expect ((CliProgress) { .docs = 1, .bytes = 812, .seconds = 0.5 }, "docsift: 1 document, 812 B, 0.0 MB/s");
  expect ((CliProgress) { .docs = 0 }, "docsift: 0 documents, 0 B, 0.0 MB/s");
  expect ((CliProgress) { .docs = 12, .failed = 1, .bytes = 3400000, .total_bytes = 10200000, .seconds = 2.0 },
          "docsift: 12 documents (1 failed), 3.4 MB of 10.2 MB (33%), 1.7 MB/s, 0:04 left");
  expect ((CliProgress) { .docs = 5, .bytes = 35700, .total_bytes = 35700, .seconds = 0.1 },
          "docsift: 5 documents, 35.7 KB of 35.7 KB (100%), 0.4 MB/s");
  /* an hour and more */
  expect ((CliProgress) { .docs = 100, .bytes = 1000000000, .total_bytes = 5000000000, .seconds = 1000 },
          "docsift: 100 documents, 1.0 GB of 5.0 GB (20%), 1.0 MB/s, 1:06:40 left");
  /* nothing done yet: no estimate */
  expect ((CliProgress) { .docs = 0, .bytes = 0, .total_bytes = 100, .seconds = 1 },
          "docsift: 0 documents, 0 B of 100 B (0%), 0.0 MB/s");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-progress/line", test_progress);
  return g_test_run ();
}
