"""One typed method per canned query (``queries/*.rq``), mixed into `KnowledgeGraph`.

Each method runs the ``.rq`` file of the same name (hyphens for underscores) through
``ask``; ``tests/queries/test_helpers.py`` fails when a query has no method. The
examples run as doctests against a small in-memory graph.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from queries.graph import KnowledgeGraph
    from queries.results import Rows

_EXAMPLES = {
    "ex-1": "<model>Foo-7B</model> has <params>7B</params> parameters. It was pre-trained on The Pile using "
    "<gpu_count>64</gpu_count> <hardware>A100 80GB</hardware> GPUs for <training>10 days</training> in "
    "<country>Singapore</country> and evaluated on MMLU; released in <year>2023</year>.",
    "ex-2": "<model>Bar-1B</model> (<params>1.3B</params>) ran on <gpu_count>8</gpu_count> "
    "<hardware>V100s</hardware> for <training>2 days</training> in <country>France</country> "
    "(<year>2022</year>), fine-tuned on SQuAD.",
}


@cache
def example_graph() -> KnowledgeGraph:
    """The graph the doctests ask: two small excerpts, in memory."""
    from queries.graph import KnowledgeGraph

    kg = KnowledgeGraph.in_memory()
    for excerpt_id, text in _EXAMPLES.items():
        kg.load_text(excerpt_id, text)
    return kg


class CannedQueries:
    """Typed helpers; ``ask(name, **params)`` runs any canned query by name."""

    def ask(self, name: str, **params: Any) -> Rows:  # implemented by KnowledgeGraph
        raise NotImplementedError

    def models_by_hardware_and_country(self, hardware: str, country: str) -> Rows:
        """Models trained on an accelerator (family, name or alias) in a country (name, alias or code).

        >>> [(r.model_name, r.hardware_family, r.gpu_count) for r in example_graph().models_by_hardware_and_country("a100", "SG")]
        [('Foo-7B', 'A100', 64)]
        """
        return self.ask("models-by-hardware-and-country", hardware=hardware, country=country)

    def models_by_country(self, country: str) -> Rows:
        """Models developed in a country.

        >>> [r.model_name for r in example_graph().models_by_country("France")]
        ['Bar-1B']
        """
        return self.ask("models-by-country", country=country)

    def models_by_year(self, year: int) -> Rows:
        """Models released in a year.

        >>> [r.model_name for r in example_graph().models_by_year(2023)]
        ['Foo-7B']
        """
        return self.ask("models-by-year", year=year)

    def models_by_dataset(self, dataset: str) -> Rows:
        """Models that used a dataset (name or alias), with the role it played.

        >>> [(r.model_name, r.role) for r in example_graph().models_by_dataset("the pile")]
        [('Foo-7B', 'pretraining')]
        """
        return self.ask("models-by-dataset", dataset=dataset)

    def largest_models(self, limit: int = 10) -> Rows:
        """The largest models by parameter count.

        >>> [(r.model_name, r.parameters) for r in example_graph().largest_models(limit=1)]
        [('Foo-7B', 7000000000)]
        """
        return self.ask("largest-models", limit=limit)

    def gpu_hours_by_country(self) -> Rows:
        """Accelerator-hours (count x hours, where both are stated) by country.

        >>> [(r.country_code, r.gpu_hours) for r in example_graph().gpu_hours_by_country()]
        [('SG', Decimal('15360')), ('FR', Decimal('384'))]
        """
        return self.ask("gpu-hours-by-country")

    def hardware_usage(self) -> Rows:
        """How many models used each accelerator family.

        >>> [(r.hardware_family, r.models) for r in example_graph().hardware_usage()]
        [('A100', 1), ('V100', 1)]
        """
        return self.ask("hardware-usage")

    def count_models(self) -> Rows:
        """How many distinct models the graph knows.

        >>> example_graph().count_models()[0].models
        2
        """
        return self.ask("count-models")

    def training_facts(self) -> Rows:
        """The flat table: one row per model and hardware, as each excerpt states them.

        >>> [(r.model_name, r.hardware_family, r.training_hours) for r in example_graph().training_facts()]
        [('Bar-1B', 'V100', Decimal('48')), ('Foo-7B', 'A100', Decimal('240'))]
        """
        return self.ask("training-facts")

    def model_datasets(self) -> Rows:
        """Every model's datasets with their role.

        >>> [(r.model_name, r.dataset, r.role) for r in example_graph().model_datasets()]
        [('Bar-1B', 'SQuAD', 'finetuning'), ('Foo-7B', 'MMLU', 'evaluation'), ('Foo-7B', 'The Pile', 'pretraining')]
        """
        return self.ask("model-datasets")

    def unread_values(self) -> Rows:
        """What the loader could not read: values kept as text, unknown hardware and datasets.

        >>> example_graph().unread_values()
        []
        """
        return self.ask("unread-values")
