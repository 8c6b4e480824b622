/* test-exports: libdocsift.so exports the public API and none of the
 * core's internal _ds_* functions (issue 10, "Internals stay internal").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>

#include <dlfcn.h>

static void
test_exports (void)
{
  const char *build = g_getenv ("DOCSIFT_BUILD_DIR");
  if (build == NULL)
    {
      g_test_skip ("DOCSIFT_BUILD_DIR not set");
      return;
    }
  g_autofree char *path = g_build_filename (build, "core", "libdocsift.so", NULL);
  void *lib = dlopen (path, RTLD_NOW | RTLD_LOCAL);
  if (lib == NULL)
    g_error ("%s", dlerror ());
  const char *public[] = { "ds_harness_new", "ds_document_add_layer", "ds_word_set_match", "ds_data_file_open",
                           "ds_offset_map_compose", "ds_layer_compact", NULL };
  const char *internal[] = { "_ds_pipeline_new", "_ds_registry_new", "_ds_config_new", "_ds_input_decode",
                             "_ds_document_new_counted", "_ds_string_reserve", "_ds_utf8_validate_count",
                             "_ds_harness_get_provides", "_ds_data_file_read", NULL };
  for (guint i = 0; public[i]; i++)
    if (dlsym (lib, public[i]) == NULL)
      g_error ("libdocsift.so does not export %s", public[i]);
  for (guint i = 0; internal[i]; i++)
    if (dlsym (lib, internal[i]) != NULL)
      g_error ("libdocsift.so exports %s", internal[i]);
  dlclose (lib);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/exports", test_exports);
  return g_test_run ();
}
