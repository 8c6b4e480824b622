/* ds-numeral.c: Arabic and Chinese numeral scanner with exact decimal values.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <math.h>
#include <string.h>

/* ---- exact decimals: value = digits × 10^exp ----
 * digits: ASCII, no leading zeros, no trailing zeros (moved into exp);
 * zero has len 0. Small numbers live in the inline buffer. */
typedef struct
{
  char *d;
  gsize len, cap;
  gssize exp;
  char inl[40];
} Dec;

static void
dec_init (Dec *x)
{
  x->d = x->inl;
  x->len = 0;
  x->cap = sizeof x->inl;
  x->exp = 0;
}

static void
dec_free (Dec *x)
{
  if (x->d != x->inl)
    g_free (x->d);
  dec_init (x);
}

static void
dec_reserve (Dec *x, gsize n)
{
  if (n <= x->cap)
    return;
  gsize cap = MAX (n, x->cap * 2);
  if (x->d == x->inl)
    {
      char *d = g_malloc (cap);
      memcpy (d, x->inl, x->len);
      x->d = d;
    }
  else
    x->d = g_realloc (x->d, cap);
  x->cap = cap;
}

static gboolean
dec_is_zero (const Dec *x)
{
  return x->len == 0;
}

static void
dec_normalize (Dec *x)
{
  gsize lead = 0;
  while (lead < x->len && x->d[lead] == '0')
    lead++;
  if (lead)
    {
      memmove (x->d, x->d + lead, x->len - lead);
      x->len -= lead;
    }
  while (x->len && x->d[x->len - 1] == '0')
    {
      x->len--;
      x->exp++;
    }
  if (!x->len)
    x->exp = 0;
}

/* x = digits (ASCII '0'-'9', n of them) × 10^exp */
static void
dec_set (Dec *x, const char *digits, gsize n, gssize exp)
{
  dec_reserve (x, n);
  memcpy (x->d, digits, n);
  x->len = n;
  x->exp = exp;
  dec_normalize (x);
}

static void
dec_set_small (Dec *x, guint v, gssize exp)
{
  char buf[16];
  int n = g_snprintf (buf, sizeof buf, "%u", v);
  dec_set (x, buf, n, exp);
}

static void
dec_shift (Dec *x, gssize k)
{
  if (x->len)
    x->exp += k;
}

/* x += y */
static void
dec_add (Dec *x, const Dec *y)
{
  if (!y->len)
    return;
  if (!x->len)
    {
      dec_set (x, y->d, y->len, y->exp);
      return;
    }
  gssize lo = MIN (x->exp, y->exp);
  gssize hi = MAX (x->exp + (gssize) x->len, y->exp + (gssize) y->len);
  gsize n = (gsize) (hi - lo) + 1;
  char *r = g_malloc (n);
  int carry = 0;
  for (gsize i = 0; i < n; i++) /* i: power lo + i, written from the right */
    {
      gssize p = lo + (gssize) i;
      int s = carry;
      if (p >= x->exp && p < x->exp + (gssize) x->len)
        s += x->d[x->len - 1 - (gsize) (p - x->exp)] - '0';
      if (p >= y->exp && p < y->exp + (gssize) y->len)
        s += y->d[y->len - 1 - (gsize) (p - y->exp)] - '0';
      carry = s / 10;
      r[n - 1 - i] = (char) ('0' + s % 10);
    }
  dec_set (x, r, n, lo);
  g_free (r);
}

static void
dec_clear (Dec *x)
{
  x->len = 0;
  x->exp = 0;
}

static void
dec_append_to (const Dec *x, GString *s)
{
  if (!x->len)
    {
      g_string_append_c (s, '0');
      return;
    }
  if (x->exp >= 0)
    {
      g_string_append_len (s, x->d, x->len);
      for (gssize i = 0; i < x->exp; i++)
        g_string_append_c (s, '0');
      return;
    }
  gssize intlen = (gssize) x->len + x->exp;
  if (intlen <= 0)
    {
      g_string_append (s, "0.");
      for (gssize i = 0; i < -intlen; i++)
        g_string_append_c (s, '0');
      g_string_append_len (s, x->d, x->len);
    }
  else
    {
      g_string_append_len (s, x->d, intlen);
      g_string_append_c (s, '.');
      g_string_append_len (s, x->d + intlen, x->len - intlen);
    }
}

