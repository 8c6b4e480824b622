/* nm-opencc.cpp: OpenCC conversion with alignment.
 *
 * OpenCC's Converter::Convert (1.1.x) is: segment the text with the
 * configuration's segmentation (mmseg: forward maximum matching over a
 * phrase dictionary, unmatched runs kept together), then for each
 * conversion of the chain and each segment, walk the segment taking the
 * dictionary's longest prefix match (or one character when nothing
 * matches) and writing the match's default value. We call the same public
 * pieces (Segmentation::Segment, Conversion::GetDict, Dict::MatchPrefix,
 * DictEntry::GetDefault) in the same order, so the text is the same byte
 * for byte, and we also know which input characters became which output
 * characters: one block per dictionary match, composed across the chain.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "nm-opencc.h"

#include <docsift/docsift.h>

#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/DictGroup.hpp>
#include <opencc/Exception.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <opencc/MaxMatchSegmentation.hpp>
#include <opencc/Segmentation.hpp>
#include <opencc/Segments.hpp>
#include <opencc/UTF8Util.hpp>


/* OpenCC's exceptions do not derive from std::exception */
static std::string
current_exception_message ()
{
  try
    {
      throw;
    }
  catch (const opencc::Exception &e)
    {
      return e.what ();
    }
  catch (const std::exception &e)
    {
      return e.what ();
    }
  catch (...)
    {
      return "unknown error";
    }
}

static inline guint32
utf8_cps (const char *s, size_t n)
{
  guint32 k = 0;
  for (size_t i = 0; i < n; i++)
    k += ((unsigned char) s[i] & 0xC0) != 0x80;
  return k;
}

/* ------------------------------------------------------- lookup caches
 *
 * Dict::MatchPrefix (p, len) returns an entry whose key is a prefix of p,
 * so its result depends only on the keys that are prefixes of the text at
 * p. When no key of two or more characters starts with the character c at
 * p followed by the next character c2 (or the bound ends after c), the
 * only candidates are one-character keys equal to c: the result is then
 * MatchPrefix (c) alone, computed once per dictionary at init and kept in
 * a read-only table. Only where (c, c2) begins some longer key do we ask
 * the dictionary, so the output is the dictionary's byte for byte.
 */

enum : guint32
{
  E_STARTER = 1u << 31,   /* some key of 2+ characters starts with c */
  E_KIND = 3u << 29,
  E_IDENT = 0,            /* no one-character key c: unmatched, c stays */
  E_CP = 1u << 29,        /* key c, value one code point (low 21 bits) */
  E_POOL = 2u << 29,      /* key c, other value: pool index (low 29 bits) */
  E_LOW = (1u << 29) - 1,
};

struct PoolValue
{
  std::string bytes;
  guint32 cps;
};

/* (c1, c2) pairs beginning keys of two or more characters: open addressing */
struct PairSet
{
  std::vector<guint64> slots;
  guint64 mask = 0;

  static inline guint64 key (gunichar a, gunichar b) { return ((guint64) a << 21) | b; }
  static inline guint64 hash (guint64 k) { return (k * 0x9E3779B97F4A7C15ull) >> 20; }

  void build (const std::vector<guint64> &keys)
  {
    size_t n = 16;
    while (n < keys.size () * 2 + 1)
      n <<= 1;
    slots.assign (n, 0);
    mask = n - 1;
    for (guint64 k : keys)
      {
        guint64 i = hash (k) & mask;
        while (slots[i] != 0 && slots[i] != k)
          i = (i + 1) & mask;
        slots[i] = k;
      }
  }
  inline bool has (gunichar a, gunichar b) const
  {
    guint64 k = key (a, b);
    guint64 i = hash (k) & mask;
    for (;;)
      {
        guint64 s = slots[i];
        if (s == k)
          return true;
        if (s == 0)
          return false;
        i = (i + 1) & mask;
      }
  }
};

