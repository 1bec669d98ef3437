"""Qualifiers: the words that say which of several figures for one metric a figure is.

A sentence often states two figures for one metric ("GAAP diluted EPS of 12.3 cps; Adjusted EPS
of 19.3 cps", "7 percent (previously 6 percent)", "4 million shares year-to-date, adding to the
76 million shares we repurchased in 2022") and the question's qualifier picks one. Each family
below is a basis or a point of view; a figure's qualifiers are the families named in its own
clause (or, in a table row, its label). `qualifier_fit` compares them with the question's: a
shared family raises the figure, the contrasting family of one the question names lowers it,
and a figure marked as an earlier value ("previously") loses to the unmarked one unless the
question asks for the earlier value.
"""

from __future__ import annotations

import re

from assistant.core.answer.respectively import (  # re-exported: split out of this module
    LIST_ITEMS,
    asked_span,
    figure_list,
    respective,
    respective_span,
    respective_year,
    respectively_paired,
)
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.sentences import FULL_STOP

__all__ = [
    "CONNECTOR", "CONTRAST", "LIST_ITEMS",
    "asked_families",
    "asked_span",
    "clause",
    "event_words",
    "families",
    "figure_families",
    "figure_list",
    "forecast_side",
    "local_text",
    "other_basis",
    "own_words",
    "qualifier_fit",
    "respective",
    "respective_span",
    "respective_year",
    "respectively_paired",
    "result_for_forecast",
    "revises",
    "revision_of",
    "row_families",
]

_FAMILIES: dict[str, re.Pattern[str]] = {
    name: re.compile(p, re.I) for name, p in {
        "adjusted": r"\badjusted\b|\bnon-?gaap\b|\bcore\b|\bcomparable\b(?![- ]store)|\borganic\b"
                    r"|\bunderlying\b|\boperational(?:ly)?\b|\bcurrency[- ]neutral\b|\bconstant[- ]currenc\w*|\b(?:excluding|(?:stripping|leaving|taking)\s+out|ex)[- ](?:the\s+)?"
                    r"(?:(?:effects?|impacts?|movements?)\s+(?:of|in)\s+)?(?:foreign\s+)?(?:currenc\w*|fx|exchange)"
                    r"|\bexcluding\s+(?:the\s+"
                    r"(?:effect|impact)\s+of\s+)?(?:foreign\s+)?(?:currency|fx|exchange)",
        "reported": r"\breported\s+(?:\(gaap\)\s+)?(?:net\s+|diluted\s+|operating\s+)?(?:sales|revenues?|eps|earnings"
                    r"|income|profit|margin|basis|growth|results|figures?|change|tax)\b|\bas\s+reported\b"
                    r"|(?<!non-)(?<!non)\bgaap\b|\bstatutory\b"
                    # the figure before the adjustments an adjusted measure makes: "EBIT (before adjustments)"
                    r"|\bbefore\s+(?:any\s+)?adjustments\b|\bunadjusted\b",
        "prior": r"\bpreviously\b|\b(?:prior|previous)\b(?![- ](?:year|period|quarter|month))|\bbefore\b(?!\s+(?:any\s+)?adjustments\b)|\boriginal(?:ly)?\b|\binitial(?:ly)?\b"
                 r"|\bearlier\b|\bformer\b|\bpreceding\b|\bterminated\b|\breplac(?:ed|es|ing)\b|\bhad\s+(?:expected"
                 r"|forecast|guided|projected)",
        "current": r"\braised\b|\bnow\b|\bupdated?\b|\bnew\b|\brevised\b|\bcurrent(?:ly)?\b",
        "ytd": r"\byear[- ]to[- ]date\b|\bytd\b|\bso\s+far\s+(?:this|in)\b|\bthis\s+year\b",
        "long": r"\bfull[- ]year\b|\bwhole\s+(?:of\s+)?(?:the\s+)?(?:fiscal\s+)?year|\bfiscal\s+year\b"
                # "the fourth quarter of fiscal 2021" names a quarter of the year, not the year
                r"|(?<!quarter\s)(?<!quarter\sof\s)(?<!q[1-4]\s)\bfiscal\s+(?:19|20)\d\d\b"
                r"|\b(?:twelve|12)[- ]months?\b|\bannual\b|\bfor\s+the\s+year\b"
                r"|\b(?:current|prior|previous)\s+(?:fiscal\s+)?year\b(?![- ](?:ago\s+)?quarter)",
        "short": r"\bquarter\b|\b(?:three|3)[- ]months?\b|\bq[1-4]\b",
        "same_store": r"\bsame[- ]store\b|\bcomparable[- ]store\b|\blike[- ]for[- ]like\b",
        "outlook": r"\bexpect(?:s|ed|ing)?\b|\bassum(?:e|es|ed|ing|ptions?)\b|\banticipat\w*|\bguidance\b|\boutlook\b|\bforecast\w*|\bproject(?:s|ed|ions?)\b"
                   r"|\btarget(?:s|ed|ing)?\b|\baim(?:s|ed|ing)?\b|\bambitions?\b|\bplan(?:s|ned)?\s+to\b|\bgoals?\b"
                   r"|\bguid(?:e|es|ed|ing)\b",  # "guides 2023 sales growth of 4.0%": guidance as a verb
        "gross": r"\bgross\b",
        "net": r"\bnet\b(?!\s+of\b)",
        "including": r"\bincluding\b|\bincl\.",
        "excluding": r"\bexcluding\b|\bexcl\.|\bwithout\b|\bleaving\s+out\b|\bexclusive\s+of\b",
    }.items()
}
# the family each one contrasts with (also read by `answer.contrary`)
CONTRAST: dict[str, tuple[str, ...]] = {
    "adjusted": ("reported",), "reported": ("adjusted",), "prior": ("current",), "current": ("prior",),
    "long": ("short", "ytd"), "short": ("long", "ytd"), "ytd": ("short", "long"),
    "including": ("excluding",), "excluding": ("including",), "same_store": (), "outlook": (),
    "gross": ("net",), "net": ("gross",)}
