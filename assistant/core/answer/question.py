"""What a question asks, for the extractive answerer: the kind of answer it wants (amount,
percent, count, date, explanation, named fact), its content words with their stems, the names
that qualify it, the company it is about and the period it names."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from assistant.core.answer.qualifiers import asked_families, event_words
from assistant.core.answer.question_words import BY_HOW as BY_HOW  # re-exported
from assistant.core.answer.question_words import (
    CAUSE_WORDS,
    MEASURE_STEMS,
    METRIC_STEMS,
    RANGE_POSITION,
    STOP,
    WEAK,
    WORD,
    unweighed,
    us_written,
)
from assistant.core.answer.question_words import CHANGE_STEMS as CHANGE_STEMS  # re-exported
from assistant.core.answer.question_words import UNITED_STATES as UNITED_STATES  # re-exported
from assistant.core.answer.question_words import Matcher as Matcher  # re-exported
from assistant.core.answer.question_words import asked_measures as asked_measures  # re-exported
from assistant.core.answer.question_words import asked_metrics as asked_metrics  # re-exported
from assistant.core.answer.question_words import word_set as _set
from assistant.core.finance.asked import COMPUTATION_ASKED
from assistant.core.finance.companies import canonical_company
from assistant.core.finance.filing_parts import without_sources
from assistant.core.finance.synonyms import UNIT_WORDS, rewrite_phrases
from assistant.core.numbers import CURRENCIES
from assistant.core.query import ParsedQuery
from assistant.core.types import SearchHit
from assistant.core.words import stem

# "(negative if a deduction)", "positive as printed", "signed": how to sign the answer.
SIGN_ASKED = re.compile(r"(?i)\b(?:negative|positive|signed)\b(?:\s+(?:if|as|when|for)\b[^.?;,)]*)?")
# Verbs that say a figure was held or booked, not which one: "what liability did X carry", "what revenue
# did X book / generate". Only after the question's auxiliary ("did X ..."): "book value" is a noun.
FRAME_VERBS = frozenset(["carry", "record", "book", "generate", "post", "log", "hold", "print"])
# Where a figure is printed ("the foreign currency adjustments line", "the five-year table"): rows and
# sentences seldom say so of themselves.
PLACE_NOUNS = frozenset(["line", "lines", "row", "rows", "column", "columns", "table", "tables", "caption"])
_AFTER_AUXILIARY = re.compile(r"(?i)\b(?:did|does|do|will|would)\b[^,;:?]*$")
_FISCAL = re.compile(r"(?i)\b(?:fiscal\s+(?:year\s+)?|fy\s?'?)((?:19|20)\d\d|\d\d)\b")
_WHAT_IS = re.compile(r"(?i)^\s*what\s+(?:is|was|are|were)\b")


# --- the question -----------------------------------------------------------------------

@dataclass
class Question:
    text: str  # the question without answer-format instructions
    want: str  # percent, change, amount, count, number, date, explain, text
    terms: dict[str, float]  # stem -> base weight
    named: dict[str, str]  # stem -> surface of a name or acronym that qualifies the question
    pairs: list[tuple[str, str]]  # adjacent terms ("operating profit")
    quarters: frozenset[int]
    years: frozenset[int]
    prior: bool  # asks for the earlier period ("prior year")
    entity: bool  # who/which: the answer is a name
    company: dict[str, str] = field(default_factory=dict)  # stem -> surface of its company
    focus: dict[str, str] = field(default_factory=dict)  # stem -> surface of what is asked about
    qualifiers: set[str] = field(default_factory=set)  # reported/adjusted, prior/current, ... asked
    aliases: dict[str, set[str]] = field(default_factory=dict)  # "Commercial Airplanes (BCA)": each names the other
    where: set[str] = field(default_factory=set)  # stems only the filing part named as where to read says


def company_keys(hits: list[SearchHit]) -> set[str]:
    keys: set[str] = set()
    for h in hits:
        if h.company:
            key = canonical_company(h.company)
            keys |= {key, key.replace(" ", ""), "".join(t[0] for t in key.split()), *key.split()}
    return {k for k in keys if len(k) >= 2}


def is_company(surface: str, keys: set[str]) -> bool:
    s = canonical_company(surface)
    caps = "".join(c for c in surface if c.isupper()).lower()  # "JnJ" ~ "Johnson & Johnson"
    return s in keys or s.replace(" ", "") in keys or (len(caps) >= 2 and caps in keys)


def _is_name(surface: str, before: str, hits: list[SearchHit]) -> bool:
    """A name or acronym that qualifies the question ("Japan", "EMEA"): capitalised mid-sentence
    and, for a Title-case word, never written in lower case in the passages ("Market" is not)."""
    if not any(c.isupper() for c in surface) or not re.search(r"[^\s.?!:;]\s*$", before):
        return False
    word = surface.removesuffix("'s").removesuffix("’s")
    if any(c.isupper() for c in word[1:]):
        return True
    low = re.compile(rf"\b{re.escape(word.lower())}")
    return not any(low.search(h.text) for h in hits)


def _words_of(text: str) -> set[str]:
    """The lower-case words of `text` as `analyse` reads them (no possessive)."""
    return {m.group().lower().replace("’", "'").removesuffix("'s") for m in WORD.finditer(text)}


def analyse(query: ParsedQuery, hits: list[SearchHit]) -> Question:
    """The question's words read against the passages: which name its company (implied in its
    own documents), which are names that qualify it, and how much each weighs."""
    low_texts = [h.text.lower() for h in hits]

    def read(text: str) -> str:
        return us_written(acronyms(rewrite_phrases(text, lambda w: any(w.lower() in t for t in low_texts)), hits))

    ask, want = read(query.asked), query.want
    keys = company_keys(hits)
    # Words of the filing part named as where to read ("MD&A", "Schedule II"): never a name the passages must
    # say, nor what is asked about (`_focus`), nor a metric asked (`asked_metrics`).
    part_words = _words_of(query.asked) - _words_of(query.asked_plain) if query.asked_plain else set()
    # Words only of a source named ("according to the article", "per the audit report"): not even weighed.
    source_words = _words_of(query.asked) - _words_of(without_sources(query.asked))
    # How to write the answer ("Percent, one decimal", "Two decimals", "negative if a deduction"), the
    # kind of place it is printed in ("line", "table") and the verb of a "what X did Y carry/record/book"
    # frame: passages state the figure without them, so weighed as content they pull a plain lookup under
    # the support floor. A question that asks for a computation keeps them all: the floor is what stops
    # one printed figure that merely shares its line's words being quoted for a share, margin or growth.
    # (read in the whole question: "Using the share of backlog it expects to ship, ..." is cut from `asked`)
    plain_lookup = not COMPUTATION_ASKED.search(query.question)
    # (a word also asked elsewhere, "what loss ... (negative for a loss)", stays)
    format_words = _words_of(query.asked) - _words_of(SIGN_ASKED.sub(" ", query.text)) if plain_lookup else set()
    terms: dict[str, float] = {}
    named: dict[str, str] = {}
    company: dict[str, str] = {}
    order: list[str | None] = []
    events = event_words(ask)
    # "the low end", "the mid-point": where in a range, not what a passage must say
    placed = {w.lower() for m in RANGE_POSITION.finditer(ask) for w in WORD.findall(m.group())
              if w.lower() not in ("of", "the", "its")}
    for m in WORD.finditer(ask):
        surface = m.group()
        low = surface.lower().replace("’", "'").removesuffix("'s")
        s = stem(surface)
        order.append(None)
        if low in source_words or low in format_words or unweighed(low) or len(s) < 2:
            continue
        if surface.upper() in CURRENCIES or low in UNIT_WORDS or (want == "explain" and s in CAUSE_WORDS):
            continue  # "in USD"; "what drove" is what is asked for, not a word to match
        if is_company(surface, keys):
            company[s] = surface  # the company is implied in its own documents
            continue
        # a revision's verb dates the figure ("before it was revised"): its passage says "previous"
        weight = 0.3 if low in WEAK or low in events or low in placed or (plain_lookup and (
            low in PLACE_NOUNS or (low in FRAME_VERBS and _AFTER_AUXILIARY.search(ask[: m.start()])))) else 1.0
        if low not in part_words and _is_name(surface, ask[: m.start()], hits):
            named[s] = surface.removesuffix("'s").removesuffix("’s")
            weight = 1.5
        terms[s] = max(terms.get(s, 0.0), weight)
        order[-1] = s
    pairs = [(a, b) for a, b in itertools.pairwise(order) if a and b and a != b]
    plain = read(query.asked_plain) if part_words else ask  # less "the revenue disaggregation note"
    focus = {} if want == "explain" else _focus(plain, terms)
    focus = {s: w for s, w in focus.items() if w.lower() not in placed}
    if want == "text" and not query.entity and (any(s in MEASURE_STEMS for s in focus) or (
            _WHAT_IS.match(ask) and any(s in METRIC_STEMS for s in terms))):
        want = "number"  # "What is X's base salary", "what occupancy", "what fee": a figure is asked for
    years = query.years - ruled_out(query.asked) or query.years  # "in 2021 (not 2022)": 2021 asked
    return Question(ask, want, terms, named, pairs, query.quarters, years, query.prior,
                    query.entity, company, focus, asked_families(ask), _aliases(ask, terms),
                    {s for s in terms if s not in {stem(w) for w in _words_of(plain)}} if part_words else set())


# "Boeing's Commercial Airplanes (BCA) business": the name and its abbreviation are one thing.
_ABBREVIATED = re.compile(r"((?:[A-Z][\w&’'.-]*\s+){0,4}[A-Z][\w&’'-]*)\s*\(\s*([A-Z][A-Za-z&]{1,7})\s*\)")


# "carbonated soft drink (CSD) volume": words in lower case whose initials spell the abbreviation.
_SPELLED = re.compile(r"((?:[A-Za-z][\w’'-]*\s+){1,8})\(\s*([A-Z][A-Z&]{1,6})\s*\)")


def _spelled(m: re.Match[str]) -> str | None:
    """The words before the brackets that the abbreviation spells, else None."""
    letters = m.group(2).replace("&", "").lower()
    words = [w for w in m.group(1).split() if w.lower() not in _FUNCTION]
    last = words[-len(letters):] if len(words) >= len(letters) else []
    return " ".join(last) if last and "".join(w[0].lower() for w in last) == letters else None


def _aliases(ask: str, terms: dict[str, float]) -> dict[str, set[str]]:
    """Each word of a name the question abbreviates in brackets, and the abbreviation: the other
    ones, so a passage using either names it."""
    out: dict[str, set[str]] = {}
    found = [(m.group(1), m.group(2)) for m in _ABBREVIATED.finditer(ask)]
    found += [(words, m.group(2)) for m in _SPELLED.finditer(ask) if (words := _spelled(m))]
    for name, abbreviation in found:
        group = {stem(w) for w in WORD.findall(name)} & set(terms)
        short = stem(abbreviation)
        if not group or short not in terms:
            continue
        for s in group:
            out.setdefault(s, set()).add(short)
        out.setdefault(short, set()).update(group)
    return out


_FUNCTION = _set("a an and the of to in for on at by is it or as be")
_AUX = _set("is was are were be been does did do has have had will would can could should may might")
_PAST = _set("came come comes went goes rose fell grew made took got brought paid sold bought spent gave won")
# Verbs that follow what is asked about: "how much sat in other liabilities", "what share said they
# were engaged", "how many people work there". Never what is asked. ("How much goodwill arose on the
# deal" is left to refuse: read as asking goodwill, a revenue figure beside it was quoted.)
_AFTER = _PAST | _set("sat sit sits said say says work works worked")
_COPULA = _set("is was are were be been")
_DEGREE = _set("""much many fast quickly big large high low long often far strong strongly well good
    bad old early late soon quick rapidly significantly""")
_FRAME = _set(  # nouns that frame what is asked ("the impact of X", "what share of X")
    """percentage percent proportion share rate ratio times amount number figure value level quantity
    total sum size overall actual exact full whole entire main key approximate impact effect effects
    reason reasons cause result results outcome role status trend trends view performance change
    changes difference breakdown split mix composition nature state details situation kind type
    name names list part portion range date day new current latest former old fraction own"""
) | _set(
    # Words saying how the asked figure is read against others: compared ("how much lower", "the gap
    # between"), combined ("what combined capacity"), or a bound or middle of a range ("the minimum
    # value", "the mid-point"). They frame what is asked as "the amount of" does; passages state the
    # thing itself ("fell $40 million", "a $2 billion facility"), seldom the comparison's word.
    """more less fewer higher lower larger smaller greater bigger extra additional gap combined
    together minimum maximum mid midpoint point points"""
)


def _focus(ask: str, terms: dict[str, float]) -> dict[str, str]:
    """The words the question asks about: the noun phrase its wh-word opens ("What shoe size
    does ...", "How many employees ...", "What was X's net debt", "How tall is ..."), without
    its company and period (not in `terms`) or framing words ("the amount of"). Empty where
    that is unclear (a verb follows: "What did ...", "What happened to ..."): nothing hinges
    on it then."""
    words = list(WORD.finditer(ask))
    lows = [m.group().lower().replace("’", "'").removesuffix("'s") for m in words]
    start = next((i for i, (m, w) in enumerate(zip(words, lows, strict=True))
                  if w in ("what", "which", "who", "how")
                  and len(WORD.findall(re.split(r"[,;:]", ask[: m.start()])[-1])) <= 2), None)
    if start is None or start + 1 >= len(words):
        return {}
    wh, i = lows[start], start + 1
    if wh == "how":
        if lows[i] in _DEGREE - {"much", "many"} or lows[i] in _AUX:
            return {}
        if lows[i] not in ("much", "many"):  # "How tall is ...": the adjective is what is asked
            return {stem(words[i].group()): words[i].group()} if stem(words[i].group()) in terms else {}
        i += 1
        if i < len(words) and lows[i] in _AUX:
            return {}  # "how much did X ...": a clause, not a noun phrase
    elif lows[i] in _COPULA:
        i += 1
        nxt = next((w for w in lows[i:] if w not in ("the", "a", "an")), "")
        if nxt.endswith("ing"):
            return {}  # "What is driving ...": a verb
    elif lows[i] in _AUX or wh == "who":
        return {}
    elif not any(w in _AUX for w in lows[i : i + 6]):
        return {}  # "What makes X unique?": no "What <noun phrase> does/did/is ..."
    focus: dict[str, str] = {}
    for m, low in zip(words[i:], lows[i:], strict=True):
        if low in _AUX or re.search(r"[,;:?!()\"]", ask[words[i - 1].end() : m.start()]):
            break
        i += 1
        s = stem(m.group())
        if low in _AFTER:
            break  # the verb of a clause: the phrase asked about, if any, is before it
        if s not in terms or low in _FRAME:
            if focus and low not in _FRAME:
                break  # the phrase ends at a preposition or another stop word
            continue  # before the phrase: "the", "X's", "amount of"; in it: "growth rate"
        if focus and low.endswith(("ing", "ed")):
            break  # "the gain accruing to ...": a participle after the noun
        focus[s] = m.group().removesuffix("'s").removesuffix("’s")
    return focus


_CAPS_RUN = re.compile(r"\b[A-Z][a-z]+(?:,?\s+(?:(?:the|and|of|&)\s+)*[A-Z][a-z]+){2,}")


def acronyms(ask: str, hits: list[SearchHit]) -> str:
    """`ask` with a run of capitalised words written as the acronym the passages use
    ("Europe, the Middle East and Africa" -> "EMEA") where the passages use it."""
    for m in list(_CAPS_RUN.finditer(ask))[::-1]:
        acr = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", m.group()))
        rx = re.compile(rf"\b{acr}\b")
        if 3 <= len(acr) <= 6 and any(rx.search(h.text) for h in hits):
            ask = ask[: m.start()] + acr + ask[m.end() :]
    return ask


def expansion(acronym: str, hits: list[SearchHit]) -> list[str]:
    """Stems of the words an acronym stands for in the passages ("CFO" -> chief, financi, offic)."""
    # "R&D", "SG&A", "PP&E": the ampersand stands for the "and" between the words it spells.
    letters = acronym.replace("&", "") if re.fullmatch(r"[A-Z]+&[A-Z]+", acronym) else acronym
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return []
    # "Selling, general and administrative": a comma only where the ampersand says a list is spelled
    sep = r",?\s+(?:(?:of|and|&|the)\s+)?" if letters != acronym else r"\s+(?:(?:of|and|&|the)\s+)?"
    rxs = [re.compile(r"\b" + sep.join(f"([{c}{c.lower()}][\\w-]*)" for c in letters) + r"\b")]
    if re.fullmatch(r"C[A-Z]O", acronym):  # "Chief Executive Justin Hotard": news drops "Officer"
        rxs.append(re.compile(rf"\b([Cc]hief)\s+([{acronym[1]}{acronym[1].lower()}][\w-]*)\b"))
    for rx, h in itertools.product(rxs, hits):  # the full form first
        for m in rx.finditer(h.text):
            if any(w.lower() in _FUNCTION for w in m.groups()):
                continue  # "capture enough of" does not spell out "CEO"
            return [stem(w) for w in re.findall(r"[A-Za-z]+", m.group()) if w.lower() not in STOP]
    return []


# "in 2021 (not 2022)", "the prior year, not fiscal 2023", "rather than 2020": a year the question
# names only to say it does not mean it.
_RULED_OUT = re.compile(r"(?i)\b(?:not|rather\s+than|instead\s+of)\s+(?:in\s+|for\s+|at\s+)?(?:the\s+)?"
                        r"(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d\d)\b(?!\s*10-?[KQ])")


def ruled_out(question: str) -> frozenset[int]:
    """The years `question` says it does not ask for ("(not 2022)", "rather than fiscal 2021")."""
    return frozenset(int(m.group(1)) for m in _RULED_OUT.finditer(question))


def fiscal_years(text: str) -> set[int]:
    """Fiscal years named as such: "fiscal 2022", "FY2022", "FY22"."""
    return {int(y) if len(y) == 4 else 2000 + int(y) for y in _FISCAL.findall(text)}