struct DictCache
{
  const opencc::Dict *dict = nullptr;
  bool usable = false;            /* false: always ask the dictionary */
  std::vector<guint32> bmp;       /* per BMP code point, E_* */
  std::vector<PoolValue> pool;
  PairSet pairs;
};

struct _NmConverter
{
  opencc::ConverterPtr converter;
  std::vector<opencc::DictPtr> dicts; /* one per conversion of the chain */
  std::vector<DictCache> caches;      /* one per conversion of the chain */
  opencc::DictPtr seg_dict;           /* the mmseg segmentation's dictionary */
  DictCache seg_cache;
};

static void
collect_keys (const opencc::Dict &dict, std::vector<std::string> &keys)
{
  if (const opencc::DictGroup *g = dynamic_cast<const opencc::DictGroup *> (&dict))
    {
      for (const opencc::DictPtr &d : g->GetDicts ())
        collect_keys (*d, keys);
      return;
    }
  opencc::LexiconPtr lex = dict.GetLexicon ();
  for (const auto &e : *lex)
    keys.push_back (e->Key ());
}

static void
cache_build (DictCache &dc, const opencc::Dict &dict)
{
  dc.dict = &dict;
  dc.usable = false;
  std::vector<std::string> keys;
  try
    {
      collect_keys (dict, keys);
    }
  catch (...)
    {
      return; /* no lexicon: every lookup goes to the dictionary */
    }
  dc.bmp.assign (0x10000, E_IDENT);
  std::vector<guint64> pairs;
  std::vector<gunichar> firsts;
  for (const std::string &k : keys)
    {
      const char *p = k.data (), *end = p + k.size (), *q, *r;
      if (p == end)
        continue;
      gunichar c = ds_utf8_decode (p, end, &q);
      if (c >= 0x10000)
        continue; /* not cached */
      firsts.push_back (c);
      if (q < end)
        {
          gunichar c2 = ds_utf8_decode (q, end, &r);
          dc.bmp[c] |= E_STARTER;
          pairs.push_back (PairSet::key (c, c2));
        }
    }
  dc.pairs.build (pairs);
  /* the one-character result of every character that begins a key */
  for (gunichar c : firsts)
    {
      if (dc.bmp[c] & E_KIND)
        continue;
      char buf[8];
      int n = g_unichar_to_utf8 (c, buf);
      opencc::Optional<const opencc::DictEntry *> m = dict.MatchPrefix (buf, n);
      if (m.IsNull ())
        continue; /* E_IDENT */
      std::string v = m.Get ()->GetDefault ();
      guint32 vo = utf8_cps (v.data (), v.size ());
      gunichar vc = vo == 1 ? g_utf8_get_char_validated (v.data (), v.size ()) : 0;
      if (vo == 1 && vc < 0x110000 && vc != 0)
        dc.bmp[c] |= E_CP | vc;
      else
        {
          if (dc.pool.size () >= E_LOW)
            return;
          dc.bmp[c] |= E_POOL | (guint32) dc.pool.size ();
          dc.pool.push_back ({ v, vo });
        }
      /* a one-character key matched: one character that is no key would
       * have stayed, so the table tells the two apart by E_KIND */
    }
  dc.usable = true;
}

/* what MatchPrefix (p, end - p) gives, as lookup () fills it in: the
 * input taken, and the value either as a code point (is_cp) or as bytes */
struct Match
{
  size_t key_len;     /* bytes of input taken (one character when unmatched) */
  guint32 ko;         /* characters of input taken */
  bool matched;
  bool is_cp;         /* value is the code point vcp */
  gunichar c;         /* the input character (when ko == 1 and cached) */
  gunichar vcp;
  const char *val;    /* else the value's bytes */
  size_t val_len;
  guint32 vo;
};

