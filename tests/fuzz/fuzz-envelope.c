/* fuzz-envelope: one JSON Lines envelope (ds_document_new_from_json, with
 * its depth and size bounds).
 *
 * What it reads, docsift writes back (with maps), reads again and writes
 * the same: its output is always input it accepts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DsDocument) doc = ds_document_new_from_json ((const char *) data, (gssize) size, "fuzz", "fuzz", &error);
  if (doc == NULL)
    {
      FUZZ_CHECK (error != NULL && error->message[0] != '\0', "a refusal says why");
      return 0;
    }
  g_autoptr (GString) first = g_string_new (NULL);
  ds_document_to_json (doc, first, DS_JSON_EMIT_MAPS);
  FUZZ_CHECK (g_utf8_validate_len (first->str, first->len, NULL), "output is UTF-8");
  g_autoptr (DsDocument) again = ds_document_new_from_json (first->str, (gssize) first->len, "fuzz", "fuzz", &error);
  if (again == NULL)
    fprintf (stderr, "re-reading failed: %s\n", error->message);
  FUZZ_CHECK (again != NULL, "docsift reads what it writes");
  g_autoptr (GString) second = g_string_new (NULL);
  ds_document_to_json (again, second, DS_JSON_EMIT_MAPS);
  FUZZ_CHECK (g_string_equal (first, second), "writing is stable");
  return 0;
}
