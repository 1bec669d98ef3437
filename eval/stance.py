"""Text golds a grader scores without judgement: yes/no questions by the answer's stance.

"Are the margins consistent?" with gold "Yes, ..." is answered right by "Yes", by "the
margins have been consistent" and wrong by "the margins have not been consistent". The
stance is read from an explicit yes/no at the start, else from the sentence that answers
(the concluding one, else the first that speaks of what the question asks): a change in
the direction the question asks about, or the question's own words negated.
"""

from __future__ import annotations

import re

from eval.gold_figures import gives_other_figures
from eval.refusals import refusal_spans
from eval.stating import CONCLUDES_MID

# A yes/no question may open with its frame: "Looking at VaR, did ...", "As of Q2 2023, is ...".
_YES_NO_QUESTION = re.compile(
    r"^\s*(?:[^,?]{0,60},\s*)?(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b", re.I
)
_GOLD_STANCE = re.compile(r"^\W*(yes|no)\b", re.I)
_EXPLICIT = re.compile(
    r"^\W*(?:(?:based|according|looking|from|given)\b[^.:;]{0,160}?,\s*|in\s+short,?\s*|"
    r"to\s+answer\s+(?:your|the)\s+question,?\s*|the\s+(?:short\s+)?answer\s+is:?\s*)?"
    # A yes or no that answers stands alone ("No, ...", "Yes.", "**No** -") or before its
    # clause ("No it did not"). "No guidance is given ..." or "No information ..." opens a
    # sentence about something else, and "Yes and no" takes no stance.
    r"\**(yes|no)\b\**(?=[ \t]*(?:[,.;:!)\u2013\u2014\n-]|$)|[ \t]+(?:it|they|he|she|we|there|the\s+company)\s+"
    r"(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)(?:n[’']t)?\b)",
    re.I,
)
# A yes or no the answer concludes with after its working: "Answer: yes - ...", "Verdict:
# **No**", "So yes, ...", "my answer is no", a later sentence opening "Yes, ...", or one set
# in bold ("**Yes** - ...").
_CONCLUDED_STANCE = re.compile(
    r"(?:\b(?:answer|verdict|conclusion|bottom\s+line)\**\s*:\s*|\b(?:so|therefore|thus|hence),?\s+|"
    r"\bmy\s+answer\s+is:?\s+|(?<=[.!?] ))\**(yes|no)\b\**(?=\s*[-,.;:!\u2013\u2014]|\s*$)|\*\*(yes|no)\*\*",
    re.I,
)
# "Yes, but ...", "No; however, ...": a yes or no qualified at once.
_QUALIFIED = re.compile(r"^\W*(?:but|however|although|though|except)\b", re.I)
# A full stop after an abbreviation ("20.1% vs. 20.0%", "e.g. margins") ends no sentence.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bvs\.)(?<!\bv\.)(?<!e\.g\.)(?<!i\.e\.)(?<!\bInc\.)(?<!\bCo\.)(?<!approx\.)\s+|\n+"
)
_CONCLUDES = re.compile(
    r"^\W*(?:therefore|thus|hence|so\b|in\s+summary|in\s+conclusion|to\s+summari[sz]e|overall|"
    r"in\s+short|consequently|as\s+a\s+result|(?:this|these|which)\s+(?:\w+\s+)?(?:suggests?|"
    r"indicates?|shows?|means|implies|demonstrates?))",
    re.I,
)
# A conclusion drawn mid-sentence: "..., so it can be said that the margins are consistent".
_CONCLUDES_MID = CONCLUDES_MID
# A closing caveat is not a conclusion: "However, it is important to note that ...".
_CAVEAT = re.compile(
    r"^\W*(?:however|but|although|though|that\s+said|note\s+that|please\s+note|keep\s+in\s+mind|"
    r"it\s+is\s+(?:important|worth)|it[’']s\s+(?:important|worth)|bear\s+in\s+mind|for\s+(?:more|the\s+most))\b",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|without|none|nothing|cannot|lack\w*|absence|rather\s+than|"
    r"instead\s+of|as\s+opposed\s+to|far\s+from)\b|n[’']t\b",
    re.I,
)
# "It would be incorrect to say that margins improved": a denial of what follows in the clause.
_DENIAL = re.compile(
    r"\b(?:incorrect|wrong|false|inaccurate|misleading|untrue|not\s+(?:true|accurate|correct|the\s+case))"
    r"\s+(?:to\s+(?:say|claim|state|conclude|suggest)\s+)?that\b",
    re.I,
)
_ASKS_DISCLOSURE = re.compile(r"\b(?:report|disclos|mention|announc|list|cite|record)\w*", re.I)
# A negated frame around a change: "it does not appear that", "there is no indication that",
# "I don't think", "no sign that" (not "no doubt that": that affirms).
_MATRIX_NEGATION = re.compile(
    r"(?:\b(?:not|no|never)|n[’']t)\s+(?:\w+\s+){0,2}?(?:appear\w*|seem\w*|think|believe|expect\w*|"
    r"indicat\w*|signs?|evidence|suggest\w*|likely|anticipat\w*|foresee\w*|clear|mean\w*|impl\w*)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:]|\b(?:but|while|whereas|although|though|however)\b", re.I)
