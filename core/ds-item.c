/* ds-item.c: items read from their compact JSON text (DsItem), and the
 * index of a layer's items (ds_layer_peek_item()).
 *
 * The text is the JSON writer's own output, so one scan finds every member:
 * names and string values are decoded into a copy of the text, in place (a
 * decoded string is never longer than its escaped form; its closing quote
 * becomes the NUL), and numbers are converted only when asked for.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <errno.h>
#include <string.h>

struct _DsItemMember
{
  const char *name;   /* decoded */
  const char *json;   /* the value as written */
  gsize length;
  const char *string; /* decoded, for DS_ITEM_TYPE_STRING */
  DsItemType type;
};

struct _DsItem
{
  const char *json; /* NULL: not an object (ds_layer_peek_item() returns NULL) */
  gsize length;
  const DsItemMember *members;
  guint n_members;
  /* ds_item_new() only: what the item owns */
  char *own_raw, *own_decoded;
  DsItemMember *own_members;
};

/* A growing array of members (GArray's appends cost more than the scan). */
typedef struct
{
  DsItemMember *v;
  gsize n, cap;
} Members;

struct _DsItemIndex
{
  GString *raw;     /* the items' text: the layer's stored text, then its other objects */
  char *decoded;    /* a copy of raw, strings decoded in place */
  DsItem *items;    /* one per item of the layer */
  guint n_items;
  DsItemMember *members;
};

static inline DsItemMember *
members_push (Members *m)
{
  if (G_UNLIKELY (m->n == m->cap))
    {
      m->cap = m->cap ? m->cap * 2 : 32;
      m->v = g_renew (DsItemMember, m->v, m->cap);
    }
  return &m->v[m->n++];
}

/* ---- the scanner ---- */

typedef struct
{
  const char *raw; /* raw[end] is a NUL (scan_string() stops there) */
  char *dec; /* where strings are decoded (NULL: only checked) */
  gsize end;
  gsize pos;
} Scan;

