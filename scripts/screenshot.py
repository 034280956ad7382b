#!/usr/bin/env python3
"""Screenshots of a real amphi run, as SVG, for the README.

Starts amphi (the bundled course) in a private tmux server, in a home of its
own: HOME, the XDG folders, the state file and the data folder all point into a
temporary folder, removed afterwards, and the AMPHI_* variables that change what
is drawn are dropped, so a run never reads nor writes the user's amphi. It
drives amphi with keys as a learner would, waiting for each screen, captures the
pane with its colours (`tmux capture-pane -e -p`) and turns the ANSI text into an
SVG: one monospace <text> per row, a <tspan> per run of same-styled characters,
every character placed on its own cell so box drawing lines up whatever font the
viewer has.

    python3 scripts/screenshot.py [--bin target/release/amphi] [--out assets]

Writes assets/screenshot.svg (a lesson, with the outline) and
assets/screenshot-quiz.svg (a quiz question). Needs tmux; standard library only.

When a screen it waits for does not come (the interface changed, or amphi
exited), it stops with exit code 1 and says which screen and which text it
waited for, with the last screen captured; no SVG is written then.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS, ROWS = 120, 34
# How long to wait for each expected screen, in seconds.
TIMEOUT = 15.0
# Printed by the shell when amphi exits, followed by its exit code.
EXITED = "AMPHI_EXITED="

# --------------------------------------------------------------------------
# Colours: a dark theme in the spirit of Catppuccin Mocha.
# --------------------------------------------------------------------------

BACKGROUND = "#1e1e2e"
FOREGROUND = "#cdd6f4"
# The 16 ANSI colours as text colours: 0-7 normal, 8-15 bright.
ANSI = [
    "#45475a",  # black
    "#f38ba8",  # red
    "#a6e3a1",  # green
    "#f9e2af",  # yellow
    "#89b4fa",  # blue
    "#f5c2e7",  # magenta
    "#94e2d5",  # cyan
    "#bac2de",  # white
    "#7f849c",  # bright black (dim text, borders)
    "#f38ba8",  # bright red
    "#a6e3a1",  # bright green
    "#f9e2af",  # bright yellow
    "#89b4fa",  # bright blue
    "#f5c2e7",  # bright magenta
    "#94e2d5",  # bright cyan
    "#ffffff",  # bright white
]
# As backgrounds the pastel colours would leave light text unreadable: use deeper
# shades of the same hues behind text.
ANSI_BG = [
    "#45475a", "#b4233f", "#2f8a3a", "#a07a16",
    "#2f5fc4", "#9c3f8f", "#1f8a80", "#bac2de",
    "#585b70", "#c8304d", "#37a045", "#b88d1c",
    "#3a6fd8", "#b04ba2", "#27a095", "#f5f5f5",
]


def xterm_256(n):
    """The colour of xterm palette entry n (16-255)."""
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        r, g, b = steps[n // 36], steps[(n // 6) % 6], steps[n % 6]
    else:
        r = g = b = 8 + 10 * (n - 232)
    return "#%02x%02x%02x" % (r, g, b)


def mix(a, b, t):
    """Colour a moved a fraction t towards colour b (both #rrggbb)."""
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#%02x%02x%02x" % tuple(round(x + (y - x) * t) for x, y in zip(ca, cb))


# --------------------------------------------------------------------------
# ANSI text to a grid of styled cells
# --------------------------------------------------------------------------

class Style:
    __slots__ = ("fg", "bg", "bold", "dim", "italic", "underline", "reverse")

    def __init__(self):
        self.reset()

    def reset(self):
        # fg/bg: None (default), ("i", index) or ("rgb", "#rrggbb")
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def copy(self):
        s = Style()
        for k in self.__slots__:
            setattr(s, k, getattr(self, k))
        return s

    def apply(self, params):
        """Applies the parameters of one SGR sequence."""
        # Sub-parameters (4:3, 38:5:n) are flattened the same way as ';'.
        codes = [int(p) if p.isdigit() else 0 for p in re.split("[;:]", params or "0")]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 3:
                self.italic = True
            elif c == 4:
                self.underline = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 23:
                self.italic = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = ("i", c - 30)
            elif 40 <= c <= 47:
                self.bg = ("i", c - 40)
            elif 90 <= c <= 97:
                self.fg = ("i", c - 90 + 8)
            elif 100 <= c <= 107:
                self.bg = ("i", c - 100 + 8)
            elif c == 39:
                self.fg = None
            elif c == 49:
                self.bg = None
            elif c in (38, 48) and i + 1 < len(codes):
                colour = None
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    colour = ("i", codes[i + 2])
                    i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    colour = ("rgb", "#%02x%02x%02x" % tuple(codes[i + 2:i + 5]))
                    i += 4
                if c == 38:
                    self.fg = colour
                else:
                    self.bg = colour
            i += 1

    def colours(self):
        """(text colour, background colour or None for the default)."""
        def resolve(c, palette):
            if c is None:
                return None
            if c[0] == "rgb":
                return c[1]
            n = c[1]
            return palette[n] if n < 16 else xterm_256(n)

        fg = resolve(self.fg, ANSI) or FOREGROUND
        bg = resolve(self.bg, ANSI_BG)
        if self.reverse:
            fg, bg = (bg or BACKGROUND), fg
        if self.dim:
            fg = mix(fg, bg or BACKGROUND, 0.4)
        return fg, bg


def cell_width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


SGR = re.compile(r"\x1b\[([0-9;:?]*)([A-Za-z])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.")


def parse(ansi, cols, rows):
    """The screen as rows of cells (char, Style); a wide char's second cell is None."""
    grid = []
    style = Style()
    for line in ansi.split("\n")[:rows]:
        row = []
        pos = 0
        for m in SGR.finditer(line + "\x1b[Z"):
            for ch in line[pos:m.start()]:
                w = cell_width(ch)
                if w == 0:  # a combining mark joins the character before it
                    j = len(row) - 1
                    while j >= 0 and row[j] is None:
                        j -= 1
                    if j >= 0:
                        row[j] = (row[j][0] + ch, row[j][1])
                    continue
                row.append((ch, style.copy()))
                if w == 2:
                    row.append(None)
            if m.group(2) == "m":
                style.apply(m.group(1))
            pos = m.end()
        row = row[:cols]
        while len(row) < cols:
            row.append((" ", Style()))
        grid.append(row)
    while len(grid) < rows:
        grid.append([(" ", Style()) for _ in range(cols)])
    return grid


# --------------------------------------------------------------------------
# Box drawing and block elements, drawn as shapes so they join across cells
# whatever font the viewer has
# --------------------------------------------------------------------------

WEIGHTS = {"LIGHT": "light", "SINGLE": "light", "HEAVY": "heavy", "DOUBLE": "double"}
DIRS = {
    "UP": ("up",), "DOWN": ("down",), "LEFT": ("left",), "RIGHT": ("right",),
    "VERTICAL": ("up", "down"), "HORIZONTAL": ("left", "right"),
}


def box_arms(ch):
    """{direction: weight} for a box drawing character, or None to leave it to the font."""
    if not "\u2500" <= ch <= "\u257f":
        return None
    name = unicodedata.name(ch, "")
    words = name.replace("BOX DRAWINGS ", "", 1).split()
    if not words or any(w in ("DASH", "DIAGONAL", "TRIPLE", "QUADRUPLE") for w in words):
        return None
    words = [w for w in words if w != "ARC"]
    lead = WEIGHTS.get(words[0])
    if lead:
        words = words[1:]
    arms = {}
    group = []
    for w in words + ["AND"]:
        if w != "AND":
            group.append(w)
            continue
        weight = next((WEIGHTS[g] for g in group if g in WEIGHTS), lead or "light")
        for g in group:
            for d in DIRS.get(g, ()):
                arms[d] = weight
        group = []
    return arms or None


def box_shapes(ch, x, y, w, h, colour):
    """SVG elements drawing box or block character ch in the cell at (x, y), or None."""
    arms = box_arms(ch)
    if arms:
        cx, cy = x + w / 2, y + h / 2
        width = {"light": 1.2, "heavy": 2.6, "double": 1.0}
        # The outer ends overlap the next cell a little, so no seam shows between cells.
        ends = {"up": (cx, y - 0.3), "down": (cx, y + h + 0.3),
                "left": (x - 0.3, cy), "right": (x + w + 0.3, cy)}
        out = []
        for d, weight in arms.items():
            ex, ey = ends[d]
            # Reach past the centre by half the widest crossing line, so corners close.
            reach = max(width[v] for v in arms.values()) / 2
            sx = cx - reach if d == "right" else cx + reach if d == "left" else cx
            sy = cy - reach if d == "down" else cy + reach if d == "up" else cy
            offsets = (-1.5, 1.5) if weight == "double" else (0,)
            for o in offsets:
                dx, dy = (o, 0) if d in ("up", "down") else (0, o)
                out.append('<line x1="%.2f" y1="%.2f" x2="%.2f" y2="%.2f" stroke="%s" stroke-width="%.1f"/>'
                           % (sx + dx, sy + dy, ex + dx, ey + dy, colour, width[weight]))
        return out
    code = ord(ch)
    rect = None
    if code == 0x2588:  # full block
        rect = (x, y, w, h)
    elif code == 0x2580:  # upper half
        rect = (x, y, w, h / 2)
    elif 0x2581 <= code <= 0x2587:  # lower eighths
        f = (code - 0x2580) / 8
        rect = (x, y + h * (1 - f), w, h * f)
    elif 0x2589 <= code <= 0x258F:  # left eighths
        f = (0x2590 - code) / 8
        rect = (x, y, w * f, h)
    elif code == 0x2590:  # right half
        rect = (x + w / 2, y, w / 2, h)
    if rect:
        return ['<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s"/>'
                % (rect[0], rect[1], rect[2] + 0.3, rect[3] + 0.3, colour)]
    return None


# --------------------------------------------------------------------------
# Grid to SVG
# --------------------------------------------------------------------------

FONT_SIZE = 14
CELL_W = 8.43  # DejaVu Sans Mono's advance (0.602 em) at 14 px
CELL_H = 17.0  # the font's ascent + descent, so box drawing joins across rows
PAD = 14
BAR = 28  # window title bar


def to_svg(grid, title):
    rows, cols = len(grid), len(grid[0])
    width = PAD * 2 + cols * CELL_W
    height = BAR + PAD + rows * CELL_H + PAD
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" '
        'viewBox="0 0 %.2f %.2f" role="img">' % (width, height, width, height),
        "<title>%s</title>" % escape(title),
        '<rect width="100%%" height="100%%" rx="10" fill="%s"/>' % BACKGROUND,
        '<rect width="100%%" height="%d" rx="10" fill="#181825"/>' % BAR,
        '<rect y="%d" width="100%%" height="10" fill="#181825"/>' % (BAR - 10),
    ]
    for i, colour in enumerate(("#f38ba8", "#f9e2af", "#a6e3a1")):
        out.append('<circle cx="%d" cy="%d" r="6" fill="%s"/>' % (PAD + 6 + i * 20, BAR // 2, colour))
    out.append(
        '<text x="%.1f" y="%d" fill="#7f849c" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" '
        'font-size="12" text-anchor="middle">amphi</text>' % (width / 2, BAR // 2 + 4)
    )
    out.append(
        '<g font-family="\'DejaVu Sans Mono\', Menlo, Consolas, \'Liberation Mono\', monospace" '
        'font-size="%d">' % FONT_SIZE
    )
    top = BAR + PAD
    baseline = CELL_H * 0.77  # where the baseline sits in a cell
    for y, row in enumerate(grid):
        ry = top + y * CELL_H
        cells = []  # (col, char, width, fg, bg, style)
        for x, cell in enumerate(row):
            if cell is None:
                continue
            ch, st = cell
            fg, bg = st.colours()
            w = 2 if x + 1 < cols and row[x + 1] is None else 1
            cells.append((x, ch, w, fg, bg, st))
        # Backgrounds, merged into runs.
        run = None
        for x, ch, w, fg, bg, st in cells + [(cols, " ", 1, None, None, None)]:
            if run and run[2] == bg and run[0] + run[1] == x:
                run[1] += w
                continue
            if run and run[2]:
                out.append('<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s"/>' % (
                    PAD + run[0] * CELL_W, ry, run[1] * CELL_W + 0.3, CELL_H + 0.3, run[2]))
            run = [x, w, bg]
        # Underlines, drawn as lines so that they also cross spaces.
        run = None
        for x, ch, w, fg, bg, st in cells + [(cols, " ", 1, None, None, None)]:
            u = fg if st is not None and st.underline else None
            if run and run[2] == u and run[0] + run[1] == x:
                run[1] += w
                continue
            if run and run[2]:
                out.append('<rect x="%.2f" y="%.2f" width="%.2f" height="1" fill="%s"/>' % (
                    PAD + run[0] * CELL_W, ry + baseline + 2, run[1] * CELL_W, run[2]))
            run = [x, w, u]
        # Text: runs of non-space characters with the same look, each character at
        # its own cell.
        spans = []
        cur = None
        for x, ch, w, fg, bg, st in cells:
            if ch == " ":
                cur = None
                continue
            shapes = box_shapes(ch, PAD + x * CELL_W, ry, w * CELL_W, CELL_H, fg)
            if shapes:
                out.extend(shapes)
                cur = None
                continue
            key = (fg, st.bold, st.italic)
            if cur is None or cur["key"] != key or cur["end"] != x:
                cur = {"key": key, "xs": [], "text": [], "end": x}
                spans.append(cur)
            cur["xs"].append(PAD + x * CELL_W + (w - 1) * CELL_W / 2)
            cur["text"].append(ch)
            cur["end"] = x + w
        if not spans:
            continue
        parts = ['<text y="%.2f">' % (ry + baseline)]
        for s in spans:
            fg, bold, italic = s["key"]
            attrs = ' fill="%s"' % fg
            if bold:
                attrs += ' font-weight="bold"'
            if italic:
                attrs += ' font-style="italic"'
            xs = " ".join("%.2f" % v for v in s["xs"])
            parts.append('<tspan x="%s"%s>%s</tspan>' % (xs, attrs, escape("".join(s["text"]))))
        parts.append("</text>")
        out.append("".join(parts))
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Driving amphi in tmux
# --------------------------------------------------------------------------

class ScreenChanged(Exception):
    """An expected screen did not come: what was awaited, and the last screen."""

    def __init__(self, shot, waited, screen, why):
        super().__init__(why)
        self.shot, self.waited, self.screen, self.why = shot, waited, screen, why

    def report(self):
        rule = "=" * 40
        return ("screenshot %r: %s\nwaited for: %s\nthe last screen captured was:\n%s\n%s%s\n"
                "(the interface may have changed: update the waits in scripts/screenshot.py)"
                % (self.shot, self.why, " and ".join(repr(t) for t in self.waited),
                   rule, self.screen.rstrip("\n"), "\n" + rule))


# Variables that choose a place or change what is drawn: never the user's.
DROPPED = ("AMPHI_STATE", "AMPHI_DATA_DIR", "AMPHI_CONFIG", "AMPHI_THEME", "AMPHI_MEASURE",
           "AMPHI_PLAIN", "AMPHI_NO_CACHE", "AMPHI_LANG", "NO_COLOR", "TMUX")


class Tmux:
    """A private tmux server (socket in a temporary folder) running amphi in a
    home of its own under that folder."""

    def __init__(self, binary, cols, rows, shot):
        self.shot = shot
        self.dir = tempfile.mkdtemp(prefix="amphi-shot-")
        self.socket = os.path.join(self.dir, "tmux.sock")
        home = os.path.join(self.dir, "home")
        self.env = {k: v for k, v in os.environ.items() if k not in DROPPED}
        self.env.update({
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "AMPHI_STATE": os.path.join(home, "state.json"),
            "AMPHI_DATA_DIR": os.path.join(home, "data"),
            "TERM": "xterm-256color",
            # The README shows the English edition and interface, whatever the
            # locale of whoever runs this (a locale naming no language).
            "LC_ALL": "C.UTF-8",
        })
        os.makedirs(home)
        # The server, and so the shell and amphi, get the environment above.
        self.run("new-session", "-d", "-s", "amphi", "-x", str(cols), "-y", str(rows),
                 "%s; echo %s$?; sleep 600" % (sh_quote(binary), EXITED))

    def run(self, *args):
        return subprocess.run(["tmux", "-S", self.socket, "-f", "/dev/null", *args],
                              check=True, capture_output=True, env=self.env).stdout.decode("utf-8", "replace")

    def keys(self, *keys):
        for k in keys:
            self.run("send-keys", "-t", "amphi", k)

    def capture(self, ansi=False):
        args = ["capture-pane", "-p", "-t", "amphi"]
        if ansi:
            args.insert(1, "-e")
        return self.run(*args)

    def wait_for(self, *texts, timeout=TIMEOUT):
        """Waits until every one of `texts` is on the screen; raises ScreenChanged
        when amphi exits or the time is up first."""
        end = time.time() + timeout
        while True:
            screen = self.capture()
            if all(t in screen for t in texts):
                return screen
            if EXITED in screen:
                raise ScreenChanged(self.shot, texts, screen, "amphi exited before the screen came")
            if time.time() > end:
                raise ScreenChanged(self.shot, texts, screen,
                                    "timed out after %.0f s waiting for a screen" % timeout)
            time.sleep(0.05)

    def settle(self):
        """Waits until two captures in a row are the same (the app is idle)."""
        last = None
        for _ in range(100):
            now = self.capture(ansi=True)
            if now == last:
                return now
            last = now
            time.sleep(0.15)
        return last

    def close(self):
        try:
            self.run("kill-server")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


def sh_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def find_binary():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    for profile in ("release", "debug"):
        path = os.path.join(target, profile, "amphi")
        if os.access(path, os.X_OK):
            return path
    sys.exit("no amphi binary found: build it (cargo build --release) or pass --bin")


def lesson_shot(t):
    """Module 1 partly read, back at the first lesson's list of the Big Four."""
    t.wait_for("Outline", "1. The exponential web", "From the Big Four to the NATU")
    t.keys("G")                       # read lesson 1 to its end
    t.wait_for("■□□□ 1/4 read")
    t.keys("n", "G")                  # lesson 2
    t.wait_for("■■□□ 2/4 read")
    t.keys("n", "G")                  # the interview
    t.wait_for("■■■□ 3/4 read")
    t.keys("p", "p")                  # back to lesson 1, at its top
    t.wait_for("Item 1/5", "Acronyms for digital power")
    return t.settle()


def quiz_shot(t):
    """The module 1 quiz, its lessons read: question 2 (choose all that apply), two
    choices ticked."""
    t.wait_for("Outline", "1. The exponential web", "From the Big Four to the NATU")
    t.keys("G", "n", "G", "n", "G", "n", "G")
    t.wait_for("■■■■ 4/4 read")
    t.keys("n")
    t.wait_for("Item 5/5", "Press Enter to start.")
    t.keys("Enter")
    t.wait_for("Question 1 of 8")
    t.keys("2", "Enter")
    t.wait_for("Question 1 of 8", "Enter: next question")
    t.keys("Enter")
    t.wait_for("Question 2 of 8", "choose all that apply")
    t.keys("1", "2")                  # choices are shuffled: the first two rows
    t.wait_for("[x] 1. ", "[x] 2. ")
    return t.settle()


SHOTS = [
    ("screenshot.svg", lesson_shot, "amphi: a lesson of the bundled course, with the outline"),
    ("screenshot-quiz.svg", quiz_shot, "amphi: a quiz question (choose all that apply)"),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", help="the amphi binary (default: target/release or target/debug)")
    ap.add_argument("--out", default=os.path.join(ROOT, "assets"), help="folder for the SVG files")
    args = ap.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("tmux is needed: install it (apt-get install tmux)")
    binary = os.path.abspath(args.bin) if args.bin else find_binary()
    os.makedirs(args.out, exist_ok=True)

    # Every screen first: nothing is written unless all of them came.
    svgs = []
    for name, drive, title in SHOTS:
        t = Tmux(binary, COLS, ROWS, name)
        try:
            ansi = drive(t)
        except ScreenChanged as e:
            print(e.report(), file=sys.stderr)
            sys.exit(1)
        finally:
            t.close()
        svgs.append((name, to_svg(parse(ansi, COLS, ROWS), title)))
    for name, svg in svgs:
        path = os.path.join(args.out, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(svg)
        print("wrote", os.path.relpath(path, os.getcwd()))


if __name__ == "__main__":
    main()