/* ---- characters ---- */

static inline gunichar
next_char (const guchar *p, const guchar *end, gsize *len)
{
  if (p >= end)
    {
      *len = 0;
      return 0;
    }
  guchar c = p[0];
  if (c < 0x80)
    {
      *len = 1;
      return c;
    }
  gsize n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if ((gsize) (end - p) < n || n == 1)
    {
      *len = 1;
      return 0xFFFD;
    }
  gunichar u = c & (0x7F >> n);
  for (gsize i = 1; i < n; i++)
    u = (u << 6) | (p[i] & 0x3F);
  *len = n;
  return u;
}

enum { C_NONE, C_ARABIC, C_DIGIT, C_ZERO, C_UNIT, C_BIG, C_TENS, C_POINT };

typedef struct
{
  int cls;
  int val;       /* digit value, multiplier exponent, or tens value */
  gboolean financial;
} CharInfo;

static CharInfo
classify (gunichar c)
{
  CharInfo ci = { C_NONE, 0, FALSE };
  if (c >= '0' && c <= '9')
    return (CharInfo){ C_ARABIC, (int) (c - '0'), FALSE };
  if (c >= 0xFF10 && c <= 0xFF19)
    return (CharInfo){ C_ARABIC, (int) (c - 0xFF10), FALSE };
  switch (c)
    {
    case 0x3007: /* 〇 */
    case 0x25CB: /* ○ */
    case 0x96F6: /* 零 */
      return (CharInfo){ C_ZERO, 0, FALSE };
    case 0x4E00: return (CharInfo){ C_DIGIT, 1, FALSE }; /* 一 */
    case 0x4E8C: return (CharInfo){ C_DIGIT, 2, FALSE }; /* 二 */
    case 0x4E24: return (CharInfo){ C_DIGIT, 2, FALSE }; /* 两 */
    case 0x5169: return (CharInfo){ C_DIGIT, 2, FALSE }; /* 兩 */
    case 0x4E09: return (CharInfo){ C_DIGIT, 3, FALSE }; /* 三 */
    case 0x56DB: return (CharInfo){ C_DIGIT, 4, FALSE }; /* 四 */
    case 0x4E94: return (CharInfo){ C_DIGIT, 5, FALSE }; /* 五 */
    case 0x516D: return (CharInfo){ C_DIGIT, 6, FALSE }; /* 六 */
    case 0x4E03: return (CharInfo){ C_DIGIT, 7, FALSE }; /* 七 */
    case 0x516B: return (CharInfo){ C_DIGIT, 8, FALSE }; /* 八 */
    case 0x4E5D: return (CharInfo){ C_DIGIT, 9, FALSE }; /* 九 */
    case 0x58F9: return (CharInfo){ C_DIGIT, 1, TRUE };  /* 壹 */
    case 0x8D30: return (CharInfo){ C_DIGIT, 2, TRUE };  /* 贰 */
    case 0x8CB3: return (CharInfo){ C_DIGIT, 2, TRUE };  /* 貳 */
    case 0x53C1: return (CharInfo){ C_DIGIT, 3, TRUE };  /* 叁 */
    case 0x53C3: return (CharInfo){ C_DIGIT, 3, TRUE };  /* 參 */
    case 0x8086: return (CharInfo){ C_DIGIT, 4, TRUE };  /* 肆 */
    case 0x4F0D: return (CharInfo){ C_DIGIT, 5, TRUE };  /* 伍 */
    case 0x9646: return (CharInfo){ C_DIGIT, 6, TRUE };  /* 陆 */
    case 0x9678: return (CharInfo){ C_DIGIT, 6, TRUE };  /* 陸 */
    case 0x67D2: return (CharInfo){ C_DIGIT, 7, TRUE };  /* 柒 */
    case 0x634C: return (CharInfo){ C_DIGIT, 8, TRUE };  /* 捌 */
    case 0x7396: return (CharInfo){ C_DIGIT, 9, TRUE };  /* 玖 */
    case 0x5341: return (CharInfo){ C_UNIT, 1, FALSE };  /* 十 */
    case 0x62FE: return (CharInfo){ C_UNIT, 1, TRUE };   /* 拾 */
    case 0x767E: return (CharInfo){ C_UNIT, 2, FALSE };  /* 百 */
    case 0x4F70: return (CharInfo){ C_UNIT, 2, TRUE };   /* 佰 */
    case 0x5343: return (CharInfo){ C_UNIT, 3, FALSE };  /* 千 */
    case 0x4EDF: return (CharInfo){ C_UNIT, 3, TRUE };   /* 仟 */
    case 0x4E07: return (CharInfo){ C_BIG, 4, FALSE };   /* 万 */
    case 0x842C: return (CharInfo){ C_BIG, 4, FALSE };   /* 萬 */
    case 0x4EBF: return (CharInfo){ C_BIG, 8, FALSE };   /* 亿 */
    case 0x5104: return (CharInfo){ C_BIG, 8, FALSE };   /* 億 */
    case 0x5EFF: return (CharInfo){ C_TENS, 20, FALSE }; /* 廿 */
    case 0x5345: return (CharInfo){ C_TENS, 30, FALSE }; /* 卅 */
    case 0x534C: return (CharInfo){ C_TENS, 40, FALSE }; /* 卌 */
    case 0x70B9: return (CharInfo){ C_POINT, 0, FALSE }; /* 点 */
    case 0x9EDE: return (CharInfo){ C_POINT, 0, FALSE }; /* 點 */
    default:
      return ci;
    }
}

