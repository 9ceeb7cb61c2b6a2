"""Thousands of reports at batch prices: a provider's Batch API, or your own ``vllm run-batch``.

Read in this order: :mod:`.state` (the run's durable record), :mod:`.model` (the model a batch
run asks: answers from the batches, defers the rest), :mod:`.lines` (request and result files),
:mod:`.run` (a step: collect, run the pipeline, submit). The command line is
``summarizer batch submit|status|collect|export``.
"""

from __future__ import annotations

from .model import BatchModel, request_key
from .run import BatchOptions, BatchRun, Progress, describe
from .state import BatchState

__all__ = ["BatchModel", "BatchOptions", "BatchRun", "BatchState", "Progress", "describe", "request_key"]
