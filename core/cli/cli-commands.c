/* cli-commands.c: `docsift plugins` and `docsift inspect NAME`.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-commands.h"
#include "cli-output.h"

static void
append_strv_json (JsonBuilder *b, const char *name, const char *const *strv)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; strv && strv[i]; i++)
    json_builder_add_string_value (b, strv[i]);
  json_builder_end_array (b);
}

/* One object of string members: @n pairs of name and value (NULL: ""). */
static void
append_strings_object (JsonBuilder *b, guint n, const char *const *pairs)
{
  json_builder_begin_object (b);
  for (guint i = 0; i < n; i++)
    {
      json_builder_set_member_name (b, pairs[2 * i]);
      json_builder_add_string_value (b, pairs[2 * i + 1] ? pairs[2 * i + 1] : "");
    }
  json_builder_end_object (b);
}

static void
append_fields_json (JsonBuilder *b, const DsFieldSpec *fields)
{
  json_builder_set_member_name (b, "fields");
  json_builder_begin_array (b);
  for (const DsFieldSpec *f = fields; f && f->name; f++)
    append_strings_object (b, 3, (const char *const[]){ "name", f->name, "type", f->type, "help", f->help });
  json_builder_end_array (b);
}

/* Whether @name is one of the comma-separated @names. */
static gboolean
in_list (const char *names, const char *name)
{
  g_auto(GStrv) parts = g_strsplit (names ? names : "", ",", -1);
  for (guint i = 0; parts[i]; i++)
    if (g_str_equal (g_strstrip (parts[i]), name))
      return TRUE;
  return FALSE;
}

/* @default_names: the default selection, for "default"; NULL: leave it out */
static void
describe_plugin_json (JsonBuilder *b, DsPluginInfo *info, const char *default_names, gboolean full)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, info->desc ? info->desc->name : info->name);
  json_builder_set_member_name (b, "file");
  json_builder_add_string_value (b, info->path);
  json_builder_set_member_name (b, "status");
  json_builder_add_string_value (b, info->desc ? "ok" : "refused");
  if (info->error)
    {
      json_builder_set_member_name (b, "error");
      json_builder_add_string_value (b, info->error->message);
    }
  if (info->desc)
    {
      const DsPluginDesc *d = info->desc;
      json_builder_set_member_name (b, "version");
      json_builder_add_string_value (b, d->version);
      json_builder_set_member_name (b, "description");
      json_builder_add_string_value (b, d->description);
      json_builder_set_member_name (b, "license");
      json_builder_add_string_value (b, d->license);
      json_builder_set_member_name (b, "abi");
      g_autofree char *abi = g_strdup_printf ("%u.%u", d->abi_major, d->abi_minor);
      json_builder_add_string_value (b, abi);
      if (default_names != NULL)
        {
          json_builder_set_member_name (b, "default");
          json_builder_add_boolean_value (b, in_list (default_names, d->name));
        }
      append_strv_json (b, "requires", d->requires);
      append_strv_json (b, "optional", d->optional);
      append_strv_json (b, "provides", d->provides);
      append_fields_json (b, _ds_plugin_desc_get_fields (d));
      if (full)
        {
          json_builder_set_member_name (b, "options");
          json_builder_begin_array (b);
          for (const DsOptionSpec *o = d->options; o && o->key; o++)
            append_strings_object (b, 3,
                                   (const char *const[]){ "key", o->key, "default", o->default_value, "help", o->help });
          json_builder_end_array (b);
          json_builder_set_member_name (b, "renders_text");
          json_builder_add_boolean_value (b, d->render != NULL);
          json_builder_set_member_name (b, "data_files");
          json_builder_begin_array (b);
          const char *const *files = _ds_plugin_desc_get_data_files (d);
          for (guint i = 0; files && files[i]; i++)
            {
              g_autofree char *found = ds_plugin_context_find_data_file (NULL, files[i]);
              json_builder_begin_object (b);
              json_builder_set_member_name (b, "name");
              json_builder_add_string_value (b, files[i]);
              json_builder_set_member_name (b, "path");
              if (found)
                json_builder_add_string_value (b, found);
              else
                json_builder_add_null_value (b);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
    }
  json_builder_end_object (b);
}

static int
write_builder (JsonBuilder *b)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autoptr(GString) out = g_string_new (NULL);
  ds_json_append_node (out, root, TRUE, 0);
  g_string_append_c (out, '\n');
  return cli_write_all (out->str, out->len);
}

static char *
join_strv (const char *const *strv)
{
  if (strv == NULL || strv[0] == NULL)
    return g_strdup ("-");
  return g_strjoinv (", ", (char **) strv);
}

