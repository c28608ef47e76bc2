"""A small model of a terminal screen, fed with the bytes a program writes to its pty.

ncurses sends only what changed since the last refresh, so text such as "step 2 of 3" never
appears whole in the byte stream when only one digit changed. The benchmark therefore keeps its
own picture of the screen: it understands the control sequences that ncurses sends for
TERM=xterm-256color (cursor movement, erasing, scrolling regions, repeats, colours) and keeps,
for every cell, its character and its foreground colour. Anything it does not understand is
skipped, never guessed at.
"""

import codecs
import unicodedata

#: The foreground colour of a cell that has none set.
DEFAULT_COLOR = None


class TerminalScreen:
    """A grid of cells that follows what a program draws with xterm control sequences."""

    def __init__(self, rows, columns):
        """Starts with a blank screen of `rows` × `columns` and the cursor at the top left."""
        self.rows = rows
        self.columns = columns
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._state = "ground"
        self._sequence = ""
        self._last_printed = " "
        self.reset()

    def reset(self):
        """Clears the screen and forgets the cursor, colours, margins and saved cursor."""
        self._characters = [[" "] * self.columns for _ in range(self.rows)]
        self._colors = [[DEFAULT_COLOR] * self.columns for _ in range(self.rows)]
        self._row = 0
        self._column = 0
        self._wrap_pending = False
        self._foreground = DEFAULT_COLOR
        self._top_margin = 0
        self._bottom_margin = self.rows - 1
        self._saved_cursor = (0, 0, DEFAULT_COLOR)

    # Reading the picture.

    def text(self):
        """The whole screen as text, one line per row, wide characters once."""
        return "\n".join(self.line(row) for row in range(self.rows))

    def line(self, row):
        """One row of the screen as text."""
        return "".join(self._characters[row])

    def colored_cells(self):
        """Every visible (non-blank) character with its foreground colour, as (char, colour)."""
        return [
            (character, self._colors[row][column])
            for row in range(self.rows)
            for column, character in enumerate(self._characters[row])
            if character.strip()
        ]

    # Feeding bytes.

    def feed(self, data):
        """Applies the bytes a program wrote to its terminal."""
        for character in self._decoder.decode(data):
            self._consume(character)

    def _consume(self, character):
        """Advances the parser by one decoded character."""
        state = self._state
        if state == "ground":
            if character == "\x1b":
                self._state = "escape"
            elif ord(character) < 0x20 or character == "\x7f":
                self._control(character)
            else:
                self._print(character)
        elif state == "escape":
            self._escape(character)
        elif state == "charset":
            self._state = "ground"
        elif state == "csi":
            if "\x40" <= character <= "\x7e":
                self._csi(self._sequence, character)
                self._state = "ground"
            elif character == "\x1b":
                self._state = "escape"
            else:
                self._sequence += character
        elif state == "string":
            # An OSC, DCS or similar string: skipped up to BEL or ESC \.
            if character == "\x07":
                self._state = "ground"
            elif character == "\x1b":
                self._state = "string_escape"
        elif state == "string_escape":
            self._state = "ground" if character == "\\" else "string"

    def _control(self, character):
        """Carries out a C0 control character."""
        if character == "\r":
            self._column = 0
            self._wrap_pending = False
        elif character in "\n\x0b\x0c":
            self._line_feed()
        elif character == "\b":
            self._column = max(0, self._column - 1)
            self._wrap_pending = False
        elif character == "\t":
            self._column = min(self.columns - 1, (self._column // 8 + 1) * 8)
            self._wrap_pending = False
        # BEL, SO, SI and the rest change nothing on the screen.

    def _escape(self, character):
        """Carries out the character after ESC."""
        self._state = "ground"
        if character == "[":
            self._state = "csi"
            self._sequence = ""
        elif character in "]PX^_":
            self._state = "string"
        elif character in "()*+-./#%":
            self._state = "charset"
        elif character == "7":
            self._saved_cursor = (self._row, self._column, self._foreground)
        elif character == "8":
            self._row, self._column, self._foreground = self._saved_cursor
            self._wrap_pending = False
        elif character == "D":
            self._line_feed()
        elif character == "E":
            self._column = 0
            self._line_feed()
        elif character == "M":
            self._reverse_line_feed()
        elif character == "c":
            self.reset()

    def _print(self, character):
        """Writes one printable character at the cursor and moves on, wrapping as xterm does."""
        width = 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
        if unicodedata.combining(character):
            return
        if self._wrap_pending:
            self._column = 0
            self._line_feed()
        if self._column + width > self.columns:
            self._column = 0
            self._line_feed()
        self._characters[self._row][self._column] = character
        self._colors[self._row][self._column] = self._foreground
        if width == 2 and self._column + 1 < self.columns:
            self._characters[self._row][self._column + 1] = ""
            self._colors[self._row][self._column + 1] = self._foreground
        self._last_printed = character
        if self._column + width >= self.columns:
            self._column = self.columns - 1
            self._wrap_pending = True
        else:
            self._column += width

    def _line_feed(self):
        """Moves the cursor down a row, scrolling the margins when it is at the bottom one."""
        self._wrap_pending = False
        if self._row == self._bottom_margin:
            self._scroll_up(1)
        elif self._row < self.rows - 1:
            self._row += 1

    def _reverse_line_feed(self):
        """Moves the cursor up a row, scrolling the margins down when it is at the top one."""
        self._wrap_pending = False
        if self._row == self._top_margin:
            self._scroll_down(1)
        elif self._row > 0:
            self._row -= 1

    def _blank_row(self):
        """A fresh row of blank cells, as (characters, colours)."""
        return [" "] * self.columns, [DEFAULT_COLOR] * self.columns

    def _scroll_up(self, count, top=None):
        """Moves the rows from `top` to the bottom margin up by `count`, blank rows below."""
        top = self._top_margin if top is None else top
        for _ in range(min(count, self._bottom_margin - top + 1)):
            del self._characters[top]
            del self._colors[top]
            characters, colors = self._blank_row()
            self._characters.insert(self._bottom_margin, characters)
            self._colors.insert(self._bottom_margin, colors)

    def _scroll_down(self, count, top=None):
        """Moves the rows from `top` to the bottom margin down by `count`, blank rows above."""
        top = self._top_margin if top is None else top
        for _ in range(min(count, self._bottom_margin - top + 1)):
            del self._characters[self._bottom_margin]
            del self._colors[self._bottom_margin]
            characters, colors = self._blank_row()
            self._characters.insert(top, characters)
            self._colors.insert(top, colors)

    def _erase(self, row, start, end):
        """Blanks the cells of `row` from column `start` up to, not including, `end`."""
        for column in range(max(0, start), min(self.columns, end)):
            self._characters[row][column] = " "
            self._colors[row][column] = DEFAULT_COLOR

    def _csi(self, sequence, final):
        """Carries out a control sequence `ESC [ sequence final`."""
        private = sequence[:1] if sequence[:1] in "?>=<" else ""
        body = sequence[len(private):]
        if final == "m":
            self._select_graphic_rendition(body)
            return
        if private:
            if private == "?" and final in "hl" and "1049" in body.split(";"):
                # The alternate screen starts (or ends) blank.
                self._characters = [[" "] * self.columns for _ in range(self.rows)]
                self._colors = [[DEFAULT_COLOR] * self.columns for _ in range(self.rows)]
            return
        numbers = [int(part) if part.isdigit() else 0 for part in body.split(";")] if body else []

        def parameter(index, default=1):
            """The parameter at `index`, or `default` when it is missing or zero."""
            return numbers[index] if index < len(numbers) and numbers[index] > 0 else default

        self._wrap_pending = False
        last_row, last_column = self.rows - 1, self.columns - 1
        if final in "Hf":
            self._row = min(parameter(0) - 1, last_row)
            self._column = min(parameter(1) - 1, last_column)
        elif final == "A":
            self._row = max(self._top_margin if self._row >= self._top_margin else 0, self._row - parameter(0))
        elif final in "Be":
            self._row = min(self._bottom_margin if self._row <= self._bottom_margin else last_row, self._row + parameter(0))
        elif final in "Ca":
            self._column = min(last_column, self._column + parameter(0))
        elif final == "D":
            self._column = max(0, self._column - parameter(0))
        elif final == "E":
            self._row, self._column = min(last_row, self._row + parameter(0)), 0
        elif final == "F":
            self._row, self._column = max(0, self._row - parameter(0)), 0
        elif final in "G`":
            self._column = min(parameter(0) - 1, last_column)
        elif final == "d":
            self._row = min(parameter(0) - 1, last_row)
        elif final == "J":
            self._erase_display(numbers[0] if numbers else 0)
        elif final == "K":
            mode = numbers[0] if numbers else 0
            start, end = {0: (self._column, self.columns), 1: (0, self._column + 1)}.get(mode, (0, self.columns))
            self._erase(self._row, start, end)
        elif final == "X":
            self._erase(self._row, self._column, self._column + parameter(0))
        elif final == "@":
            self._shift_cells(parameter(0))
        elif final == "P":
            self._shift_cells(-parameter(0))
        elif final == "L" and self._top_margin <= self._row <= self._bottom_margin:
            self._scroll_down(parameter(0), top=self._row)
            self._column = 0
        elif final == "M" and self._top_margin <= self._row <= self._bottom_margin:
            self._scroll_up(parameter(0), top=self._row)
            self._column = 0
        elif final == "S":
            self._scroll_up(parameter(0))
        elif final == "T":
            self._scroll_down(parameter(0))
        elif final == "b":
            for _ in range(parameter(0)):
                self._print(self._last_printed)
        elif final == "r":
            top, bottom = parameter(0) - 1, parameter(1, self.rows) - 1
            if top < bottom <= last_row:
                self._top_margin, self._bottom_margin = top, bottom
                self._row, self._column = 0, 0
        elif final == "s":
            self._saved_cursor = (self._row, self._column, self._foreground)
        elif final == "u":
            self._row, self._column, self._foreground = self._saved_cursor
        # Anything else (modes, reports, window operations) leaves the picture alone.

    def _erase_display(self, mode):
        """ED: blanks below the cursor (0), above it (1) or everywhere (2, 3)."""
        if mode == 0:
            self._erase(self._row, self._column, self.columns)
            rows = range(self._row + 1, self.rows)
        elif mode == 1:
            self._erase(self._row, 0, self._column + 1)
            rows = range(0, self._row)
        else:
            rows = range(self.rows)
        for row in rows:
            self._erase(row, 0, self.columns)

    def _shift_cells(self, count):
        """Inserts (count > 0) or deletes (count < 0) blank cells at the cursor within its row."""
        characters, colors = self._characters[self._row], self._colors[self._row]
        column = self._column
        if count > 0:
            for _ in range(count):
                characters.insert(column, " ")
                colors.insert(column, DEFAULT_COLOR)
                del characters[self.columns]
                del colors[self.columns]
        else:
            for _ in range(min(-count, self.columns - column)):
                del characters[column]
                del colors[column]
                characters.append(" ")
                colors.append(DEFAULT_COLOR)

    def _select_graphic_rendition(self, body):
        """SGR: follows the foreground colour; other attributes do not matter here."""
        parts = [int(part) if part.isdigit() else 0 for part in body.replace(":", ";").split(";")] if body else [0]
        index = 0
        while index < len(parts):
            code = parts[index]
            if code in (0, 39):
                self._foreground = DEFAULT_COLOR
            elif 30 <= code <= 37:
                self._foreground = code - 30
            elif 90 <= code <= 97:
                self._foreground = code - 90 + 8
            elif code in (38, 48):
                kind = parts[index + 1] if index + 1 < len(parts) else 0
                if code == 38 and kind == 5 and index + 2 < len(parts):
                    self._foreground = parts[index + 2]
                elif code == 38 and kind == 2 and index + 4 < len(parts):
                    self._foreground = tuple(parts[index + 2:index + 5])
                index += 2 if kind == 5 else 4 if kind == 2 else 0
            index += 1
