"""The one rule that turns a name into the last segment of an IRI.

>>> slug("xTrimoPGLM -100B"), slug("MedBERT-XL"), slug("LLaMA 2 70B"), slug("Ünïcode  Net"), slug("RefCOCO+")
('xtrimopglm-100b', 'medbert-xl', 'llama-2-70b', 'unicode-net', 'refcoco-plus')
>>> slug("GIN-ε"), slug("Informer†"), slug("β-VAE")
('gin-epsilon', 'informer-dagger', 'beta-vae')
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

_NON_WORD = re.compile(r"[^a-z0-9.]+")
# Greek letters and daggers tell variants apart ("GIN-ε" and "GIN-0", "Informer†" and "Informer"):
# spelled out by their Unicode names, not dropped as other non-ASCII marks are.
_SPELLED = re.compile(r"[\u0370-\u03ff†‡]")


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens; names of other scripts are percent-encoded."""
    # "RefCOCO+" and "SpectralGPT+" are not RefCOCO and SpectralGPT.
    spelled = _SPELLED.sub(lambda m: f" {unicodedata.name(m.group()).split()[-1]} ", name.replace("+", " plus "))
    ascii_text = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    text = _NON_WORD.sub("-", ascii_text.lower()).strip("-.")
    text = re.sub(r"-*\.-*", ".", text)
    return text or quote(name.strip().lower(), safe="")
