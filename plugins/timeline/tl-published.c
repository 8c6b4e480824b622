/* tl-published.c: the publication date from page chrome (labelled header
 * lines, front matter, source lines, datelines, the first date), in the
 * forms news feeds and sites write: 2022年3月6日 星期日 08:00, ISO 8601 with
 * T and a zone, RFC 822 (Tue, 14 Mar 2023 08:30:00 GMT), March 6, 2022,
 * compact 20230915.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

static gboolean
ascii_word_ci (const Sc *sc, gsize i, const char *w, gsize *end)
{
  gsize k = 0;
  for (; w[k]; k++)
    {
      gunichar c = C (sc, i + k);
      if (c >= 0x80 || g_ascii_tolower ((char) c) != w[k])
        return FALSE;
    }
  gunichar n = C (sc, i + k);
  if (n < 0x80 && g_ascii_isalpha ((char) n))
    return FALSE;
  *end = i + k;
  return TRUE;
}

/* a month or weekday name in English, full or three letters (Sept too) */
static int
english_name (const Sc *sc, gsize i, const char *const *names, gsize *end)
{
  for (int m = 0; names[m]; m++)
    {
      char abbr[5] = { 0 };
      memcpy (abbr, names[m], 3);
      gsize e;
      if (ascii_word_ci (sc, i, names[m], &e) || ascii_word_ci (sc, i, abbr, &e))
        {
          if (C (sc, e) == '.')
            e++;
          *end = e;
          return m + 1;
        }
    }
  if (names[0][0] == 'j' && ascii_word_ci (sc, i, "sept", end))
    return 9;
  return 0;
}

static gsize
skip_sp (const Sc *sc, gsize i)
{
  while (C (sc, i) == ' ' || C (sc, i) == '\t')
    i++;
  return i;
}

/* Tue, 14 Mar 2023 08:30:00 GMT / 14 March 2023 / March 6, 2022 10:00 +0800:
 * the date (and time) as written; the zone is read and not applied */
static gsize
english_date (const Sc *sc, gsize i, gint32 *day, int *minute)
{
  static const char *const months[] = { "january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december", NULL };
  static const char *const weekdays[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL };
  if (i > 0 && C (sc, i - 1) < 0x80 && g_ascii_isalnum ((char) C (sc, i - 1)))
    return 0;
  gsize k = i, e;
  if (english_name (sc, k, weekdays, &e))
    {
      k = skip_sp (sc, e);
      if (C (sc, k) == ',')
        k = skip_sp (sc, k + 1);
    }
  int d = 0, m = 0, y = 0, nd;
  gsize x;
  if ((x = read_arabic (sc, k, 2, &d, &nd)))
    {
      /* 14 Mar 2023 */
      k = skip_sp (sc, x);
      if (!(m = english_name (sc, k, months, &e)))
        return 0;
      k = skip_sp (sc, e);
    }
  else if ((m = english_name (sc, k, months, &e)))
    {
      /* March 6, 2022 */
      k = skip_sp (sc, e);
      if (!(x = read_arabic (sc, k, 2, &d, &nd)))
        return 0;
      k = x;
      gsize s;
      if (ascii_word_ci (sc, k, "st", &s) || ascii_word_ci (sc, k, "nd", &s) || ascii_word_ci (sc, k, "rd", &s)
          || ascii_word_ci (sc, k, "th", &s))
        k = s;
      if (C (sc, k) == ',')
        k++;
      k = skip_sp (sc, k);
    }
  else
    return 0;
  if (!(x = read_arabic (sc, k, 4, &y, &nd)) || nd != 4 || is_digit (C (sc, x)) || !tl_date_valid (y, m, d))
    return 0;
  *day = tl_days_from_civil (y, m, d);
  *minute = -1;
  k = x;
  /* a time and a zone */
  gsize t = skip_sp (sc, k);
  if (C (sc, t) == ',')
    t = skip_sp (sc, t + 1);
  int hh, mm, ss;
  gsize h = read_arabic (sc, t, 2, &hh, &nd);
  if (h && C (sc, h) == ':' && read_arabic (sc, h + 1, 2, &mm, &nd) && nd == 2 && hh < 24 && mm < 60)
    {
      k = h + 3;
      if (C (sc, k) == ':' && read_arabic (sc, k + 1, 2, &ss, &nd) && nd == 2)
        k += 3;
      *minute = hh * 60 + mm;
      gsize z = skip_sp (sc, k), ze;
      if (ascii_word_ci (sc, z, "gmt", &ze) || ascii_word_ci (sc, z, "utc", &ze) || ascii_word_ci (sc, z, "cst", &ze)
          || ascii_word_ci (sc, z, "z", &ze))
        k = ze;
      else if ((C (sc, z) == '+' || C (sc, z) == '-') && is_digit (C (sc, z + 1)))
        {
          int v;
          gsize zz = read_arabic (sc, z + 1, 4, &v, &nd);
          if (zz && C (sc, zz) == ':' && is_digit (C (sc, zz + 1)))
            zz = read_arabic (sc, zz + 1, 2, &v, &nd);
          if (zz)
            k = zz;
        }
    }
  return k;
}

