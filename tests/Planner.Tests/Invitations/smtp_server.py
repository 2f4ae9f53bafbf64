"""A real SMTP server for the tests (Debian's python3-aiosmtpd).

Usage: smtp_server.py FOLDER [PORT] [discard]. Listens on 127.0.0.1 (port 0: one the OS picks), prints
"PORT <n>" once it accepts connections, and stores each message it accepts as FOLDER/<n>.eml.
Recipients whose local part starts with "reject" are refused with 550 (a permanent failure);
with the file FOLDER/.busy present, every message is refused with 451 (a transient one);
with FOLDER/.closed present, the sender is refused with 550 (the server's policy, not any recipient's);
with FOLDER/.slow present (holding a number of seconds), the server keeps a message and only then, that long
after the end of its data, gives its final reply.
With "discard" (for benchmarks), accepted messages are not stored.
"""
import asyncio
import itertools
import os
import sys

from aiosmtpd.smtp import SMTP


class Handler:
    def __init__(self, folder, discard=False):
        self.folder = folder
        self.discard = discard
        existing = [int(n[:-4]) for n in os.listdir(folder) if n.endswith(".eml") and n[:-4].isdigit()]
        self.counter = itertools.count(max(existing, default=0) + 1)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if os.path.exists(os.path.join(self.folder, ".closed")):
            return "550 5.7.1 Sender address not allowed to relay"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.split("@")[0].lower().startswith("reject"):
            return "550 5.1.1 Mailbox unavailable: " + address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if os.path.exists(os.path.join(self.folder, ".busy")):
            return "451 4.3.0 Try again later"
        if self.discard:
            return "250 Message accepted"
        slow = os.path.join(self.folder, ".slow")
        delay = float(open(slow).read() or "0") if os.path.exists(slow) else 0
        path = os.path.join(self.folder, "%06d.eml" % next(self.counter))
        with open(path + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(path + ".tmp", path)
        if delay:
            await asyncio.sleep(delay)
        return "250 Message accepted"


async def main():
    folder = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    handler = Handler(folder, discard=len(sys.argv) > 3 and sys.argv[3] == "discard")
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="planner-test-smtp", decode_data=False, data_size_limit=None),
        host="127.0.0.1", port=port, reuse_address=True)
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
