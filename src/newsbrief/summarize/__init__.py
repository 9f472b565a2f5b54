"""Sentence selection under a word budget: the concept ILP and the machinery it shares with peers."""

from newsbrief.summarize.base import RatingSelector, Selector
from newsbrief.summarize.concepts import ConceptWeights
from newsbrief.summarize.ilp import ConceptILP
from newsbrief.summarize.order import order_sentences
from newsbrief.summarize.standalone import standalone_mask

__all__ = ["ConceptILP", "ConceptWeights", "RatingSelector", "Selector", "order_sentences", "standalone_mask"]