static int
hex4 (const char *p)
{
  int v = 0;
  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* The rest of a string with escapes, from @r (at a backslash or a control
 * character); @decode: into s->dec at the same offsets. */
static gboolean
scan_string_escaped (Scan *s, gboolean decode, gsize r)
{
  const char *raw = s->raw;
  char *dec = decode ? s->dec : NULL;
  gsize w = r;
  while (r < s->end)
    {
      guchar c = (guchar) raw[r];
      if (c == '"')
        {
          if (dec)
            dec[w] = '\0';
          s->pos = r + 1;
          return TRUE;
        }
      if (c < 0x20)
        return FALSE;
      if (c != '\\')
        {
          if (dec)
            dec[w] = (char) c;
          w++, r++;
          continue;
        }
      if (r + 1 >= s->end)
        return FALSE;
      char e = raw[r + 1], out;
      switch (e)
        {
        case '"': out = '"'; break;
        case '\\': out = '\\'; break;
        case '/': out = '/'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        case 'u':
          {
            int cp = r + 6 <= s->end ? hex4 (raw + r + 2) : -1;
            if (cp < 0)
              return FALSE;
            r += 6;
            if (cp >= 0xD800 && cp < 0xDC00 && r + 6 <= s->end && raw[r] == '\\' && raw[r + 1] == 'u')
              {
                int lo = hex4 (raw + r + 2);
                if (lo >= 0xDC00 && lo < 0xE000)
                  {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    r += 6;
                  }
              }
            if (cp == 0)
              return FALSE; /* docsift texts hold no NUL */
            if (cp >= 0xD800 && cp < 0xE000)
              cp = 0xFFFD; /* a lone surrogate */
            char buf[6];
            gint n = g_unichar_to_utf8 ((gunichar) cp, buf);
            if (dec)
              memcpy (dec + w, buf, (gsize) n);
            w += (gsize) n; /* never past r: 6 escaped bytes give at most 4 */
            continue;
          }
        default:
          return FALSE;
        }
      if (dec)
        dec[w] = out;
      w++;
      r += 2;
    }
  return FALSE;
}

/* The string at s->pos (its opening quote). Without escapes the copy
 * already holds it: only its closing quote becomes a NUL. */
static const guint8 string_stops[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* controls */
  ['"'] = 1, ['\\'] = 1,
};

static inline gboolean
scan_string (Scan *s, gboolean decode)
{
  /* one table test a byte: the text ends with a NUL, a stop, so the loop
   * needs no bound (a string is most of an item's bytes) */
  const guchar *raw = (const guchar *) s->raw;
  gsize r = s->pos + 1;
  while (!string_stops[raw[r]])
    r++;
  if (r >= s->end)
    return FALSE;
  if (raw[r] == '"')
    {
      if (decode)
        s->dec[r] = '\0';
      s->pos = r + 1;
      return TRUE;
    }
  return scan_string_escaped (s, decode, r);
}

static inline gboolean
scan_digits (Scan *s)
{
  gsize from = s->pos;
  while (s->pos < s->end && g_ascii_isdigit (s->raw[s->pos]))
    s->pos++;
  return s->pos > from;
}

/* A JSON number; *type: integer (fits a gint64) or double. */
static inline gboolean
scan_number (Scan *s, DsItemType *type)
{
  gsize from = s->pos;
  gboolean integral = TRUE;
  if (s->raw[s->pos] == '-')
    s->pos++;
  if (s->pos < s->end && s->raw[s->pos] == '0')
    s->pos++;
  else if (!scan_digits (s))
    return FALSE;
  if (s->pos < s->end && s->raw[s->pos] == '.')
    {
      s->pos++;
      integral = FALSE;
      if (!scan_digits (s))
        return FALSE;
    }
  if (s->pos < s->end && (s->raw[s->pos] == 'e' || s->raw[s->pos] == 'E'))
    {
      s->pos++;
      integral = FALSE;
      if (s->pos < s->end && (s->raw[s->pos] == '+' || s->raw[s->pos] == '-'))
        s->pos++;
      if (!scan_digits (s))
        return FALSE;
    }
  if (integral && s->pos - from > 18)
    {
      /* may not fit: json-glib would read it as a double too */
      char buf[32];
      gsize n = MIN (s->pos - from, sizeof buf - 1);
      memcpy (buf, s->raw + from, n);
      buf[n] = '\0';
      errno = 0;
      g_ascii_strtoll (buf, NULL, 10);
      integral = errno == 0 && s->pos - from < sizeof buf;
    }
  *type = integral ? DS_ITEM_TYPE_INT : DS_ITEM_TYPE_DOUBLE;
  return TRUE;
}

static inline gboolean
scan_word (Scan *s, const char *word, gsize n)
{
  if (s->end - s->pos < n || memcmp (s->raw + s->pos, word, n) != 0)
    return FALSE;
  s->pos += n;
  return TRUE;
}

static gboolean scan_container (Scan *s, guint depth);

/* The value at s->pos; top-level string values are decoded when @decode. */
static inline gboolean
scan_value (Scan *s, guint depth, gboolean decode, DsItemType *type)
{
  if (s->pos >= s->end)
    return FALSE;
  switch (s->raw[s->pos])
    {
    case '"':
      *type = DS_ITEM_TYPE_STRING;
      return scan_string (s, decode);
    case '{':
      *type = DS_ITEM_TYPE_OBJECT;
      return scan_container (s, depth);
    case '[':
      *type = DS_ITEM_TYPE_ARRAY;
      return scan_container (s, depth);
    case 't':
      *type = DS_ITEM_TYPE_BOOLEAN;
      return scan_word (s, "true", 4);
    case 'f':
      *type = DS_ITEM_TYPE_BOOLEAN;
      return scan_word (s, "false", 5);
    case 'n':
      *type = DS_ITEM_TYPE_NULL;
      return scan_word (s, "null", 4);
    default:
      return (s->raw[s->pos] == '-' || g_ascii_isdigit (s->raw[s->pos])) && scan_number (s, type);
    }
}

/* An object or array at s->pos, checked (strings in it are not decoded). */
static gboolean
scan_container (Scan *s, guint depth)
{
  char close = s->raw[s->pos] == '{' ? '}' : ']';
  if (depth >= DS_JSON_MAX_DEPTH)
    return FALSE;
  s->pos++;
  if (s->pos < s->end && s->raw[s->pos] == close)
    {
      s->pos++;
      return TRUE;
    }
  for (;;)
    {
      DsItemType type;
      if (close == '}')
        {
          if (s->pos >= s->end || s->raw[s->pos] != '"' || !scan_string (s, FALSE) || s->pos >= s->end ||
              s->raw[s->pos] != ':')
            return FALSE;
          s->pos++;
        }
      if (!scan_value (s, depth + 1, FALSE, &type) || s->pos >= s->end)
        return FALSE;
      char c = s->raw[s->pos++];
      if (c == close)
        return TRUE;
      if (c != ',')
        return FALSE;
    }
}

/* The object at s->pos: its members pushed on @members, *item set (but
 * for item->members, which the caller points at the array when done). */
static gboolean
scan_item (Scan *s, Members *members, DsItem *item)
{
  gsize from = s->pos;
  if (s->pos >= s->end || s->raw[s->pos] != '{')
    return FALSE;
  s->pos++;
  item->n_members = 0;
  if (s->pos < s->end && s->raw[s->pos] == '}')
    s->pos++;
  else
    for (;;)
      {
        gsize key = s->pos;
        if (s->pos >= s->end || s->raw[s->pos] != '"' || !scan_string (s, TRUE) || s->pos >= s->end ||
            s->raw[s->pos] != ':')
          return FALSE;
        gsize value = ++s->pos;
        DsItemType type;
        if (!scan_value (s, 1, TRUE, &type) || s->pos >= s->end)
          return FALSE;
        DsItemMember *m = members_push (members);
        m->name = s->dec + key + 1;
        m->json = s->raw + value;
        m->length = s->pos - value;
        m->string = type == DS_ITEM_TYPE_STRING ? s->dec + value + 1 : NULL;
        m->type = type;
        item->n_members++;
        char c = s->raw[s->pos++];
        if (c == '}')
          break;
        if (c != ',')
          return FALSE;
      }
  item->json = s->raw + from;
  item->length = s->pos - from;
  return TRUE;
}

/* ---- standalone items ---- */

DsItem *
ds_item_new (const char *json, gssize length, GError **error)
{
  g_return_val_if_fail (json != NULL, NULL);
  gsize n = length < 0 ? strlen (json) : (gsize) length;
  if (!g_utf8_validate_len (json, n, NULL))
    {
      g_set_error_literal (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON, "item: not valid UTF-8");
      return NULL;
    }
  g_autoptr(DsItem) item = g_new0 (DsItem, 1);
  item->own_raw = g_strndup (json, n);
  item->own_decoded = g_strndup (json, n);
  Members members = { 0 };
  Scan s = { .raw = item->own_raw, .dec = item->own_decoded, .end = n };
  gboolean ok = scan_item (&s, &members, item) && s.pos == n;
  item->own_members = members.v;
  if (!ok)
    {
      g_set_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON,
                   "item: not one compact JSON object (at byte %" G_GSIZE_FORMAT ")", s.pos);
      return NULL;
    }
  item->members = item->own_members;
  return g_steal_pointer (&item);
}

