"""Stage 4: a record to the quads of its excerpt's named graph. A pure function.

Everything read from an excerpt, including the nodes it alone introduces
(hardware or datasets no catalog knows), lives in the excerpt's graph; the
catalogs live in their own graph (`catalog_quads`).
"""

from __future__ import annotations

from decimal import Decimal

from loader.country import country_catalog
from loader.acronyms import abbreviates
from loader.datasets import dataset_catalog, is_versioned, resolve_dataset
from loader.extract import Fact, Record
from loader.hardware import hardware_catalog
from loader.iris import (
    CATALOG_GRAPH,
    country_iri,
    dataset_iri,
    excerpt_iri,
    hardware_iri,
    mention_iri,
    model_iri,
    run_iri,
    unresolved_hardware_iri,
)
from loader.normalize import decimal_text, xsd_duration
from loader.parse import Mention
from loader.quads import (
    XSD_DECIMAL,
    XSD_DURATION,
    QuadWriter,
    boolean,
    double,
    integer,
    iri,
    literal,
    typed,
)
from ontology.namespaces import MLKG, OWL, PROV, RDF, RDFS, SKOS, WD

A = str(RDF.type)
LABEL = str(RDFS.label)
ALT_LABEL = str(SKOS.altLabel)
_ROLE_PROPERTY = {
    "pretraining": str(MLKG.pretrainedOn),
    "finetuning": str(MLKG.fineTunedOn),
    "evaluation": str(MLKG.evaluatedOn),
}
_RUN_KIND = {"pretraining": str(MLKG.PreTraining), "finetuning": str(MLKG.FineTuning)}
_PEAK_PROPERTY = {
    "fp64": str(MLKG.peakFlopsFP64),
    "fp32": str(MLKG.peakFlopsFP32),
    "fp16": str(MLKG.peakFlopsFP16),
    "tf32": str(MLKG.peakFlopsTF32),
    "tensor_fp16_bf16": str(MLKG.peakFlopsTensorFP16BF16),
    "int8": str(MLKG.peakOpsINT8),
    "fp8": str(MLKG.peakFlopsFP8),
}


def _names_catalog_dataset(name: str, key: str, surface: str | None) -> bool:
    """A spelling worth recording for catalog dataset ``key``: not one the catalog already resolves
    to it, and either the text as written, the text's name with its year or version ("OpenSubtitles
    2018"), or an abbreviation that matches it letter by letter ("GLDv2" for "Google Landmarks v2";
    not "(EN, DE)" after "Common Voice")."""
    known = resolve_dataset(name)
    if known is not None and (known.key == key or name != surface):
        return False  # "Kinetics (Kinetics-400)": another catalog dataset's name is not this one's
    return name == surface or (surface is not None and (
        abbreviates(name, surface) or abbreviates(surface, name) or is_versioned(name, surface)))


def _lookup_keys(w: QuadWriter, node: str, names) -> None:
    """Lower-cased names for case-insensitive lookups (SPARQL's LCASE gives the same key)."""
    for key in sorted({name.strip().lower() for name in names if name and name.strip()}):
        w.add(node, MLKG.lookupKey, literal(key))


class _Mentions:
    """Numbers an excerpt's mentions and writes each once, with what it states."""

    def __init__(self, writer: QuadWriter, excerpt_id: str):
        self._writer, self._excerpt_id = writer, excerpt_id
        self._index: dict[Mention, str] = {}

    def node(self, mention: Mention) -> str:
        if mention not in self._index:
            node = mention_iri(self._excerpt_id, len(self._index))
            self._index[mention] = node
            w = self._writer
            w.add_iri(excerpt_iri(self._excerpt_id), MLKG.hasMention, node)
            w.add_iri(node, A, MLKG.Mention)
            w.add(node, MLKG.tag, literal(mention.tag))
            w.add(node, MLKG.surfaceText, literal(mention.surface))
            w.add(node, MLKG.startOffset, integer(mention.start))
            w.add(node, MLKG.endOffset, integer(mention.end))
        return self._index[mention]

    def states(self, fact: Fact | Mention | None, about: str, prop: str) -> None:
        mention = fact if isinstance(fact, Mention) else (fact.mention if fact else None)
        if mention is None:
            return
        node = self.node(mention)
        self._writer.add_iri(node, MLKG.about, about)
        self._writer.add_iri(node, MLKG.states, prop)
        if isinstance(fact, Fact) and fact.approximate:
            self._writer.add(node, MLKG.approximate, boolean(True))

    def problem(self, mention: Mention, message: str) -> None:
        self._writer.add(self.node(mention), MLKG.problem, literal(message))


