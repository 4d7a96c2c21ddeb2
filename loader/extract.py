"""Stage 3: one parsed excerpt to one normalized record. A pure function.

Who a fact belongs to is decided by position in the text:

- A ``<params>`` goes to its model: with one model, that one; in a "respectively"
  sentence, the models listed just before the counts, in order; otherwise counts and
  models pair closest first (same sentence, a model named before the count, fewest
  characters apart; "a 1B parameter encoder, X" describes the X after it), one count
  per model while there are no more counts than models.
- Each ``<hardware>`` starts a hardware use; a ``<gpu_count>`` pairs with the
  nearest hardware in its sentence. A count or hardware left alone pairs with the
  one other leftover if there is exactly one; uses of the same accelerator with
  compatible counts merge. Each use becomes one training run.
- A ``<training>`` duration goes to the run whose mentions are nearest (same
  sentence first, same clause first). A second duration for a run that has one
  starts a new run.
- A run's kind is fine-tuning when the nearest training cue before its first
  mention in that sentence says "fine-tun"; otherwise pre-training.
- Runs belong to the models named in their sentence, else to the nearest model
  named before them, else to every model of the excerpt. Every model gets at
  least one run, so that country, which holds for the whole excerpt, has a place.
- ``<year>`` and ``<country>`` hold for the whole excerpt.

Values that cannot be read become `Problem`s; the mention and its text are kept.

>>> from loader.parse import parse_excerpt
>>> ex = parse_excerpt("d1", "<model>Foo-1B</model> has <params>1.3B</params> parameters and was "
...     "trained on <gpu_count>64</gpu_count> <hardware>A100s</hardware> for <training>3 days</training> "
...     "in <country>PRC</country> (<year>2023</year>).")
>>> record = extract(ex)
>>> [(m.name, [p.value for p in m.parameters]) for m in record.models]
[('Foo-1B', [1300000000])]
>>> run = record.runs[0]
>>> run.hardware.value.family, run.count.value, run.hours.value, [c.value.alpha2 for c in record.countries]
('A100', 64, Decimal('72'), ['CN'])
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal
from typing import Generic, Literal, TypeVar

from loader.country import Country, resolve_country
from loader.datasets import find_datasets, resolve_dataset
from loader.hardware import Hardware, read_hardware_text, resolve_hardware
from loader.hyperparams import Hyperparameter, find_hyperparameters
from loader.normalize import HEDGE_BEFORE, ValueProblem, read_count, read_hours, read_year
from loader.parse import Mention, TaggedExcerpt
from loader.sentences import sentence_at, sentence_index, sentence_spans
from loader.slugs import slug

T = TypeVar("T")
RunKind = Literal["pretraining", "finetuning"]
Role = Literal["pretraining", "finetuning", "evaluation"]


@dataclass(frozen=True)
class Fact(Generic[T]):
    """A normalized value and the mention it was read from."""

    value: T
    mention: Mention | None
    approximate: bool = False


@dataclass(frozen=True)
class Problem:
    mention: Mention
    message: str


@dataclass
class ModelFacts:
    name: str
    key: str
    mentions: list[Mention]
    parameters: list[Fact[int]] = field(default_factory=list)


@dataclass
class RunFacts:
    model_keys: list[str]
    kind: RunKind
    hardware: Fact[Hardware | None] | None = None  # value None: hardware the catalog does not know
    count: Fact[int] | None = None
    hours: Fact[Decimal] | None = None

    def mentions(self) -> list[Mention]:
        facts = (self.hardware, self.count, self.hours)
        return [f.mention for f in facts if f is not None and f.mention is not None]

    @property
    def stated_memory_gb(self) -> float | None:
        """Memory per accelerator as the hardware text states it ("A100-PCIE-40GB": 40)."""
        if self.hardware is None or self.hardware.mention is None:
            return None
        return read_hardware_text(self.hardware.mention.surface).memory_gb

    @property
    def gpu_hours(self) -> Decimal | None:
        if self.count is None or self.hours is None:
            return None
        return self.count.value * self.hours.value


@dataclass(frozen=True)
class DatasetUse:
    name: str
    key: str | None  # catalog key; None for a name found by pattern only
    role: Role
    mention: Mention | None  # None for datasets listed explicitly in the input
    also_called: str | None = None  # the abbreviation the text gives it, kept as an alias


@dataclass(frozen=True)
class HyperparameterUse:
    """A hyperparameter and who it belongs to: a model (model-level) or a run (by index)."""

    parameter: Hyperparameter
    mention: Mention
    model_key: str
    run_index: int | None


@dataclass
class Record:
    excerpt: TaggedExcerpt
    models: list[ModelFacts]
    runs: list[RunFacts]
    years: list[Fact[int]]
    countries: list[Fact[Country]]
    datasets: list[DatasetUse]
    problems: list[Problem]
    hyperparameters: list[HyperparameterUse] = field(default_factory=list)


def extract(excerpt: TaggedExcerpt) -> Record:
    """Read every tagged value of ``excerpt`` and decide which model and run it belongs to."""
    problems: list[Problem] = []
    models = _models(excerpt)
    _assign_parameters(excerpt, models, problems)
    runs = _runs(excerpt, models, problems)
    years = _read_all(excerpt.mentions_of("year"), read_year, problems)
    countries = _countries(excerpt, problems)
    hyperparameters = _hyperparameters(excerpt, models, runs)
    return Record(excerpt, models, runs, years, countries, _datasets(excerpt), problems, hyperparameters)




def _read(mention: Mention, reader, problems: list[Problem], text: str = "") -> Fact | None:
    try:
        reading = reader(mention.surface)
    except ValueProblem as problem:
        problems.append(Problem(mention, str(problem)))
        return None
    hedged = bool(HEDGE_BEFORE.search(text[max(0, mention.start - 20) : mention.start]))
    return Fact(reading.value, mention, reading.approximate or hedged)


def _read_all(mentions: list[Mention], reader, problems: list[Problem]) -> list[Fact]:
    facts = [_read(m, reader, problems) for m in mentions]
    unique: dict[object, Fact] = {}
    for fact in facts:
        if fact is not None:
            unique.setdefault(fact.value, fact)
    return list(unique.values())


def _models(excerpt: TaggedExcerpt) -> list[ModelFacts]:
    by_key: dict[str, ModelFacts] = {}
    for mention in excerpt.mentions_of("model"):
        name = " ".join(mention.surface.split())
        key = slug(name)
        if key in by_key:
            by_key[key].mentions.append(mention)
        else:
            by_key[key] = ModelFacts(name, key, [mention])
    return list(by_key.values())


def _distance(a: Mention, b: Mention) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


# Between two facts, a clause break ("; ", ", while", "whereas", "then") means they
# likely describe different runs: it weighs more than any distance inside a clause.
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|and|but|followed)\b|\b(?:while|whereas|then)\b", re.IGNORECASE)
_BREAK_PENALTY = 10_000


def _gap(text: str, a: Mention, b: Mention) -> int:
    """Distance in characters, plus a penalty when a clause break separates the two."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    breaks = _clause_breaks(text)
    i = bisect_left(breaks, (first.end, first.end))
    separated = i < len(breaks) and breaks[i][1] <= second.start
    return _distance(a, b) + (_BREAK_PENALTY if separated else 0)


