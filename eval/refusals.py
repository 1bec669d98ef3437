"""Is this answer a refusal? The phrasings assistants and LLMs use to say they cannot answer.

A grader calls an answer a refusal when it says it cannot answer and then gives no answer.
A negative fact ("the company has no debt securities") is an answer, not a refusal, and so
is "X is not provided. However, X can be worked out as ..." followed by the answer: the
caller decides whether an answer follows the first cue (`refusal_cue` says where it ends).
An answer that opens saying the documents do not give what is asked and goes on with what they
do give ("...; they guide adjusted PBT of £73m-£77m": another measure, another period, a
substitute) is a refusal; "X was £5m; the documents do not give Y" answers X.
"""

from __future__ import annotations

import re

from assistant.core.numbers import Quantity, parse_quantities
from eval.figures import compare_figure
from eval.labels import label_of, measure_words, names_another_measure, other_scope, year_of
from eval.models import TolerancePolicy
from eval.reading import concludes_with, is_conditional, other_period, states_figure
from eval.refused_object import another_thing, refused_head, refused_object
from eval.wanted import read_figure

_SOURCES = (
    r"(?:documents?|sources?|library|excerpts?|passages?|filings?|reports?|texts?|articles?|"
    r"context|information|data|details|statements?|materials?|pages?|10-?[KQ]s?|8-Ks?)"
)
_NEG = r"(?:do(?:es)?|did)(?:\s+not|n[’']?t)"
_I_CANNOT = r"(?:cannot|can\s*not|can[’']?t|could\s*not|couldn[’']?t|am\s+unable\s+to|[’']m\s+unable\s+to|am\s+not\s+able\s+to|unable\s+to)"
_VERB = r"(?:find|locate|determine|answer|provide|calculate|compute|give|confirm|say|tell|access|retrieve|identify|specify|state|verify|assess|judge|conclude)"

