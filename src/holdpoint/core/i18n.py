"""Translation marks for the layers without Qt (``core``, ``storage``, ``audio``).

Holdpoint's texts go through Qt's translation system (``resources/i18n/holdpoint_de.ts``,
read by ``pyside6-lupdate``); widgets call ``self.tr()``. Code without Qt marks its texts
with the two functions lupdate recognises by name:

* :func:`translate` for text made at run time, e.g.
  ``translate("dose", "Hold for {seconds} s").format(seconds=30)``; plural forms pass
  ``n`` and write ``%n`` in the text.
* :func:`QT_TRANSLATE_NOOP` for constants defined at import, before the language is
  known: it only marks the text; the code that shows it passes it through
  :func:`localized` with the same context.

Until :func:`set_translator` is called (``holdpoint.i18n.install`` does, with
``QCoreApplication.translate`` and the locale's decimal point) every text is returned as
written, in English: unit tests of ``core`` see the source texts. :func:`decimal` and
:func:`short_number` write numbers for people, for every layer.
"""

from __future__ import annotations

from collections.abc import Callable

#: ``(context, source text, disambiguation, n) -> text in the chosen language``.
Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english
_decimal_point, _minus = ".", "-"


def set_translator(
    translator: Translator | None, decimal_point: str = ".", minus: str = "-"
) -> None:
    """Use ``translator`` for every text from now on, and write numbers with the locale's
    ``decimal_point`` and ``minus`` sign; None (and the defaults) go back to English."""
    global _translator, _decimal_point, _minus
    _translator = translator or _english
    _decimal_point, _minus = decimal_point, minus


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals, for people: "2.5", in German "2,5" (rounded as
    Python rounds, so that English reads as it always did)."""
    return _localise_number(f"{value:.{places}f}")


def short_number(value: float) -> str:
    """``value`` as briefly as it can be written ("2", "2.75"), for people."""
    return _localise_number(f"{value:g}")


def _localise_number(text: str) -> str:
    return text.replace("-", _minus).replace(".", _decimal_point)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (a literal, so that lupdate finds it) in the chosen language."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    return text


def localized(context: str, text: str) -> str:
    """A text marked with :func:`QT_TRANSLATE_NOOP` in ``context``, in the chosen language."""
    return _translator(context, text, None, -1)


def localized_all(context: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`localized` for each of ``texts``."""
    return tuple(localized(context, text) for text in texts)
