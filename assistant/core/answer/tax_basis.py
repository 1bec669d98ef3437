"""The tax basis a figure is stated on, held against the basis a question asks.

Filings state a charge, a gain or a loss before tax unless they say otherwise ("a pre-tax charge
of $842 million ($677 million after-tax)", "a loss, net of tax, of $5 million"), so a sentence that
names no tax basis at all ("the $223 million loss recognized during 2021") gives the pre-tax
figure: no answer to "what was the after-tax loss". A table row is read by its own label and
header elsewhere; this reads sentences only.

The reverse reading (issue 17): a sentence may state one amount on both bases as a pair, the
second in brackets, "an after-tax charge of $18.6 million ($25.2 million before income taxes)",
"a net decline in fair value of $20 million ($26 million pretax)". A question asking the amount
before tax is answered by the member of the pair the bracket says is pre-tax, never by the other
one; `pretax_partner` finds it and `scoring` quotes it instead."""

from __future__ import annotations

import itertools
import logging
import re

from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["OTHER_BASIS", "after_tax_unsaid", "pretax_partner"]

logger = logging.getLogger(__name__)

# "after-tax", "after tax", "after taxes", "net of tax", "net of income taxes", "tax-effected"
_AFTER_TAX = re.compile(r"(?i)\bafter[\s-]+(?:income\s+)?tax(?:es)?\b|\bnet\s+of\s+(?:related\s+|income\s+)?tax(?:es)?\b"
                        r"|\btax[\s-]+effected\b|\bafter[\s-]tax\b")

# "pre-tax", "pretax", "before tax", "before income taxes", "before taxation"
_PRE_TAX = re.compile(r"(?i)\bpre[\s-]?tax\b|\bbefore\s+(?:income\s+)?tax(?:es|ation)?\b")

# How `figure_checks` words the refusal; `scoring` then reads the pair's pre-tax member.
OTHER_BASIS = "The closest figure is stated after tax; the question asks it before tax."

# The bracket's own words after its figure, up to the closing bracket or a further figure's lead.
_BRACKET_REST = re.compile(r"[^()$€£¥\d]{0,40}")


def after_tax_unsaid(question: str, sentence: str) -> bool:
    """`question` asks an after-tax figure and `sentence`, the quoted one, never says after tax."""
    return bool(_AFTER_TAX.search(question)) and not _AFTER_TAX.search(sentence)


def _basis(words: str) -> str | None:
    """"pre" or "after" as `words`, a bracketed figure's own, state it; None where neither or both."""
    pre, after = bool(_PRE_TAX.search(words)), bool(_AFTER_TAX.search(words))
    return "pre" if pre and not after else "after" if after and not pre else None


def _bracket_pairs(sentence: str) -> list[tuple[Quantity, Quantity, str | None]]:
    """Each (outer, bracketed, the bracket's basis) of `sentence`: "$20 million ($26 million pretax)"."""
    figs = [x for x in parse_quantities(sentence) if not x.is_year]
    pairs = []
    for a, b in itertools.pairwise(figs):
        if re.fullmatch(r"\s*\(\s*", sentence[a.end : b.start]) and a.unit == b.unit and b.unit is not None:
            rest = _BRACKET_REST.match(sentence, b.end)
            pairs.append((a, b, _basis(rest.group(0)) if rest else None))
    return pairs


def pretax_partner(question: str, sentence: str, fig: Quantity) -> Quantity | None:
    """Where `question` asks a figure before tax and `fig` is the after-tax member of a bracketed
    pair of `sentence`, the pre-tax member: the bracketed figure said to be pre-tax beside its outer
    one, or the outer figure beside a bracketed one said to be after tax (a filing's plain amount is
    pre-tax). A question naming both bases asks no one of them; else None."""
    if not _PRE_TAX.search(question) or _AFTER_TAX.search(question):
        return None
    for outer, inner, basis in _bracket_pairs(sentence):
        if basis == "pre" and fig.start == outer.start:
            partner = inner
        elif basis == "after" and fig.start == inner.start:
            partner = outer
        else:
            continue
        logger.debug("figure %s is the after-tax member of a pair; pre-tax is %s", fig.raw, partner.raw)
        return partner
    return None