_CUES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # "The documents don't say ...", "the information provided does not include ..."
        rf"\b{_SOURCES}\b(?:\s+(?:provided|given|available|shown|above|here))?[^.]{{0,40}}?\b{_NEG}\s+"
        r"(?:(?:appear|seem)\s+to\s+)?(?:say|state|mention|contain|include|provide|specify|disclose|report|give|cover|show|have|"
        r"answer|offer|list|detail|allow|break\s+out|separate|itemi[sz]e)\b",
        # "The provided text lacks the data needed", "absent from the provided pages"
        rf"\b{_SOURCES}\b[^.]{{0,40}}?\black(?:s|ed)?\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){{0,2}}?"
        r"(?:information|data|details|figures|numbers)\b",
        rf"\b(?:absent|missing)\s+from\s+(?:the\s+|these\s+)?(?:provided\s+|given\s+)?(?:[\w-]+\s+){{0,2}}?{_SOURCES}",
        # An answer that opens "Capex for FY2019 is not provided." / "... isn't available."
        r"^[^.;,]{0,80}?(?:\b(?:is|are|was|were)\s+not|(?:isn|aren|wasn|weren)[’']t)\s+"
        r"(?:provided|available|given|specified)(?=\s*(?:[.!]|$))",
        # "I don't know." or "Unknown." as the whole answer; "I would need ...", "Please provide ..."
        r"^\W*(?:I\s+(?:do\s+not|don[’']t)\s+know|unknown)\W*$|^\W*I\s+(?:do\s+not|don[’']t)\s+know\s*[.!]",
        r"\bI\s+would\s+need\b|\bplease\s+provide\b",
        # "The company does not disclose whether it has ...", "has not explicitly stated
        # whether": no answer either way.
        r"(?:\b(?:does|did|do|has|have|had|is|was)\s+not|\b(?:doesn|didn|don|hasn|haven|isn|wasn)[’']t)\s+"
        r"(?:explicitly\s+|specifically\s+|directly\s+|clearly\s+)?(?:disclos\w*|say|said|stat\w*|"
        r"mention\w*|specif\w*|indicat\w*|clarif\w*|confirm\w*)\s+(?:whether|if)\b",
        # "... is nowhere to be found in the material supplied"
        r"\bnowhere\s+to\s+be\s+found\b|\bnot\s+to\s+be\s+found\b",
        # "Data not available.", "I need more information", "Sorry, I can't help with that." ("N/A"
        # is no refusal: it may mean "not applicable", which some questions ask for.)
        r"^\W*(?:the\s+)?(?:data|information|figures?)\s+(?:is\s+|are\s+)?not\s+available\W*$",
        r"\bI\s+need\s+(?:more|additional|further)\s+(?:information|data|details|context)\b",
        r"^\W*(?:sorry|unfortunately)\b[^.]{0,60}?(?:\bcannot|\bcan[’']?t|\bunable|\bnot\s+able)\b",
        # "not found in the library", "is not (directly) provided in the excerpts"
        r"\bnot\s+(?:directly\s+|explicitly\s+|specifically\s+)?(?:found|mentioned|stated|disclosed|"
        r"provided|available|given|reported|specified|included|covered|contained|listed|shown)\s+"
        rf"(?:in|by|within)\s+(?:the\s+|these\s+|this\s+|any\s+)?(?:provided\s+|given\s+)?(?:[\w-]+\s+){{0,2}}?{_SOURCES}",
        rf"\bnot\s+in\s+the\s+(?:provided\s+)?{_SOURCES}",
        # "I could not find", "we cannot calculate", "I'm unable to provide", "could not be found"
        rf"\b(?:I|we)\s+(?:therefore\s+|thus\s+|so\s+|still\s+|simply\s+)?(?:{_I_CANNOT}|was\s+not\s+able\s+to|"
        rf"were\s+not\s+able\s+to)\s+(?:\w+\s+)?{_VERB}\b",
        r"\b(?:could\s*not|couldn[’']?t|cannot|can[’']?t|can\s+not)\s+be\s+(?:found|determined|"
        r"calculated|computed|answered|provided|confirmed)\b",
        rf"\bunable\s+to\s+{_VERB}\b",
        rf"\bI[’']m\s+not\s+able\s+to\s+(?:\w+\s+)?{_VERB}\b",
        # "It is not possible to (directly) calculate ..."
        r"\b(?:it\s+is|it[’']s)\s+(?:not\s+possible|impossible)\s+(?:for\s+(?:me|us)\s+)?to\s+(?:\w+\s+)?"
        r"(?:calculate|determine|answer|say|tell|compute|provide|give|assess|know|conclude)\b",
        # "There is no information / no specific data ..." (about the question, not a fact)
        r"(?:^|[.!?,]\s+|\bbut\s+)(?:there\s+(?:is|are|was|were)\s+|there's\s+)?no\s+(?:[\w-]+\s+){0,2}?"
        r"(?:information|data|mention|figures?|details?|answer|breakdown|disclosure)\b",
        r"(?:\b(?:insufficient|not\s+enough|not\s+sufficient)|n[’']t\s+(?:enough|sufficient))\s+"
        r"(?:[\w-]+\s+)?(?:information|data|context|details)\b",
        # LLM refusals: "I'm sorry, but ...", "As an AI ...", "my knowledge cutoff", "I don't have access"
        r"\b(?:I[’']?m|I\s+am)\s+(?:sorry|afraid)\b|\bI\s+apologi[sz]e\b",
        r"\bas\s+an\s+AI\b|\bAI\s+(?:language\s+)?model\b|\bAI\s+developed\s+by\b",
        r"\bI\s+(?:do\s+not|don[’']?t)\s+have\s+(?:[\w’'-]+\s+){0,4}?(?:information|data|details|figures|"
        rf"results|access|numbers|statements|knowledge|{_SOURCES})\b",
        # "As my training data may not include ...", "I recommend checking the 10-K": the model
        # points away from itself instead of answering.
        r"\bmy\s+(?:training\s+data|knowledge\s+cut-?off)\b",
        r"\bI\s+(?:would\s+)?(?:recommend|suggest)\s+(?:checking|consulting|referring|reviewing|looking)\b",
    )
]


# For a figure question only (where figures stated before it are weighed): a clause that
# closes by saying the asked thing is missing: "FY2021 capex was $351M, but FY2022 capex is
# not provided." (Read without a question, the same clause is only a caveat on an answer.)
_CLOSING_CUE = re.compile(
    r"\b(?:but|however|while|although|though)\s+[^.;,]{0,80}?(?:\b(?:is|are|was|were)\s+not|"
    r"(?:isn|aren|wasn|weren)[’']t)\s+(?:provided|available|given|specified|disclosed)(?=\s*(?:[.!;]|$))",
    re.IGNORECASE,
)

