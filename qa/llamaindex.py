"""The hybrid retriever as a llama-index retriever, for llama-index query engines and pipelines.

    from llama_index.core.query_engine import RetrieverQueryEngine
    query_engine = RetrieverQueryEngine.from_args(engine.as_retriever(), llm=...)
"""
from __future__ import annotations

import numpy as np
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from .retrieve import HybridRetriever


class LlamaIndexRetriever(BaseRetriever):
    """Nodes carry the chunk's text, its character span in the source and ``metadata["source"]``."""

    def __init__(self, retriever: HybridRetriever):
        super().__init__()
        self.retriever = retriever

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        vector = None
        if query_bundle.embedding is not None:
            vector = np.asarray(query_bundle.embedding, dtype=np.float32)
        return [
            NodeWithScore(node=TextNode(id_=s.chunk.id, text=s.chunk.text, start_char_idx=s.chunk.start,
                                        end_char_idx=s.chunk.end, metadata={"source": s.chunk.source}),
                          score=s.score)
            for s in self.retriever.search(query_bundle.query_str, vector)
        ]
