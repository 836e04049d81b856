"""Wrapping and filling text, as CPython's `textwrap`: `wrap`, `fill`, `shorten`, the
`TextWrapper` behind them (widths, indents, long words, hyphens, `max_lines` with a
placeholder), and `dedent` and `indent`."""

import re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "

# A chunk is a run of whitespace, an em-dash between words, or a word, which ends at
# whitespace, before an em-dash, or after a hyphen between letters ("well-" of "well-known").
_LETTER = r"[^\d\W]"
_WORD_PUNCT = r"[\w!\"'&.,?]"
_SPACE = "[\t\n\x0b\x0c\r ]"
_NOT_SPACE = "[^\t\n\x0b\x0c\r ]"
_CHUNK = re.compile(
    f"({_SPACE}+"
    f"|(?<={_WORD_PUNCT})-{{2,}}(?=\\w)"
    f"|{_NOT_SPACE}+?(?:"
    f"-(?:(?<={_LETTER}{{2}}-)|(?<={_LETTER}-{_LETTER}-))(?={_LETTER}-?{_LETTER})"
    f"|(?={_SPACE}|\\Z)"
    f"|(?<={_WORD_PUNCT})(?=-{{2,}}\\w)))"
)
_SIMPLE_CHUNK = re.compile(f"({_SPACE}+)")
_SENTENCE_END = re.compile(r"[a-z][\.\!\?][\"\']?\Z")


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        # Each setting becomes the attribute of its name.
        settings = dict(locals())
        del settings["self"]
        vars(self).update(settings)

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate({ord(c): " " for c in _WHITESPACE})
        return text

    def _split(self, text):
        pattern = _CHUNK if self.break_on_hyphens else _SIMPLE_CHUNK
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _SENTENCE_END.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, if letters come before it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = (
                self.max_lines is None
                or len(lines) + 1 < self.max_lines
                or ((not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()))
                    and cur_len <= width)
            )
            if last_allowed:
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed: as much as fits before the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def dedent(text):
    """`text` without the whitespace every one of its non-blank lines begins with; lines of
    spaces and tabs alone become empty."""
    lines = text.split("\n")
    lines = ["" if not line.strip(" \t") else line for line in lines]
    margin = None
    for line in lines:
        if not line or not line.strip(" \t"):
            continue
        indent = line[:len(line) - len(line.lstrip(" \t"))]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            while margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """`prefix` added to the lines of `text` for which `predicate` holds (by default, those
    that are not whitespace alone)."""
    if predicate is None:
        predicate = str.strip
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
