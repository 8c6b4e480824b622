/* ds-trust.c: whether a file may be loaded as code, checked the way
 * OpenSSH checks authorized_keys paths (misc.c: safe_path): the real path
 * is resolved, and the file and every folder up to / must belong to root
 * or to the user and be writable by nobody else, so nobody else can
 * replace or rename anything on the way. The folder holding a symlink that
 * leads to the plugin is checked too (whoever can write it can point the
 * link elsewhere).
 *
 * Two kinds of other-writable folder are allowed: a sticky folder (/tmp:
 * others may add entries there, but not rename or remove ours, and the
 * entry below it must itself pass), and a folder writable by the owner's
 * own per-user group (User Private Groups: the group has the owner's name
 * and no other member, the owner's primary group, and nobody else's).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-loader.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Whether @gid is the per-user group of @uid alone. */
static gboolean
is_private_group (uid_t uid, gid_t gid)
{
  if (gid == 0)
    return FALSE;
  struct passwd *pw = getpwuid (uid);
  if (pw == NULL || pw->pw_gid != gid)
    return FALSE;
  g_autofree char *user = g_strdup (pw->pw_name);
  struct group *gr = getgrgid (gid);
  if (gr == NULL || !g_str_equal (gr->gr_name, user))
    return FALSE;
  for (char **m = gr->gr_mem; *m; m++)
    if (!g_str_equal (*m, user))
      return FALSE;
  /* nobody else has it as primary group */
  gboolean alone = TRUE;
  setpwent ();
  while ((pw = getpwent ()) != NULL)
    if (pw->pw_gid == gid && pw->pw_uid != uid)
      alone = FALSE;
  endpwent ();
  return alone;
}

/* Checks one file or folder; @what is "the plugin file" or "the folder". */
static gboolean
check_one (const char *plugin, const char *path, const char *what, gboolean is_dir, GError **error)
{
  struct stat st;
  if (stat (path, &st) != 0)
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_UNSAFE, "%s: refused: cannot check %s %s: %s", plugin,
                   what, path, g_strerror (errno));
      return FALSE;
    }
  if (st.st_uid != 0 && st.st_uid != geteuid ())
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_UNSAFE,
                   "%s: refused: %s %s belongs to user %u, neither you nor root; "
                   "its owner can run code as you", plugin, what, path, (unsigned) st.st_uid);
      return FALSE;
    }
  gboolean sticky = is_dir && (st.st_mode & S_ISVTX);
  const char *by = NULL;
  if ((st.st_mode & S_IWOTH) && !sticky)
    by = "everyone";
  else if ((st.st_mode & S_IWGRP) && !sticky && !is_private_group (st.st_uid, st.st_gid))
    by = "its group";
  if (by != NULL)
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_UNSAFE,
                   "%s: refused: %s %s is writable by %s (mode %04o); "
                   "anyone who can write it can run code as you (chmod go-w %s)",
                   plugin, what, path, by, (unsigned) (st.st_mode & 07777), path);
      return FALSE;
    }
  return TRUE;
}

/* @real (resolved) and each folder above it, up to /. */
static gboolean
check_chain (const char *plugin, const char *real, gboolean is_file, GError **error)
{
  if (!check_one (plugin, real, is_file ? "the plugin file" : "the folder", !is_file, error))
    return FALSE;
  g_autofree char *dir = g_path_get_dirname (real);
  for (;;)
    {
      if (!check_one (plugin, dir, "the folder", TRUE, error))
        return FALSE;
      if (g_str_equal (dir, "/") || g_str_equal (dir, "."))
        return TRUE;
      char *up = g_path_get_dirname (dir);
      g_free (dir);
      dir = up;
    }
}

gboolean
_ds_loader_check_trusted (const char *path, GError **error)
{
  g_autofree char *real = realpath (path, NULL);
  if (real == NULL)
    {
      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_UNSAFE, "%s: refused: cannot resolve its real path: %s",
                   path, g_strerror (errno));
      return FALSE;
    }
  if (!check_chain (path, real, TRUE, error))
    return FALSE;
  /* where the name was found, if a link led elsewhere */
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *real_dir = realpath (dir, NULL);
  g_autofree char *real_parent = g_path_get_dirname (real);
  if (real_dir != NULL && !g_str_equal (real_dir, real_parent))
    return check_chain (path, real_dir, FALSE, error);
  return TRUE;
}
