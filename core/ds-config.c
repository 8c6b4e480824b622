/* ds-config.c: configuration files and option precedence.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-config.h"

#include <errno.h>
#include <string.h>

#ifndef DS_SYSCONFDIR
#define DS_SYSCONFDIR "/etc/docsift"
#endif

G_DEFINE_QUARK (ds-config-error-quark, ds_config_error)

DsConfig *
_ds_config_new (void)
{
  DsConfig *config = g_new0 (DsConfig, 1);
  config->plugins = g_strdup (DS_DEFAULT_PLUGINS);
  config->max_doc_bytes = DS_DEFAULT_MAX_DOC_BYTES;
  config->timeout = DS_DEFAULT_TIMEOUT;
  config->plugin_path = g_ptr_array_new_with_free_func (g_free);
  config->options = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  config->files = g_ptr_array_new_with_free_func (g_free);
  return config;
}

static gboolean
read_boolean (const char *value, gboolean *out)
{
  if (!g_ascii_strcasecmp (value, "true") || !g_ascii_strcasecmp (value, "yes") || g_str_equal (value, "1"))
    *out = TRUE;
  else if (!g_ascii_strcasecmp (value, "false") || !g_ascii_strcasecmp (value, "no") || g_str_equal (value, "0"))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
bad_value (GError **error, const char *path, const char *key, const char *value, const char *want)
{
  g_set_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_BAD_VALUE, "%s: [docsift] %s: \"%s\" is not %s", path, key,
               value, want);
  return FALSE;
}

gboolean
_ds_parse_size (const char *text, guint64 *bytes)
{
  char *end = NULL;
  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;
  errno = 0;
  guint64 n = g_ascii_strtoull (text, &end, 10);
  if (errno != 0)
    return FALSE;
  guint shift = 0;
  switch (g_ascii_toupper (*end))
    {
    case 'K': shift = 10; end++; break;
    case 'M': shift = 20; end++; break;
    case 'G': shift = 30; end++; break;
    default: break;
    }
  if (*end != '\0' || n > (G_MAXUINT64 >> shift))
    return FALSE;
  *bytes = n << shift;
  return TRUE;
}

void
_ds_config_free (DsConfig *config)
{
  if (config == NULL)
    return;
  g_free (config->plugins);
  g_ptr_array_unref (config->plugin_path);
  g_hash_table_unref (config->options);
  g_ptr_array_unref (config->files);
  g_free (config);
}

void
_ds_config_set_option (DsConfig *config, const char *plugin, const char *key, const char *value)
{
  g_hash_table_replace (config->options, g_strconcat (plugin, ".", key, NULL), g_strdup (value));
}

const char *
_ds_config_get_option (DsConfig *config, const char *plugin, const char *key)
{
  g_autofree char *k = g_strconcat (plugin, ".", key, NULL);
  return g_hash_table_lookup (config->options, k);
}

gboolean
_ds_config_load_file (DsConfig *config, const char *path, GError **error)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GError) local = NULL;

  if (!g_key_file_load_from_file (kf, path, G_KEY_FILE_NONE, &local))
    {
      g_set_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_PARSE,
                   "%s: %s", path, local->message);
      return FALSE;
    }
  g_ptr_array_add (config->files, g_strdup (path));

  g_auto(GStrv) groups = g_key_file_get_groups (kf, NULL);
  for (guint g = 0; groups[g]; g++)
    {
      const char *group = groups[g];
      g_auto(GStrv) keys = g_key_file_get_keys (kf, group, NULL, NULL);
      for (guint k = 0; keys && keys[k]; k++)
        {
          g_autofree char *value = g_key_file_get_string (kf, group, keys[k], &local);
          if (value == NULL)
            {
              g_set_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_PARSE,
                           "%s: [%s] %s: %s", path, group, keys[k], local->message);
              return FALSE;
            }
          g_strstrip (value);

          if (!g_str_equal (group, "docsift"))
            {
              _ds_config_set_option (config, group, keys[k], value);
              continue;
            }
          if (g_str_equal (keys[k], "plugins"))
            {
              g_free (config->plugins);
              config->plugins = g_steal_pointer (&value);
            }
          else if (g_str_equal (keys[k], "plugin-path"))
            {
              g_auto(GStrv) dirs = g_strsplit (value, G_SEARCHPATH_SEPARATOR_S, -1);
              for (guint i = 0; dirs[i]; i++)
                if (*g_strstrip (dirs[i]))
                  g_ptr_array_add (config->plugin_path, g_strdup (dirs[i]));
            }
          else if (g_str_equal (keys[k], "jobs"))
            {
              gint64 jobs;
              if (!g_ascii_string_to_signed (value, 10, 0, 1024, &jobs, NULL))
                {
                  g_set_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_BAD_VALUE,
                               "%s: [docsift] jobs: \"%s\" is not a number from 0 to 1024", path, value);
                  return FALSE;
                }
              config->jobs = (gint) jobs;
            }
          else if (g_str_equal (keys[k], "isolate"))
            {
              if (!read_boolean (value, &config->isolate))
                return bad_value (error, path, keys[k], value, "true or false");
            }
          else if (g_str_equal (keys[k], "timeout") || g_str_equal (keys[k], "max-memory"))
            {
              guint64 n;
              if (!g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &n, NULL))
                return bad_value (error, path, keys[k], value, "a whole number (0: no limit)");
              if (g_str_equal (keys[k], "timeout"))
                config->timeout = (guint) n;
              else
                config->max_memory_mb = n;
            }
          else if (g_str_equal (keys[k], "max-doc-bytes"))
            {
              if (!_ds_parse_size (value, &config->max_doc_bytes))
                {
                  g_set_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_BAD_VALUE,
                               "%s: [docsift] max-doc-bytes: \"%s\" is not a size (bytes, or with K, M, G)", path,
                               value);
                  return FALSE;
                }
            }
          else
            {
              g_set_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_BAD_VALUE,
                           "%s: [docsift] has no key \"%s\" (known: plugins, plugin-path, jobs, max-doc-bytes, isolate, timeout, max-memory)",
                           path, keys[k]);
              return FALSE;
            }
        }
    }
  return TRUE;
}

gboolean
_ds_config_load_standard (DsConfig *config, const char *explicit_path, GError **error)
{
  g_autofree char *system = g_build_filename (DS_SYSCONFDIR, "docsift.conf", NULL);
  g_autofree char *user = g_build_filename (g_get_user_config_dir (), "docsift", "docsift.conf", NULL);

  if (g_file_test (system, G_FILE_TEST_EXISTS) && !_ds_config_load_file (config, system, error))
    return FALSE;
  if (g_file_test (user, G_FILE_TEST_EXISTS) && !_ds_config_load_file (config, user, error))
    return FALSE;
  if (explicit_path != NULL && !_ds_config_load_file (config, explicit_path, error))
    return FALSE;
  return TRUE;
}

gboolean
_ds_config_set_option_string (DsConfig *config, const char *assignment, GError **error)
{
  const char *eq = strchr (assignment, '=');
  const char *dot = strchr (assignment, '.');
  if (eq == NULL || dot == NULL || dot > eq || dot == assignment || eq == dot + 1)
    {
      g_set_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_BAD_OPTION,
                   "-o \"%s\": expected PLUGIN.KEY=VALUE, e.g. -o numbers.include=all", assignment);
      return FALSE;
    }
  g_autofree char *plugin = g_strndup (assignment, dot - assignment);
  g_autofree char *key = g_strndup (dot + 1, eq - dot - 1);
  _ds_config_set_option (config, plugin, key, eq + 1);
  return TRUE;
}