_BASES = ("adjusted", "reported")
_NARROW = ("same_store", "adjusted")
_PLAIN = {"short", "long", "outlook", "gross", "net"}  # named everywhere: only a contrast tells
# "gross cost savings of $1.0 billion, or net cost savings ... of $700 million": gross or net names
# the figure it stands beside, not the sentence's other figures.
_OWN_ONLY = frozenset({"gross", "net"})
# "before it raised its outlook", "before the guidance was narrowed": the revision is the event dating
# the figure, the earlier one asked; "after narrowing it", "after its October upgrade": the revised one
_REVISION_VERB = r"(?:rais|updat|revis|increas|cut|lower|chang|narrow|upgrad|downgrad)\w*"
_BEFORE_EVENT = re.compile(rf"(?i)\b(?:before|prior\s+to|until|ahead\s+of)\s+(?:\w+\s+){{0,3}}?{_REVISION_VERB}")
_AFTER_EVENT = re.compile(rf"(?i)\b(?:after|following)\s+(?:\w+\s+){{0,3}}?{_REVISION_VERB}")
CONNECTOR = re.compile(r"(?i)\s(?:and|while|but|whereas|versus|vs\.?|compared)\s")
# "ended Sept. 30 rose 11%" is one clause: the month's stop is no boundary (`sentences.FULL_STOP`)
_BOUNDARY = re.compile(rf"[;:()\[\]]|,\s|\s[-–—]\s|{FULL_STOP}")


def families(text: str) -> set[str]:
    """The qualifier families `text` names."""
    return {name for name, rx in _FAMILIES.items() if rx.search(text)}


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    cuts = list(_BOUNDARY.finditer(text))
    a = max((m.end() for m in cuts if m.end() <= start), default=0)
    b = min((m.start() for m in cuts if m.start() >= end), default=len(text))
    return a, b