static inline void
lookup (const DictCache &dc, const char *p, const char *end, Match &m, std::string &tmp)
{
  const char *nx;
  gunichar c = ds_utf8_decode_valid (p, &nx);
  size_t n = (size_t) (nx - p);
  if (dc.usable && c < 0x10000)
    {
      guint32 e = dc.bmp[c];
      bool slow = false;
      if (e & E_STARTER)
        {
          const char *q = p + n;
          if (q < end)
            {
              const char *q2;
              gunichar c2 = ds_utf8_decode_valid (q, &q2);
              slow = c2 >= 0x110000 || dc.pairs.has (c, c2);
            }
        }
      if (!slow)
        {
          m.key_len = n;
          m.ko = 1;
          m.c = c;
          switch (e & E_KIND)
            {
            case E_IDENT:
              m.matched = false;
              m.is_cp = true;
              m.vcp = c;
              m.vo = 1;
              return;
            case E_CP:
              m.matched = true;
              m.is_cp = true;
              m.vcp = e & 0x1FFFFF;
              m.vo = 1;
              return;
            default:
              {
                const PoolValue &pv = dc.pool[e & E_LOW];
                m.matched = true;
                m.is_cp = false;
                m.val = pv.bytes.data ();
                m.val_len = pv.bytes.size ();
                m.vo = pv.cps;
                return;
              }
            }
        }
    }
  m.c = 0x110000;
  opencc::Optional<const opencc::DictEntry *> r = dc.dict->MatchPrefix (p, end - p);
  if (r.IsNull ())
    {
      size_t k = opencc::UTF8Util::NextCharLength (p);
      if (k > (size_t) (end - p))
        k = end - p;
      m.key_len = k;
      m.ko = 1;
      m.matched = false;
      m.is_cp = false;
      m.val = p;
      m.val_len = k;
      m.vo = 1;
      return;
    }
  const opencc::DictEntry *e = r.Get ();
  tmp = e->GetDefault ();
  m.key_len = e->KeyLength ();
  m.ko = utf8_cps (p, m.key_len);
  m.matched = true;
  m.is_cp = false;
  m.val = tmp.data ();
  m.val_len = tmp.size ();
  m.vo = utf8_cps (tmp.data (), tmp.size ());
}

/* ------------------------------------------------------------ output */

/* The output buffer. It may be the input buffer itself (conversion in
 * place): every write must then end at or before the first input byte not
 * yet read; when one would not, the output moves to a buffer of its own. */
struct Out
{
  char *buf;
  size_t len;
  size_t cap;
  const char *in;     /* the input, when converting in place; else NULL */
  char *own;          /* a buffer we allocated (g_malloc), or NULL */
};

static void
out_grow (Out &o, size_t need)
{
  size_t cap = o.cap ? o.cap : 64;
  while (cap < need)
    cap *= 2;
  if (o.own)
    {
      o.own = (char *) g_realloc (o.own, cap);
      o.buf = o.own;
    }
  else
    {
      /* leaving the input buffer (or a caller's buffer) */
      char *nb = (char *) g_malloc (cap);
      memcpy (nb, o.buf, o.len);
      o.own = o.buf = nb;
      o.in = NULL;
    }
  o.cap = cap;
}

/* reserve @n bytes to be written before input position @read_pos */
static inline char *
out_reserve (Out &o, size_t n, const char *read_pos)
{
  if (o.in)
    {
      if (o.len + n <= (size_t) (read_pos - o.in))
        return o.buf + o.len;
      out_grow (o, MAX (o.cap, o.len + n) + (o.cap >> 3) + 64);
      return o.buf + o.len;
    }
  if (o.len + n > o.cap)
    out_grow (o, o.len + n);
  return o.buf + o.len;
}

static inline void
out_write (Out &o, const char *s, size_t n, const char *read_pos)
{
  char *d = out_reserve (o, n, read_pos);
  memmove (d, s, n);
  o.len += n;
}

/* --------------------------------------------------------------- stages */

/* a generic stage over a segment held in @in, writing @out, with its
 * blocks in @map when given; returns whether every block kept its length */
