"""Text golds a grader scores by the facts they state, without an LLM judge.

- `must_mention` groups (own format): every group needs one of its phrases.
- A gold that names the answer to a which/who question ("The Consumer Health segment ...",
  "...was defeated"): the answer must name it in the sentence that answers.
- A gold that states figures ("US sales rose 3.0% vs an international decline of 0.6%"):
  see `eval.stated_figures`.
- A question that asks for a reason ("what drove ...") is never settled by figures.
Anything else stays "not scored" (an LLM judge's job).
"""

from __future__ import annotations

import re
import unicodedata

from eval.candidates import SUPERLATIVE, other_options, picked_option, question_options, spelled_out
from eval.stated_figures import score_stated_figures as score_stated_figures  # re-exported
from eval.words import Judged
from eval.words import content_words as _words
from eval.words import stem as _stem


def normalise_text(text: str) -> str:
    """Lowercase, NFKC, '44,682' → '44682', '16.0' → '16', punctuation → spaces, one space."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"(?<=\d)\.0+(?!\d)", "", s)
    s = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", s)
    s = re.sub(r"[^\w.]+|_", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def mentions(text: str, phrase: str) -> bool:
    """`phrase` appears in `text` as words (normalised); a number must not run on ('16' ≠ '160')."""
    needle = normalise_text(phrase)
    if not needle:
        return True
    tail = r"(?!\.?\d)" if needle[-1].isdigit() else ""
    return re.search(r"(?<![a-z0-9])" + re.escape(needle) + tail, normalise_text(text)) is not None


def missing_mentions(text: str, groups: list[list[str]]) -> list[list[str]]:
    """The must_mention groups none of whose alternatives the text mentions."""
    return [g for g in groups if g and not any(mentions(text, alt) for alt in g)]


# "What drove ...", "Why ...", "explain ...": the answer is a reason; figures are its context.
_ASKS_WHY = re.compile(
    r"(?:^\W*|,\s*)why\b|\b(?:what|which)\s+(?:\w+\s+){0,3}?(?:drove|drives|driv(?:ers?|ing)|caused?|"
    r"reasons?|factors?|explains?)\b|\bexplain\b|\bwhat\s+(?:is|was|were|are)\s+the\s+"
    r"(?:nature|purpose|rationale|reason|cause|impact|effect)s?\b|\bdue\s+to\s+what\b",
    re.I,
)


def asks_for_a_reason(question: str) -> bool:
    """A question answered by a reason or a description, which no figure settles."""
    return _ASKS_WHY.search(question) is not None


# --- named facts ----------------------------------------------------------------------------

_NAMES_A_THING = re.compile(
    r"^\s*(?:which|who|whom)\b|\bwhich\s+(?:one|\w+)\b|\bwhat\s+(?:was|is|were)\s+the\s+"
    r"(?:outcome|result|name)\b",
    re.I,
)
# "What was the largest liability ...?": the gold names one item of a kind, and any clause
# that gives the extreme to something unnamed by the gold gives it elsewhere.
_WHAT_EXTREME = re.compile(
    r"\bwhat\s+(?:was|is)\s+the\s+(?:largest|biggest|highest|lowest|smallest|greatest)\b", re.I
)
_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|experienced|generated|brought|did|does|"
    r"reported|remains?|remained|became|becomes|performed|led|accounted)\b",
    re.I,
)
# Words that say what kind of thing is named, not which one.
_GENERIC = frozenset(
    [
        "segment",
        "segments",
        "category",
        "categories",
        "business",
        "businesses",
        "division",
        "divisions",
        "unit",
        "units",
        "company",
        "companies",
        "one",
        "type",
        "kind",
        "product",
        "products",
        "line",
        "lines",
        "operation",
        "operations",
        # Words that point to the answer ("The following notes ...", "Among the three, ...").
        "following",
        "listed",
        "below",
        "above",
        "two",
        "three",
        "four",
        "five",
        "both",
        "all",
        "each",
    ]
)
_SYNONYMS = {
    "defeated": ("defeated", "rejected", "failed", "voted down", "did not pass", "not approved"),
    "approved": ("approved", "passed", "adopted", "carried"),
}
_OTHER_OUTCOME = {"defeated": ("approved",), "approved": ("defeated",)}
_NEGATED = re.compile(r"\b(?:not|no|never|n[’']t)\b[^.,;]{0,20}$", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


def named_terms(question: str, gold: str) -> list[str]:
    """The words a which/who gold names its answer by: the subject of its first sentence
    less the question's words ("The Consumer Health business segment will ..." → Consumer,
    Health), else a short predicate ("... was defeated" → defeated). [] when there is none."""
    if not (_NAMES_A_THING.search(question.split("?")[0]) or _WHAT_EXTREME.search(question)):
        return []
    asked = {_stem(w) for w in _words(question)}
    first = re.split(r"(?<=[.!?])\s|;", gold.strip())[0]
    verb = _VERB.search(first)
    subject = first[: verb.start()] if verb else first
    terms = [w for w in _words(subject) if _stem(w) not in asked and w.lower() not in _GENERIC]
    if not terms and (pick := picked_option(question, gold)):
        return [pick]  # "Among operating, investing and financing activities, which ...?"
    if terms or verb is None:
        return terms
    predicate = [w for w in _words(first[verb.end() :]) if _stem(w) not in asked]
    return predicate if len(predicate) <= 2 else []


def _says(sentence: str, term: str) -> bool:
    forms = _SYNONYMS.get(term.lower(), (term,))
    for form in forms:
        for m in re.finditer(rf"\b{re.escape(form)}", sentence, re.I):
            if not _NEGATED.search(sentence[: m.start()]) or form.startswith(("did not", "not ")):
                return True
    return False


_ALTERNATIVES = re.compile(r"\beither\b|\bor\b|\bboth\b", re.I)
_CONTRAST = re.compile(
    r"\b(?:while|whereas|but|although|though|unlike|compared|than|versus|vs|except|other\s+than|"
    r"not|rather|instead)\b",
    re.I,
)
# Capitalised words that name no candidate answer.
_NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "the this that these those based according in on for during as of at by and its it their "
        "fy q1 q2 q3 q4 usd sec form annual report filing company inc corp",
    )
)


def _other_names(sentence: str, question: str, gold: str, terms: list[str]) -> list[int]:
    """Where the sentence names other candidates (capitalised names that neither the question
    nor the gold uses): "Asia had the worst ..., while Europe was flat" names Asia."""
    known = {_stem(w) for w in _words(question) + _words(gold)} | {_stem(t) for t in terms}
    spelled = spelled_out(sentence, question)
    out = []
    for m in re.finditer(r"(?<![\w'])[A-Z][A-Za-z&'-]+", sentence):
        word = m.group(0)
        if any(a <= m.start() < b for a, b in spelled):
            continue  # "Johnson & Johnson" where the question says "JnJ"
        if m.start() == len(sentence) - len(sentence.lstrip()) and word.lower() in _NOT_NAMES:
            continue
        if word.lower() in _NOT_NAMES or _stem(word) in known or word.lower().endswith("'s"):
            continue
        out.append(m.start())
    # A candidate written in lower case before the kind of thing asked: "the consumer segment".
    for m in re.finditer(r"\b([a-z][a-z&-]+)\s+(?:segments?|divisions?|categor(?:y|ies)|units?)\b", sentence):
        if m.group(1) not in _KINDS_OF and _stem(m.group(1)) not in known:
            out.append(m.start())
    return sorted(out)


# Words before "segment" that say which kind of segment, not which one.
_KINDS_OF = frozenset(
    ["the", "a", "an", "each", "every", "its", "their", "this", "that", "one", "other", "reportable", "operating", "business", "largest", "smallest", "biggest", "best", "worst", "top"]
)


def _names_it_first(sentence: str, question: str, gold: str, terms: list[str]) -> bool:
    """The sentence names the gold's thing before any other candidate, not as a contrast
    ("Europe had the worst ..., while Asia was flat"; not "Unlike Europe, Asia ...")."""
    others = _other_names(sentence, question, gold, terms) + other_options(sentence, question, terms)
    if not others:
        return True
    spelled = spelled_out(sentence, question)
    at = [
        m.start() for t in terms for m in re.finditer(rf"\b{re.escape(t)}", sentence, re.I)
        if not any(a <= m.start() < b for a, b in spelled)
    ]  # fmt: skip ("Cold" in "Maplecrest Cold Logistics" is the company's name, not the answer)
    if not at:
        return False
    first = min(at)
    return first < min(others) and not _CONTRAST.search(sentence[:first])


def _offers_alternatives(sentence: str, terms: list[str]) -> bool:
    """The sentence offers the named thing as one of alternatives ("either X or Y", "X or Y")."""
    for t in terms:
        for m in re.finditer(rf"\b{re.escape(t)}", sentence, re.I):
            near = sentence[max(0, m.start() - 30) : m.end() + 30]
            if _ALTERNATIVES.search(near):
                return True
    return False


# Opposite ends of what a which-question asks for: the thing named at the other end is not
# the answer, whatever else the sentence says.
_OPPOSITES = (
    ("highest", "lowest"), ("largest", "smallest"), ("most", "least"), ("best", "worst"),
    ("biggest", "smallest"), ("fastest", "slowest"), ("strongest", "weakest"),
    ("greatest", "least"), ("top", "bottom"), ("increas", "decreas"), ("gain", "loss"),
    ("grow", "shr"), ("approv", "reject"), ("rose", "fell"),
)  # fmt: skip
_HEDGED = re.compile(r"\b(?:may|might|could|possibly|perhaps|probably|unclear|not\s+sure)\b", re.I)


def _says_the_opposite(question: str, clauses: str) -> bool:
    """The clauses naming the answer use the opposite end of what the question asks for
    ("lowest" for "highest") and not the asked one."""
    asked = question.lower()
    said = clauses.lower()
    for a, b in _OPPOSITES:
        if re.search(rf"\b{a}", asked) and re.search(rf"\b{b}", asked):
            continue  # "the most (or lost the least)": the question asks for both ends
        for want, other in ((a, b), (b, a)):
            if re.search(rf"\b{want}", asked) and re.search(rf"\b{other}", said) and not re.search(
                rf"\b{want}", said
            ):
                return True
    return False


def _extreme_elsewhere(question: str, gold: str, text: str, terms: list[str]) -> bool:
    """The answer gives the extreme the question asks for ("the most cash") to another
    candidate, in any clause: "operating cash flow was $640 million, but investing activities
    provided the most cash" names the gold's thing, and picks another."""
    asked = {m.group(0).lower() for m in SUPERLATIVE.finditer(question)}
    if not asked:
        return False
    for clause in re.split(r"[.;!?]\s|\n|\b(?:while|whereas|but|although|unlike|compared\s+(?:to|with)|versus)\b", text):
        if not any(re.search(rf"\b{a}\b", clause, re.I) for a in asked):
            continue
        if all(_says(clause, t) for t in terms):
            continue
        if _WHAT_EXTREME.search(question) and {_stem(w) for w in _words(clause)} - {_stem(w) for w in _words(question)}:
            return True  # "The largest liability is long-term debt" (not a restated question)
        if other_options(clause, question, terms) or _other_names(clause, question, gold, terms):
            return True
    return False


