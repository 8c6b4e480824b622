/* fuzz.h: the libFuzzer entry points every harness of tests/fuzz defines.
 *
 * Each harness is built twice: with -Dfuzzing=true (clang) as a libFuzzer
 * program, and always as a plain program (fuzz-main.c) that runs the
 * harness on the files of its seed corpus and of its regression folder, so
 * `meson test` replays every input that ever crashed (under ASan in CI).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

/* Aborts with @what when @cond is false: a property of the code under test
 * that the input broke (libFuzzer saves the input as a crash). */
#define FUZZ_CHECK(cond, what)                                                  \
  do                                                                            \
    {                                                                           \
      if (!(cond))                                                              \
        {                                                                       \
          fprintf (stderr, "fuzz check failed: %s (%s)\n", what, #cond);        \
          abort ();                                                             \
        }                                                                       \
    }                                                                           \
  while (0)