static bool
convert_stage (const DictCache &dc, const std::string &in, std::string &out, NmMap *map)
{
  bool aligned = true;
  const char *p = in.data ();
  const char *end = p + in.size ();
  std::string tmp;
  Match m;
  out.clear ();
  out.reserve (in.size () + 8);
  while (p < end)
    {
      lookup (dc, p, end, m, tmp);
      if (m.is_cp)
        {
          char buf[4];
          int n = g_unichar_to_utf8 (m.vcp, buf);
          out.append (buf, n);
        }
      else
        out.append (m.val, m.val_len);
      if (m.ko != m.vo)
        aligned = false;
      if (map)
        nm_map_append (map, m.ko, m.vo);
      p += m.key_len;
    }
  return aligned;
}

/* counts the input characters that changed, given the segment's map */
static guint64
count_changed (const char *in, size_t in_len, const char *out, size_t out_len, const NmMap *map)
{
  guint64 changed = 0;
  const char *p = in, *pe = in + in_len, *q = out, *qe = out + out_len;
  for (guint i = 0; i < map->segs->len; i++)
    {
      const NmSeg *s = &g_array_index (map->segs, NmSeg, i);
      if (s->o == s->v)
        {
          for (guint32 k = 0; k < s->o && p < pe && q < qe; k++)
            {
              const char *pn = g_utf8_next_char (p), *qn = g_utf8_next_char (q);
              if (pn - p != qn - q || memcmp (p, q, pn - p) != 0)
                changed++;
              p = pn, q = qn;
            }
        }
      else
        {
          changed += s->o;
          for (guint32 k = 0; k < s->o && p < pe; k++)
            p = g_utf8_next_char (p);
          for (guint32 k = 0; k < s->v && q < qe; k++)
            q = g_utf8_next_char (q);
        }
    }
  return changed;
}

/* one conversion in the chain: straight from the input to the output */
static void
convert_segment_single (const DictCache &dc,
                        const char *seg,
                        size_t len,
                        Out &out,
                        NmMap *map,
                        guint64 *converted,
                        std::string &tmp)
{
  const char *p = seg, *end = seg + len;
  Match m;
  guint64 run = 0; /* aligned characters not yet added to the map */
  guint64 changed = 0;
  while (p < end)
    {
      lookup (dc, p, end, m, tmp);
      const char *next = p + m.key_len;
      if (m.is_cp)
        {
          if (!m.matched)
            {
              /* unmatched: the character itself */
              char *d = out_reserve (out, m.key_len, next);
              memmove (d, p, m.key_len);
              out.len += m.key_len;
            }
          else
            {
              char buf[4];
              int n = g_unichar_to_utf8 (m.vcp, buf);
              char *d = out_reserve (out, n, next);
              memcpy (d, buf, n);
              out.len += n;
              changed += m.vcp != m.c;
            }
          run++;
        }
      else
        {
          if (m.ko == m.vo)
            {
              /* compare character by character before writing (in place,
               * the write may overwrite the input) */
              const char *a = p, *b = m.val, *be = m.val + m.val_len;
              for (guint32 k = 0; k < m.ko && a < next && b < be; k++)
                {
                  const char *an = g_utf8_next_char (a), *bn = g_utf8_next_char (b);
                  if (an - a != bn - b || memcmp (a, b, an - a) != 0)
                    changed++;
                  a = an, b = bn;
                }
              run += m.ko;
            }
          else
            {
              changed += m.ko;
              nm_map_aligned (map, run);
              run = 0;
              nm_map_append (map, m.ko, m.vo);
            }
          out_write (out, m.val, m.val_len, next);
        }
      p = next;
    }
  nm_map_aligned (map, run);
  *converted += changed;
}

