"""The one rule that turns a name into the last segment of an IRI.

>>> slug("xTrimoPGLM -100B"), slug("MedBERT-XL"), slug("LLaMA 2 70B"), slug("Ünïcode  Net"), slug("RefCOCO+")
('xtrimopglm-100b', 'medbert-xl', 'llama-2-70b', 'unicode-net', 'refcoco-plus')
>>> slug("GIN-ε"), slug("GIN-ϵ"), slug("Informer†"), slug("Informer‡"), slug("β-VAE"), slug("µP"), slug("Net\\u0378")
('gin-epsilon', 'gin-epsilon', 'informer-dagger', 'informer-double-dagger', 'beta-vae', 'mu-p', 'net')
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

_NON_WORD = re.compile(r"[^a-z0-9.]+")
# Greek letters and daggers tell variants apart ("GIN-ε" and "GIN-0", "Informer†" and "Informer"):
# they are spelled out, not dropped as accents and other marks are. Variant forms (ϵ, ϕ, ϑ, the
# micro sign, accented letters) reach these letters through NFKD first.
_GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρςστυφχψω",
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma sigma "
    "tau upsilon phi chi psi omega".split(),
))
_SPELLED_OUT = {**_GREEK, "†": "dagger", "‡": "double-dagger"}


def spell_greek(name: str) -> str:
    """``name`` with Greek letters and daggers written as words ("τ-bench" -> " tau -bench")."""
    return "".join(f" {_SPELLED_OUT[c.lower()]} " if c.lower() in _SPELLED_OUT else c for c in name)


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens (Greek letters and daggers spelled out, accents
    dropped); a name with no such word, in another script, is percent-encoded."""
    # "RefCOCO+" and "SpectralGPT+" are not RefCOCO and SpectralGPT.
    decomposed = unicodedata.normalize("NFKD", name.replace("+", " plus "))
    ascii_text = spell_greek(decomposed).encode("ascii", "ignore").decode()
    text = _NON_WORD.sub("-", ascii_text.lower()).strip("-.")
    text = re.sub(r"-*\.-*", ".", text)
    return text or quote(name.strip().lower(), safe="")
