from queries.graph import EndpointError, KnowledgeGraph, QueryError
from queries.registry import BadParameter, UnknownQuery
from queries.results import Rows

__all__ = ["BadParameter", "EndpointError", "KnowledgeGraph", "QueryError", "Rows", "UnknownQuery"]