/* a chain of several conversions: stage by stage on the segment */
static void
convert_segment_chain (const NmConverter *conv,
                       const char *seg,
                       size_t len,
                       Out &out,
                       NmMap *map,
                       guint64 *converted,
                       std::string &a,
                       std::string &b)
{
  a.assign (seg, len);
  bool aligned = true;
  for (const DictCache &dc : conv->caches)
    {
      if (!convert_stage (dc, a, b, NULL))
        aligned = false;
      a.swap (b);
    }
  /* a now holds the output */
  guint32 in_cps = utf8_cps (seg, len);
  if (aligned)
    {
      nm_map_aligned (map, in_cps);
      if (a.size () != len || memcmp (a.data (), seg, len) != 0)
        {
          NmMap one;
          nm_map_init (&one);
          nm_map_aligned (&one, in_cps);
          nm_map_finish (&one);
          *converted += count_changed (seg, len, a.data (), a.size (), &one);
          nm_map_clear (&one);
        }
      out_write (out, a.data (), a.size (), seg + len);
      return;
    }

  /* some match changed the length: redo the chain keeping every stage's
   * blocks, and compose them (rare: the *p profiles' phrase tables) */
  std::string cur (seg, len), next;
  NmMap acc;
  nm_map_init (&acc);
  nm_map_aligned (&acc, in_cps);
  nm_map_finish (&acc);
  for (const DictCache &dc : conv->caches)
    {
      NmMap stage, composed;
      nm_map_init (&stage);
      nm_map_init (&composed);
      convert_stage (dc, cur, next, &stage);
      nm_map_finish (&stage);
      nm_map_compose (&acc, &stage, &composed);
      nm_map_finish (&composed);
      nm_map_clear (&acc);
      nm_map_clear (&stage);
      acc = composed;
      cur.swap (next);
    }
  *converted += count_changed (seg, len, cur.data (), cur.size (), &acc);
  nm_map_append_map (map, &acc);
  nm_map_clear (&acc);
  out_write (out, cur.data (), cur.size (), seg + len);
}

static inline void
convert_segment (const NmConverter *conv,
                 const char *seg,
                 size_t len,
                 Out &out,
                 NmMap *map,
                 guint64 *converted,
                 std::string &a,
                 std::string &b)
{
  if (len == 0)
    return;
  if (conv->caches.size () == 1)
    convert_segment_single (conv->caches.front (), seg, len, out, map, converted, a);
  else
    convert_segment_chain (conv, seg, len, out, map, converted, a, b);
}

/* OpenCC's MaxMatchSegmentation::Segment on [text, end), without copying:
 * runs of unmatched characters form one segment, every match its own;
 * each segment is converted as soon as it is known */
static void
segment_and_convert (const NmConverter *conv,
                     const char *text,
                     const char *end,
                     Out &out,
                     NmMap *map,
                     guint64 *converted,
                     std::string &a,
                     std::string &b)
{
  const DictCache &sc = conv->seg_cache;
  const char *run = text;
  const char *p = text;
  while (p < end)
    {
      const char *nx;
      gunichar c = ds_utf8_decode_valid (p, &nx);
      size_t n = (size_t) (nx - p);
      size_t key_len = 0; /* 0: unmatched */
      if (sc.usable && c < 0x10000)
        {
          guint32 e = sc.bmp[c];
          if (e == E_IDENT)
            {
              p += n;
              continue;
            }
          bool slow = false;
          if ((e & E_STARTER) && p + n < end)
            {
              const char *q2;
              gunichar c2 = ds_utf8_decode_valid (nx, &q2);
              slow = c2 >= 0x110000 || sc.pairs.has (c, c2);
            }
          if (!slow)
            {
              if ((e & E_KIND) == E_IDENT)
                {
                  p += n;
                  continue;
                }
              key_len = n;
            }
        }
      if (key_len == 0)
        {
          opencc::Optional<const opencc::DictEntry *> r = sc.dict->MatchPrefix (p, end - p);
          if (r.IsNull ())
            {
              p += opencc::UTF8Util::NextCharLength (p);
              continue;
            }
          key_len = r.Get ()->KeyLength ();
        }
      convert_segment (conv, run, p - run, out, map, converted, a, b);
      convert_segment (conv, p, key_len, out, map, converted, a, b);
      p += key_len;
      run = p;
    }
  if (p > end)
    p = end;
  convert_segment (conv, run, p - run, out, map, converted, a, b);
}

