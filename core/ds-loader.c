/* ds-loader.c: finding, opening and checking plugins.
 *
 * One descriptor symbol per plugin, version checks before anything else is
 * touched, and every refusal kept as a GError naming the file (after
 * GStreamer's gstplugin.c and libpeas' plugin errors).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-loader.h"

#include <dlfcn.h>
#include <string.h>
#include <sys/stat.h>

#ifndef DS_PLUGINSDIR
#define DS_PLUGINSDIR "/usr/lib/docsift/plugins"
#endif

G_DEFINE_QUARK (ds-loader-error-quark, ds_loader_error)

#ifndef DS_PLUGINSDIR
#define DS_PLUGINSDIR "/usr/lib/docsift/plugins"
#endif

#define PLUGIN_PREFIX "docsift-"
#define PLUGIN_SUFFIX ".so"

/* The size of the descriptor of ABI 1.0: the smallest a plugin may have.
 * 1.1 took data_files, 1.2 fields from the reserved padding, so the size is
 * the same. */
#define DESC_SIZE_1_0 sizeof (DsPluginDesc)
G_STATIC_ASSERT (sizeof (DsPluginDesc) == G_STRUCT_OFFSET (DsPluginDesc, render) + 9 * sizeof (gpointer));

const char *const *
_ds_plugin_desc_get_data_files (const DsPluginDesc *desc)
{
  /* a 1.0 plugin's slot is padding: zero in practice, but not promised */
  return desc->abi_minor >= 1 ? desc->data_files : NULL;
}

const DsFieldSpec *
_ds_plugin_desc_get_fields (const DsPluginDesc *desc)
{
  /* 1.0 and 1.1 plugins: reserved padding */
  return desc->abi_minor >= 2 ? desc->fields : NULL;
}

void
_ds_plugin_info_free (DsPluginInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_free (info->name);
  g_clear_error (&info->error);
  /* Accepted plugins stay resident (their code may be referenced by
   * documents' data); refused ones were closed in _ds_plugin_info_load(). */
  g_free (info);
}

static gboolean
valid_plugin_name (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_'))
      return FALSE;
  return TRUE;
}

static char *
name_from_path (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  if (!g_str_has_prefix (base, PLUGIN_PREFIX) || !g_str_has_suffix (base, PLUGIN_SUFFIX))
    return NULL;
  gsize len = strlen (base) - strlen (PLUGIN_PREFIX) - strlen (PLUGIN_SUFFIX);
  return g_strndup (base + strlen (PLUGIN_PREFIX), len);
}

static gboolean
check_descriptor (const char *path, const char *file_name, const DsPluginDesc *desc, GError **error)
{
  if (desc->abi_major != DS_ABI_MAJOR)
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_ABI_MAJOR,
                   "%s: built for docsift plugin ABI %u.%u, but this docsift has ABI %d.%d "
                   "(the major version must match); rebuild the plugin against this docsift",
                   path, desc->abi_major, desc->abi_minor, DS_ABI_MAJOR, DS_ABI_MINOR);
      return FALSE;
    }
  if (desc->abi_minor > DS_ABI_MINOR)
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_ABI_MINOR,
                   "%s: built for docsift plugin ABI %u.%u, newer than this docsift's %d.%d; "
                   "upgrade docsift or rebuild the plugin",
                   path, desc->abi_major, desc->abi_minor, DS_ABI_MAJOR, DS_ABI_MINOR);
      return FALSE;
    }
  if (desc->struct_size < DESC_SIZE_1_0)
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_BAD_DESCRIPTOR,
                   "%s: descriptor is %u bytes, smaller than ABI %d.0's %zu: corrupt or not built "
                   "with DOCSIFT_PLUGIN_DEFINE",
                   path, desc->struct_size, DS_ABI_MAJOR, DESC_SIZE_1_0);
      return FALSE;
    }

  const char *missing = NULL;
  if (desc->name == NULL)
    missing = "name";
  else if (desc->version == NULL)
    missing = "version";
  else if (desc->description == NULL)
    missing = "description";
  else if (desc->license == NULL)
    missing = "license";
  else if (desc->provides == NULL || desc->provides[0] == NULL)
    missing = "provides";
  else if (desc->process == NULL)
    missing = "process (the required entry point)";
  if (missing != NULL)
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_BAD_DESCRIPTOR,
                   "%s: descriptor has no %s", path, missing);
      return FALSE;
    }
  if (!valid_plugin_name (desc->name))
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_BAD_DESCRIPTOR,
                   "%s: plugin name \"%s\" is not made of [a-z0-9_]", path, desc->name);
      return FALSE;
    }
  if (!g_str_equal (desc->name, file_name))
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_NAME_MISMATCH,
                   "%s: the file is named for plugin \"%s\" but its descriptor says \"%s\"; "
                   "rename the file to " PLUGIN_PREFIX "%s" PLUGIN_SUFFIX,
                   path, file_name, desc->name, desc->name);
      return FALSE;
    }
  return TRUE;
}