def record_quads(record: Record) -> QuadWriter:
    """The quads of one excerpt's graph."""
    excerpt = record.excerpt
    graph = excerpt_iri(excerpt.id)
    w = QuadWriter(graph)
    mentions = _Mentions(w, excerpt.id)
    w.add_iri(graph, A, MLKG.Excerpt)
    w.add(graph, MLKG.excerptId, literal(excerpt.id))
    w.add(graph, MLKG.text, literal(excerpt.text))
    if excerpt.source:
        w.add(graph, MLKG.source, literal(excerpt.source))

    for model in record.models:
        node = model_iri(model.name)
        w.add_iri(node, A, MLKG.Model)
        w.add(node, LABEL, literal(model.name))
        for mention in model.mentions:
            mentions.states(mention, node, LABEL)
        for fact in model.parameters:
            w.add(node, MLKG.parameterCount, integer(fact.value))
            mentions.states(fact, node, MLKG.parameterCount)
        for fact in record.years:
            w.add(node, MLKG.releaseYear, integer(fact.value))
            mentions.states(fact, node, MLKG.releaseYear)
        for use in record.datasets:
            dataset = dataset_iri(use.key or use.name)
            w.add_iri(node, _ROLE_PROPERTY[use.role], dataset)
            if use.mention is not None:
                mentions.states(use.mention, node, _ROLE_PROPERTY[use.role])
    spellings: dict[str, set[str]] = {}  # dataset IRI -> names this text gives it beyond the catalog's
    for use in record.datasets:
        surface = use.mention.surface if use.mention else None
        if use.key is None:  # a name no catalog knows: the node lives with the excerpt that names it
            dataset = dataset_iri(use.name)
            if dataset not in spellings:
                w.add_iri(dataset, A, MLKG.Dataset)
                w.add(dataset, LABEL, literal(use.name))
                w.add(dataset, MLKG.resolved, boolean(False))
                _lookup_keys(w, dataset, [use.name])
            names = spellings.setdefault(dataset, set())
            if use.also_called:  # "Google Landmarks v2 (GLDv2)": found by either name
                names.add(use.also_called)
        else:  # "Google Landmarks v2 (GLDv2)" for the catalog's "Google Landmarks Dataset v2": this text's spelling
            names = spellings.setdefault(dataset_iri(use.key), set())
            names |= {n for n in (surface, use.also_called) if n and _names_catalog_dataset(n, use.key, surface)}
    for dataset, names in spellings.items():
        for name in sorted(names):
            w.add(dataset, ALT_LABEL, literal(name))
        _lookup_keys(w, dataset, names)

    model_nodes = {m.key: model_iri(m.name) for m in record.models}
    for index, run in enumerate(record.runs):
        node = run_iri(excerpt.id, index)
        w.add_iri(node, A, MLKG.TrainingRun)
        w.add_iri(node, MLKG.runKind, _RUN_KIND[run.kind])
        for key in run.model_keys:
            w.add_iri(model_nodes[key], PROV.wasGeneratedBy, node)
        if run.hardware is not None:
            _hardware_use(w, mentions, node, run.hardware)
            if (memory := run.stated_memory_gb) is not None:
                w.add(node, MLKG.acceleratorMemoryGB, typed(decimal_text(Decimal(str(memory))), XSD_DECIMAL))
                mentions.states(run.hardware, node, MLKG.acceleratorMemoryGB)
        if run.count is not None:
            w.add(node, MLKG.acceleratorCount, integer(run.count.value))
            mentions.states(run.count, node, MLKG.acceleratorCount)
        if run.hours is not None:
            hours = run.hours.value
            w.add(node, MLKG.durationHours, typed(decimal_text(hours), XSD_DECIMAL))
            w.add(node, MLKG.duration, typed(xsd_duration(hours), XSD_DURATION))
            w.add(node, MLKG.durationText, literal(run.hours.mention.surface))
            mentions.states(run.hours, node, MLKG.durationHours)
        if run.gpu_hours is not None:
            w.add(node, MLKG.gpuHours, typed(decimal_text(run.gpu_hours), XSD_DECIMAL))
        for fact in record.countries:
            w.add_iri(node, MLKG.country, country_iri(fact.value.alpha2))
            mentions.states(fact, node, MLKG.country)

    for use in record.hyperparameters:
        subject = run_iri(excerpt.id, use.run_index) if use.run_index is not None else model_nodes[use.model_key]
        prop = str(MLKG[use.parameter.name])
        w.add(subject, prop, _hyperparameter_term(use.parameter.value))
        mentions.states(use.mention, subject, prop)

    for problem in record.problems:
        mentions.problem(problem.mention, problem.message)
    return w


