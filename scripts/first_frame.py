#!/usr/bin/env python3
"""Time from starting casus in a pseudo-terminal to the first frame that shows TEXT.

usage: first_frame.py [--runs N] [--size COLSxROWS] [--rss FILE] TEXT -- COMMAND...

Starts COMMAND in a fresh pty (200x60 by default), reads what it draws, and
stops the clock when the screen (escape sequences removed) contains TEXT. Then
it presses q and waits for the exit. Prints the median, min and max in ms over
N runs. With --rss, COMMAND is run under /usr/bin/time and its peak resident
memory in kB is printed too (of the last run).
"""
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import fcntl
import time

ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[\]P^_].*?(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78cDEHMNOZ]", re.S)


def run_once(text, command, cols, rows, timeout=120.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    start = time.perf_counter()
    seen = b""
    elapsed = None
    wanted = text.encode()
    while time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if wanted in ANSI.sub(b"", seen):
            elapsed = time.perf_counter() - start
            break
    # Leave: q, then make sure it is gone.
    try:
        os.write(fd, b"q")
    except OSError:
        pass
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        try:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                os.read(fd, 65536)
        except OSError:
            pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        tail = ANSI.sub(b"", seen)[-400:].decode(errors="replace")
        sys.exit(f"first_frame.py: {text!r} never showed; last screen text: {tail!r}")
    return elapsed * 1000


def main():
    args = sys.argv[1:]
    runs, cols, rows, rss = 5, 200, 60, None
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--runs":
            runs = int(args.pop(0))
        elif flag == "--size":
            cols, rows = map(int, args.pop(0).split("x"))
        elif flag == "--rss":
            rss = args.pop(0)
        else:
            sys.exit(f"first_frame.py: unknown flag {flag}")
    if len(args) < 3 or args[1] != "--":
        sys.exit(__doc__)
    text, command = args[0], args[2:]
    if rss:
        command = ["/usr/bin/time", "-f", "%M", "-o", rss] + command
    times = [run_once(text, command, cols, rows) for _ in range(runs)]
    line = f"median {statistics.median(times):.1f} ms (min {min(times):.1f}, max {max(times):.1f}, {runs} runs)"
    if rss:
        with open(rss) as f:
            line += f"; peak RSS {f.read().split()[-1]} kB"
    print(line)


if __name__ == "__main__":
    main()