NmConverter *
nm_converter_new (const char *config_path, char **error_message)
{
  try
    {
      opencc::Config config;
      opencc::ConverterPtr converter = config.NewFromFile (config_path);
      NmConverter *conv = new NmConverter;
      conv->converter = converter;
      for (const opencc::ConversionPtr &c : converter->GetConversionChain ()->GetConversions ())
        conv->dicts.push_back (c->GetDict ());
      if (!converter->GetSegmentation ())
        {
          delete conv;
          throw std::runtime_error ("no segmentation in the configuration");
        }
      conv->caches.resize (conv->dicts.size ());
      for (size_t i = 0; i < conv->dicts.size (); i++)
        cache_build (conv->caches[i], *conv->dicts[i]);
      auto mm = std::dynamic_pointer_cast<opencc::MaxMatchSegmentation> (converter->GetSegmentation ());
      if (mm)
        {
          conv->seg_dict = mm->GetDict ();
          cache_build (conv->seg_cache, *conv->seg_dict);
        }
      return conv;
    }
  catch (...)
    {
      std::string what = current_exception_message ();
      if (error_message)
        *error_message = g_strdup_printf ("cannot load OpenCC configuration “%s”: %s",
                                          config_path, what.c_str ());
      return NULL;
    }
}

void
nm_converter_free (NmConverter *conv)
{
  delete conv;
}

gboolean
nm_converter_convert (const NmConverter *conv,
                      char *buffer,
                      gsize len,
                      gsize cap,
                      char **out_text,
                      gsize *out_len,
                      NmMap *map,
                      guint64 *converted,
                      char **error_message)
{
  /* in place: the result overwrites the buffer while it is no longer than
   * what was read; Out moves to a buffer of its own otherwise. t2s makes
   * some 3-byte characters 4-byte ones (䂎 → 𥎝), so the input is first
   * moved up by a gap taken from the buffer's spare room: the output may
   * then get that far ahead before it has to move (1241 bytes on the 20.9
   * MB hkcnews 2018 file). */
  gsize gap = 0;
  if (cap > len + 1)
    gap = MIN (cap - len - 1, MAX ((gsize) 1 << 16, len / 64));
  if (gap > 0 && len > 0)
    memmove (buffer + gap, buffer, len);
  char *text = buffer + gap;
  Out out = { buffer, 0, len + gap, buffer, NULL };
  try
    {
      std::string a, b, chunk;
      gsize start = 0;
      while (start < len)
        {
          if (text[start] == '\0')
            {
              /* OpenCC stops at NUL; copy it through */
              out_write (out, "", 1, text + start + 1);
              nm_map_aligned (map, 1);
              start++;
              continue;
            }
          const char *nul = (const char *) memchr (text + start, '\0', len - start);
          gsize stop = nul ? (gsize) (nul - text) : len;
          if (conv->seg_dict)
            segment_and_convert (conv, text + start, text + stop, out, map, converted, a, b);
          else
            {
              /* another kind of segmentation: OpenCC's own, on a copy; the
               * segments are copies, so the output leaves @text */
              if (out.in)
                out_grow (out, len + 1);
              chunk.assign (text + start, stop - start);
              opencc::SegmentsPtr segments = conv->converter->GetSegmentation ()->Segment (chunk);
              for (const char *s : *segments)
                convert_segment (conv, s, strlen (s), out, map, converted, a, b);
            }
          start = stop;
        }
      /* room for a terminating NUL (in place, @text has len + 1 bytes) */
      if (out.in == NULL && out.len + 1 > out.cap)
        out_grow (out, out.len + 1);
      out.buf[out.len] = '\0';
      *out_text = out.buf;
      *out_len = out.len;
      return TRUE;
    }
  catch (...)
    {
      g_free (out.own);
      std::string what = current_exception_message ();
      if (error_message)
        *error_message = g_strdup_printf ("OpenCC conversion failed: %s", what.c_str ());
      return FALSE;
    }
}