def _hyperparameter_term(value: int | float | str) -> str:
    if isinstance(value, bool) or isinstance(value, str):
        return literal(str(value))
    if isinstance(value, int):
        return integer(value)
    return double(value)


def _hardware_use(w: QuadWriter, mentions: _Mentions, run: str, fact: Fact) -> None:
    entry = fact.value
    if entry is not None:
        node = hardware_iri(entry.key)
    else:  # unknown to the catalog: kept as its own node with its text, never guessed
        node = unresolved_hardware_iri(fact.mention.surface)
        w.add_iri(node, A, MLKG.Hardware)
        label = " ".join(fact.mention.surface.split())
        w.add(node, LABEL, literal(label))
        w.add(node, MLKG.resolved, boolean(False))
        _lookup_keys(w, node, [label])
    w.add_iri(run, MLKG.hardware, node)
    mentions.states(fact, run, MLKG.hardware)


def catalog_quads() -> QuadWriter:
    """Hardware, countries and datasets with their names, aliases and specifications."""
    w = QuadWriter(CATALOG_GRAPH)
    for hw in hardware_catalog():
        node = hardware_iri(hw.key)
        w.add_iri(node, A, MLKG.Hardware)
        w.add(node, LABEL, literal(hw.name))
        w.add(node, MLKG.family, literal(hw.family))
        w.add(node, MLKG.hardwareType, literal(hw.type))
        w.add(node, MLKG.generic, boolean(hw.generic))
        w.add(node, MLKG.resolved, boolean(True))
        if hw.vendor:
            w.add(node, MLKG.vendor, literal(hw.vendor))
        if hw.memory_gb is not None:
            w.add(node, MLKG.memoryGB, typed(decimal_text(Decimal(str(hw.memory_gb))), XSD_DECIMAL))
        if hw.release_year is not None:
            w.add(node, MLKG.hardwareReleaseYear, integer(hw.release_year))
        for number_format, flops in sorted(hw.peak_flops.items()):
            w.add(node, _PEAK_PROPERTY[number_format], double(flops))
        for alias in hw.aliases:
            w.add(node, ALT_LABEL, literal(alias))
        _lookup_keys(w, node, [hw.name, hw.family, *hw.aliases])
    for country in country_catalog():
        node = country_iri(country.alpha2)
        w.add_iri(node, A, MLKG.Country)
        w.add(node, LABEL, literal(country.name))
        w.add(node, MLKG.alpha2, literal(country.alpha2))
        if country.wikidata:
            w.add(node, str(OWL.sameAs), iri(str(WD[country.wikidata])))
        for alias in (country.official_name, *country.aliases):
            if alias and alias != country.name:
                w.add(node, ALT_LABEL, literal(alias))
        _lookup_keys(w, node, [country.alpha2, country.name, country.official_name, *country.aliases])
    for dataset in dataset_catalog():
        node = dataset_iri(dataset.key)
        w.add_iri(node, A, MLKG.Dataset)
        w.add(node, LABEL, literal(dataset.name))
        w.add(node, MLKG.resolved, boolean(True))
        if dataset.domain:
            w.add(node, MLKG.domain, literal(dataset.domain))
        for alias in dataset.aliases:
            w.add(node, ALT_LABEL, literal(alias))
        _lookup_keys(w, node, [dataset.name, *dataset.aliases])
    return w