_CLAUSES = re.compile(r"[.;!?]\s|\n|\b(?:while|whereas|but|although|unlike|compared\s+(?:to|with)|versus)\b")
_UNASSERTED = re.compile(r"\b(?:which|whether|determine|compare|if)\b", re.I)


def _score_listed_pick(question: str, gold: str, text: str, terms: list[str]) -> Judged | None:
    """A question that lists its candidates and asks for an extreme ("Among operating,
    investing and financing activities, which provided the most cash?") is answered by the
    clauses that give the extreme asked for to one candidate: right when every such clause
    gives it to the gold's pick, wrong when they give it only to others; None otherwise (no
    such clause, or both)."""
    options = question_options(question)
    # The extreme asked first: "the most (or lost the least)" asks for one pick, the most.
    asked = SUPERLATIVE.search(question)
    if not options or asked is None or len(terms) != 1:
        return None
    picks = others = 0
    for clause in re.split(r",\s|" + _CLAUSES.pattern, text):
        if not clause or not re.search(rf"\b{asked.group(0)}\b", clause, re.I) or _UNASSERTED.search(clause):
            continue
        named = [o for o in options if _says(clause, o)]
        if len(named) > 1:
            continue  # a list of every candidate: no pick
        if _other_names(clause, question, gold, terms) or (named and named[0] != terms[0]):
            others += 1  # "the Domestic segment brought in the most operating cash flow"
        elif named:
            picks += 1
    if picks and not others:
        return "right", f"picks {terms[0]} for the extreme asked, as the gold does"
    if others and not picks:
        return "wrong", f"picks another candidate than {terms[0]} for the extreme asked"
    return None


