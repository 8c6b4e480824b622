/* fuzz-item: one compact JSON object to ds_item_new(), the reader plugins
 * use for other plugins' items (ds_layer_peek_item() reads layers the same
 * way, layers read back from docsift's own output included).
 *
 * Properties: an accepted item is a JSON object json-glib reads too, with
 * the same members in the same order; every member's type and value can be
 * asked for; a refusal says why.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

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
  g_autoptr (GError) error = NULL;
  g_autoptr (DsItem) item = ds_item_new ((const char *) data, (gssize) size, &error);
  if (item == NULL)
    {
      FUZZ_CHECK (error != NULL && error->message[0] != '\0', "a refusal says why");
      return 0;
    }
  guint n = ds_item_get_n_members (item);
  for (guint i = 0; i < n; i++)
    {
      const char *name = ds_item_get_member_name (item, i);
      FUZZ_CHECK (name != NULL, "every member has a name");
      FUZZ_CHECK (ds_item_has_member (item, name), "a listed member is found by name");
      DsItemType t = ds_item_get_member_type (item, name);
      FUZZ_CHECK (t != DS_ITEM_TYPE_NONE, "a listed member has a type");
      gsize len = 0;
      const char *json = ds_item_get_json (item, name, &len);
      FUZZ_CHECK (json != NULL && len > 0, "a member's JSON text is there");
      (void) ds_item_get_string (item, name);
      (void) ds_item_get_int (item, name, 0);
      (void) ds_item_get_double (item, name, 0);
      (void) ds_item_get_boolean (item, name, FALSE);
    }
  /* json-glib reads what DsItem accepted, as an object (within our bounds:
   * json-glib recurses per level). DsItem is lenient where docsift's writer
   * never goes: a lone surrogate escape becomes U+FFFD, and it does not
   * validate UTF-8 (items come from docsift's writer, or from input that
   * json-glib read first); those inputs are not compared. */
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  gboolean surrogate = FALSE;
  for (size_t i = 0; i + 2 < size; i++)
    if (data[i] == '\\' && data[i + 1] == 'u' && (data[i + 2] == 'd' || data[i + 2] == 'D'))
      surrogate = TRUE;
  if (size < 4096 && !surrogate && g_utf8_validate ((const char *) data, (gssize) size, NULL))
    {
      g_autoptr (GError) perr = NULL;
      gboolean ok = json_parser_load_from_data (parser, (const char *) data, (gssize) size, &perr);
      if (!ok)
        fprintf (stderr, "accepted by DsItem, refused by json-glib: %s\n", perr->message);
      FUZZ_CHECK (ok, "an accepted item is JSON");
      JsonNode *root = json_parser_get_root (parser);
      FUZZ_CHECK (root && JSON_NODE_HOLDS_OBJECT (root), "an accepted item is an object");
      FUZZ_CHECK (json_object_get_size (json_node_get_object (root)) <= n, "no member json-glib sees is lost");
    }
  return 0;
}