/* ------------------------------------------------------------ script sets */

static opencc::LexiconPtr
load_lexicon (const std::string &path)
{
  FILE *fp = fopen (path.c_str (), "rb");
  if (!fp)
    throw opencc::FileNotFound (path);
  opencc::MarisaDictPtr dict;
  try
    {
      dict = opencc::MarisaDict::NewFromFile (fp);
    }
  catch (...)
    {
      fclose (fp);
      throw;
    }
  fclose (fp);
  return dict->GetLexicon ();
}

static gunichar
single_char (const std::string &s)
{
  if (s.empty ())
    return 0;
  const char *p = s.c_str ();
  if (g_utf8_next_char (p) != p + s.size ())
    return 0;
  return g_utf8_get_char_validated (p, s.size ());
}

/* keys that the dictionary changes, minus those any entry produces */
static void
changed_keys (const opencc::Lexicon &lex, guint8 *keys_changed, guint8 *values, guint8 *keys)
{
  for (const auto &e : lex)
    {
      gunichar k = single_char (e->Key ());
      if (k == 0 || k == (gunichar) -1 || k == (gunichar) -2)
        continue;
      nm_bit_set (keys, k);
      bool self = false;
      for (const std::string &v : e->Values ())
        {
          gunichar vc = single_char (v);
          if (vc == k)
            self = true;
          if (vc != 0 && vc != (gunichar) -1 && vc != (gunichar) -2)
            nm_bit_set (values, vc);
        }
      if (!self)
        nm_bit_set (keys_changed, k);
    }
}

gboolean
nm_script_sets_load (const char *dir, NmTables *t, guint *n_trad, guint *n_simp, char **error_message)
{
  std::string ts = std::string (dir) + G_DIR_SEPARATOR_S + "TSCharacters.ocd2";
  std::string st = std::string (dir) + G_DIR_SEPARATOR_S + "STCharacters.ocd2";
  std::string current = ts;
  try
    {
      opencc::LexiconPtr ts_lex = load_lexicon (ts);
      current = st;
      opencc::LexiconPtr st_lex = load_lexicon (st);

      std::vector<guint8> ts_changed (NM_BITMAP_BYTES), ts_values (NM_BITMAP_BYTES),
        ts_keys (NM_BITMAP_BYTES), st_changed (NM_BITMAP_BYTES), st_values (NM_BITMAP_BYTES),
        st_keys (NM_BITMAP_BYTES);
      changed_keys (*ts_lex, ts_changed.data (), ts_values.data (), ts_keys.data ());
      changed_keys (*st_lex, st_changed.data (), st_values.data (), st_keys.data ());

      guint nt = 0, ns = 0;
      for (size_t i = 0; i < NM_BITMAP_BYTES; i++)
        {
          guint8 tr = ts_changed[i] & ~ts_values[i] & ~st_keys[i];
          guint8 si = st_changed[i] & ~st_values[i] & ~ts_keys[i];
          t->trad_only[i] = tr;
          t->simp_only[i] = si;
          nt += __builtin_popcount (tr);
          ns += __builtin_popcount (si);
        }
      if (nt == 0 || ns == 0)
        throw std::runtime_error ("no script-specific characters found");
      nm_tables_index (t);
      if (n_trad)
        *n_trad = nt;
      if (n_simp)
        *n_simp = ns;
      return TRUE;
    }
  catch (...)
    {
      std::string what = current_exception_message ();
      if (error_message)
        *error_message = g_strdup_printf ("cannot read OpenCC dictionary “%s”: %s",
                                          current.c_str (), what.c_str ());
      return FALSE;
    }
}
