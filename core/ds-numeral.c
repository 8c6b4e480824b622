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
  int n = sizeof buf;
  do
    buf[--n] = (char) ('0' + v % 10);
  while (v /= 10);
  dec_set (x, buf + n, sizeof buf - (gsize) n, exp);
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
  char buf[64] = { 0 }; /* zeroed only to quiet -Wmaybe-uninitialized */
  char *r = n <= sizeof buf ? buf : g_malloc (n);
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
  if (r != buf)
    g_free (r);
}

static void
dec_clear (Dec *x)
{
  x->len = 0;
  x->exp = 0;
}

/* Bytes dec_write() needs for x, with a sign and the NUL. */
static gsize
dec_text_size (const Dec *x)
{
  gsize absexp = x->exp < 0 ? (gsize) -x->exp : (gsize) x->exp;
  return x->len + absexp + 4; /* "-", "0." and the NUL */
}

/* Writes x as a plain decimal string ("76960000000", "0.5") at buf, which
 * holds dec_text_size (x) bytes; returns the length (no NUL written). */
static gsize
dec_write (const Dec *x, char *buf)
{
  char *o = buf;
  if (!x->len)
    {
      *o++ = '0';
      return 1;
    }
  if (x->exp >= 0)
    {
      memcpy (o, x->d, x->len);
      o += x->len;
      memset (o, '0', (gsize) x->exp);
      o += x->exp;
      return (gsize) (o - buf);
    }
  gssize intlen = (gssize) x->len + x->exp;
  if (intlen <= 0)
    {
      *o++ = '0';
      *o++ = '.';
      memset (o, '0', (gsize) -intlen);
      o += -intlen;
      memcpy (o, x->d, x->len);
      o += x->len;
    }
  else
    {
      memcpy (o, x->d, (gsize) intlen);
      o += intlen;
      *o++ = '.';
      memcpy (o, x->d + intlen, x->len - (gsize) intlen);
      o += x->len - (gsize) intlen;
    }
  return (gsize) (o - buf);
}

/* ---- characters ---- */

/* One character of @p and its length: 0 (length 0) at @end, U+FFFD (length
 * 1) for a byte that does not start a valid character. */
static inline gunichar
next_char (const guchar *p, const guchar *end, gsize *len)
{
  const char *next;
  gunichar c = ds_utf8_decode ((const char *) p, (const char *) end, &next);
  *len = (gsize) (next - (const char *) p);
  if (G_UNLIKELY (c == DS_UNICHAR_INVALID))
    return *len ? 0xFFFD : 0;
  return c;
}

enum { C_NONE, C_ARABIC, C_DIGIT, C_ZERO, C_UNIT, C_BIG, C_TENS, C_POINT };

typedef struct
{
  int cls;
  int val;       /* digit value, multiplier exponent, or tens value */
  gboolean financial;
} CharInfo;

/* Numeral characters in U+4E00..U+9FFF, one byte each: class (bits 0-2),
 * financial (bit 3), value (bits 4-7; tens digit for 廿卅卌). 0 = none.
 * A table instead of a switch: classify() runs on every character a caller
 * looks at, and almost all of them are not numerals. */
#define CJK_FIRST 0x4E00
#define CJK_END 0xA000
#define CJK(cp, cls, val, fin) [(cp) - CJK_FIRST] = (guint8) ((cls) | ((fin) << 3) | ((val) << 4))
static const guint8 cjk_class[CJK_END - CJK_FIRST] = {
  CJK (0x96F6, C_ZERO, 0, 0), /* 零 */
  CJK (0x4E00, C_DIGIT, 1, 0), /* 一 */
  CJK (0x4E8C, C_DIGIT, 2, 0), /* 二 */
  CJK (0x4E24, C_DIGIT, 2, 0), /* 两 */
  CJK (0x5169, C_DIGIT, 2, 0), /* 兩 */
  CJK (0x4E09, C_DIGIT, 3, 0), /* 三 */
  CJK (0x56DB, C_DIGIT, 4, 0), /* 四 */
  CJK (0x4E94, C_DIGIT, 5, 0), /* 五 */
  CJK (0x516D, C_DIGIT, 6, 0), /* 六 */
  CJK (0x4E03, C_DIGIT, 7, 0), /* 七 */
  CJK (0x516B, C_DIGIT, 8, 0), /* 八 */
  CJK (0x4E5D, C_DIGIT, 9, 0), /* 九 */
  CJK (0x58F9, C_DIGIT, 1, 1), /* 壹 */
  CJK (0x8D30, C_DIGIT, 2, 1), /* 贰 */
  CJK (0x8CB3, C_DIGIT, 2, 1), /* 貳 */
  CJK (0x53C1, C_DIGIT, 3, 1), /* 叁 */
  CJK (0x53C3, C_DIGIT, 3, 1), /* 參 */
  CJK (0x8086, C_DIGIT, 4, 1), /* 肆 */
  CJK (0x4F0D, C_DIGIT, 5, 1), /* 伍 */
  CJK (0x9646, C_DIGIT, 6, 1), /* 陆 */
  CJK (0x9678, C_DIGIT, 6, 1), /* 陸 */
  CJK (0x67D2, C_DIGIT, 7, 1), /* 柒 */
  CJK (0x634C, C_DIGIT, 8, 1), /* 捌 */
  CJK (0x7396, C_DIGIT, 9, 1), /* 玖 */
  CJK (0x5341, C_UNIT, 1, 0), /* 十 */
  CJK (0x62FE, C_UNIT, 1, 1), /* 拾 */
  CJK (0x767E, C_UNIT, 2, 0), /* 百 */
  CJK (0x4F70, C_UNIT, 2, 1), /* 佰 */
  CJK (0x5343, C_UNIT, 3, 0), /* 千 */
  CJK (0x4EDF, C_UNIT, 3, 1), /* 仟 */
  CJK (0x4E07, C_BIG, 4, 0), /* 万 */
  CJK (0x842C, C_BIG, 4, 0), /* 萬 */
  CJK (0x4EBF, C_BIG, 8, 0), /* 亿 */
  CJK (0x5104, C_BIG, 8, 0), /* 億 */
  CJK (0x5EFF, C_TENS, 2, 0), /* 廿 */
  CJK (0x5345, C_TENS, 3, 0), /* 卅 */
  CJK (0x534C, C_TENS, 4, 0), /* 卌 */
  CJK (0x70B9, C_POINT, 0, 0), /* 点 */
  CJK (0x9EDE, C_POINT, 0, 0), /* 點 */
};
#undef CJK

