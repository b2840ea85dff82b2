"""Indexing: load a folder, split into sentence-aware chunks, embed, store in FAISS, persist."""
from .build import Corpus, NoDocumentsError, SplitSettings, build_or_load
from .embed import EMBEDDERS, Embedder, make_embedder
from .load import load_folder, read_document
from .split import sentence_spans, split_document
from .types import BuildReport, Chunk, Document, Skipped

__all__ = ["EMBEDDERS", "BuildReport", "Chunk", "Corpus", "Document", "Embedder", "NoDocumentsError",
           "Skipped", "SplitSettings", "build_or_load", "load_folder", "make_embedder", "read_document",
           "sentence_spans", "split_document"]