/* a full date (and time) at k, with its end in *x */
static gboolean
full_date_at (Sc *sc, gsize k, gboolean with_time, gint32 *day, int *minute, gsize *x)
{
  Atom a;
  gsize e = parse_atom (sc, k, NULL, &a);
  gboolean ok = e && a.e.resolved && a.year_explicit && a.e.from == a.e.to
                && (a.e.gran == TL_GRAN_DAY || (with_time && a.e.gran == TL_GRAN_MINUTE));
  if (ok)
    {
      *day = a.e.from;
      *minute = with_time ? a.e.from_min : -1;
      *x = e;
      /* ISO 8601's zone after the time: 2023-03-14T08:30:00+08:00, …Z */
      if (with_time && a.e.from_min >= 0)
        {
          if (C (sc, e) == 'Z')
            *x = e + 1;
          else if ((C (sc, e) == '+' || C (sc, e) == '-') && is_digit (C (sc, e + 1)) && is_digit (C (sc, e + 2)))
            {
              gsize z = e + 3;
              if (C (sc, z) == ':')
                z++;
              while (is_digit (C (sc, z)) && z < e + 6)
                z++;
              *x = z;
            }
        }
    }
  atom_clear (&a);
  if (ok)
    return TRUE;
  if (C (sc, k) < 0x80 && g_ascii_isalnum ((char) C (sc, k)))
    {
      int m = -1;
      e = english_date (sc, k, day, &m);
      if (e)
        {
          *minute = with_time ? m : -1;
          *x = e;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
tl_find_published (const TlTables *tab, const TlText *t, gint32 *day, int *minute, const char **source,
                   gsize *start, gsize *end)
{
  Sc sc;
  sc_init (&sc, tab, t, NULL);
  /* labels ([published.labels]): a date follows (after a colon for the short ones); "line" labels
   * (来源：新华网　2022-03-06 08:00) have the date somewhere on their line */
  static const TlHeaderLabel no_labels[] = { { NULL, NULL, FALSE, FALSE } };
  const TlHeaderLabel *labels = tab && tab->words ? tl_words_get_header_labels (tab->words) : no_labels;

  gsize limit = MIN (sc.n, (gsize) 3000);
  gboolean found = FALSE;
  int mi = -1;
  gsize x = 0;
  /* 1. labelled header; labels of the date itself before source lines */
  for (int pass = 0; pass < 2 && !found; pass++)
    for (gsize i = 0; i < limit && !found; i++)
      {
        int w = -1;
        gsize k = 0;
        for (guint l = 0; labels[l].label; l++)
          {
            if (labels[l].line != (pass == 1))
              continue;
            gsize e = lit (&sc, i, labels[l].label);
            if (e > k)
              {
                k = e;
                w = (int) l;
              }
          }
        if (!k)
          continue;
        /* an ASCII label is a word of its own (not "update:") */
        if (C (&sc, i) < 0x80 && i > 0 && C (&sc, i - 1) < 0x80 && g_ascii_isalnum ((char) C (&sc, i - 1)))
          continue;
        while (is_space (C (&sc, k)))
          k++;
        if (C (&sc, k) == ':')
          k++;
        else if (labels[w].colon)
          continue; /* bare 日期/时间/date need a colon */
        while (is_space (C (&sc, k)) || C (&sc, k) == '"' || C (&sc, k) == '\'' || C (&sc, k) == 0x201C)
          k++;
        if (!labels[w].line)
          {
            found = full_date_at (&sc, k, TRUE, day, &mi, &x);
          }
        else
          {
            /* somewhere on the source line */
            for (gsize q = k; q < sc.n && q < k + 80 && C (&sc, q) != '\n' && !found; q++)
              if ((is_digit (C (&sc, q)) && !is_digit (C (&sc, q - 1))) || C (&sc, q) == 0x4E8C /* 二〇二二 */)
                if ((found = full_date_at (&sc, q, TRUE, day, &mi, &x)))
                  k = q;
          }
        if (found)
          {
            *minute = mi;
            *source = labels[w].source;
            *start = tl_text_off (t, k);
            *end = tl_text_off (t, x);
          }
      }
  /* 2. a line near the top that starts with a full date (dateline), the rest
   * of it short (a place or source), not a sentence */
  int line = 0;
  for (gsize i = 0; !found && i < limit && line < 12; i++)
    {
      if (i > 0 && C (&sc, i - 1) != '\n')
        continue;
      line++;
      gsize k = i;
      while (is_space (C (&sc, k)))
        k++;
      if (!full_date_at (&sc, k, TRUE, day, &mi, &x))
        continue;
      gsize r = x;
      while (r < sc.n && C (&sc, r) != '\n' && r - x < 40)
        r++;
      if (r - x < 40)
        {
          *minute = mi;
          *source = "dateline";
          *start = tl_text_off (t, k);
          *end = tl_text_off (t, x);
          found = TRUE;
        }
    }
  /* 3. the first full date of the first lines (a dated first paragraph) */
  for (gsize i = 0; !found && i < MIN (limit, (gsize) 400); i++)
    {
      if (!is_digit (C (&sc, i)) && !is_cn_num (C (&sc, i)) && C (&sc, i) != 0x6C11 && C (&sc, i) != 0x4E2D)
        continue;
      Atom a;
      gsize e = parse_atom (&sc, i, NULL, &a);
      if (e && a.e.resolved && a.year_explicit && a.e.gran == TL_GRAN_DAY && a.e.from == a.e.to)
        {
          *day = a.e.from;
          *minute = -1;
          *source = "first-date";
          *start = tl_text_off (t, i);
          *end = tl_text_off (t, e);
          found = TRUE;
        }
      atom_clear (&a);
      if (e && !found)
        i = e - 1;
    }
  sc_clear (&sc);
  return found;
}
