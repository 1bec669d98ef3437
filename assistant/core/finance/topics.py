"""Topics of event and fact questions, and where filings put them.

Questions about events and facts (an acquisition, a lawsuit, guidance, a spin-off, segments,
the securities a company lists) are answered in prose, under headings every filing uses
("Legal Proceedings", "Acquisitions", "Segment Information", the cover page of a 10-K). A
topic pairs what a question says with the words filings use for it and the headings it sits
under. The vocabulary is general financial reporting language, not any dataset's phrasing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ADJUSTED", "TOPICS", "Topic", "find_topics"]


@dataclass(frozen=True)
class Topic:
    name: str
    asked: re.Pattern[str]  # how a question raises it
    words: str  # words filings use for it (added to the lexical query)
    section: re.Pattern[str]  # headings it sits under (chunk section labels)
    cover: bool = False  # stated on a filing's cover page (first pages), which reads like boilerplate


def _t(name: str, asked: str, words: str, section: str, cover: bool = False) -> Topic:
    return Topic(name, re.compile(asked, re.I), words, re.compile(section, re.I), cover)


# Adjusted (non-GAAP) measures: earnings releases and MD&A report them beside a reconciliation.
ADJUSTED = re.compile(
    r"\badjusted\b|\bnon-?gaap\b|\bconstant[\s-]+currency\b|\b(?:fx|currency)[\s-]+neutral\b"
    r"|\bexclud(?:e|es|ing)\s+(?:the\s+)?(?:impacts?|effects?)\s+of\s+(?:foreign\s+)?(?:currency|exchange|fx)\b",
    re.I,
)

TOPICS: tuple[Topic, ...] = (
    _t("litigation", r"\b(?:legal|litigation|lawsuits?|sued|court|proceedings|settlements?|antitrust|investigations?)\b",
       "litigation legal proceedings lawsuits claims plaintiffs court settlement contingencies",
       r"legal\s+proceedings|contingenc|litigation"),
    _t("acquisitions", r"\b(?:acqui\w*|mergers?|bought|takeovers?)\b",
       "acquisition acquired acquisitions business combination completed purchase price consideration",
       r"acquisition|business\s+combination"),
    _t("divestiture", r"\b(?:spin[- ]?offs?|spinning\s+off|spun\s+off|divest\w*|separation|carve[- ]?out|discontinued)\b",
       "separation spin-off divestiture discontinued operations distribution transaction",
       r"discontinued|divestiture|separation|spin"),
    _t("guidance", r"\b(?:guidance|outlook|forecast\w*|expects?|expected|projections?)\b",
       "outlook guidance expects expected full year forecast",
       r"outlook|guidance|forward"),
    _t("segments", r"\b(?:segments?|geograph\w*|regions?|regional|divisions?)\b",
       "segment segments reportable geographic region operating segments",
       r"segment|geographic"),
    _t("securities", r"\b(?:registered|listed|exchange|trading\s+symbol|notes?\s+due|debt\s+securities)\b",
       "title of each class trading symbol name of each exchange on which registered notes due",
       r"cover|registered\s+pursuant|section\s+12", cover=True),
    _t("business", r"\b(?:products|services|industry|operates?\s+in|business\s+model|what\s+does\b.*\bdo)\b",
       "business products services customers markets segments principal",
       r"item\s*1\b(?!a)|\bbusiness\b"),
    _t("risk", r"\b(?:cyclical\w*|risks?|seasonal\w*|exposure|uncertaint\w*)\b",
       "risk factors cyclical seasonal demand exposure uncertainty",
       r"risk\s+factors|item\s*1a|market\s+risk"),
    _t("customers", r"\b(?:customer\s+concentration|(?:major|largest|significant)\s+customers?)\b",
       "customers accounted percent net revenue largest customer concentration",
       r"concentration|customers|segment"),
    _t("governance", r"\b(?:ceo|cfo|chief\s+\w+\s+officer|board|directors?|nominees?|votes?|shareholders?\s+meeting|agm)\b",
       "elected directors votes for against abstentions broker non-votes appointed officer experience",
       r"item\s*5\.0[27]|submission\s+of\s+matters|directors|officers"),
    Topic("adjusted", ADJUSTED,
          "non-gaap adjusted constant currency comparable reconciliation excluding items affecting comparability",
          re.compile(r"non-?gaap|reconciliation|constant\s+currency", re.I)),
    _t("dividends", r"\bdividends?\b",
       "dividends declared paid per share quarterly dividend",
       r"dividend|market\s+for\s+(?:the\s+)?registrant|equity"),
)


def find_topics(text: str) -> list[Topic]:
    """The topics `text` (a question without its formatting instructions) raises."""
    return [t for t in TOPICS if t.asked.search(text)]
