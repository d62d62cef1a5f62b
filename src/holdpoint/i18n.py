"""The language of the window, the voice and the catalog: chosen once, at start.

Holdpoint's texts are English in the source and go through Qt's translation system:
widgets call ``self.tr()``, code without Qt marks its texts with
:mod:`holdpoint.core.i18n`. :func:`install` picks the language (the preference, else the
system's when Holdpoint has it, else English), loads ``resources/i18n/holdpoint_LANG.qm``
and Qt's own ``qtbase_LANG.qm`` (the buttons of standard dialogs), sets the default
QLocale so that dates and numbers follow it, and routes :mod:`holdpoint.core.i18n`
through ``QCoreApplication.translate`` and that locale's decimal point. The catalog's
texts come from ``content.LANG.toml`` (see :mod:`holdpoint.core.content_text`).

A change of language in Settings takes effect at the next start: the window is built
once, in one language, and never shows a mixture.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from holdpoint import assets
from holdpoint.core import i18n as core_i18n
from holdpoint.core.content_text import Texts, load_texts
from holdpoint.core.preferences import Language

log = logging.getLogger(__name__)

#: The languages Holdpoint is written or translated in; English is the source.
SHIPPED = ("en", "de")
SOURCE_LANGUAGE = "en"

_current = SOURCE_LANGUAGE
_translators: list[QTranslator] = []  # kept alive while installed
_content: dict[str, Texts] = {}


def choose(preference: Language, system_languages: Sequence[str]) -> str:
    """The language code to use: the preference, or for :attr:`Language.SYSTEM` the first
    of ``system_languages`` (BCP 47 names such as ``de-AT``, most wanted first, as
    ``QLocale.uiLanguages()`` gives them) that Holdpoint ships; English otherwise."""
    if preference is not Language.SYSTEM:
        return preference.value
    for name in system_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return code
    return SOURCE_LANGUAGE


def locale_for(code: str, system: QLocale) -> QLocale:
    """The locale for dates and numbers: the system's when it speaks ``code`` (keeping its
    regional formats, e.g. Austria's), else the language's main country. A system without
    a language (the "C" locale) keeps its plain formats for English."""
    if system.bcp47Name().split("-")[0] == code:
        return system
    if code == SOURCE_LANGUAGE and system.language() == QLocale.Language.C:
        return system
    return QLocale("en_GB" if code == SOURCE_LANGUAGE else code)


def install(preference: Language) -> str:
    """Choose the language for this run and install its translations; returns its code."""
    global _current
    app = QCoreApplication.instance()
    system = QLocale.system()
    code = choose(preference, system.uiLanguages())
    QLocale.setDefault(locale_for(code, system))
    for translator in _translators:
        QCoreApplication.removeTranslator(translator)
    _translators.clear()
    if code != SOURCE_LANGUAGE and app is not None:
        ours = _load(f"holdpoint_{code}", str(assets.resource_root() / "i18n"))
        if ours is None:  # a build without its .qm: say so once, stay readable
            log.warning("the %s translation is missing from this installation; "
                        "Holdpoint is shown in English", code)  # fmt: skip
            code = SOURCE_LANGUAGE
            QLocale.setDefault(locale_for(code, system))
        else:
            qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_own = _load(f"qtbase_{code}", qt_path)
            for translator in (ours, *([qt_own] if qt_own is not None else [])):
                QCoreApplication.installTranslator(translator)
                _translators.append(translator)
    _current = code
    numbers = QLocale()  # the default set above
    core_i18n.set_translator(
        _qt_translate if _translators else None, numbers.decimalPoint(), numbers.negativeSign()
    )
    return code


def language() -> str:
    """The code of the language this run shows and speaks (``"en"``, ``"de"``)."""
    return _current


def content_texts() -> Texts:
    """The catalog's, routines' and body drawing's texts in this run's language (empty for
    English, the language of those files): see :mod:`holdpoint.core.content_text`."""
    if _current == SOURCE_LANGUAGE:
        return {}
    if _current not in _content:
        _content[_current] = load_texts(assets.resource_path(f"i18n/content.{_current}.toml"))
    return _content[_current]


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, folder) else None


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
