/* cli-filter.c: which files a folder walk takes. A file is read when its
 * base name matches an --include glob (by default the text and JSON Lines
 * extensions) and no --exclude glob. Files named on the command line are
 * always read: the filter applies only inside folders (like grep -r's
 * --include).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-filter.h"

struct _CliFilter
{
  GPtrArray *include; /* GPatternSpec* */
  GPtrArray *exclude;
};

/* Each entry may itself be a comma-separated list (--include='*.txt,*.md'). */
static GPtrArray *
compile (const char *const *globs)
{
  GPtrArray *specs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_pattern_spec_free);
  for (guint i = 0; globs && globs[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (globs[i], ",", -1);
      for (guint j = 0; parts[j]; j++)
        if (*g_strstrip (parts[j]) != '\0')
          g_ptr_array_add (specs, g_pattern_spec_new (parts[j]));
    }
  return specs;
}

CliFilter *
cli_filter_new (const char *const *include, const char *const *exclude)
{
  CliFilter *filter = g_new0 (CliFilter, 1);
  const char *const defaults[] = { CLI_FILTER_DEFAULT_INCLUDE, NULL };
  filter->include = compile (include && include[0] ? include : defaults);
  filter->exclude = compile (exclude);
  return filter;
}

void
cli_filter_free (CliFilter *filter)
{
  if (filter == NULL)
    return;
  g_ptr_array_unref (filter->include);
  g_ptr_array_unref (filter->exclude);
  g_free (filter);
}

static gboolean
any_matches (GPtrArray *specs, const char *name)
{
  for (guint i = 0; i < specs->len; i++)
    if (g_pattern_spec_match_string (g_ptr_array_index (specs, i), name))
      return TRUE;
  return FALSE;
}

gboolean
cli_filter_accepts (const CliFilter *filter, const char *name)
{
  return any_matches (filter->include, name) && !any_matches (filter->exclude, name);
}