def clauses_naming(text: str, terms: list[str]) -> str:
    """The clauses of `text` that name every term ("Europe fell 5%" of "Europe fell 5%, while
    Asia grew 4%")."""
    clauses = re.split(
        r"[.;!?]\s|\b(?:while|whereas|but|although|unlike|compared\s+(?:to|with)|versus)\b", text
    )
    return ". ".join(c for c in clauses if c and all(_says(c, t) for t in terms))


def score_named_fact(question: str, gold: str, text: str) -> Judged | None:
    """Right when the sentence that answers names what the gold names; wrong when the answer
    never names it; None (not scored) when the gold names nothing or the answer only
    mentions it in passing."""
    terms = named_terms(question, gold)
    if not terms:
        return None
    if (listed := _score_listed_pick(question, gold, text, terms)) is not None:
        return listed
    asked = {_stem(w) for w in _words(question)}
    sentences = [s for s in _SENTENCES.split(text) if s.strip() and not s.rstrip().endswith(":")]
    answering = [s for s in sentences if len({_stem(w) for w in _words(s)} & asked) >= 2][:1]
    answering += sentences[:1]
    named = " ".join(terms)
    # One clause names it all: "X grew 4%, but Y grew fastest" names X and "fastest" apart.
    naming = [s for s in answering if clauses_naming(s, terms)]
    if any(_offers_alternatives(s, terms) for s in naming):
        return None  # "Entertainment or Appliances": two answers are not one
    if naming and not any(_names_it_first(s, question, gold, terms) for s in naming):
        return None  # names another candidate first, or names this one as a contrast
    if naming and _says_the_opposite(question, clauses_naming(" ".join(naming), terms)):
        return None  # "Europe had the lowest ..." for "which had the highest ...?"
    if any(_HEDGED.search(s) and _other_names(s, question, gold, terms) for s in naming):
        return None  # "I believe it was Europe, though Asia may have grown faster"
    if naming and any(_says(text, other) for t in terms for other in _OTHER_OUTCOME.get(t.lower(), ())):
        return None  # "approved by the board but rejected by shareholders": both outcomes
    if naming and _extreme_elsewhere(question, gold, text, terms):
        return None  # names it, but gives another candidate the extreme asked for
    if naming:
        return "right", f"names {named}, as the gold does"
    if not any(_says(text, t) for t in terms):
        return "wrong", f"does not name {named}"
    return None


