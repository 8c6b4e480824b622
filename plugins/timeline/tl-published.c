/* tl-published.c: the publication date from page chrome (labelled header
 * lines, datelines, the first date).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

gboolean
tl_find_published (const TlTables *tab, const TlText *t, gint32 *day, int *minute, const char **source,
                   gsize *start, gsize *end)
{
  Sc sc;
  sc_init (&sc, tab, t, NULL);
  static const char *const labels[] = { "发布时间", "发布日期", "发表时间", "发表日期", "发文日期", "成文日期", "印发日期",
                                        "发稿时间", "更新时间", "更新日期", "发布于", "日期", "时间", "Date", "date", "Published", NULL };
  static const char *const sources[] = { "header:发布时间", "header:发布日期", "header:发表时间", "header:发表日期", "header:发文日期",
                                         "header:成文日期", "header:印发日期", "header:发稿时间", "header:更新时间", "header:更新日期",
                                         "header:发布于", "header:日期", "header:时间", "header:Date", "header:Date", "header:Published" };
  gsize limit = MIN (sc.n, (gsize) 3000);
  gboolean found = FALSE;
  /* 1. labelled header */
  for (gsize i = 0; i < limit && !found; i++)
    {
      int w = -1;
      gsize k = lit_any (&sc, i, labels, &w);
      if (!k)
        continue;
      while (is_space (C (&sc, k)))
        k++;
      if (C (&sc, k) == ':' || C (&sc, k) == 0xFF1A)
        k++;
      else if (w >= 11)
        continue; /* bare 日期/时间 need a colon */
      while (is_space (C (&sc, k)))
        k++;
      Atom a;
      gsize x = parse_atom (&sc, k, NULL, &a);
      if (x && a.e.resolved && a.year_explicit && (a.e.gran == TL_GRAN_DAY || a.e.gran == TL_GRAN_MINUTE) && a.e.from == a.e.to)
        {
          *day = a.e.from;
          *minute = a.e.from_min;
          *source = sources[w];
          *start = t->off[k];
          *end = t->off[x];
          found = TRUE;
        }
      atom_clear (&a);
    }
  /* 2. a line near the top that starts with a full date (dateline) */
  if (!found)
    {
      int line = 0;
      for (gsize i = 0; i < limit && line < 12 && !found; i++)
        {
          if (i == 0 || C (&sc, i - 1) == '\n')
            {
              line++;
              gsize k = i;
              while (is_space (C (&sc, k)))
                k++;
              Atom a;
              gsize x = parse_atom (&sc, k, NULL, &a);
              if (x && a.e.resolved && a.year_explicit && (a.e.gran == TL_GRAN_DAY || a.e.gran == TL_GRAN_MINUTE) && a.e.from == a.e.to)
                {
                  /* the rest of the line is short (a place or source), not a sentence */
                  gsize r = x;
                  while (r < sc.n && C (&sc, r) != '\n' && r - x < 40)
                    r++;
                  if (r - x < 40)
                    {
                      *day = a.e.from;
                      *minute = a.e.from_min;
                      *source = "dateline";
                      *start = t->off[k];
                      *end = t->off[x];
                      found = TRUE;
                    }
                }
              atom_clear (&a);
            }
        }
    }
  /* 3. the first full date of the first lines (a dated first paragraph) */
  if (!found)
    {
      for (gsize i = 0; i < MIN (limit, (gsize) 400) && !found; i++)
        {
          if (!is_digit (C (&sc, i)) && !is_cn_num (C (&sc, i)) && C (&sc, i) != 0x6C11 && C (&sc, i) != 0x4E2D)
            continue;
          Atom a;
          gsize x = parse_atom (&sc, i, NULL, &a);
          if (x && a.e.resolved && a.year_explicit && a.e.gran == TL_GRAN_DAY && a.e.from == a.e.to)
            {
              *day = a.e.from;
              *minute = -1;
              *source = "first-date";
              *start = t->off[i];
              *end = t->off[x];
              found = TRUE;
            }
          atom_clear (&a);
          if (x && !found)
            i = x - 1;
        }
    }
  sc_clear (&sc);
  return found;
}
