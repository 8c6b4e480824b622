/* golden-diff.c: longest-common-subsequence line diff, printed in unified
 * style (small files only: the golden cases are a few hundred lines).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "golden-diff.h"

#include <string.h>

guint
golden_first_difference (const char *want, const char *got)
{
  if (g_strcmp0 (want, got) == 0)
    return 0;
  guint line = 1;
  for (gsize i = 0; want[i] == got[i]; i++)
    line += want[i] == '\n';
  return line;
}

typedef struct
{
  char op;          /* ' ', '-', '+' */
  const char *line;
  guint want_no, got_no;
} Op;

void
golden_print_diff (FILE *out, const char *name, const char *want, const char *got, guint max_lines)
{
  g_auto (GStrv) a = g_strsplit (want, "\n", -1);
  g_auto (GStrv) b = g_strsplit (got, "\n", -1);
  guint n = g_strv_length (a), m = g_strv_length (b);
  fprintf (out, "--- %s (expected)\n+++ %s (produced)\n", name, name);
  if ((guint64) (n + 1) * (m + 1) > 16u * 1024 * 1024)
    {
      fprintf (out, "@@ first difference at line %u (files too long to diff) @@\n",
               golden_first_difference (want, got));
      return;
    }

  /* lcs[i][j]: length of the LCS of a[i..] and b[j..] */
  guint *lcs = g_new0 (guint, (gsize) (n + 1) * (m + 1));
#define L(i, j) lcs[(gsize) (i) * (m + 1) + (j)]
  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      L (i, j) = strcmp (a[i], b[j]) == 0 ? L (i + 1, j + 1) + 1 : MAX (L (i + 1, j), L (i, j + 1));
  g_autoptr (GArray) ops = g_array_new (FALSE, FALSE, sizeof (Op));
  guint i = 0, j = 0;
  while (i < n || j < m)
    {
      /* the line numbers in an Op are 1-based, after the step */
      Op op;
      if (i < n && j < m && strcmp (a[i], b[j]) == 0)
        {
          op = (Op){ ' ', a[i], i + 1, j + 1 };
          i++, j++;
        }
      else if (i < n && (j == m || L (i + 1, j) >= L (i, j + 1)))
        {
          op = (Op){ '-', a[i], i + 1, j };
          i++;
        }
      else
        {
          op = (Op){ '+', b[j], i, j + 1 };
          j++;
        }
      g_array_append_val (ops, op);
    }
#undef L
  g_free (lcs);

  /* hunks: changed lines with two lines of context around them */
  const guint ctx = 2;
  guint printed = 0;
  gssize last = -1;
  for (guint k = 0; k < ops->len && printed < max_lines; k++)
    {
      gboolean near = FALSE;
      for (guint d = (k >= ctx ? k - ctx : 0); d <= k + ctx && d < ops->len && !near; d++)
        near = g_array_index (ops, Op, d).op != ' ';
      if (!near)
        continue;
      const Op *op = &g_array_index (ops, Op, k);
      if ((gssize) k != last + 1)
        fprintf (out, "@@ expected line %u, produced line %u @@\n", op->want_no, op->got_no);
      fprintf (out, "%c%s\n", op->op, op->line);
      last = k;
      printed++;
    }
  if (printed >= max_lines)
    fprintf (out, "@@ … (diff cut after %u lines) @@\n", max_lines);
}