DsPluginInfo *
_ds_plugin_info_load (const char *path)
{
  DsPluginInfo *info = g_new0 (DsPluginInfo, 1);
  info->path = g_strdup (path);
  info->name = name_from_path (path);
  if (info->name == NULL)
    info->name = g_path_get_basename (path);

  if (!_ds_loader_check_trusted (path, &info->error))
    return info;

  dlerror ();
  void *handle = dlopen (path, RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL)
    {
      const char *why = dlerror ();
      gboolean undefined = why != NULL && strstr (why, "undefined symbol") != NULL;
      g_set_error (&info->error, DS_LOADER_ERROR,
                   undefined ? DS_LOADER_ERROR_MISSING_SYMBOL : DS_LOADER_ERROR_OPEN,
                   "%s: cannot be loaded: %s", path, why ? why : "unknown dlopen error");
      return info;
    }

  dlerror ();
  DsPluginGetDescFunc get_desc = (DsPluginGetDescFunc) dlsym (handle, DS_PLUGIN_DESC_SYMBOL);
  if (get_desc == NULL)
    {
      g_set_error (&info->error, DS_LOADER_ERROR, DS_LOADER_ERROR_NOT_A_PLUGIN,
                   "%s: not a docsift plugin (no %s symbol; plugins are built with DOCSIFT_PLUGIN_DEFINE)",
                   path, DS_PLUGIN_DESC_SYMBOL);
      goto refuse;
    }

  const DsPluginDesc *desc = get_desc ();
  if (desc == NULL)
    {
      g_set_error (&info->error, DS_LOADER_ERROR, DS_LOADER_ERROR_BAD_DESCRIPTOR,
                   "%s: %s() returned no descriptor", path, DS_PLUGIN_DESC_SYMBOL);
      goto refuse;
    }
  if (!check_descriptor (path, info->name, desc, &info->error))
    goto refuse;

  info->desc = desc;
  info->handle = handle;
  return info;

refuse:
  dlclose (handle);
  return info;
}

DsRegistry *
_ds_registry_new (void)
{
  DsRegistry *registry = g_new0 (DsRegistry, 1);
  registry->dirs = g_ptr_array_new_with_free_func (g_free);
  registry->plugins = g_ptr_array_new_with_free_func ((GDestroyNotify) _ds_plugin_info_free);
  return registry;
}

void
_ds_registry_free (DsRegistry *registry)
{
  if (registry == NULL)
    return;
  g_ptr_array_unref (registry->dirs);
  g_ptr_array_unref (registry->plugins);
  g_free (registry);
}

void
_ds_registry_add_dir (DsRegistry *registry, const char *dir)
{
  if (dir == NULL || *dir == '\0')
    return;
  for (guint i = 0; i < registry->dirs->len; i++)
    if (g_str_equal (g_ptr_array_index (registry->dirs, i), dir))
      return;
  g_ptr_array_add (registry->dirs, g_strdup (dir));
}