_UP = r"(?:increas\w*|ris(?:e|es|en|ing)|rose|gr[eo]w\w*|accelerat\w*|improv\w*|higher|gain\w*|expand\w*|up)"
_DOWN = (
    r"(?:decreas\w*|declin\w*|drop\w*|f[ae]ll\w*|reduc\w*|lower\w*|decelerat\w*|shr[iu]nk\w*|"
    r"contract\w*|slow\w*|down|weaken\w*)"
)
_SAME = (
    r"(?:unchanged|(?:remained|stayed|was|were)\s+(?:the\s+same|flat|stable|constant)|no\s+change)"
)
# A change the question asks about: "any change", "increased its debt", "drop in cash".
_ASKS_CHANGE = re.compile(
    rf"\b(?:any\s+)?(?:change\w*|{_UP}|{_DOWN})\b(?!\s+(?:company|companies|stock|business|rate\s+company))",
    re.I,
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "does",
        "do",
        "did",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
        "this",
        "that",
        "these",
        "those",
        "its",
        "it",
        "their",
        "there",
        "any",
        "from",
        "as",
        "fy",
        "than",
        "more",
        "less",
        "roughly",
        "each",
        "year",
        "years",
        "based",
        "data",
        "between",
    ]
)


def is_yes_no(question: str, gold: str) -> bool:
    """A question the gold answers with a plain yes or no."""
    return bool(_YES_NO_QUESTION.match(question) and _GOLD_STANCE.match(gold))


def gold_stance(gold: str) -> str | None:
    m = _GOLD_STANCE.match(gold)
    return m.group(1).lower() if m else None


def asks_about_change(question: str) -> bool:
    """'Was there any drop in cash?', 'Has it increased its debt?': a question about a change."""
    return _ASKS_CHANGE.search(question.split("?")[0]) is not None


def figures_contradict(question: str, gold: str, text: str, *, any_question: bool = False) -> bool:
    """For a question about a change (or, with `any_question`, any question): the answer
    gives its own figure for what the gold states (same kind, within a factor of three) and
    none of the gold's figures: "Yes, it fell from 982 to 969" is not answered by "Yes, it
    fell from 931 to 908". Figures the question itself states (a threshold) are not the answer's."""
    if not any_question and not asks_about_change(question):
        return False
    return gives_other_figures(question, gold, text)


def _words(text: str) -> set[str]:
    return set(_ordered_words(text))


# A question about the pace of a change ("expected to accelerate?") is answered by the pace,
# not by the change itself ("EPS will grow 3.5%" says nothing about acceleration).
_FASTER = r"(?:accelerat\w*|faster|quicken\w*|speed\w*\s+up|pick\w*\s+up)"
_SLOWER = r"(?:decelerat\w*|slow\w*|moderat\w*|eas(?:e|es|ed|ing))"


def _direction(sentence: str, pace: bool = False) -> str | None:
    """'up', 'down', 'same' for the first change (or pace of change) the sentence states
    un-negated."""
    up, down = (_FASTER, _SLOWER) if pace else (_UP, _DOWN)
    for m in re.finditer(rf"\b(?:{_SAME}|{up}|{down})\b", sentence, re.I):
        word = m.group(0).lower()
        if _NEGATION.search(sentence[max(0, m.start() - 25) : m.start()]):
            continue
        if _MATRIX_NEGATION.search(_CLAUSE_END.split(sentence[: m.start()])[-1]):
            continue  # "it does not appear that growth will accelerate", "no sign that ..."
        if _DENIAL.search(_CLAUSE_END.split(sentence[max(0, m.start() - 80) : m.start()])[-1]):
            continue
        if not _asserted(sentence, m.start()):
            continue  # "To determine whether revenue increased", "it may have risen"
        if re.fullmatch(_SAME, word, re.I):
            return "same"
        return "up" if re.fullmatch(up, word, re.I) else "down"
    return None