void
ds_item_free (DsItem *item)
{
  if (item == NULL)
    return;
  g_free (item->own_raw);
  g_free (item->own_decoded);
  g_free (item->own_members);
  g_free (item);
}

/* ---- a layer's index ---- */

void
_ds_item_index_free (DsItemIndex *index)
{
  if (index == NULL)
    return;
  g_string_free (index->raw, TRUE);
  g_free (index->decoded);
  g_free (index->items);
  g_free (index->members);
  g_free (index);
}

/* @stored (@n_stored compact objects separated by ','), then the objects of
 * @live (written here; other elements have no item text). */
DsItemIndex *
_ds_item_index_new (const GString *stored, guint n_stored, JsonArray *live)
{
  DsItemIndex *index = g_new0 (DsItemIndex, 1);
  guint n_live = live ? json_array_get_length (live) : 0;
  index->raw = g_string_new_len (stored ? stored->str : "", stored ? (gssize) stored->len : 0);
  for (guint i = 0; i < n_live; i++)
    if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (live, i)))
      {
        if (index->raw->len > 0)
          g_string_append_c (index->raw, ',');
        ds_json_append_node (index->raw, json_array_get_element (live, i), FALSE, 0);
      }
  index->decoded = g_malloc (index->raw->len + 1);
  memcpy (index->decoded, index->raw->str, index->raw->len + 1);
  index->n_items = n_stored + n_live;
  index->items = g_new0 (DsItem, index->n_items);
  Members members = { .cap = 16 * (gsize) index->n_items + 1 };
  members.v = g_new (DsItemMember, members.cap);

  Scan s = { .raw = index->raw->str, .dec = index->decoded, .end = index->raw->len };
  for (guint i = 0; i < index->n_items; i++)
    {
      DsItem *item = &index->items[i];
      /* until the members are all in (the array may move): the first one */
      item->members = GSIZE_TO_POINTER (members.n);
      if (i >= n_stored && !JSON_NODE_HOLDS_OBJECT (json_array_get_element (live, i - n_stored)))
        continue;
      if ((s.pos > 0 && (s.pos >= s.end || s.raw[s.pos++] != ',')) || !scan_item (&s, &members, item))
        g_error ("docsift: a layer's items do not scan (byte %" G_GSIZE_FORMAT ")", s.pos);
    }
  index->members = members.v;
  for (guint i = 0; i < index->n_items; i++)
    index->items[i].members = index->members + GPOINTER_TO_SIZE (index->items[i].members);
  return index;
}