# For a figure question only: a sentence that ends by saying the figure is missing ("..., so
# FY2022 revenue is not shown.", "the income statement, which wasn't provided."). (For a
# yes/no question "X is not disclosed" may be the answer.)
_NOT_SHOWN = re.compile(
    r"(?:\b(?:is|are|was|were)\s+not|\b(?:isn|aren|wasn|weren)[’']t)\s+(?:shown|included|provided|"
    r"available|given|disclosed|stated|listed|reported)(?:\s+(?:here|there|in\s+(?:the|these|this)\s+\w+))?"
    r"(?=\s*(?:[.!]|$))",
    re.IGNORECASE,
)
# A yes/no question's answer that opens with its stance has answered; a later "the filing does
# not say ..." is a caveat.
_OPENS_WITH_A_STANCE = re.compile(r"^\W*\**(?:yes|no)\**\s*[,.;:!–—-]", re.I)
# ... unless it says it cannot answer at all ("No. The documents lack the income statement,
# so I cannot determine whether it was profitable.": a "no" to the asker, not to the question).
_CANNOT_ANSWER = re.compile(
    rf"\b(?:I|we)\s+{_I_CANNOT}\s+(?:\w+\s+)?{_VERB}\b|\bunable\s+to\s+{_VERB}\b|"
    r"\b(?:not\s+possible|impossible)\s+(?:for\s+(?:me|us)\s+)?to\s+(?:\w+\s+)?(?:calculate|determine|answer|"
    r"say|tell|assess|know|conclude)\b|\bcannot\s+be\s+(?:determined|answered|assessed|concluded)\b",
    re.IGNORECASE,
)

# "...does not have any debt securities": a negative fact about the company, not a refusal.
_CLAUSE_BREAK = re.compile(r"[.!?;,](?:\s|$)|\n")
_SENTENCE = re.compile(r"[.!?](?:\s|$)|\n")
_NEGATIVE_FACT = re.compile(
    r"\s+(?:any|no)\s+(?!(?:specific\s+|relevant\s+|such\s+|direct\s+|explicit\s+)?"
    r"(?:information|data|details?|figures?|mention|context|numbers?|breakdown|disclosure))",
    re.IGNORECASE,
)


# "I cannot say for certain, but ...": a hedge on the answer that follows, not a refusal.
_HEDGE = re.compile(
    r"\s+(?:for\s+(?:certain|sure)|with\s+(?:certainty|confidence)|definitively|precisely|exactly)"
    r"\s*[,;:]?\s*(?:but|however|though|although)\b",
    re.IGNORECASE,
)


def _hedges(text: str, m: re.Match[str]) -> bool:
    """"I cannot say for certain, but ..." ("I cannot determine exactly ..." still refuses)."""
    return m.group(0).lower().endswith(("say", "tell")) and _HEDGE.match(text, m.end()) is not None