@lru_cache(maxsize=32)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the clause breaks of ``text``, found once per excerpt (not per pair of facts)."""
    return tuple(m.span() for m in _CLAUSE_BREAK.finditer(text))


def _same_sentence(text: str, a: Mention, b: Mention) -> bool:
    return sentence_index(text, a.start) == sentence_index(text, b.start)


def _owner_models(excerpt: TaggedExcerpt, models: list[ModelFacts], anchor: Mention, single: bool) -> list[str]:
    """Keys of the models a fact at ``anchor`` belongs to (see the module docstring)."""
    if len(models) <= 1:
        return [m.key for m in models]
    in_sentence = [
        (min(_distance(anchor, m) for m in model.mentions if _same_sentence(excerpt.text, anchor, m)), model.key)
        for model in models
        if any(_same_sentence(excerpt.text, anchor, m) for m in model.mentions)
    ]
    if in_sentence:
        return [min(in_sentence)[1]] if single else [key for _, key in in_sentence]
    before = [(anchor.start - m.end, model.key) for model in models for m in model.mentions if m.end <= anchor.start]
    if before:
        return [min(before)[1]]
    return [models[0].key] if single else [m.key for m in models]


def _assign_parameters(excerpt: TaggedExcerpt, models: list[ModelFacts], problems: list[Problem]) -> None:
    """Give each parameter count to its model.

    With one model, every count is its own. With several: "A and B have 1B and 7B
    parameters, respectively" pairs in order; otherwise counts and models are paired
    closest first (same sentence before other sentences, then characters apart, a model
    named before the count before one named after), each model taking one count while
    there are no more counts than models; a model is named where it is tagged and wherever
    its name is written again ("ProtBert has 420M parameters"). A count equal to the size one model's name
    states ("65B" and "LLaMA-65B") goes to that model first, and a count said of a whole list
    ("We train A, B and C; all use ViT-Small (22M)") to the first model of the list.
    """
    text = excerpt.text
    facts = [f for f in (_read(m, read_count, problems, text) for m in excerpt.mentions_of("params")) if f]
    if not models:
        problems.extend(Problem(f.mention, "parameter count with no <model> in the excerpt") for f in facts)
        return
    owners: dict[int, ModelFacts] = {}
    if len(models) == 1:
        owners = dict.fromkeys(range(len(facts)), models[0])
    else:
        owners = _respectively(text, models, facts)
        unique = len(facts) <= len(models)
        places = [_written_at(text, model, models) for model in models]
        named = sorted((m.start, position) for position, spots in enumerate(places) for m in spots)
        named_starts = [start for start, _ in named]
        sizes = [_name_size(model.name) for model in models]  # once per model, not per (count, model)
        sized = {index: position for index, fact in enumerate(facts)
                 if len(matching := [p for p, size in enumerate(sizes) if size == fact.value]) == 1
                 for position in matching}
        for index, fact in enumerate(facts):  # "We train A, B and C ...; all use ViT-Small (22M)"
            if index not in sized and (first := _first_of_all(text, named, fact.mention, facts)) is not None:
                sized[index] = first
        pairs = sorted(
            (sized.get(index) != position, _closeness(text, fact.mention, places[position]), index, position)
            for index, fact in enumerate(facts)
            for position in _nearest_models(named, named_starts, len(models), fact.mention)
        )
        taken_models = {id(owner) for owner in owners.values()}
        left = [i for i in range(len(facts)) if i not in owners]
        for rest in (False, True):  # nearby models first; a count they leave without one tries them all
            if rest:
                pairs = sorted((_closeness(text, facts[i].mention, places[position]), i, position)
                               for i in left if i not in owners for position in range(len(models)))
            for *_, index, position in pairs:
                model = models[position]
                if index not in owners and not (unique and id(model) in taken_models):
                    owners[index] = model
                    taken_models.add(id(model))
    for index, model in owners.items():
        if all(p.value != facts[index].value for p in model.parameters):
            model.parameters.append(facts[index])


# How many mentions on either side of a count it is paired with first (models, hardware): pairing
# every count with everything is quadratic in an excerpt of thousands of tags.
_REACH = 16

# "...; all use", "each with", "both have": a count said of every model just listed.
_ALL_OF_THEM = re.compile(r"[;,]\s+(?:all|each|both)(?:\s+of\s+them)?\s+(?:use|have|has|with|are|share)\b", re.IGNORECASE)


def _first_of_all(text: str, named: list[tuple[int, int]], anchor: Mention, facts: list[Fact[int]]) -> int | None:
    """The first model of a list a count is said of as a whole ("We train V-Cond, V-Dual and V-Gen
    ...; all use ViT-Small (22M) backbones"): one tag names one model, the first listed. Only the
    sentence's one count is read so: "A (7B) and B, both have 13B variants" pairs by nearness."""
    sentence_start, sentence_end = sentence_at(text, anchor.start)
    if any(f.mention is not anchor and sentence_start <= f.mention.start < sentence_end for f in facts):
        return None
    before = [(start, position) for start, position in named if sentence_start <= start < anchor.start]
    if len({position for _, position in before}) < 2 or not _ALL_OF_THEM.search(text, before[-1][0], anchor.start):
        return None
    return before[0][1]


# "LLaMA-65B", "Pythia 1.4B": a size written in a model's name.
_NAME_SIZE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?[KMBT](?!\w)", re.IGNORECASE)


def _name_size(name: str) -> int | None:
    """The parameter count a model's name states, if it states one (read as a ``<params>`` value is).

    >>> _name_size("LLaMA-65B"), _name_size("Pythia 1.4B"), _name_size("BERT-Large")
    (65000000000, 1400000000, None)
    """
    found = _NAME_SIZE.findall(name.replace("-", " ").replace("_", " "))
    return read_count(found[0]).value if len(found) == 1 else None


def _nearest_models(named: list[tuple[int, int]], starts: list[int], count: int, anchor: Mention) -> list[int]:
    """Positions of the models a count may go to first: all ``count`` of them, or in an excerpt
    naming more than ``_REACH``, those of the ``_REACH`` mentions on either side of it
    (pairing every count with every model is quadratic). ``named``: (start of a mention,
    position of its model), in text order; ``starts``: their starts."""
    if count <= _REACH:
        return list(range(count))
    return sorted({named[i][1] for i in _nearby(starts, anchor.start)})


# "a 3.9 billion parameter BERT-style model, Megatron-BERT": the count describes the
# model named right after it.
_DESCRIBES_NEXT = re.compile(
    r"^[- ]?param\w*\b(?![^.;()]*\b(?:and|or|but|while|whereas|has|have|had|is|was|were|are|with)\b)"
    r"(?:[^.;(),]{0,60}|[^.;(),]{0,50}\b(?:model|network|transformer|LM|variant|version)\s*,\s*)$",
    re.IGNORECASE,
)
# "about 113M parameters (LayoutLM_BASE)": the model alone in parentheses after the count
# (not "1.3B parameters (GPT-3 has 175B)").
_NAMED_IN_PARENS = re.compile(r"^\s*(?:param\w*\s*)?\($", re.IGNORECASE)  # also "300M (MAGNeT-small)"
_PARENS_CLOSE = re.compile(r"\s*\)")


def _describes(text: str, anchor: Mention, model: Mention) -> bool:
    between = text[anchor.end : model.start]
    return bool(_DESCRIBES_NEXT.match(between)
                or (_NAMED_IN_PARENS.match(between) and _PARENS_CLOSE.match(text, model.end)))


def _closeness(text: str, anchor: Mention, places: list[Mention]) -> tuple[int, int, int]:
    """How close a model is to a count: its nearest place on either side decides (``places`` sorted)."""
    i = bisect_left(places, anchor.start, key=lambda m: m.start)
    return min(
        (
            -1 if m.start >= anchor.end and _describes(text, anchor, m) else
            0 if _same_sentence(text, anchor, m) else 1,
            0 if m.start <= anchor.start else 1,
            _gap(text, anchor, m),
        )
        for m in places[max(0, i - 1):i + 1]
    )


def _written_at(text: str, model: ModelFacts, models: list[ModelFacts]) -> list[Mention]:
    """Where a model is named, in text order: its tags, and its name written again untagged
    ("ProtBert has <params>420M</params> parameters", the tag being in an earlier list), not
    where a longer model name begins ("LLaMA" in "LLaMA 2")."""
    tagged = {m.start for m in model.mentions}
    longer = [other.name for other in models if len(other.name) > len(model.name) and other.name.startswith(model.name)]
    again = [Mention("model", model.name, m.start(), m.end())
             for m in re.finditer(r"(?<![\w-])" + re.escape(model.name) + r"(?![\w-]|\.\w)", text)
             if m.start() not in tagged and not any(text.startswith(name, m.start()) for name in longer)]
    return sorted([*model.mentions, *again], key=lambda m: m.start)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _respectively(text: str, models: list[ModelFacts], facts: list[Fact[int]]) -> dict[int, ModelFacts]:
    """Counts and models of a "respectively" sentence, paired in the order they are written."""
    paired: dict[int, ModelFacts] = {}
    for start, end in sentence_spans(text):
        if not _RESPECTIVELY.search(text, start, end):
            continue
        counts = [i for i, f in enumerate(facts) if start <= f.mention.start < end]
        if len(counts) < 2:
            continue
        first_count = facts[counts[0]].mention.start
        listed: list[ModelFacts] = []  # models named before the counts, in order
        for mention in sorted((m for model in models for m in model.mentions), key=lambda m: m.start):
            model = next(model for model in models if mention in model.mentions)
            if start <= mention.start < first_count and model not in listed:
                listed.append(model)
        if len(listed) >= len(counts):  # "the series X: X-7B and X-13B, with 7B and 13B ..."
            paired.update(zip(counts, listed[-len(counts) :]))
    return paired


_FINE_TUNE = re.compile(r"fine[- ]?tun|finetun|instruction[- ]tun|\bSFT\b|\bRLHF\b", re.IGNORECASE)
_PRE_TRAIN = re.compile(r"pre[- ]?train|from scratch", re.IGNORECASE)


def _kind(text: str, anchor: Mention) -> RunKind:
    """Fine-tuning if the nearest training cue before ``anchor`` in its sentence says so."""
    start, _ = sentence_at(text, anchor.start)
    before = text[start : anchor.start]
    cues = [(m.start(), "finetuning") for m in _FINE_TUNE.finditer(before)]
    cues += [(m.start(), "pretraining") for m in _PRE_TRAIN.finditer(before)]
    return max(cues)[1] if cues else "pretraining"  # type: ignore[return-value]


@dataclass
class _Use:
    hardware: Fact[Hardware | None] | None
    count: Fact[int] | None

    def key(self) -> str | None:
        if self.hardware is None:
            return None
        value = self.hardware.value
        return value.key if value is not None else "unresolved:" + slug(self.hardware.mention.surface)

    def anchor(self) -> Mention:
        facts = [f for f in (self.count, self.hardware) if f is not None]
        return min((f.mention for f in facts), key=lambda m: m.start)


def _nearby(starts: list[int], at: int) -> range:
    """Indices of the ``_REACH`` mentions on either side of ``at`` (``starts`` sorted)."""
    i = bisect_left(starts, at)
    return range(max(0, i - _REACH), min(len(starts), i + _REACH))


def _hardware_uses(excerpt: TaggedExcerpt, problems: list[Problem]) -> list[_Use]:
    text = excerpt.text
    hardware = [Fact(resolve_hardware(m.surface), m) for m in excerpt.mentions_of("hardware")]
    counts = [f for f in (_read(m, read_count, problems, text) for m in excerpt.mentions_of("gpu_count")) if f]
    hardware_starts = [h.mention.start for h in hardware]  # mentions come in text order
    pairs = sorted(
        (_gap(text, c.mention, hardware[hi].mention), ci, hi)
        for ci, c in enumerate(counts)
        for hi in _nearby(hardware_starts, c.mention.start)
        if _same_sentence(text, c.mention, hardware[hi].mention)
    )
    count_of: dict[int, int] = {}
    used_counts: set[int] = set()
    for _, ci, hi in pairs:
        if ci not in used_counts and hi not in count_of:
            count_of[hi] = ci
            used_counts.add(ci)
    lone_counts = [ci for ci in range(len(counts)) if ci not in used_counts]
    lone_hardware = [hi for hi in range(len(hardware)) if hi not in count_of]
    if len(lone_counts) == 1 and len(lone_hardware) >= 1 and len({_Use(hardware[hi], None).key() for hi in lone_hardware}) == 1:
        count_of[lone_hardware[0]] = lone_counts.pop()
    uses = [_Use(h, counts[count_of[hi]] if hi in count_of else None) for hi, h in enumerate(hardware)]
    uses += [_Use(None, counts[ci]) for ci in lone_counts]
    return _merge_uses(uses)


def _merge_uses(uses: list[_Use]) -> list[_Use]:
    """Two uses of the same accelerator whose counts do not disagree are one."""
    merged: list[_Use] = []
    for use in uses:
        same = next(
            (
                kept
                for kept in merged
                if use.key() is not None
                and kept.key() == use.key()
                and (use.count is None or kept.count is None or kept.count.value == use.count.value)
            ),
            None,
        )
        if same is None:
            merged.append(use)
        elif same.count is None:
            same.count = use.count
    return merged


def _runs(excerpt: TaggedExcerpt, models: list[ModelFacts], problems: list[Problem]) -> list[RunFacts]:
    text = excerpt.text
    runs = [
        RunFacts(_owner_models(excerpt, models, use.anchor(), single=False), _kind(text, use.anchor()), use.hardware, use.count)
        for use in _hardware_uses(excerpt, problems)
    ]
    for mention in excerpt.mentions_of("training"):
        fact = _read(mention, read_hours, problems, text)
        if fact is None:
            continue
        target = _nearest_run(text, runs, mention)
        if target is None or (target.hours is not None and target.hours.value != fact.value):
            owners = target.model_keys if target else _owner_models(excerpt, models, mention, single=False)
            runs.append(RunFacts(owners, _kind(text, mention), hours=fact))
        elif target.hours is None:
            target.hours = fact
    covered = {key for run in runs for key in run.model_keys}
    runs += [RunFacts([m.key], "pretraining") for m in models if m.key not in covered]
    return runs


def _nearest_run(text: str, runs: list[RunFacts], mention: Mention) -> RunFacts | None:
    scored = [
        (not _same_sentence(text, mention, m), _gap(text, mention, m), index)
        for index, run in enumerate(runs)
        for m in run.mentions()
    ]
    return runs[min(scored)[2]] if scored else None


def _countries(excerpt: TaggedExcerpt, problems: list[Problem]) -> list[Fact[Country]]:
    found: dict[str, Fact[Country]] = {}
    for mention in excerpt.mentions_of("country"):
        country = resolve_country(mention.surface)
        if country is None:
            problems.append(Problem(mention, f"unknown country {mention.surface!r}"))
        else:
            found.setdefault(country.alpha2, Fact(country, mention))
    return list(found.values())


def _datasets(excerpt: TaggedExcerpt) -> list[DatasetUse]:
    if excerpt.datasets is not None:  # explicit datasets win over what the prose says
        uses = []
        for given in excerpt.datasets:
            entry = resolve_dataset(given.name)
            uses.append(DatasetUse(entry.name if entry else given.name, entry.key if entry else None, given.role, None))  # type: ignore[arg-type]
        return uses
    tagged = [(m.start, m.end) for m in excerpt.mentions]
    return [
        DatasetUse(d.name, d.key, d.role, Mention("dataset", d.surface, d.start, d.end), d.also_called)
        for d in find_datasets(excerpt.text, exclude=tagged + _model_named_again(excerpt))
    ]


# "Yuan 1.0 presents strong capacity": a tagged model's name written again, untagged, is still the
# model; not where data is named after it ("the Alpaca data", "the YaLM Russian Dataset").
_DATA_NEXT = re.compile(r"(?:\s+[\w-]+)?\s+(?:data|dataset|datasets|corpus|benchmark|instructions|set|collection|mix(?:ture)?)\b",
                        re.IGNORECASE)


def _model_named_again(excerpt: TaggedExcerpt) -> list[tuple[int, int]]:
    names = tuple(sorted({m.surface for m in excerpt.mentions if m.tag == "model" and len(m.surface) >= 3},
                         key=lambda n: (-len(n), n)))
    if not names:
        return []
    return [m.span() for m in _any_of(names).finditer(excerpt.text) if not _DATA_NEXT.match(excerpt.text, m.end())]


@lru_cache(maxsize=1024)  # papers name the same models again and again
def _any_of(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _hyperparameters(excerpt: TaggedExcerpt, models: list[ModelFacts], runs: list[RunFacts]) -> list[HyperparameterUse]:
    """Model-level values go to the model they are about; training values to its run of the
    sentence's kind (pre-training or fine-tuning), else its first run."""
    if not models:
        return []
    tagged = [(m.start, m.end) for m in excerpt.mentions]
    uses = []
    for item in find_hyperparameters(excerpt.text):
        if any(start < item.end and item.start < end for start, end in tagged):
            continue  # a tagged value is not an untagged hyperparameter
        mention = Mention("hyperparameter", item.surface, item.start, item.end)
        owner = _owner_models(excerpt, models, mention, single=True)[0]
        run_index = None
        if not item.model_level:
            kind = _kind(excerpt.text, mention)
            own = [i for i, run in enumerate(runs) if owner in run.model_keys]
            matching = [i for i in own if runs[i].kind == kind]
            run_index = (matching or own or [None])[0]
            if run_index is None:
                continue
        uses.append(HyperparameterUse(item, mention, owner, run_index))
    return uses
