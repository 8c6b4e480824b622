/* core-test-util.h: helpers shared by the tests of tests/core.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* A fresh private (0700) folder; removed with ct_rm_rf(). */
char *ct_make_tmp_dir (void);
void ct_rm_rf (const char *path);

/* Copies the test plugin docsift-@name.so from the build tree into @dir
 * (mode 0755); returns the new path. */
char *ct_copy_test_plugin (const char *name, const char *dir);

/* Writes @len bytes (-1: NUL-terminated) to @dir/@name; returns the path. */
char *ct_write_file (const char *dir, const char *name, const char *data, gssize len);

/* Runs the docsift binary (env DOCSIFT_BIN) with @argv (NULL-terminated,
 * without argv[0]), feeding @stdin_data (may be NULL: empty stdin).
 * @env_set: NULL-terminated "NAME=VALUE" (VALUE empty: unset) pairs.
 * Returns the exit status (-1 when killed by a signal). */
int ct_run_docsift (const char *const *argv,
                    const char *const *env_set,
                    GBytes *stdin_data,
                    char **out,
                    gsize *out_len,
                    char **err);

/* Splits output into non-empty lines. */
GPtrArray *ct_lines (const char *out);

/* Parses one JSON object (asserts it is one); free with json_node_unref. */
#include <json-glib/json-glib.h>
JsonNode *ct_parse_json (const char *text);

const char *ct_docsift_bin (void);

/* The signal a worker dies of when a plugin segfaults: AddressSanitizer
 * (abort_on_error=1, as CI runs it) reports the SEGV and aborts. */
#if defined(__SANITIZE_ADDRESS__)
#define CT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CT_ASAN 1
#endif
#endif
#ifdef CT_ASAN
#define CT_SEGV_SIGNAL "SIGABRT"
#else
#define CT_SEGV_SIGNAL "SIGSEGV"
#endif
const char *ct_source_dir (void);

G_END_DECLS