# --- a gold that says there is none ---------------------------------------------------------

# "There are none.", "None.", "No debt securities are registered.": the answer is that nothing
# exists (a negative fact, not a refusal).
_GOLD_NONE = re.compile(
    r"^\W*(?:there\s+(?:are|is|were|was)\s+(?:none|no)\b|none\b|no\s+(?:[\w-]+\s+){1,4}?"
    r"(?:are|is|were|was|exist)\b)"
    # "Acme did not make any acquisitions in FY2023.", "Acme made no acquisitions."
    r"|^[^.;]{0,60}?\b(?:(?:does|did|do)\s+not\s+(?:make|have|complete|record|announce|undertake)\s+any|"
    r"(?:made|completed|had|recorded|announced)\s+no)\b",
    re.I,
)
_SAYS_NONE = re.compile(
    r"\b(?:none|(?:does|did|do)(?:\s+not|n[’']t)\s+have\s+(?:any\s+)?|(?:has|have|had)\s+no|there\s+(?:are|is|were|was)\s+no|"
    r"no\s+(?:[\w-]+\s+){1,4}?(?:are|is|were|was|exist|outstanding|registered|listed)|"
    r"(?:does|did|do)(?:\s+not|n[’']t)\s+(?:make|complete|record|announce|undertake)\s+any|"
    r"(?:made|completed|recorded|announced)\s+no)\b",
    re.I,
)
# The sentence that concludes: "Answer: there are none.", "So the company made no acquisitions."
_CONCLUSION = re.compile(r"^\W*(?:answer|conclusion|in\s+short|so|therefore|thus|hence)\b\W*", re.I)
# An exception that names something after all: "none, except the 4.25% notes".
_EXCEPT = re.compile(r"\b(?:except|other\s+than|apart\s+from|besides|aside\s+from)\b", re.I)


def score_none_gold(gold: str, text: str) -> Judged | None:
    """A gold that says there is none: right when the answer says so too and names no
    exception; otherwise an LLM judge's call (its name for the thing is no stated name)."""
    if not _GOLD_NONE.search(gold):
        return None
    sentences = _SENTENCES.split(text.strip())
    # The answer, not a later detail: the first sentence, or one that says it concludes.
    answering = [sentences[0], *(s for s in sentences[1:] if _CONCLUSION.match(s))]
    if any(_SAYS_NONE.search(s) for s in answering) and not _EXCEPT.search(text):
        return "right", "says there are none, as the gold does"
    return "not_scored", "the gold says there are none and the answer does not: needs an LLM judge"