def clause(text: str, start: int, end: int) -> str:
    """The clause of `text` around [start, end): cut at semicolons, colons, brackets, dashes,
    ", " and sentence ends."""
    a, b = _clause_span(text, start, end)
    return text[a:b]


_NOT_ASKED = re.compile(r"(?i)\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|its\s+|on\s+an?\s+)?[\w-]+(?:\s+[\w-]+)?")


def asked_families(question: str) -> set[str]:
    """A question's qualifiers. "Before it raised its outlook" asks for the earlier figure: the
    revision it names is the event, not the figure asked for."""
    # "reported (IFRS, not comparable)": a basis named only to say it is not the one asked asks the other
    found = families(_NOT_ASKED.sub(" ", question))
    found |= {c for f in set(_BASES) & (families(question) - found) for c in CONTRAST[f]}
    if _BEFORE_EVENT.search(question):
        found = (found - {"current"}) | {"prior"}
    elif _AFTER_EVENT.search(question):
        found = (found - {"prior"}) | {"current"}
    return found


def event_words(question: str) -> set[str]:
    """The verbs naming the revision a question dates its figure by ("before it was revised",
    "after raising its outlook"), lower case."""
    return {m.group().split()[-1].lower() for rx in (_BEFORE_EVENT, _AFTER_EVENT) for m in rx.finditer(question)}


# Two figures stated as one ("decreased $14.7 billion, or 53%", "$1.1 billion (5%)"): the words
# before the first and after the last describe both.
_TIE = re.compile(r"\s*,?\s*(?:or|\(|\(or)\s*")
# One metric's figures for two periods: "$900 million, compared with $600 million in 2023".
_COMPARED_TIE = re.compile(r"(?:(?!\band\b)[^.;]){0,40}?\b(?:compared\s+(?:with|to)|versus|vs\.?|from|to)\s+"
                           r"(?:about\s+|approximately\s+)?")


def _group(sentence: str, fig: Quantity, compared: bool = False) -> tuple[int, int]:
    """The span of the figures stated as one with `fig` (itself alone when none is tied to it);
    `compared`: also those it is compared with."""
    figs = sorted((x for x in parse_quantities(sentence) if not x.is_year), key=lambda x: x.start)
    at = next((i for i, x in enumerate(figs) if x.start == fig.start), None)
    if at is None:
        return fig.start, fig.end

    def tied(gap: str) -> bool:
        return bool(_TIE.fullmatch(gap) or (compared and _COMPARED_TIE.fullmatch(gap)))

    lo = hi = at
    while lo > 0 and tied(sentence[figs[lo - 1].end : figs[lo].start]):
        lo -= 1
    while hi + 1 < len(figs) and tied(sentence[figs[hi].end : figs[hi + 1].start]):
        hi += 1
    return figs[lo].start, figs[hi].end


def local_text(sentence: str, fig: Quantity, *, compared: bool = False) -> str:
    """The words that belong to this figure alone: from the previous figure (or the clause start)
    to it, and after it up to the next figure or a connector ("and", "while", "compared"); for
    figures stated as one ("an operational decrease of $14.7 billion, or 53%"), those of the pair;
    `compared`: and of the figure it is compared with (the same metric, another period)."""
    start, end = _group(sentence, fig, compared)
    a, _ = _clause_span(sentence, start, start)
    _, b = _clause_span(sentence, end, end)
    others = [x for x in parse_quantities(sentence) if not x.is_year and (x.end <= start or x.start >= end)]
    before = sentence[max([a, *(x.end for x in others if x.end <= start)]) : start]
    after = sentence[end : min([b, *(x.start for x in others if x.start >= end)])]
    if b == len(after) + end:  # ", or 5%, operationally,": a clause of an adverb or two qualifies it
        _, b2 = _clause_span(sentence, b + 2, b + 2)
        tail = sentence[b:b2]
        if len(re.findall(r"[A-Za-z]+", tail)) <= 2 and not any(not x.is_year for x in parse_quantities(tail)):
            after += tail
    return CONNECTOR.split(before)[-1] + " " + CONNECTOR.split(after, maxsplit=1)[0]