const DsItem *
_ds_item_index_get (const DsItemIndex *index, guint i)
{
  if (i >= index->n_items)
    return NULL;
  const DsItem *item = &index->items[i];
  return item->json ? item : NULL;
}

/* ---- members ---- */

static inline gboolean
same_name (const char *a, const char *b)
{
  /* names are short: compared inline, most differ at the first bytes */
  while (*a == *b && *a != '\0')
    a++, b++;
  return *a == *b;
}

static const DsItemMember *
find (const DsItem *item, const char *name)
{
  g_return_val_if_fail (item != NULL && name != NULL, NULL);
  for (guint i = 0; i < item->n_members; i++)
    if (same_name (item->members[i].name, name))
      return &item->members[i];
  return NULL;
}

const char *
_ds_item_find_from (const DsItem *item, const char *name, guint *cursor, gsize *length)
{
  guint n = item->n_members;
  for (guint k = 0; k < n; k++)
    {
      guint i = *cursor + k < n ? *cursor + k : *cursor + k - n;
      if (same_name (item->members[i].name, name))
        {
          *cursor = i + 1;
          *length = item->members[i].length;
          return item->members[i].json;
        }
    }
  return NULL;
}

guint
ds_item_get_n_members (const DsItem *item)
{
  g_return_val_if_fail (item != NULL, 0);
  return item->n_members;
}

const char *
ds_item_get_member_name (const DsItem *item, guint index)
{
  g_return_val_if_fail (item != NULL && index < item->n_members, NULL);
  return item->members[index].name;
}

DsItemType
ds_item_get_member_type (const DsItem *item, const char *name)
{
  const DsItemMember *m = find (item, name);
  return m ? m->type : DS_ITEM_TYPE_NONE;
}

gboolean
ds_item_has_member (const DsItem *item, const char *name)
{
  return find (item, name) != NULL;
}

const char *
ds_item_get_string (const DsItem *item, const char *name)
{
  const DsItemMember *m = find (item, name);
  return m ? m->string : NULL;
}

/* An integer member's value: up to 18 digits without strtoll(). */
static gint64
int_value (const DsItemMember *m)
{
  gboolean neg = m->json[0] == '-';
  if (m->length - neg > 18)
    return g_ascii_strtoll (m->json, NULL, 10);
  gint64 v = 0;
  for (gsize i = neg; i < m->length; i++)
    v = v * 10 + (m->json[i] - '0');
  return neg ? -v : v;
}

gint64
ds_item_get_int (const DsItem *item, const char *name, gint64 fallback)
{
  const DsItemMember *m = find (item, name);
  return m && m->type == DS_ITEM_TYPE_INT ? int_value (m) : fallback;
}

double
ds_item_get_double (const DsItem *item, const char *name, double fallback)
{
  const DsItemMember *m = find (item, name);
  if (m && m->type == DS_ITEM_TYPE_INT)
    return (double) int_value (m);
  return m && m->type == DS_ITEM_TYPE_DOUBLE ? g_ascii_strtod (m->json, NULL) : fallback;
}

gboolean
ds_item_get_boolean (const DsItem *item, const char *name, gboolean fallback)
{
  const DsItemMember *m = find (item, name);
  return m && m->type == DS_ITEM_TYPE_BOOLEAN ? m->json[0] == 't' : fallback;
}

const char *
ds_item_get_json (const DsItem *item, const char *name, gsize *length)
{
  g_return_val_if_fail (item != NULL && length != NULL, NULL);
  if (name == NULL)
    {
      *length = item->length;
      return item->json;
    }
  const DsItemMember *m = find (item, name);
  *length = m ? m->length : 0;
  return m ? m->json : NULL;
}
