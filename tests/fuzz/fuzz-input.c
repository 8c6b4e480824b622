/* fuzz-input: input decoding and encoding detection (_ds_input_decode).
 *
 * The first byte picks the mode (bit 0: --lossy; bits 1-2: detection,
 * --encoding=GB18030, BIG5 or UTF-16LE); the rest is the file. Whatever it
 * decodes must be valid UTF-8 without NUL, NUL-terminated, and plain UTF-8
 * must come out as it went in; a refusal must say why.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-input.h"
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
  if (size == 0)
    return 0;
  static const char *const encodings[] = { NULL, "GB18030", "BIG5", "UTF-16LE" };
  guint8 mode = data[0];
  const char *bytes = (const char *) data + 1;
  gsize len = size - 1;

  DsDecoded dec = { 0 };
  g_autoptr (GError) error = NULL;
  if (_ds_input_decode ("fuzz", bytes, len, encodings[(mode >> 1) & 3], mode & 1, &dec, &error))
    {
      FUZZ_CHECK (error == NULL, "success without an error");
      FUZZ_CHECK (dec.text != NULL && dec.text[dec.length] == '\0', "NUL-terminated");
      FUZZ_CHECK (g_utf8_validate_len (dec.text, dec.length, NULL), "valid UTF-8 without NUL");
      FUZZ_CHECK (dec.encoding != NULL, "an encoding named");
      /* plain UTF-8 (no BOM) is detected as such and kept byte for byte (a
       * second U+FEFF after a BOM is text: only the BOM goes) */
      if (encodings[(mode >> 1) & 3] == NULL && _ds_input_is_plain_utf8 (bytes, len, &(gsize){ 0 }))
        FUZZ_CHECK (dec.length == len && memcmp (dec.text, bytes, len) == 0 && g_str_equal (dec.encoding, "UTF-8"),
                    "plain UTF-8 kept as it is");
      g_free (dec.text);
    }
  else
    FUZZ_CHECK (error != NULL && error->message[0] != '\0', "a refusal says why");

  /* the shortcut for plain UTF-8 agrees with GLib */
  gsize n = 0;
  if (_ds_input_is_plain_utf8 (bytes, len, &n))
    FUZZ_CHECK (g_utf8_validate_len (bytes, len, NULL) && n == (gsize) g_utf8_strlen (bytes, (gssize) len),
                "plain UTF-8 is valid and counted");
  return 0;
}
