/* cli-wire.c: framing of the --isolate pipes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-wire.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

static gboolean
write_all (int fd, const void *data, gsize len)
{
  const char *p = data;
  while (len > 0)
    {
      ssize_t n = write (fd, p, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      len -= (gsize) n;
    }
  return TRUE;
}

gboolean
cli_wire_write (int fd, char type, guint n_fields, const char *const *field, const gsize *length)
{
  g_return_val_if_fail (n_fields <= CLI_WIRE_MAX_FIELDS, FALSE);
  /* the header and small fields in one write, large ones after it */
  GByteArray *head = g_byte_array_new ();
  guint8 h[2] = { (guint8) type, (guint8) n_fields };
  g_byte_array_append (head, h, 2);
  gboolean ok = TRUE;
  for (guint i = 0; i < n_fields && ok; i++)
    {
      guint64 len = length[i];
      g_byte_array_append (head, (const guint8 *) &len, sizeof len);
      if (length[i] < 4096)
        g_byte_array_append (head, (const guint8 *) field[i], (guint) length[i]);
      else
        {
          ok = write_all (fd, head->data, head->len) && write_all (fd, field[i], length[i]);
          g_byte_array_set_size (head, 0);
        }
    }
  ok = ok && write_all (fd, head->data, head->len);
  g_byte_array_unref (head);
  return ok;
}

gboolean
cli_wire_parse (const GByteArray *buf, CliWireMsg *msg)
{
  if (buf->len < 2)
    return FALSE;
  msg->type = (char) buf->data[0];
  msg->n_fields = buf->data[1];
  if (msg->n_fields > CLI_WIRE_MAX_FIELDS)
    return FALSE;
  gsize pos = 2;
  for (guint i = 0; i < msg->n_fields; i++)
    {
      guint64 len;
      if (buf->len - pos < sizeof len)
        return FALSE;
      memcpy (&len, buf->data + pos, sizeof len);
      pos += sizeof len;
      if (buf->len - pos < len)
        return FALSE;
      msg->field[i] = (const char *) buf->data + pos;
      msg->length[i] = (gsize) len;
      pos += (gsize) len;
    }
  msg->size = pos;
  return TRUE;
}

gboolean
cli_wire_read (int fd, GByteArray *buf, CliWireMsg *msg)
{
  guint8 chunk[65536];
  while (!cli_wire_parse (buf, msg))
    {
      ssize_t n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      g_byte_array_append (buf, chunk, (guint) n);
    }
  return TRUE;
}

void
cli_wire_consume (GByteArray *buf, const CliWireMsg *msg)
{
  g_byte_array_remove_range (buf, 0, (guint) msg->size);
}
