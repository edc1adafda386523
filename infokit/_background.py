"""Work done in a forked child while the parent gets on with something else.

``infokit export`` spends most of its time importing nbconvert. On a machine with
two cores a child can import it and render the page while the parent reads the
workspace and builds the notebook, and the result is the same bytes. Forking is
only safe in a process with a single thread (a command, not a Jupyter kernel,
whose threads a child would inherit half-way through): anywhere else, and
wherever the child fails, the caller does the work itself.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

_BYTES = b"\x01"


def serve_in_background(setup: Callable[[], Callable[[bytes], bytes]]) -> Callable[[bytes], bytes | None]:
    """Fork a child that runs ``setup()`` at once (the slow imports, say) and then answers one
    request with the function it returned. The function given back sends the request and returns
    the answer, or None if there is no child or it failed (the caller then does the work itself).
    A child never asked is ended by its end of the pipe closing with this process."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return lambda request: None
    ask_read, ask_write = os.pipe()
    answer_read, answer_write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        for fd in (ask_read, ask_write, answer_read, answer_write):
            os.close(fd)
        return lambda request: None
    if pid == 0:  # the child: never returns to the caller
        code = 1
        try:
            os.close(ask_write)
            os.close(answer_read)
            handle = setup()
            with os.fdopen(ask_read, "rb") as asked:
                request = asked.read()
            if request:
                answer = handle(request)
                with os.fdopen(answer_write, "wb") as out:
                    out.write(_BYTES + answer)
            code = 0
        finally:
            os._exit(code)
    os.close(ask_read)
    os.close(answer_write)

    def ask(request: bytes) -> bytes | None:
        try:
            with os.fdopen(ask_write, "wb") as out:
                out.write(request)
            with os.fdopen(answer_read, "rb") as given:
                payload = given.read()
        except OSError:
            payload = b""
        _, status = os.waitpid(pid, 0)
        if status != 0 or not payload.startswith(_BYTES):
            return None
        return payload[1:]

    return ask
