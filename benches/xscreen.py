"""A few X11 calls through ctypes (libX11, libXtst; no Python packages needed), for the
performance harness and the window soak: read the screen fast enough to time a frame to a
few milliseconds, and press the pointer without starting a process per tap.

Used by benches/compare-chromium.py and benches/window-soak.py. Same method for every
program measured: the root window's pixels, as the X server has them."""

import ctypes
import ctypes.util
import hashlib
import os
import time

_x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
_xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")

_x11.XOpenDisplay.restype = ctypes.c_void_p
_x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
_x11.XDefaultRootWindow.restype = ctypes.c_ulong
_x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
_x11.XGetImage.restype = ctypes.c_void_p
_x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                           ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
_x11.XDestroyImage = None  # a macro in Xlib.h: the image's own destroy function is used
_x11.XFree.argtypes = [ctypes.c_void_p]
_x11.XFlush.argtypes = [ctypes.c_void_p]
_x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
_x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
_x11.XWarpPointer.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_int,
                              ctypes.c_int, ctypes.c_uint, ctypes.c_uint, ctypes.c_int,
                              ctypes.c_int]
_xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int,
                                       ctypes.c_ulong]
_xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                       ctypes.c_int, ctypes.c_ulong]

ZPIXMAP = 2
ALL_PLANES = 0xFFFFFFFF


class _XImage(ctypes.Structure):
    # The leading fields of XImage (Xlib.h), enough to reach the pixels and the destructor.
    _fields_ = [
        ("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int),
        ("red_mask", ctypes.c_ulong), ("green_mask", ctypes.c_ulong),
        ("blue_mask", ctypes.c_ulong), ("obdata", ctypes.c_void_p),
        ("create_image", ctypes.c_void_p), ("destroy_image", ctypes.c_void_p),
    ]


_DESTROY = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)


class Screen:
    """The X display in $DISPLAY (or `name`)."""

    def __init__(self, name=None, width=1920, height=1080):
        self.dpy = None
        deadline = time.monotonic() + 10
        while self.dpy is None and time.monotonic() < deadline:
            self.dpy = _x11.XOpenDisplay((name or os.environ["DISPLAY"]).encode())
            if not self.dpy:
                self.dpy = None
                time.sleep(0.05)
        if self.dpy is None:
            raise RuntimeError("cannot open the X display")
        self.root = _x11.XDefaultRootWindow(self.dpy)
        self.width, self.height = width, height

    def rows(self, step=8):
        """Every `step`-th row of the screen as bytes (a 1920×1080 screen in ~3 ms)."""
        out = []
        for y in range(0, self.height, step):
            ptr = _x11.XGetImage(self.dpy, self.root, 0, y, self.width, 1, ALL_PLANES, ZPIXMAP)
            if not ptr:
                return b""
            img = _XImage.from_address(ptr)
            out.append(ctypes.string_at(img.data, img.bytes_per_line))
            _DESTROY(img.destroy_image)(ptr)
        return b"".join(out)

    def fingerprint(self):
        return hashlib.blake2b(self.rows(), digest_size=16).digest()

    def colours(self, sample=None):
        """How many distinct colours a sample of the screen has (1 for a blank screen)."""
        data = sample if sample is not None else self.rows(step=16)
        return len({data[i:i + 4] for i in range(0, len(data) - 4, 4 * 7)})

    def tap(self, x, y, hold=0.0):
        """Move the pointer to (x, y) and press and release the left button."""
        _xtst.XTestFakeMotionEvent(self.dpy, -1, int(x), int(y), 0)
        _xtst.XTestFakeButtonEvent(self.dpy, 1, 1, 0)
        _x11.XFlush(self.dpy)
        if hold:
            time.sleep(hold)
        _xtst.XTestFakeButtonEvent(self.dpy, 1, 0, 0)
        _x11.XFlush(self.dpy)

    def wheel(self, x, y, down=True, notches=3):
        _xtst.XTestFakeMotionEvent(self.dpy, -1, int(x), int(y), 0)
        button = 5 if down else 4
        for _ in range(notches):
            _xtst.XTestFakeButtonEvent(self.dpy, button, 1, 0)
            _xtst.XTestFakeButtonEvent(self.dpy, button, 0, 0)
        _x11.XFlush(self.dpy)

    def wait_change(self, before, timeout=10.0, settle=0.25):
        """Seconds until the screen first differs from `before` (a fingerprint), then waits
        until it has not changed for `settle` seconds (so the next step starts from a still
        screen). None if nothing changed within `timeout`."""
        start = time.monotonic()
        first = None
        last = before
        still_since = None
        while time.monotonic() - start < timeout:
            now = self.fingerprint()
            t = time.monotonic()
            if first is None:
                if now != before:
                    first = t - start
                    last, still_since = now, t
            elif now != last:
                last, still_since = now, t
            elif t - still_since >= settle:
                return first
        return first

    def wait_settled(self, before, timeout=10.0, settle=0.4):
        """(first, last): seconds until the screen first differs from `before` (the first
        visible answer, e.g. a pressed button) and until its last change before it stays
        still for `settle` seconds (the next screen completely drawn). (None, None) if
        nothing changed within `timeout`."""
        start = time.monotonic()
        first = last_change = None
        last = before
        while time.monotonic() - start < timeout:
            now = self.fingerprint()
            t = time.monotonic() - start
            if now != last:
                if first is None:
                    first = t
                last_change, last = t, now
            elif last_change is not None and t - last_change >= settle:
                break
        return first, last_change

    def close(self):
        if self.dpy:
            _x11.XCloseDisplay(self.dpy)
            self.dpy = None


def tree_pids(pid):
    """The process and all its descendants."""
    out = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    out.extend(tree_pids(int(child)))
    except OSError:
        pass
    return out


def pss_mb(pid):
    """PSS of the process tree, in MB (shared pages counted once across the tree)."""
    total = 0
    for p in tree_pids(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_ticks(pid):
    """User + system clock ticks used by the process tree so far."""
    total = 0
    for p in tree_pids(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total


def cpu_percent(pid, seconds):
    """CPU used by the process tree over `seconds`, in percent of one core."""
    hz = os.sysconf("SC_CLK_TCK")
    t0 = cpu_ticks(pid)
    time.sleep(seconds)
    return 100.0 * (cpu_ticks(pid) - t0) / hz / seconds