def _key_sentences(question: str, text: str) -> list[str]:
    """The sentences that answer: the first that shares two content words with the
    question (an intro ending in ":" states nothing), then the concluding ones ("Therefore",
    "This suggests") that speak of what it asks, and the last sentence of an answer that
    addressed the question up front."""
    asked = _words(question)
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    need = 2 if len(asked) >= 4 else 1  # a short question shares fewer words with its answer
    head = sentences[:4]  # an answer takes its stance up front (or in its conclusion)
    overlapping = [s for s in head if len(_words(s) & asked) >= need and not s.rstrip().endswith(":")]
    last = len(sentences) - 1 if overlapping and not _CAVEAT.match(sentences[-1]) else -1
    concluding = [
        s for i, s in enumerate(sentences)
        if (_CONCLUDES.search(s) or _CONCLUDES_MID.search(s) or i == last)
        and len(_words(s) & asked) >= need
    ]  # fmt: skip
    return overlapping[:1] + [s for s in concluding if s not in overlapping[:1]]


def stance_reading(question: str, text: str) -> tuple[str | None, str]:
    """(stance, how): 'yes' / 'no' / None, read from an explicit yes or no up front
    ("explicit"), from the sentences that answer ("stated"), from a restatement of what the
    question asks, un-negated ("restated"); None when no sentence answers ("none") or when
    the answering sentences take both stances ("mixed": a grader reads the whole answer)."""
    m = _EXPLICIT.match(text.strip())
    if m and _QUALIFIED.match(text.strip()[m.end() :]):
        return None, "mixed"  # "Yes, but it suspended the dividend": the "but" may take it back
    if m:
        explicit = m.group(1).lower()
        # ... unless its conclusion says the opposite ("Yes, ... Therefore, it has not").
        # ... or the sentence right after it, that says what the yes or no means ("No. It
        # increased its debt to $5 billion" for "Did it increase its debt?").
        first, *after = _SENTENCE_END.split(text.strip()[m.end() :])
        rest = [*[s for s in after if _CONCLUDES.search(s)][-1:], first, *after[:1]]
        later = {_strong_stance(question, s) for s in rest} - {None}
        return (None, "mixed") if later - {explicit} else (explicit, "explicit")
    sentences = _key_sentences(question, text)
    concluded = {(c.group(1) or c.group(2)).lower() for c in _CONCLUDED_STANCE.finditer(text)}
    if not sentences and not concluded:
        return None, "none"
    said = {s for s in (_strong_stance(question, sentence) for sentence in sentences) if s}
    if len(said | concluded) > 1:
        return None, "mixed"
    if concluded:
        return concluded.pop(), "explicit"
    if said:
        return said.pop(), "stated"
    wanted = predicate_words(question)
    allowed = 0 if len(wanted) <= 3 else 1  # a long predicate may be paraphrased in part
    if any(
        len(wanted - set(_ordered_words(sentence))) <= allowed
        and not _NEGATION.search(sentence)  # a negated restatement affirms nothing
        and not _UNASSERTED.search(sentence)  # nor one that asks or sets a condition
        and not _HEDGED.search(sentence)  # nor one that hedges
        for sentence in sentences
    ):
        return "yes", "restated"
    return None, "none"  # speaks of the subject, never says what the question asks of it


def answer_stance(question: str, text: str) -> str | None:
    """'yes', 'no', or None when the answer takes no readable stance (see `stance_reading`)."""
    return stance_reading(question, text)[0]


