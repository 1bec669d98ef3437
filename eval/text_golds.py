"""Text golds a grader scores by the facts they state, without an LLM judge.

- `must_mention` groups (own format): every group needs one of its phrases.
- A gold that names the answer to a which/who question ("The Consumer Health segment ...",
  "...was defeated"): the answer must name it in the sentence that answers.
- A gold that states figures ("US sales rose 3.0% vs an international decline of 0.6%"):
  the answer must state each of them; an answer that gives other figures of that kind and
  not the gold's is wrong.
Anything else stays "not scored" (an LLM judge's job).
"""

from __future__ import annotations

import re
import unicodedata

from assistant.core.numbers import CURRENCIES, Quantity, matches_with_rounding, parse_quantities
from eval.reading import concludes_with

Judged = tuple[str, str]  # (verdict, reason)


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
    r"^\W*why\b|\b(?:what|which)\s+(?:\w+\s+){0,3}?(?:drove|drives|driv(?:ers?|ing)|caused?|"
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
_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|experienced|generated|brought|did|does|"
    r"reported|remains?|remained|became|becomes|performed|led|accounted)\b",
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
        "its",
        "it",
        "their",
        "this",
        "that",
        "these",
        "those",
        "from",
        "as",
        "fy",
        "q1",
        "q2",
        "q3",
        "q4",
        "also",
        "both",
        "all",
        "any",
    ]
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
    ]
)
_SYNONYMS = {
    "defeated": ("defeated", "rejected", "failed", "voted down", "did not pass", "not approved"),
    "approved": ("approved", "passed", "adopted", "carried"),
}
_NEGATED = re.compile(r"\b(?:not|no|never|n[’']t)\b[^.,;]{0,20}$", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


def _stem(word: str) -> str:
    return word.lower()[:6]


_SCALE_WORDS = frozenset("bn mn mm thousand thousands million millions billion billions".split())  # noqa: SIM905


def _words(text: str) -> list[str]:
    return [
        w for w in re.findall(r"[A-Za-z][A-Za-z\-']+", text)
        if len(w) > 2 and w.lower() not in _STOP and w.lower() not in _SCALE_WORDS
    ]  # fmt: skip


def named_terms(question: str, gold: str) -> list[str]:
    """The words a which/who gold names its answer by: the subject of its first sentence
    less the question's words ("The Consumer Health business segment will ..." → Consumer,
    Health), else a short predicate ("... was defeated" → defeated). [] when there is none."""
    if not _NAMES_A_THING.search(question.split("?")[0]):
        return []
    asked = {_stem(w) for w in _words(question)}
    first = re.split(r"(?<=[.!?])\s|;", gold.strip())[0]
    verb = _VERB.search(first)
    subject = first[: verb.start()] if verb else first
    terms = [w for w in _words(subject) if _stem(w) not in asked and w.lower() not in _GENERIC]
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
    out = []
    for m in re.finditer(r"(?<![\w'])[A-Z][A-Za-z&'-]+", sentence):
        word = m.group(0)
        if m.start() == len(sentence) - len(sentence.lstrip()) and word.lower() in _NOT_NAMES:
            continue
        if word.lower() in _NOT_NAMES or _stem(word) in known or word.lower().endswith("'s"):
            continue
        out.append(m.start())
    return out


def _names_it_first(sentence: str, question: str, gold: str, terms: list[str]) -> bool:
    """The sentence names the gold's thing before any other candidate, not as a contrast
    ("Europe had the worst ..., while Asia was flat"; not "Unlike Europe, Asia ...")."""
    others = _other_names(sentence, question, gold, terms)
    if not others:
        return True
    first = min(m.start() for t in terms for m in re.finditer(rf"\b{re.escape(t)}", sentence, re.I))
    return first < min(others) and not _CONTRAST.search(sentence[:first])


def _offers_alternatives(sentence: str, terms: list[str]) -> bool:
    """The sentence offers the named thing as one of alternatives ("either X or Y", "X or Y")."""
    for t in terms:
        for m in re.finditer(rf"\b{re.escape(t)}", sentence, re.I):
            near = sentence[max(0, m.start() - 30) : m.end() + 30]
            if _ALTERNATIVES.search(near):
                return True
    return False


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
    asked = {_stem(w) for w in _words(question)}
    sentences = [s for s in _SENTENCES.split(text) if s.strip() and not s.rstrip().endswith(":")]
    answering = [s for s in sentences if len({_stem(w) for w in _words(s)} & asked) >= 2][:1]
    answering += sentences[:1]
    named = " ".join(terms)
    naming = [s for s in answering if all(_says(s, t) for t in terms)]
    if any(_offers_alternatives(s, terms) for s in naming):
        return None  # "Entertainment or Appliances": two answers are not one
    if naming and not any(_names_it_first(s, question, gold, terms) for s in naming):
        return None  # names another candidate first, or names this one as a contrast
    if naming:
        return "right", f"names {named}, as the gold does"
    if not any(_says(text, t) for t in terms):
        return "wrong", f"does not name {named}"
    return None


# --- figures a text gold states -------------------------------------------------------------


def _tol(q: Quantity) -> float:
    """Counts are exact (969 stores is not 975); amounts and rates within 1%."""
    return 0.0 if q.unit is None and q.scale is None and float(q.value).is_integer() else 0.01


def _kind(q: Quantity) -> str:
    if q.unit in ("percent", "pp"):
        return "percent"
    return "currency" if q.unit in CURRENCIES else "bare"


# A gold longer than this (in content words) says more than its figures: stating them all
# is not enough to be right.
_FIGURES_ARE_THE_FACTS = 15


_RISE = re.compile(r"increas\w*|gr[eo]w\w*|rose|ris(?:e|es|ing)|up|gain\w*|higher|improv\w*|grow\w*", re.I)
_FALL = re.compile(r"decreas\w*|declin\w*|f[ae]ll\w*|drop\w*|down|lower|reduc\w*|shr[iu]nk\w*|loss\w*", re.I)
_CLAUSE = re.compile(r"[,;:.!?]\s|\b(?:while|whereas|but|and|vs\.?|versus)\b", re.I)


def _direction_at(text: str, q: Quantity) -> str | None:
    """'up' or 'down' for the change a figure states ("grew 3.0%", "a decline of 0.6%",
    "(0.6)%", "0.6% lower"), read within its clause; None when no direction is worded."""
    if q.value < 0:
        return "down"
    before = text[max(0, q.start - 40) : q.start]
    cut = [m.end() for m in _CLAUSE.finditer(before)]
    before = before[cut[-1] :] if cut else before
    after = _CLAUSE.split(text[q.end : q.end + 25], maxsplit=1)[0]
    for chunk, pick in ((before, -1), (after, 0)):
        words = [(m.start(), "up") for m in re.finditer(rf"\b(?:{_RISE.pattern})\b", chunk, re.I)]
        words += [(m.start(), "down") for m in re.finditer(rf"\b(?:{_FALL.pattern})\b", chunk, re.I)]
        if words:
            return sorted(words)[pick][1]
    return None


def _clause_words(text: str, q: Quantity) -> set[str]:
    """Content words of the clause a figure sits in, before it ("US sales increased 3.0%")."""
    before = text[max(0, q.start - 60) : q.start]
    cut = [m.end() for m in _CLAUSE.finditer(before)]
    clause = before[cut[-1] :] if cut else before
    words = [
        w for w in re.findall(r"[A-Za-z][A-Za-z\-']+", clause)
        if (len(w) > 2 or w.isupper()) and w.lower() not in _STOP and w.lower() not in _SCALE_WORDS
    ]  # fmt: skip ("US", "UK" name a subject too)
    return {_stem(w) for w in words if not _RISE.fullmatch(w) and not _FALL.fullmatch(w)}


def _swapped(gold: str, wanted: list[Quantity], text: str, said: list[Quantity]) -> bool:
    """The answer states the gold's figures but labels them the other way round
    ("international sales grew 3.0%" where the gold's 3.0% is US sales)."""
    if len(wanted) < 2:
        return False
    labels = [_clause_words(gold, g) for g in wanted]
    own = [lab - set().union(*(o for j, o in enumerate(labels) if j != i)) for i, lab in enumerate(labels)]
    for g, mine, i in zip(wanted, own, range(len(wanted)), strict=True):
        others = set().union(*(o for j, o in enumerate(own) if j != i))
        if not mine or not others:
            continue
        mentions = [
            _clause_words(text, a) for a in said
            if _kind(a) == _kind(g) and matches_with_rounding(g, a, _tol(g), ignore_sign=True, loose_percent=True)
        ]  # fmt: skip
        if mentions and all(not (m & mine) and m & others for m in mentions):
            return True
    return False


def _direction_contradicted(gold: str, g: Quantity, text: str, said: list[Quantity]) -> bool:
    """Every mention of the gold's figure in the answer words the change the other way
    ("international sales grew 0.6%" for "international sales declined 0.6%")."""
    wanted = _direction_at(gold, g)
    if wanted is None:
        return False
    found = [
        _direction_at(text, a) for a in said
        if _kind(a) == _kind(g) and matches_with_rounding(g, a, _tol(g), ignore_sign=True, loose_percent=True)
    ]  # fmt: skip
    worded = [d for d in found if d is not None]
    return bool(worded) and len(worded) == len(found) and wanted not in worded


def score_stated_figures(gold: str, text: str) -> Judged | None:
    """A text gold that states figures: right when the answer states each (sign as worded:
    "a decline of 0.6%" is "(0.6)%"), wrong when it gives figures of that kind but not all of
    the gold's, None when the gold states none or the answer gives none of that kind."""
    # A small whole number is a list marker or a count in words' place, not a stated figure.
    wanted = [
        q for q in parse_quantities(gold)
        if not q.is_year and (q.unit is not None or q.scale is not None or abs(q.value) >= 10 or not q.value.is_integer())
    ]  # fmt: skip
    if not wanted:
        return None
    said = [q for q in parse_quantities(text) if not q.is_year]
    missing = [
        g for g in wanted
        if not any(matches_with_rounding(g, a, _tol(g), ignore_sign=True, loose_percent=True) for a in said if _kind(a) == _kind(g))
    ]  # fmt: skip
    turned = [g for g in wanted if _direction_contradicted(gold, g, text, said)]
    if turned and not missing:
        return "not_scored", f"states {turned[0].raw}, but as a change the other way"
    if not missing and _swapped(gold, wanted, text, said):
        return "not_scored", "states the gold's figures, but for each other's subjects"
    if not missing:
        other = [
            a for a in said
            if _kind(a) in {_kind(g) for g in wanted} and concludes_with(text, a)
            and not any(matches_with_rounding(g, a, _tol(g), ignore_sign=True, loose_percent=True) for g in wanted)
        ]  # fmt: skip
        if other:
            return "not_scored", f"states the gold's figures but concludes with {other[-1].raw}"
        if len(_words(gold)) > _FIGURES_ARE_THE_FACTS:
            return "not_scored", "states the gold's figures; the rest of the gold needs an LLM judge"
        return "right", "states every figure the gold states"
    amounts = [g for g in wanted if _kind(g) == "currency"]
    if len(amounts) >= 2 and len(amounts) == len(wanted):
        total = sum(g.base_value for g in amounts)
        if any(_kind(a) == "currency" and abs(a.base_value - total) <= 0.005 * abs(total) for a in said):
            return "right", "states the total of the amounts the gold states"
    if any(_kind(a) == _kind(g) for g in missing for a in said):
        return "wrong", "does not state " + ", ".join(g.raw for g in missing)
    return None
