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
#include <opencc/Exception.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <opencc/Segmentation.hpp>
#include <opencc/Segments.hpp>
#include <opencc/UTF8Util.hpp>

struct _NmConverter
{
  opencc::ConverterPtr converter;
  std::vector<opencc::DictPtr> dicts; /* one per conversion of the chain */
};

/* Lines are independent for OpenCC (no dictionary key holds a line break),
 * so long texts are converted in pieces of about this many bytes, ending
 * after a line break: memory stays proportional to the piece. */
#define NM_CHUNK_BYTES (1u << 20)

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

/* one stage: converts @in, writing @out and, when some match changes the
 * length, the blocks to @map; returns whether every block kept its length */
static bool
convert_stage (const opencc::Dict &dict, const std::string &in, std::string &out, NmMap *map)
{
  bool aligned = true;
  const char *p = in.data ();
  const char *end = p + in.size ();
  out.clear ();
  out.reserve (in.size () + 8);
  while (p < end)
    {
      opencc::Optional<const opencc::DictEntry *> m = dict.MatchPrefix (p, end - p);
      if (m.IsNull ())
        {
          size_t n = opencc::UTF8Util::NextCharLength (p);
          if (n > (size_t) (end - p))
            n = end - p;
          out.append (p, n);
          if (map)
            nm_map_aligned (map, 1);
          p += n;
        }
      else
        {
          const opencc::DictEntry *e = m.Get ();
          std::string key = e->Key ();
          std::string value = e->GetDefault ();
          guint32 ko = utf8_cps (key.data (), key.size ());
          guint32 vo = utf8_cps (value.data (), value.size ());
          out += value;
          if (ko != vo)
            aligned = false;
          if (map)
            nm_map_append (map, ko, vo);
          p += key.size ();
        }
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

static void
convert_segment (const NmConverter *conv,
                 const char *seg,
                 size_t len,
                 GString *out,
                 NmMap *map,
                 guint64 *converted,
                 std::string &a,
                 std::string &b)
{
  a.assign (seg, len);
  bool aligned = true;
  for (const opencc::DictPtr &d : conv->dicts)
    {
      if (!convert_stage (*d, a, b, NULL))
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
      g_string_append_len (out, a.data (), a.size ());
      return;
    }

  /* some match changed the length: redo the chain keeping every stage's
   * blocks, and compose them (rare: the *p profiles' phrase tables) */
  std::string cur (seg, len), next;
  NmMap acc;
  nm_map_init (&acc);
  nm_map_aligned (&acc, in_cps);
  nm_map_finish (&acc);
  for (const opencc::DictPtr &d : conv->dicts)
    {
      NmMap stage, composed;
      nm_map_init (&stage);
      nm_map_init (&composed);
      convert_stage (*d, cur, next, &stage);
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
  g_string_append_len (out, cur.data (), cur.size ());
}

gboolean
nm_converter_convert (const NmConverter *conv,
                      const char *text,
                      gsize len,
                      GString *out,
                      NmMap *map,
                      guint64 *converted,
                      char **error_message)
{
  try
    {
      const opencc::SegmentationPtr seg = conv->converter->GetSegmentation ();
      std::string a, b, chunk;
      gsize start = 0;
      while (start < len)
        {
          if (text[start] == '\0')
            {
              /* OpenCC stops at NUL; copy it through */
              g_string_append_c (out, '\0');
              nm_map_aligned (map, 1);
              start++;
              continue;
            }
          gsize stop = start + NM_CHUNK_BYTES < len ? start + NM_CHUNK_BYTES : len;
          if (stop < len)
            {
              const char *nl = (const char *) memchr (text + stop, '\n', len - stop);
              stop = nl ? (gsize) (nl - text) + 1 : len;
            }
          const char *nul = (const char *) memchr (text + start, '\0', stop - start);
          if (nul)
            stop = nul - text;
          chunk.assign (text + start, stop - start);
          opencc::SegmentsPtr segments = seg->Segment (chunk);
          for (const char *s : *segments)
            convert_segment (conv, s, strlen (s), out, map, converted, a, b);
          start = stop;
        }
      return TRUE;
    }
  catch (...)
    {
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