int
cli_cmd_plugins (DsRegistry *registry, const char *default_names, gboolean json)
{
  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint i = 0; i < registry->plugins->len; i++)
        describe_plugin_json (b, g_ptr_array_index (registry->plugins, i), default_names, FALSE);
      json_builder_end_array (b);
      return write_builder (b);
    }

  g_autoptr(GString) out = g_string_new (NULL);
  if (registry->plugins->len == 0)
    g_string_append (out, "No plugins found.\n");
  for (guint i = 0; i < registry->plugins->len; i++)
    {
      DsPluginInfo *info = g_ptr_array_index (registry->plugins, i);
      if (info->desc)
        g_string_append_printf (out, "%-12s %-8s %-8s %s\n             %s\n", info->desc->name,
                                info->desc->version, in_list (default_names, info->desc->name) ? "default" : "ok",
                                info->desc->description, info->path);
      else
        g_string_append_printf (out, "%-12s %-8s REFUSED  %s\n", info->name, "-", info->error->message);
    }
  g_string_append_printf (out, "\ndefault: run when -p is not given (plugins= in the config: %s)\n",
                          default_names ? default_names : "");
  g_string_append (out, "Search path:");
  for (guint i = 0; i < registry->dirs->len; i++)
    g_string_append_printf (out, "%s%s", i ? ":" : " ", (char *) g_ptr_array_index (registry->dirs, i));
  g_string_append_c (out, '\n');
  return cli_write_all (out->str, out->len);
}

int
cli_cmd_inspect (DsRegistry *registry, const char *name, gboolean json)
{
  g_autoptr(GError) error = NULL;
  DsPluginInfo *info = _ds_registry_lookup (registry, name, &error);
  if (info == NULL)
    {
      cli_say ("docsift: %s\n", error->message);
      return EXIT_SETUP;
    }
  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      describe_plugin_json (b, info, NULL, TRUE);
      return write_builder (b);
    }
  const DsPluginDesc *d = info->desc;
  g_autofree char *req = join_strv (d->requires);
  g_autofree char *opt = join_strv (d->optional);
  g_autofree char *prov = join_strv (d->provides);
  g_autoptr(GString) out = g_string_new (NULL);
  g_string_append_printf (out,
                          "%s %s: %s\n\n"
                          "  file:      %s\n  license:   %s\n  ABI:       %u.%u\n"
                          "  requires:  %s\n  reads if present: %s\n  provides:  %s\n"
                          "  text rendering (--format=text): %s\n\nOptions (-o %s.KEY=VALUE):\n",
                          d->name, d->version, d->description, info->path, d->license, d->abi_major,
                          d->abi_minor, req, opt, prov, d->render ? "yes" : "no", d->name);
  if (d->options == NULL || d->options[0].key == NULL)
    g_string_append (out, "  (none)\n");
  for (const DsOptionSpec *o = d->options; o && o->key; o++)
    g_string_append_printf (out, "  %-14s default \"%s\"\n      %s\n", o->key,
                            o->default_value ? o->default_value : "", o->help ? o->help : "");
  const DsFieldSpec *fields = _ds_plugin_desc_get_fields (d);
  g_string_append_printf (out, "\nFields (jq paths in each output record; docs/plugins/%s.md):\n", d->name);
  if (fields == NULL || fields[0].name == NULL)
    g_string_append (out, "  (not described by the plugin)\n");
  /* one column as wide as the longest path (field names are ASCII) */
  int width = 0, type_width = 0;
  for (const DsFieldSpec *f = fields; f && f->name; f++)
    {
      width = MAX (width, (int) strlen (f->name));
      type_width = MAX (type_width, f->type ? (int) strlen (f->type) : 0);
    }
  for (const DsFieldSpec *f = fields; f && f->name; f++)
    g_string_append_printf (out, "  %-*s %-*s %s\n", width, f->name, type_width, f->type ? f->type : "",
                            f->help ? f->help : "");
  const char *const *files = _ds_plugin_desc_get_data_files (d);
  g_string_append (out, "\nData files (config folders: $DOCSIFT_DATA_DIR, ~/.config/docsift, " DS_DATADIR "):\n");
  if (files == NULL || files[0] == NULL)
    g_string_append (out, "  (none)\n");
  for (guint i = 0; files && files[i]; i++)
    {
      g_autofree char *found = ds_plugin_context_find_data_file (NULL, files[i]);
      g_string_append_printf (out, "  %-20s %s\n", files[i], found ? found : "(not found)");
    }
  return cli_write_all (out->str, out->len);
}