def _lead_in(sentence: str, a: int) -> str:
    """A short clause without figures just before this one ("Excluding one-off items, net profit
    was ..."): it qualifies what follows."""
    if a <= 0:
        return ""
    start, _ = _clause_span(sentence, max(0, a - 2), max(0, a - 2))
    lead = sentence[start:a]
    if len(lead.split()) > 8 or any(not x.is_year for x in parse_quantities(lead)):
        return ""
    return lead


def own_words(sentence: str, fig: Quantity) -> str:
    """The words that belong to `fig` in its sentence: its `local_text` and a short lead-in clause
    that qualifies it ("For the first nine months, revenue was ...")."""
    a, _ = _clause_span(sentence, fig.start, fig.end)
    return local_text(sentence, fig) + " " + _lead_in(sentence, a)


_BRACKET_OPEN = re.compile(r"\s*(?:[A-Za-z][\w'’-]*\s+){0,5}\(\s*(?:\w+\s+){0,2}")


def revises(sentence: str, fig: Quantity) -> Quantity | None:
    """The figure a bracketed one revises: "$7.27 (previously $7.20)", "8 percent organic growth
    (previously 6 percent)" give $7.27 and 8 percent."""
    figs = [x for x in parse_quantities(sentence) if not x.is_year and x.end <= fig.start]
    if not figs:
        return None
    prev = max(figs, key=lambda x: x.end)
    return prev if _BRACKET_OPEN.fullmatch(sentence[prev.end : fig.start]) else None


# "..., compared with the 4% to 6% growth expected in April": the same metric's other value, set
# against the one before it
_SET_AGAINST = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|against|(?:better|worse|higher|lower)\s+than)"
                          r"\s+(?:the\s+|its\s+|an?\s+)?(?:earlier\s+|previous\s+|prior\s+|original\s+)?[^,;:()]{0,30}$")


def _marks(sentence: str, fig: Quantity) -> set[str]:
    """The revision side a figure's own words or its place beside "from" give it."""
    side = forecast_side(sentence, fig)
    return {side} if side is not None else families(own_words(sentence, fig)) & {"prior", "current"}


def revision_of(sentence: str, fig: Quantity) -> Quantity | None:
    """The new figure an earlier one revises when a forecast's sentence states both: "now expects
    87% to 89%, better than its previous outlook of 88% to 90%", "narrowed to 4% to 5% from 3% to
    6%", "is now expected to grow 5.5% to 7.5% ..., compared with the 4% to 6% expected in April".
    The earlier figure is the same metric's, so the new one's words name it; the nearest figure
    before it in the same unit, marked as the new value, is the one. None elsewhere."""
    figs = [x for x in parse_quantities(sentence) if not x.is_year and x.end <= fig.start]
    if not figs:
        return None
    new = max((x for x in figs if x.unit == fig.unit and x.scale == fig.scale), key=lambda x: x.end, default=None)
    if new is None or "current" in _marks(sentence, fig):
        return None
    if "current" not in _marks(sentence, new) and not (
            "prior" in _marks(sentence, fig) and "current" in families(_list_lead(sentence, new))):
        # an outlook list's lead-in marks each item's new value: "The company now expects: ...; growth
        # of 8% to 9%, the top half of the earlier 6% to 8% range"
        return None
    if "prior" in _marks(sentence, fig):
        return new
    # set against the new value, and itself a forecast ("the 4% to 6% growth expected in April"), not
    # a result ("compared with 3% in 2025")
    prev = max(figs, key=lambda x: x.end)
    if _SET_AGAINST.search(sentence[prev.end : fig.start]) and "outlook" in families(own_words(sentence, fig)):
        return new
    return None


