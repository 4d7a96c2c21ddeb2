"""Untagged hyperparameters: each quantity needs its own words next to the number."""

from __future__ import annotations

import pytest

from loader.hyperparams import find_hyperparameters


def found(text: str) -> dict[str, object]:
    return {h.name: h.value for h in find_hyperparameters(text)}


@pytest.mark.parametrize(
    "text,name,value",
    [
        ("The encoder stacks 48 transformer layers.", "layers", 48),
        ("a 32-layer decoder", "layers", 32),
        ("with a hidden dimension of 5120", "hiddenSize", 5120),
        ("d_model = 4096", "hiddenSize", 4096),
        ("each layer has 40 attention heads", "attentionHeads", 40),
        ("a vocabulary size of 128,000", "vocabularySize", 128000),
        ("a 32K-token vocabulary", "vocabularySize", 32000),
        ("a context length of 8,192 tokens", "sequenceLength", 8192),
        ("sequences were truncated to 1024 tokens", "sequenceLength", 1024),
        ("optimized with Adafactor with a learning rate of 1e-3", "optimizer", "Adafactor"),
        ("the peak learning rate was set to 6e-4", "peakLearningRate", 0.0006),
        ("a learning rate of 3 × 10^-4", "peakLearningRate", 0.0003),
        ("a global batch size of 1,536 sequences", "batchSize", 1536),
        ("for 250,000 steps", "trainingSteps", 250000),
        ("trained for 1.4 trillion tokens", "trainingTokens", 1_400_000_000_000),
        ("in bfloat16", "precision", "BF16"),
        ("using FSDP across nodes", "parallelism", "FSDP"),
        ("with ZeRO stage 3", "parallelism", "ZeRO stage 3"),
        ("8-way tensor parallelism", "parallelism", "tensor parallelism"),
    ],
)
def test_forms(text, name, value):
    assert found(text).get(name) == value


@pytest.mark.parametrize(
    "text",
    [
        "a linear warmup over the first 2,000 steps",
        "gradients were accumulated over 16 steps",
        "The 3 authors thank 12 reviewers.",
        "a learning rate scheduler",
        "a batch size of 4M tokens",
    ],
)
def test_numbers_without_their_words_are_not_hyperparameters(text):
    values = found(text)
    assert "trainingSteps" not in values and "layers" not in values and "batchSize" not in values


def test_spans_point_at_the_text():
    text = "We used AdamW (beta2 = 0.95) and 64 attention heads."
    for h in find_hyperparameters(text):
        assert text[h.start : h.end] == h.surface