def _strong_stance(question: str, sentence: str) -> str | None:
    """A stance the sentence states by a change in the asked direction or by negating the
    question's own words; None when it only restates them."""
    asks = _ASKS_CHANGE.search(question.split("?")[0])
    if asks:
        pace_word = re.search(r"\b(?:accelerat|decelerat)\w*", question.split("?")[0], re.I)
        asked = (pace_word or asks).group(0).lower()
        pace = pace_word is not None
        said = _direction(sentence, pace)
        if said is not None:
            if said == "same":
                return "no"
            if re.search(r"\bchange", asked):
                return "yes"
            wanted = "up" if re.search(rf"\b{_UP}\b|accelerat", asked, re.I) else "down"
            return "yes" if said == wanted else "no"
    # The question's own words negated ("not consistent", "does not indicate ... high growth");
    # an answer that echoes what the question negates itself ("consistent (not fluctuating more
    # than 2%)?" - "it has not fluctuated more than 2%") affirms, not denies.
    asked_words, echoed = _words(question), _negated_words(question)
    # "There is no mention of ..." says nothing either way, unless what is asked is whether
    # the company reported it ("Has it reported any ...?": no mention is a "no").
    cues = [] if _ASKS_DISCLOSURE.search(question.split("?")[0]) else refusal_spans(sentence)
    for neg in sorted([*_NEGATION.finditer(sentence), *_DENIAL.finditer(sentence)], key=lambda m: m.start()):
        if any(start <= neg.start() < end for start, end in cues):
            continue  # "there is no information about its quick ratio" says no "no"
        clause = _CLAUSE_END.split(sentence[neg.end() :], maxsplit=1)[0]
        words = _ordered_words(" ".join(clause.split()[:10]))
        if words and words[0] in echoed:
            continue
        if not _asserted(sentence, neg.start()):
            continue  # "If it does not have ...", "whether it did not ..."
        if set(words) & asked_words:
            if _opposite_negated(question, " ".join(clause.split()[:10])):
                return None  # "not negative" for "positive?", "did not reduce" for "increase?"
            return "no"
    return None


# Words that state a direction or a polarity: negating one the question does not use ("does
# not have negative working capital" for "positive working capital?") denies the opposite of
# what is asked, which says nothing of what is asked (it may be neither).
_POLARITY = re.compile(
    rf"\b(?:{_UP}|{_DOWN}|negative|positive|low|high|weak\w*|strong\w*|poor\w*|"
    r"loss\w*|deficit|unprofitable|profitable|inconsistent|unstable|volatile)\b",
    re.I,
)


def _opposite_negated(question: str, clause: str) -> bool:
    asked = {m.group(0).lower()[:6] for m in _POLARITY.finditer(question)}
    said = {m.group(0).lower()[:6] for m in _POLARITY.finditer(clause)}
    return bool(said - asked)


# A clause that asks or sets a condition ("To determine whether X increased", "If X is ...")
# asserts nothing; a bare restatement that hedges ("X may be ...") asserts nothing either,
# though a hedged change or denial ("may not have a healthy ...") still points one way.
_UNASSERTED = re.compile(
    r"\b(?:whether|if|determin\w*|assess\w*|evaluat\w*|depends?|difficult|unclear|hard\s+to)\b|\?",
    re.I,
)
_HEDGED = re.compile(r"\b(?:may|might|could|would|possibl\w*|perhaps)\b", re.I)


def _asserted(sentence: str, at: int) -> bool:
    """The clause up to `at` asserts: no "whether", "if", "may" ... before it in its clause."""
    cuts = [m.end() for m in _CLAUSE_END.finditer(sentence[:at])]
    return not _UNASSERTED.search(sentence[cuts[-1] if cuts else 0 : at])


_MAIN_CLAUSE_END = re.compile(r"[?(,;]|\b(?:based\s+on|if|given|according|as\s+of|between|for\s+FY)\b", re.I)


def predicate_words(question: str) -> set[str]:
    """What a yes/no question asks of its subject: the content words of its main clause that
    are not names (capitalised) or manner adverbs ("Is Zeta a capital-intensive business
    based on ...?" → capita(l-intensive), busine(ss))."""
    clause = _MAIN_CLAUSE_END.split(question, maxsplit=1)[0]
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", clause)[1:]  # the first is the auxiliary verb
    kept = [w for w in words if not w[0].isupper() and not w.lower().endswith("ly")]
    return set(_ordered_words(" ".join(kept)))


def _ordered_words(text: str) -> list[str]:
    return [w[:6] for w in re.findall(r"[a-z][a-z']+", text.lower()) if w not in _STOP and len(w) > 2]


def _negated_words(text: str) -> set[str]:
    """The first content word of each clause `text` negates ("not fluctuating" → fluctu)."""
    out: set[str] = set()
    for neg in _NEGATION.finditer(text):
        clause = _CLAUSE_END.split(text[neg.end() :], maxsplit=1)[0]
        out |= set(_ordered_words(clause)[:1])
    return out
