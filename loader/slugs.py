"""The one rule that turns a name into the last segment of an IRI.

>>> slug("xTrimoPGLM -100B"), slug("MedBERT-XL"), slug("LLaMA 2 70B"), slug("Ünïcode  Net"), slug("RefCOCO+")
('xtrimopglm-100b', 'medbert-xl', 'llama-2-70b', 'unicode-net', 'refcoco-plus')
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

_NON_WORD = re.compile(r"[^a-z0-9.]+")


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens; names of other scripts are percent-encoded."""
    # "RefCOCO+" and "SpectralGPT+" are not RefCOCO and SpectralGPT.
    ascii_text = unicodedata.normalize("NFKD", name.replace("+", " plus ")).encode("ascii", "ignore").decode()
    text = _NON_WORD.sub("-", ascii_text.lower()).strip("-.")
    text = re.sub(r"-*\.-*", ".", text)
    return text or quote(name.strip().lower(), safe="")