int
ds_numeral_digit_value (gunichar c)
{
  CharInfo ci = classify (c);
  return ci.cls == C_ARABIC || ci.cls == C_DIGIT || ci.cls == C_ZERO ? ci.val : -1;
}

int
ds_numeral_multiplier_exponent (gunichar c)
{
  CharInfo ci = classify (c);
  return ci.cls == C_UNIT || ci.cls == C_BIG ? ci.val : 0;
}

/* Reads an Arabic number at p; fills x; returns bytes consumed (0 if none). */
static gsize
scan_arabic (const guchar *p, const guchar *end, Dec *x, guint *style, gsize *nch)
{
  GString *digits = NULL;
  char small[64];
  gsize ns = 0;
  gsize fraction = 0;
  const guchar *q = p;
  gsize clen;
  gunichar c;
  int group = 0; /* digits since the start or the last separator */
  gboolean seen_sep = FALSE;

#define PUSH_DIGIT(ch)                                                         \
  G_STMT_START {                                                               \
    if (digits)                                                                \
      g_string_append_c (digits, (ch));                                        \
    else if (ns < sizeof small)                                                \
      small[ns++] = (ch);                                                      \
    else                                                                       \
      {                                                                        \
        digits = g_string_new_len (small, ns);                                 \
        g_string_append_c (digits, (ch));                                      \
      }                                                                        \
  } G_STMT_END

  for (;;)
    {
      c = next_char (q, end, &clen);
      CharInfo ci = classify (c);
      if (clen && ci.cls == C_ARABIC)
        {
          PUSH_DIGIT ((char) ('0' + ci.val));
          group++;
          q += clen;
          (*nch)++;
          continue;
        }
      /* thousands separator: ',' then exactly three digits */
      if (c == ',' && group > 0 && (seen_sep ? group == 3 : group <= 3))
        {
          const guchar *r = q + 1;
          int k = 0;
          gsize l2;
          while (k < 4)
            {
              CharInfo c2 = classify (next_char (r, end, &l2));
              if (!l2 || c2.cls != C_ARABIC)
                break;
              r += l2;
              k++;
            }
          if (k == 3)
            {
              q++;
              (*nch)++;
              group = 0;
              seen_sep = TRUE;
              *style |= DS_NUMERAL_STYLE_SEPARATOR;
              continue;
            }
        }
      break;
    }
  if (q == p)
    return 0;
  /* decimal part */
  c = next_char (q, end, &clen);
  if (clen && (c == '.' || c == 0xFF0E))
    {
      gsize l2;
      CharInfo c2 = classify (next_char (q + clen, end, &l2));
      if (l2 && c2.cls == C_ARABIC)
        {
          q += clen;
          (*nch)++;
          for (;;)
            {
              c2 = classify (next_char (q, end, &l2));
              if (!l2 || c2.cls != C_ARABIC)
                break;
              PUSH_DIGIT ((char) ('0' + c2.val));
              fraction++;
              q += l2;
              (*nch)++;
            }
          *style |= DS_NUMERAL_STYLE_DECIMAL;
        }
    }
#undef PUSH_DIGIT

  if (digits)
    {
      dec_set (x, digits->str, digits->len, -(gssize) fraction);
      g_string_free (digits, TRUE);
    }
  else
    dec_set (x, small, ns, -(gssize) fraction);
  *style |= DS_NUMERAL_STYLE_ARABIC;
  return (gsize) (q - p);
}