static inline CharInfo
classify (gunichar c)
{
  if (c - '0' < 10)
    return (CharInfo){ C_ARABIC, (int) (c - '0'), FALSE };
  if (c - CJK_FIRST < CJK_END - CJK_FIRST)
    {
      guint8 b = cjk_class[c - CJK_FIRST];
      int cls = b & 7, val = b >> 4;
      return (CharInfo){ cls, cls == C_TENS ? val * 10 : val, (b >> 3) & 1 };
    }
  if (c - 0xFF10 < 10)
    return (CharInfo){ C_ARABIC, (int) (c - 0xFF10), FALSE };
  if (c == 0x3007 /* 〇 */ || c == 0x25CB /* ○ */)
    return (CharInfo){ C_ZERO, 0, FALSE };
  return (CharInfo){ C_NONE, 0, FALSE };
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
  /* on the stack when it fits: the common case allocates only the text */
  char small[128];
  gsize size = dec_text_size (total);
  char *buf = size <= sizeof small ? small : g_malloc (size);
  gsize n = 0;
  if (negative && !dec_is_zero (total))
    buf[n++] = '-';
  n += dec_write (total, buf + n);
  buf[n] = '\0';
  out->value = g_ascii_strtod (buf, NULL);
  if (!(flags & DS_NUMERAL_NO_TEXT))
    out->text = buf == small ? g_memdup2 (buf, n + 1) : buf;
  else if (buf != small)
    g_free (buf);
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

  /* Most callers try every position: answer "no numeral here" before any
   * set-up. Only these can start one (see the main loop below): an Arabic
   * digit, or a Chinese digit, zero, 十百千 or 廿卅卌; not 万/亿 or 点 alone. */
  {
    gsize l0;
    CharInfo c0 = classify (next_char (p, end, &l0));
    gboolean can = l0 && ((c0.cls == C_ARABIC && (flags & DS_NUMERAL_ARABIC)) ||
                          (c0.cls != C_ARABIC && (flags & DS_NUMERAL_CHINESE) &&
                           (c0.cls == C_DIGIT || c0.cls == C_ZERO || c0.cls == C_UNIT || c0.cls == C_TENS)));
    if (!can)
      {
        memset (out, 0, sizeof *out);
        return 0;
      }
  }

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
      gsize n = 0;
      gboolean fin = FALSE;
      for (;;)
        {
          c = next_char (q, end, &clen);
          CharInfo ci = classify (c);
          if (!clen || !((ci.cls == C_DIGIT && c != 0x4E24 && c != 0x5169) || ci.cls == C_ZERO))
            break;
          fin |= ci.financial;
          q += clen;
          n++;
        }
      gsize l3;
      CharInfo after = classify (next_char (q, end, &l3));
      /* 三四十, 一二百: an approximate range, not a digit run */
      if (n >= 2 && !(l3 && (after.cls == C_UNIT || after.cls == C_BIG)))
        {
          /* read the run again, into the digits of high */
          dec_reserve (&high, n);
          const guchar *r = p;
          for (gsize i = 0; i < n; i++)
            {
              high.d[i] = (char) ('0' + classify (next_char (r, end, &clen)).val);
              r += clen;
            }
          high.len = n;
          high.exp = 0;
          dec_normalize (&high);
          /* 一二三点四五: a decimal point, then digits read one by one */
          gsize lp;
          if (l3 && after.cls == C_POINT)
            {
              const guchar *f = q + l3;
              char fr[64];
              gsize nf = 0;
              for (;;)
                {
                  gunichar c2 = next_char (f, end, &lp);
                  CharInfo i2 = classify (c2);
                  if (!lp || !((i2.cls == C_DIGIT && c2 != 0x4E24 && c2 != 0x5169) || i2.cls == C_ZERO) ||
                      nf == sizeof fr)
                    break;
                  fr[nf++] = (char) ('0' + i2.val);
                  f += lp;
                }
              if (nf)
                {
                  dec_set (&tmp, fr, nf, -(gssize) nf);
                  dec_add (&high, &tmp);
                  style |= DS_NUMERAL_STYLE_DECIMAL;
                  nch += 1 + nf;
                  q = f;
                }
            }
          style |= DS_NUMERAL_STYLE_CHINESE | DS_NUMERAL_STYLE_DIGITS;
          if (fin)
            style |= DS_NUMERAL_STYLE_FINANCIAL;
          p = q;
          nch += n;
          goto done;
        }
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
            /* 二千零十: 十 after a gap 零 is one ten */
            if (!pending_set && !dec_is_zero (&section) && !(zero_gap && ci.val == 1))
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