def _list_lead(sentence: str, fig: Quantity) -> str:
    """The lead-in of the list `fig` is an item of, "The company now expects:", or ""."""
    head = sentence[: fig.start]
    colon = head.rfind(":")
    return head[:colon] if colon > 0 and ";" in sentence[colon:] else ""


# "expects revenue of $4.5 billion, up from the $4.4 billion range it gave in July": in a forecast,
# the figure after "from" is the earlier one and the figure before it the new level.
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:the\s+|its\s+|an?\s+)?(?:earlier\s+|previous\s+|prior\s+|original\s+)?"
                          r"(?:range\s+of\s+|level\s+of\s+)?(?:about\s+|approximately\s+|around\s+)?$")
_FROM_AFTER = re.compile(r"(?i)^[^;:()$€£]{0,60}?\bfrom\s+(?:the\s+|its\s+|an?\s+)?(?:earlier\s+|previous\s+|prior\s+"
                         r"|original\s+)?(?:range\s+of\s+|level\s+of\s+)?(?:about\s+|approximately\s+|around\s+)?$")

_RANGE_LEFT = re.compile(r"\s?[-–]\s?\d")


def forecast_side(sentence: str, fig: Quantity) -> str | None:
    """In a forecast that states its change ("raised its outlook to $5.55 to $5.65 per share, from
    $5.30 to $5.45"), "prior" for the figure after "from" (the earlier forecast) and "current" for
    the one "from" follows (the new level); None elsewhere or in a result's sentence, where "from"
    names another period's figure, read by the year checks."""
    if "outlook" not in families(_AGAINST_FORECAST.sub(" ", sentence)) or _RANGE_LEFT.match(sentence[fig.end :]):
        return None  # "EUR 490m-540m" read as EUR 490m: one end of a range is neither forecast
    figs = sorted((x for x in parse_quantities(sentence) if not x.is_year), key=lambda x: x.start)
    before = [x for x in figs if x.end <= fig.start]
    after = [x for x in figs if x.start >= fig.end]
    if before and _FROM_BEFORE.search(sentence[before[-1].end : fig.start]):
        return "prior"
    if after and _FROM_AFTER.match(sentence[fig.end : after[0].start]):
        return "current"
    return None


def figure_families(sentence: str, fig: Quantity, *, sentence_wide: bool = True) -> set[str]:
    """A figure's qualifiers: those of the words between it and its neighbouring figures ("Reported
    EPS was $1.02 and core EPS was $1.21"), then those of its clause and of its sentence that
    nothing nearer contradicts ("Adjusted EPS rose 10% to $2.35": both figures are adjusted)."""
    a, b = _clause_span(sentence, fig.start, fig.end)
    own = families(own_words(sentence, fig))
    side = forecast_side(sentence, fig)
    if side is not None:  # its place beside "from" says which; "profit before tax" is no earlier figure
        own = (own - {"prior", "current"}) | {side}
    others: set[str] = set()
    paired = respective(sentence, fig)
    if paired is not None:  # "10% and 16% on a reported and currency-neutral basis, respectively"
        own |= families(paired[0])
        others = families(" ".join(paired[1])) - own  # the other figures' words, not this one's
    # A basis the sentence names after the figure's clause belongs to a later figure ("Revenues
    # decreased 54%, ..., reflecting an operational decrease of 53%"); one named before it
    # qualifies what follows ("Adjusted EPS rose 10% to $2.35").
    later = set() if own & set(_BASES) else set(_BASES) - families(sentence[:b])
    revised = revises(sentence, fig)
    if revised is None and (revised := revision_of(sentence, fig)) is not None:
        own = (own - {"current"}) | {"prior"}  # the earlier of a revision's two values
    if revised is not None and own & {"prior", "current"}:
        # "core EPS of $7.27 (previously $7.20)": the bracketed figure is the same metric's other
        # value, so it takes the basis and scope of the figure it stands beside.
        own |= figure_families(sentence, revised, sentence_wide=False) - {"prior", "current"} - others
    for wider in (families(sentence[a:b]), families(sentence) if sentence_wide else set()):
        own |= {f for f in wider - _OWN_ONLY if not set(CONTRAST[f]) & (wider | own) and f not in later | others}
    return own