static void
finish (DsNumeral *out, Dec *total, gboolean negative, guint flags)
{
  GString *s = g_string_sized_new (total->len + 8);
  if (negative && !dec_is_zero (total))
    g_string_append_c (s, '-');
  dec_append_to (total, s);
  out->value = g_ascii_strtod (s->str, NULL);
  if (!(flags & DS_NUMERAL_NO_TEXT))
    out->text = g_string_free (s, FALSE);
  else
    g_string_free (s, TRUE);
}

void
ds_numeral_clear (DsNumeral *num)
{
  if (!num)
    return;
  g_clear_pointer (&num->text, g_free);
  memset (num, 0, sizeof *num);
}

gsize
ds_numeral_scan (const char *text, gssize length, guint flags, DsNumeral *out)
{
  g_return_val_if_fail (out != NULL, 0);
  memset (out, 0, sizeof *out);
  if (!text)
    return 0;
  if (flags == 0 || !(flags & (DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE)))
    flags |= DS_NUMERAL_DEFAULT;

  const guchar *start = (const guchar *) text;
  const guchar *end = start + (length < 0 ? strlen (text) : (gsize) length);
  const guchar *p = start;
  gsize clen;
  gunichar c;
  gboolean negative = FALSE;
  guint style = 0;
  gsize nch = 0;

  if (flags & DS_NUMERAL_SIGN)
    {
      c = next_char (p, end, &clen);
      if (c == '-' || c == 0x2212 || c == 0x8D1F /* 负 */ || c == 0x8CA0 /* 負 */)
        {
          negative = TRUE;
          p += clen;
          nch++;
          style |= DS_NUMERAL_STYLE_NEGATIVE;
        }
    }
  const guchar *body = p;

  Dec high, mid, section, pending, tmp;
  dec_init (&high);
  dec_init (&mid);
  dec_init (&section);
  dec_init (&pending);
  dec_init (&tmp);

  /* Digit-by-digit run: 二〇二二 */
  if (flags & DS_NUMERAL_DIGITS && flags & DS_NUMERAL_CHINESE)
    {
      const guchar *q = p;
      GString *digits = g_string_new (NULL);
      gsize n = 0;
      gboolean fin = FALSE;
      for (;;)
        {
          c = next_char (q, end, &clen);
          CharInfo ci = classify (c);
          if (!clen || !((ci.cls == C_DIGIT && c != 0x4E24 && c != 0x5169) || ci.cls == C_ZERO))
            break;
          fin |= ci.financial;
          g_string_append_c (digits, (char) ('0' + ci.val));
          q += clen;
          n++;
        }
      gsize l3;
      CharInfo after = classify (next_char (q, end, &l3));
      /* 三四十, 一二百: an approximate range, not a digit run */
      if (n >= 2 && !(l3 && (after.cls == C_UNIT || after.cls == C_BIG)))
        {
          dec_set (&high, digits->str, digits->len, 0);
          g_string_free (digits, TRUE);
          style |= DS_NUMERAL_STYLE_CHINESE | DS_NUMERAL_STYLE_DIGITS;
          if (fin)
            style |= DS_NUMERAL_STYLE_FINANCIAL;
          p = q;
          nch += n;
          goto done;
        }
      g_string_free (digits, TRUE);
    }

  {
    gboolean pending_set = FALSE;
    gboolean pending_cn = FALSE;   /* pending is one Chinese digit */
    gboolean zero_gap = FALSE;     /* 零 since the last multiplier */
    gboolean after_point = FALSE;
    int last_exp = 0;              /* exponent of the last multiplier */
    int sec_last = 99;             /* last 十百千 exponent in this section */
    int prev_big = 0;              /* 4/8 if the previous token was 万/亿 */
    gboolean any = FALSE;
    const guchar *good = p;        /* end of the last complete token */
    gsize good_nch = nch;

    for (;;)
      {
        c = next_char (p, end, &clen);
        if (!clen)
          break;
        CharInfo ci = classify (c);
        int this_big = 0;

        if (ci.cls == C_ARABIC)
          {
            if (!(flags & DS_NUMERAL_ARABIC) || pending_set || after_point)
              break;
            if (any && !(flags & DS_NUMERAL_CHINESE))
              break;
            gsize k = scan_arabic (p, end, &pending, &style, &nch);
            p += k;
            pending_set = TRUE;
            pending_cn = FALSE;
            if (style & DS_NUMERAL_STYLE_DECIMAL)
              after_point = TRUE;
          }
        else if (!(flags & DS_NUMERAL_CHINESE))
          break;
        else if (ci.cls == C_DIGIT)
          {
            if (pending_set || after_point)
              break;
            dec_set_small (&pending, (guint) ci.val, 0);
            pending_set = TRUE;
            pending_cn = TRUE;
            style |= DS_NUMERAL_STYLE_CHINESE | (ci.financial ? DS_NUMERAL_STYLE_FINANCIAL : 0);
            p += clen;
            nch++;
          }
        else if (ci.cls == C_ZERO)
          {
            if (after_point)
              break;
            if (!any)
              {
                dec_clear (&pending);
                pending_set = TRUE;
                pending_cn = TRUE;
                style |= DS_NUMERAL_STYLE_CHINESE;
                p += clen;
                nch++;
              }
            else if (pending_set)
              break;
            else
              {
                /* a gap marker: only kept if a digit follows */
                gsize l2;
                CharInfo c2 = classify (next_char (p + clen, end, &l2));
                if (!l2 || !(c2.cls == C_DIGIT || c2.cls == C_ARABIC ||
                             (c2.cls == C_UNIT && c2.val == 1)))
                  break;
                zero_gap = TRUE;
                p += clen;
                nch++;
                any = TRUE;
                continue; /* not a complete token */
              }
          }
        else if (ci.cls == C_UNIT)
          {
            if (after_point && ci.val == 1)
              break;
            if (ci.val >= sec_last)
              break;
            if (!pending_set && !dec_is_zero (&section))
              break;
            if (pending_set)
              {
                dec_shift (&pending, ci.val);
                dec_add (&section, &pending);
              }
            else
              {
                dec_set_small (&tmp, 1, ci.val);
                dec_add (&section, &tmp);
              }
            dec_clear (&pending);
            pending_set = FALSE;
            sec_last = ci.val;
            last_exp = ci.val;
            zero_gap = FALSE;
            style |= DS_NUMERAL_STYLE_MULTIPLIER | (ci.financial ? DS_NUMERAL_STYLE_FINANCIAL : 0);
            style |= DS_NUMERAL_STYLE_CHINESE;
            p += clen;
            nch++;
          }
        else if (ci.cls == C_BIG)
          {
            if (!any)
              break; /* bare 万/亿 is not a numeral */
            gboolean has = pending_set || !dec_is_zero (&section);
            if (ci.val == 4)
              {
                if (has)
                  {
                    dec_add (&section, &pending);
                    dec_shift (&section, 4);
                    dec_add (&mid, &section);
                  }
                else if (prev_big == 4 && !dec_is_zero (&mid))
                  dec_shift (&mid, 4); /* 万万 */
                else
                  break;
              }
            else
              {
                if (has || !dec_is_zero (&mid))
                  {
                    dec_add (&mid, &section);
                    dec_add (&mid, &pending);
                    dec_shift (&mid, 8);
                    dec_add (&high, &mid);
                  }
                else if (prev_big == 8 && !dec_is_zero (&high))
                  dec_shift (&high, 8); /* 亿亿 */
                else
                  break;
                dec_clear (&mid);
              }
            dec_clear (&section);
            dec_clear (&pending);
            pending_set = FALSE;
            sec_last = 99;
            last_exp = ci.val;
            zero_gap = FALSE;
            this_big = ci.val;
            style |= DS_NUMERAL_STYLE_MULTIPLIER | DS_NUMERAL_STYLE_CHINESE;
            p += clen;
            nch++;
          }
        else if (ci.cls == C_TENS)
          {
            if (pending_set || after_point || !dec_is_zero (&section) || sec_last <= 1)
              break;
            dec_set_small (&tmp, (guint) ci.val, 0);
            dec_add (&section, &tmp);
            sec_last = 1;
            last_exp = 0; /* a following digit counts as ones */
            style |= DS_NUMERAL_STYLE_MULTIPLIER | DS_NUMERAL_STYLE_CHINESE;
            p += clen;
            nch++;
          }
        else if (ci.cls == C_POINT)
          {
            /* 三点五, 一百点二五: digits after the point, read one by one */
            if (after_point || !(pending_cn || (!pending_set && !dec_is_zero (&section))) ||
                !dec_is_zero (&mid) || !dec_is_zero (&high))
              break;
            const guchar *q = p + clen;
            char fr[64];
            gsize nf = 0, fch = 0;
            for (;;)
              {
                gsize l2;
                gunichar c2 = next_char (q, end, &l2);
                CharInfo i2 = classify (c2);
                if (!l2 || !((i2.cls == C_DIGIT && c2 != 0x4E24 && c2 != 0x5169) || i2.cls == C_ZERO) ||
                    nf == sizeof fr)
                  break;
                fr[nf++] = (char) ('0' + i2.val);
                q += l2;
                fch++;
              }
            if (!nf)
              break;
            dec_add (&section, &pending);
            dec_set (&tmp, fr, nf, -(gssize) nf);
            dec_add (&section, &tmp);
            dec_clear (&pending);
            dec_add (&pending, &section);
            dec_clear (&section);
            pending_set = TRUE;
            pending_cn = FALSE;
            after_point = TRUE;
            sec_last = 99;
            last_exp = 0;
            style |= DS_NUMERAL_STYLE_DECIMAL;
            p = q;
            nch += 1 + fch;
          }
        else
          break;

        any = TRUE;
        prev_big = this_big;
        good = p;
        good_nch = nch;
      }

    p = good;
    nch = good_nch;
    if (p == body)
      goto none;

    if (pending_set)
      {
        if (pending_cn && !zero_gap && last_exp >= 1 && !after_point && !dec_is_zero (&pending))
          {
            /* short form: 三万五 = 35000, 一百五 = 150, 两千三 = 2300 */
            dec_shift (&pending, last_exp == 8 ? 7 : last_exp == 4 ? 3 : last_exp - 1);
            if (last_exp > 1)
              style |= DS_NUMERAL_STYLE_SHORT;
          }
        dec_add (&section, &pending);
      }
    dec_add (&high, &mid);
    dec_add (&high, &section);
    if (prev_big)
      style |= DS_NUMERAL_STYLE_LARGE_UNIT;
  }

done:
  out->length = (gsize) (p - start);
  out->n_chars = nch;
  out->style = style;
  finish (out, &high, negative, flags);
  dec_free (&high);
  dec_free (&mid);
  dec_free (&section);
  dec_free (&pending);
  dec_free (&tmp);
  return out->length;

none:
  dec_free (&high);
  dec_free (&mid);
  dec_free (&section);
  dec_free (&pending);
  dec_free (&tmp);
  memset (out, 0, sizeof *out);
  return 0;
}
