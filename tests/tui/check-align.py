#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks that a captured screen lines up, by display width.

usage: check-align.py SCREEN LAYOUT COLS ROWS

SCREEN is the text captured from tmux; LAYOUT the `:layout` lines of the
headless mode at the same size and state (pane rectangles and column
x:width). Checks, for every line: the display width is exactly COLS (wide
Hangul counted as 2, like the terminal); the frame is at its columns; and
in every pane row no character straddles a column boundary and the gap
after each column is blank. Prints one line per problem; exit 1 if any.
"""
import sys
import unicodedata


def cells(line):
    """Display cells: a list where a wide char fills two slots (the second
    None)."""
    out = []
    for ch in line:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        out.append(ch)
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            out.append(None)
    return out


def main():
    screen_path, layout_path, cols, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    lines = open(screen_path, encoding="utf-8").read().split("\n")[:rows]
    lines += [""] * (rows - len(lines))
    panes = []
    for l in open(layout_path, encoding="utf-8"):
        f = l.split()
        if not f or f[0] != "layout":
            continue
        y, x, h, w = map(int, f[2:6])
        colspec = [tuple(int(v) for v in c.split(":")[1:]) for c in f[6:]]
        panes.append((f[1], y, x, h, w, colspec))
    problems = []
    grid = []
    for n, line in enumerate(lines):
        c = cells(line)
        if len(c) > cols:
            problems.append(f"row {n}: {len(c)} columns wide, more than {cols}: {line!r}")
        c += [" "] * (cols - len(c))
        grid.append(c)
    for n in range(1, rows - 1):
        if grid[n][0] not in ("│", "|", "├", "+") or grid[n][cols - 1] not in ("│", "|", "┤", "+"):
            problems.append(f"row {n}: frame not at columns 0 and {cols - 1}: {lines[n]!r}")
    for name, y, x, h, w, colspec in panes:
        if grid[y][x - 1] not in ("│", "|", "├", "+", "┌"):
            problems.append(f"{name}: no frame left of the pane at row {y}")
        for r in range(y + 1, y + h):
            row = grid[r]
            for cx, cw in colspec:
                if row[cx] is None:
                    problems.append(f"{name} row {r}: a wide character straddles the start of the column at {cx}: {lines[r]!r}")
                end = cx + cw
                if end < x + w and row[end] is None:
                    problems.append(f"{name} row {r}: a wide character straddles the end of the column at {end}: {lines[r]!r}")
                if end < x + w and row[end] != " ":
                    problems.append(f"{name} row {r}: gap after column {cx}+{cw} is {row[end]!r}: {lines[r]!r}")
    for p in problems[:40]:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
