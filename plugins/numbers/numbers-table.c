/* numbers-table.c: the structure of a Markdown table around a figure (its row,
 * its column, the column's header cell), to tell a value of a table from one of
 * its year headings.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

/* Rows may run over several lines (a cell with a line break): a row starts on a
 * line that starts with '|'; a row line ends with '|'. */
#define TABLE_ROW_LINES 4    /* lines of one row at most */
#define TABLE_MAX_ROWS 80    /* rows between a figure and its header at most */

static gsize
line_start (const char *t, gsize p)
{
  while (p > 0 && t[p - 1] != '\n')
    p--;
  return p;
}

static gsize
line_end (const char *t, gsize len, gsize p)
{
  while (p < len && t[p] != '\n')
    p++;
  return p;
}

static gboolean
is_blank_line (const char *t, gsize s, gsize e)
{
  for (gsize p = s; p < e; p++)
    if (t[p] != ' ' && t[p] != '\t' && t[p] != '\r')
      return FALSE;
  return TRUE;
}

/* | --- | :---: |: the line under a table's header row */
static gboolean
is_separator_line (const char *t, gsize s, gsize e)
{
  gboolean dash = FALSE;
  if (s >= e || t[s] != '|')
    return FALSE;
  for (gsize p = s; p < e; p++)
    {
      if (t[p] == '-')
        dash = TRUE;
      else if (t[p] != '|' && t[p] != ':' && t[p] != ' ' && t[p] != '\t' && t[p] != '\r')
        return FALSE;
    }
  return dash;
}

/* The start of the table row whose line starts at ls: that line if it starts
 * with '|', else one of the few lines before it (a cell broken over lines);
 * FALSE at a blank line or a separator. */
static gboolean
row_start (const char *t, gsize len, gsize ls, gsize *rs)
{
  for (guint i = 0; i < TABLE_ROW_LINES; i++)
    {
      gsize le = line_end (t, len, ls);
      if (is_blank_line (t, ls, le) || is_separator_line (t, ls, le))
        return FALSE;
      if (t[ls] == '|')
        {
          *rs = ls;
          return TRUE;
        }
      if (ls == 0)
        return FALSE;
      ls = line_start (t, ls - 1);
    }
  return FALSE;
}

/* The header row of the table holding the row at rs: the row just above the
 * separator line found going up from rs. FALSE when rs is the header row itself
 * or no separator is found. */
static gboolean
header_row (const char *t, gsize len, gsize rs, gsize *hs)
{
  gsize ls = rs;
  for (guint i = 0; i < TABLE_MAX_ROWS * TABLE_ROW_LINES && ls > 0; i++)
    {
      ls = line_start (t, ls - 1);
      gsize le = line_end (t, len, ls);
      if (is_blank_line (t, ls, le))
        return FALSE;
      if (is_separator_line (t, ls, le))
        return ls > 0 && row_start (t, len, line_start (t, ls - 1), hs);
    }
  return FALSE;
}

/* The cell number col (0: the first cell) of the row starting at rs, trimmed,
 * in [*cs, *ce); FALSE past the end of the row. */
static gboolean
row_cell (const char *t, gsize len, gsize rs, guint col, gsize *cs, gsize *ce)
{
  gsize p = rs + 1;
  for (guint k = 0; k < col; k++)
    {
      while (p < len && t[p] != '|')
        p++;
      if (p >= len)
        return FALSE;
      p++;
    }
  gsize e = p;
  while (e < len && t[e] != '|')
    e++;
  if (e >= len)
    return FALSE;
  while (p < e && g_ascii_isspace (t[p]))
    p++;
  while (e > p && g_ascii_isspace (t[e - 1]))
    e--;
  *cs = p;
  *ce = e;
  return TRUE;
}

/* Does the cell [cs, ce) name a column (or row) of years: 年份, 開幕年份, not
 * 2015 年 (a year heading over the values of that year)? */
static gboolean
names_years (const Ctx *x, gsize cs, gsize ce)
{
  for (gsize q = cs; q < ce; q++)
    if (g_ascii_isdigit (x->t[q]))
      return FALSE;
  return wsuffix (x->w->table_year_headers, x->t, cs, ce) > 0;
}

/* Is [s, e) the figure of a value cell of a Markdown table: alone in its cell
 * or before a bracket (| 1091 |, | 1123 （較…） |), not in the header row nor
 * the first column, in a row whose heading is there and names no year, under a
 * header cell that names no year column (年份, 開幕年份: [table_year_headers])?
 * A bare four-digit figure there is a quantity, not a year. */
gboolean
table_value_cell (const Ctx *x, gsize s, gsize e)
{
  const char *t = x->t;
  gsize len = x->len, p = s, ps, cl;
  gunichar b;
  while ((b = char_before (t, p, &ps)) == ' ' || b == '\t' || b == 0x3000)
    p = ps;
  if (b != '|')
    return FALSE;
  p = e;
  gunichar a;
  while ((a = char_at (t, p, len, &cl)) == ' ' || a == '\t' || a == 0x3000)
    p += cl;
  if (!(a == '|' || a == '(' || a == 0xFF08))
    return FALSE;                                      /* (| 2016\n 民主指數排名 |: a heading over lines) */
  gsize rs, hs;
  if (!row_start (t, len, line_start (t, s), &rs) || !header_row (t, len, rs, &hs))
    return FALSE;
  guint col = 0;
  for (gsize q = rs + 1; q < s; q++)
    if (t[q] == '|')
      col++;
  if (col == 0)
    return FALSE;                                      /* | 2011 | …: the row's heading */
  gsize cs, ce;
  /* the row's heading: none (|  | 2012 | 2013 |, a heading row under a title row)
   * or a year (| 成立年份 | 2007 | 2015 |, a table turned on its side) */
  if (!row_cell (t, len, rs, 0, &cs, &ce) || ce == cs || names_years (x, cs, ce))
    return FALSE;
  return row_cell (t, len, hs, col, &cs, &ce) && !names_years (x, cs, ce);
}