void
_ds_registry_add_path_list (DsRegistry *registry, const char *list)
{
  if (list == NULL)
    return;
  g_auto(GStrv) parts = g_strsplit (list, G_SEARCHPATH_SEPARATOR_S, -1);
  for (guint i = 0; parts[i]; i++)
    _ds_registry_add_dir (registry, g_strstrip (parts[i]));
}

void
_ds_registry_add_search_path (DsRegistry *registry, const char *const *first_dirs, const GPtrArray *config_dirs)
{
  for (guint i = 0; first_dirs && first_dirs[i]; i++)
    _ds_registry_add_dir (registry, first_dirs[i]);
  _ds_registry_add_path_list (registry, g_getenv ("DOCSIFT_PLUGIN_PATH"));
  for (guint i = 0; config_dirs && i < config_dirs->len; i++)
    _ds_registry_add_dir (registry, g_ptr_array_index (config_dirs, i));
  _ds_registry_add_dir (registry, DS_PLUGINSDIR);
}

static gint
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static DsPluginInfo *
find_accepted (DsRegistry *registry, const char *name)
{
  for (guint i = 0; i < registry->plugins->len; i++)
    {
      DsPluginInfo *info = g_ptr_array_index (registry->plugins, i);
      if (info->desc != NULL && g_str_equal (info->desc->name, name))
        return info;
    }
  return NULL;
}

void
_ds_registry_scan (DsRegistry *registry)
{
  for (guint d = 0; d < registry->dirs->len; d++)
    {
      const char *dir_path = g_ptr_array_index (registry->dirs, d);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      if (dir == NULL)
        continue;

      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
      const char *entry;
      while ((entry = g_dir_read_name (dir)) != NULL)
        if (g_str_has_prefix (entry, PLUGIN_PREFIX) && g_str_has_suffix (entry, PLUGIN_SUFFIX))
          g_ptr_array_add (files, g_strdup (entry));
      g_ptr_array_sort (files, compare_strings);

      for (guint f = 0; f < files->len; f++)
        {
          g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (files, f), NULL);
          g_autofree char *name = name_from_path (path);
          DsPluginInfo *earlier = find_accepted (registry, name);
          if (earlier != NULL)
            {
              /* First in the search path wins; do not even open this one. */
              DsPluginInfo *info = g_new0 (DsPluginInfo, 1);
              info->path = g_strdup (path);
              info->name = g_strdup (name);
              g_set_error (&info->error, DS_LOADER_ERROR, DS_LOADER_ERROR_DUPLICATE,
                           "%s: ignored: plugin \"%s\" was already found at %s, earlier in the search path",
                           path, name, earlier->path);
              g_ptr_array_add (registry->plugins, info);
              continue;
            }
          g_ptr_array_add (registry->plugins, _ds_plugin_info_load (path));
        }
    }
}

DsPluginInfo *
_ds_registry_lookup (DsRegistry *registry, const char *name, GError **error)
{
  DsPluginInfo *info = find_accepted (registry, name);
  if (info != NULL)
    return info;

  for (guint i = 0; i < registry->plugins->len; i++)
    {
      DsPluginInfo *refused = g_ptr_array_index (registry->plugins, i);
      if (refused->error != NULL && g_strcmp0 (refused->name, name) == 0 &&
          !g_error_matches (refused->error, DS_LOADER_ERROR, DS_LOADER_ERROR_DUPLICATE))
        {
          g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_NOT_FOUND,
                       "plugin \"%s\" was found but refused: %s", name, refused->error->message);
          return NULL;
        }
    }

  g_autoptr(GString) dirs = g_string_new (NULL);
  for (guint i = 0; i < registry->dirs->len; i++)
    g_string_append_printf (dirs, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (registry->dirs, i));
  g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_NOT_FOUND,
               "no plugin \"%s\" (searched: %s); `docsift plugins` lists what was found",
               name, dirs->len ? dirs->str : "no folders");
  return NULL;
}