def row_families(header: str, label: str) -> set[str]:
    """A table row's qualifiers: its label's, and its header's that the header does not
    contradict ("Three Months Ended ... Twelve Months Ended" says nothing about one column)."""
    whole, own = families(header), families(label)
    return own | {f for f in whole if not set(CONTRAST[f]) & (whole | own)}  # the label wins


def other_basis(asked: set[str], own: set[str]) -> bool:
    """The question names a basis (reported or adjusted) and the figure only the other one: the
    nearest trap ("GAAP EPS guidance" asked, only adjusted EPS guidance given)."""
    if set(_BASES) <= asked:  # "its reported revenue and core EPS growth": both are asked about
        return False
    return any(b in asked and b not in own and set(CONTRAST[b]) & own for b in _BASES)


def qualifier_fit(asked: set[str], own: set[str]) -> float:
    """How well a figure with qualifiers `own` fits a question with qualifiers `asked`: 1 neutral,
    above 1 better, below 1 worse."""
    fit = 1.0
    for name in _FAMILIES:
        q, c, other = name in asked, name in own, set(CONTRAST[name])
        if q and c and name not in _PLAIN:
            fit *= 1.6
        elif c and other & asked and not q:
            fit *= 0.4
        elif c and name == "prior" and not q:
            fit *= 0.6  # "(previously 6 percent)": the unmarked figure is the answer
        elif c and not q and name in _NARROW and not (asked & {"adjusted", "same_store"}):
            fit *= 0.8  # like-for-like or organic growth when plain growth is asked
    if ("outlook" in asked) != ("outlook" in own):
        fit *= 0.6  # a forecast for a result asked, or the reverse
    return fit


# "came in ahead of market forecasts", "beat consensus expectations": a result held against a
# forecast names the forecast without stating it.
_AGAINST_FORECAST = re.compile(r"(?i)\b(?:ahead\s+of|above|below|beat(?:ing|s)?|exceed(?:ed|ing|s)?|missed|short\s+of"
                               r"|in\s+line\s+with|topp(?:ed|ing)|outpac\w+)\s+(?:\w+\s+){0,3}?"
                               r"(?:forecasts?|expectations?|consensus|estimates?|guidance|projections?)\b")


_LEAD_REACH = 300  # a list's lead-in ("For 2023, the Company expects:") sits just above its items


def forecast_context(text: str, start: int, end: int, header: str = "") -> bool:
    """Whether a unit of `text` ([start, end)) is stated as a forecast: its own words, its table's
    header or the lead-in just above it name an outlook ("expects", "guidance", "targets")."""
    lead = text[max(0, start - _LEAD_REACH) : start]
    return "outlook" in families(_AGAINST_FORECAST.sub(" ", f"{header}\n{lead}\n{text[start:end]}"))


# How far a result falls behind when a forecast is asked: out of the lead (0.3 still answered a
# guided range with the year's result on one dev set; measured across the prose sets).
RESULT_FOR_FORECAST = 1.0


def result_for_forecast(asked: set[str], text: str, start: int, end: int, header: str = "") -> float:
    """The score a unit of `text` loses when the question asks for a forecast ("what does it
    expect", "what did it guide") and nothing near the unit says it states one: a result
    ("Adjusted EBIT of $1,608 million") does not answer what was expected. 0 otherwise."""
    if "outlook" not in asked or forecast_context(text, start, end, header):
        return 0.0
    return RESULT_FOR_FORECAST