def refusal_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every phrase that says the answer cannot be given, in order."""
    return sorted(
        m.span()
        for rx in _CUES
        for m in rx.finditer(text)
        if not _NEGATIVE_FACT.match(text, m.end()) and not _hedges(text, m)
    )


def refusal_cue(text: str) -> tuple[int, int] | None:
    """(start, end) of the first phrase that says the answer cannot be given, or None."""
    spans = refusal_spans(text)
    return spans[0] if spans else None


def looks_like_refusal(text: str) -> bool:
    """True when the answer is empty or says it cannot answer and nothing follows that cue
    but more hedging. Without the question this reads text only: a "However, ..." sentence
    after the cue is taken for an answer."""
    if not text.strip():
        return True
    cue = refusal_cue(text)
    if cue is None:
        return False
    return not answer_follows(text[cue[1] :])


_CONTINUES = re.compile(
    r"(?:^|[.!?;:]\s+|,\s*)(?:however|but|nevertheless|nonetheless|that\s+said|still|instead)\b[^.]{0,40}"
    r"\b(?:is|was|were|are|shows?|showed|states?|stated|mentions?|mentioned|reports?|reported|"
    r"indicates?|indicated|notes?|noted|had|has|did|does|increased|decreased|rose|fell|grew|declined)\b"
    r"(?!\s+not\b|n[’']t)",
    re.IGNORECASE,
)
_HOW_TO = re.compile(
    r"\b(?:you\s+(?:would|will|could|can|may|might)|to\s+(?:find|calculate|get|obtain|determine)|"
    r"if\s+you|once\s+you|we\s+would\s+need|one\s+would|typically|generally|usually)\b",
    re.IGNORECASE,
)


# "However, it can be computed from the balance sheet: ... = 1.57": the answer works it out.
_WORKS_IT_OUT = re.compile(
    r"(?:^|[.!?;:]\s+|,\s*)(?:however|but|nevertheless|nonetheless|that\s+said|still|instead)\b[^.]{0,40}"
    r"\b(?:can|could|may)\s+be\s+(?:computed|derived|calculated|estimated|worked\s+out)\b",
    re.IGNORECASE,
)
# A worked result: "= 1.57", "comes to about 0.96".
_RESULT = re.compile(r"(?:=|≈|\bcomes\s+to|\bworks\s+out\s+to)\s*(?:about\s+|approximately\s+|roughly\s+)?[-$(]?\d", re.I)


def answer_follows(rest: str) -> bool:
    """Whether the text after a refusal cue goes on to answer ("However, the filing states
    ..."; "However, it can be computed: ... = 1.57"), rather than explaining how one could
    find the answer."""
    if (w := _WORKS_IT_OUT.search(rest)) and _RESULT.search(rest, w.end()):
        return True
    m = _CONTINUES.search(rest)
    if m is None:
        return False
    clause = rest[m.start() : m.end() + 80]
    return _HOW_TO.search(clause) is None and refusal_cue(clause) is None


# --- with the question ---------------------------------------------------------------------


def refuses(question: str, text: str, gold: Quantity | None) -> bool:
    """A refusal as a grader reads one: the answer says it cannot answer and no answer
    follows ("...is not provided. However, it is $5M" is an answer; so is a negative fact).
    For a figure question an answer follows when a figure of the wanted kind is stated
    after the cue, or was concluded before it; for a yes/no question, when a stance follows."""
    if not text.strip():
        return True
    if gold is None and _OPENS_WITH_A_STANCE.match(text) and not _CANNOT_ANSWER.search(text):
        return False  # "Yes. The filing does not give the amount, but ...": answered first
    cue = refusal_cue(text)
    if cue is None and gold is not None:
        m = _CLOSING_CUE.search(text) or _NOT_SHOWN.search(text)
        cue = None if m is None else m.span()
    if cue is None:
        return False
    before, rest = text[: cue[0]], text[cue[1] :]
    head = refused_head(rest, question)
    if gold is not None:
        after = read_figure(rest, gold, question).figure
        if (
            after is not None and states_figure(rest, after) and not is_conditional(rest, after)
            and not _substitute(rest, after, question)
            and other_period(rest, after, question) is None  # "FY2022 was $1,100M": context
            and not (another_thing(rest, after, question, head)
                     and not compare_figure(after, gold, 0.01, TolerancePolicy())[0])
        ):  # fmt: skip
            return False
        earlier = read_figure(before, gold, question).figure
        if earlier is None:
            return True
        if _caveat_on_the_answer(text, before, earlier, cue, question):
            return False
        # Stated up front ("Capex was $612 million, although segment detail is not disclosed")
        # or concluded: an answer, unless the cue says the asked figure itself is missing.
        up_front = not _SENTENCE.search(before[: earlier.start]) and states_figure(before, earlier)
        clause, asked_years = _clause_at(text, cue[0]), re.findall(r"(?:19|20)\d{2}", question)
        # It names what is asked, or the year asked about when the figure is another year's
        # ("$351 million (FY2021); the FY2022 figure is not disclosed").
        year = year_of(before[max(0, earlier.start - 25) : earlier.start], before[earlier.end : earlier.end + 25])
        about_the_question = bool(_subject_words(question) & _subject_words(clause)) or (
            year is not None and year not in asked_years and any(y in clause for y in asked_years)
        )
        return about_the_question or not (up_front or concludes_with(before, earlier))
    if len(_SENTENCE.findall(before)) >= 2:
        return False  # the answer came first; the cue is about a detail
    if _answered_first(before, rest, question):
        return False  # "Revenue guidance is £410m; the documents do not give a PBT forecast"
    if not answer_follows(rest):
        return True
    # "The documents do not give a revenue forecast; however, adjusted PBT guidance is £73m-£77m":
    # what they do give, in place of what is asked, is no answer.
    return _gives_only_other_things(before, rest, question, head)


def _gives_only_other_things(before: str, rest: str, question: str, head: str | None) -> bool:
    """An answer that opens saying the documents do not give what is asked and goes on with
    what they do give: every figure after the cue is another period's, offered in its place, or
    another measure's. (A continuation without figures, or one giving the asked measure,
    answers: "however, revenue is expected to be £410m".)"""
    if head is None or _SENTENCE.search(before) or any(not f.is_year for f in parse_quantities(before)):
        return False  # it does not open the answer
    if _RESULT.search(rest) or _YES_NO.match(question):
        return False  # it works the answer out ("... = 1.42, so yes"); a stance may follow
    figures = [f for f in parse_quantities(rest) if not f.is_year]
    return bool(figures) and all(
        other_period(rest, f, question) is not None or _substitute(rest, f, question)
        or another_thing(rest, f, question, head)
        for f in figures
    )  # fmt: skip


_YES_NO = re.compile(
    r"^\s*(?:[^,?]{0,60},\s*)?(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b", re.I
)


def _answered_first(before: str, rest: str, question: str) -> bool:
    """For a question without a gold figure: a figure for the asked measure stated before the
    cue, and a cue that says something else is missing ("Revenue guidance is £410m; the
    documents do not give a PBT forecast"): the answer came first, the cue is a caveat. Not so
    when the cue names only what is asked ("Revenue was £5m; the documents do not give a
    forecast for fiscal 2027": the asked forecast is missing; £5m is another figure)."""
    asked = measure_words(question)
    missing = measure_words(refused_object(rest))
    if not missing - asked:
        return False
    for f in parse_quantities(before):
        if f.is_year or not states_figure(before, f):
            continue
        label = label_of(before, f)
        if (
            label & asked and not names_another_measure(before, f, question)
            and other_period(before, f, question) is None and missing & asked <= label
        ):  # fmt: skip
            return True
    return False


# After "I could not find X", a figure offered in its place ("the closest figure is ...", "a
# related measure is ...") is not the answer: the refusal stands.
_SUBSTITUTE = re.compile(
    r"\b(?:closest|nearest|related|similar|proxy|substitute|instead|in\s+place\s+of|only\s+(?:figure|data|"
    r"number|information)|best\s+available)\b",
    re.IGNORECASE,
)


def _substitute(rest: str, q: Quantity, question: str) -> bool:
    """A figure offered in the asked one's place: "the closest figure is ...", or "only
    depreciation of $210 million is given" (another measure, introduced by "only")."""
    before = _sentence_before(rest, q.start)
    return bool(_SUBSTITUTE.search(before)) or (
        re.search(r"\bonly\b", before, re.I) is not None and names_another_measure(rest, q, question)
    )


def _caveat_on_the_answer(
    text: str, before: str, figure: Quantity, cue: tuple[int, int], question: str
) -> bool:
    """The answer opens with its figure and the cue is a caveat in the same sentence ("$612
    million (the documents do not break out maintenance capex)", "... was $540 million,
    although ..."): a figure answering the ask plus a caveat is an answer, not a refusal. Not
    so when the figure is labelled with another period or measure (that is a substitute)."""
    lead = before[: figure.start]
    opens = not lead.strip(" *\"'\n:") or states_figure(before, figure)
    if not opens or _SENTENCE.search(lead) or _SENTENCE.search(text[figure.end : cue[0]]):
        return False
    if _SUBSTITUTE.search(lead) or other_period(before, figure, question) is not None:
        return False
    if other_scope(before, figure, question) is not None:
        return False  # "only the first half ($610 million); the full year cannot be determined"
    year = year_of(text[max(0, figure.start - 25) : figure.start], text[figure.end : figure.end + 25])
    if year is not None and re.search(r"(?:19|20)\d{2}", question) and year not in question:
        return False  # "$388 million (FY2021); FY2022 is not disclosed": another year's figure
    return not names_another_measure(before, figure, question)


def _sentence_before(text: str, i: int) -> str:
    """The sentence containing position `i`, up to it."""
    starts = [m.end() for m in _SENTENCE.finditer(text[:i])]
    return text[(starts[-1] if starts else 0) : i]


_INSTRUCTION_WORDS = frozenset(
    [
        "what",
        "which",
        "was",
        "were",
        "is",
        "are",
        "the",
        "for",
        "of",
        "in",
        "on",
        "to",
        "and",
        "answer",
        "usd",
        "millions",
        "billions",
        "thousands",
        "dollars",
        "units",
        "amount",
        "total",
        "based",
        "using",
        "only",
        "shown",
        "statement",
    ]
)


def _subject_words(text: str) -> set[str]:
    """Content words (lowercase, 6-letter stems) less the words of answer instructions."""
    words = re.findall(r"[a-z][a-z&'-]{2,}", text.lower())
    return {w[:6] for w in words if w not in _INSTRUCTION_WORDS}


def _clause_at(text: str, i: int) -> str:
    """The clause around position `i`: from the last sentence or clause break before it to the
    end of its sentence."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text[:i])]
    m = _SENTENCE.search(text, i)
    return text[(starts[-1] if starts else 0) : (m.end() if m else len(text))]
