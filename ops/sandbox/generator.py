"""A seeded corpus of job-lure posts, ordinary job ads and warnings, with ground truth.

``generate_corpus(seed, scale)`` builds the content the sandbox platforms serve. Every post records
who really wrote it, so crawls, enrichment and clustering can be scored against the truth:

- **Operations** (``op-NN``) post lures across Telegram channels and subreddits. Each writes its
  own advertisement once per language (a template composed from shared phrasing plus its own
  company, pitch, calls and closings) and reuses it with the small edits real recruiters make:
  salaries and job titles change, perks are shuffled, dropped or added, header lines and emoji
  come and go, a word is changed or mistyped. Numbers **rotate**: an operation lives through
  phases, each with its own SIM cards (often bought in series, a digit apart from the last) and
  often its own handles and Reddit accounts; a phase continues the last through an overlap (a
  post showing the old number beside the new one, or a "new number" notice), a handle kept, or
  only the unchanged wording. Some posts give **no number or handle** at all ("PM me"), some
  only a handle, some are written in **two languages**.
- **Copycats** are operations of their own (own numbers, handles, accounts, company) that copy
  another operation's destination, job, perks and salary phrasing, and sometimes its headline,
  but write the rest of their advertisement themselves; some buy SIM cards of the same series.
- **Ordinary job ads** come from employers, each with one HR number and mailbox: companies
  that post from their own accounts, and one-off ads; people **share** some of them.
- **Reposting channels** copy lures and ads from everywhere and add their bot's footer (the
  channel admin's handle and number) to each: identifiers that bridge unrelated posters.
- **Warnings** from police, embassies, NGOs and victims quote the numbers and handles of two or
  three operations.

Truth (``SandboxPost.group``, also ``Corpus.truth()``): the operation id for an operation's
lures, wherever they are posted (a reposted lure is still that operation's advertisement);
``org:<employer>`` for an ordinary ad and its shares (the employer's number links them);
``ad:<n>`` for an ad with no named employer that was shared; None for warnings and one-off ads
— each of those is a group of its own. ``SandboxPost.role`` says what a post tests and
``SandboxPost.template`` which operation template (``op-03:vi``) it was written from.

The same seed gives the same corpus (given the same phonenumbers metadata): one
``random.Random(seed)`` drives every choice, and the clock is a fixed reference time, never the
wall clock.
"""

from __future__ import annotations

import functools
import itertools
import random
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from ops.sandbox import templates as tpl

#: "Now" for the corpus: posts are published during the WINDOW before it.
REFERENCE_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
WINDOW = timedelta(days=60)
POSTS_PER_SCALE = 300
OPERATIONS_PER_SCALE = 8
COPYCATS_PER_SCALE = 2
OPERATION_CHANNELS_PER_SCALE = 3
REPOST_CHANNELS_PER_SCALE = 1
BENIGN_SHARE = 0.35
WARNING_SHARE = 0.08
ORGS_PER_SCALE = 5
#: Of the ordinary ads, the share that are shares of another ad (by people or reposting channels).
SHARED_SHARE = 0.12
#: Of the lures, the share copied by reposting channels.
REPOSTED_SHARE = 0.05
#: Per lure: no number or handle at all / a handle only / written in two languages.
SILENT_RATE = 0.12
HANDLE_ONLY_RATE = 0.10
BILINGUAL_RATE = 0.06
#: Two operation templates in one language share at most this many KIT_PARTS.
MAX_SHARED_PARTS = 3

_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
_LANDLINE_TYPES = (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
_LATIN = frozenset({"en", "vi", "id", "tl", "ms"})


@dataclass(frozen=True)
class Place:
    """A Telegram channel or a subreddit. ``region`` is the audience's country (ISO 3166 alpha-2),
    where numbers may be written in local format; None for international places."""

    platform: str
    name: str
    title: str
    region: str | None
    description: str
    #: "operation" | "aggregator" | "jobs" | "warnings" | "subreddit" | "reposts"
    kind: str = "aggregator"
    languages: tuple[str, ...] = ()
    signed: bool = False  # telegram: every message shows its poster's signature


@dataclass(frozen=True)
class SandboxPost:
    """One post as published, with its ground truth (``kind``, ``op``, ``group``, ``phones``,
    ``handles``, ``role``, ``template``). ``phones`` and ``handles`` are every number and handle
    written in the text, whoever they belong to."""

    platform: str
    place: str
    native_id: str
    author: str
    author_id: str
    signature: str | None
    published_at: datetime
    title: str | None
    text: str
    kind: str  # "lure" | "benign" | "warning"
    op: str | None
    group: str | None
    phones: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    lang: str = "en"
    #: lures: "lure", "rotation" (old and new number), "silent" (no number or handle),
    #: "handle-only", "bilingual", "repost"; ads: "ad", "share", "repost"; "warning"
    role: str = ""
    template: str | None = None  # the operation template ("op-03:vi", "op-03:vi+en") of a lure


@dataclass(frozen=True)
class Operation:
    """A recruitment operation; ``phones``/``handles``/``accounts`` are those its own posts use
    (accounts as ``"telegram:<author_id>"`` or ``"reddit:<username>"``), in order of first use."""

    id: str
    destination: str
    languages: list[str]
    phones: list[str]
    handles: list[str]
    accounts: list[str]
    city: str = ""
    company: str = ""
    jobs: list[str] = field(default_factory=list)
    copy_of: str | None = None  # the operation a copycat imitates
    phases: int = 1  # number-rotation phases


@dataclass(frozen=True)
class Corpus:
    """Everything the sandbox serves, and the truth about it."""

    posts: list[SandboxPost]
    operations: list[Operation]
    places: list[Place]

    def posts_in(self, platform: str, place: str) -> list[SandboxPost]:
        """Posts of one channel or subreddit, oldest first."""
        found = [p for p in self.posts if p.platform == platform and p.place == place]
        return sorted(found, key=lambda p: p.published_at)

    def place(self, platform: str, name: str) -> Place | None:
        """The place called ``name`` on ``platform`` (names compare case-insensitively), or None."""
        for candidate in self.places:
            if candidate.platform == platform and candidate.name.lower() == name.lower():
                return candidate
        return None

    def truth(self) -> dict[tuple[str, str, str], str | None]:
        """Ground-truth cluster label of every post, keyed by (platform, place, native_id)."""
        return {(p.platform, p.place, p.native_id): p.group for p in self.posts}


def generate_corpus(seed: int = 7, scale: int = 1) -> Corpus:
    """Build the corpus for ``seed``: about 300 posts and 10 operations (8 + 2 copycats) per
    unit of ``scale``."""
    return _Builder(seed, scale).build()


def slug(text: str) -> str:
    """ASCII letters and digits of ``text``, lower case ("Sao Việt" -> "saoviet")."""
    folded = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]", "", folded.encode("ascii", "ignore").decode().lower())


@functools.lru_cache(maxsize=1 << 16)
def _phone_forms(e164: str, place_region: str | None) -> tuple[str, ...]:
    number = phonenumbers.parse(e164)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if place_region and phonenumbers.region_code_for_number(number) == place_region:
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        return national, national, re.sub(r"\D", "", national), international
    return international, international.replace(" ", "-"), e164


def write_phone(rng: random.Random, e164: str, place_region: str | None) -> str:
    """``e164`` written the way a poster would: international forms anywhere, the national
    form only where the audience shares the number's country (a parser needs that region)."""
    return rng.choice(_phone_forms(e164, place_region))


class _Numbers:
    """Hands out valid, never-repeated phone numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _take(self, e164_candidate: str, wanted: tuple[int, ...]) -> str | None:
        number = phonenumbers.parse(e164_candidate)
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        if e164 not in self.used and phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted:
            self.used.add(e164)
            return e164
        return None

    def new(self, region: str, kind: str = "mobile") -> str:
        prefixes, lengths = (tpl.MOBILE_PLANS if kind == "mobile" else tpl.LANDLINE_PLANS)[region]
        wanted = _MOBILE_TYPES if kind == "mobile" else _LANDLINE_TYPES
        code = phonenumbers.country_code_for_region(region)
        for _ in range(1000):
            prefix = self.rng.choice(prefixes)
            length = self.rng.choice(lengths)
            digits = prefix + "".join(self.rng.choice("0123456789") for _ in range(length - len(prefix)))
            taken = self._take(f"+{code}{digits}", wanted)
            if taken:
                return taken
        raise RuntimeError(f"no valid {kind} number for {region} after 1000 tries")

    def sibling(self, e164: str) -> str:
        """A number of the same series as ``e164`` (SIM cards bought together): the last one or
        two digits differ. Falls back to a fresh number of the same country."""
        for _ in range(40):
            tail = 1 if self.rng.random() < 0.6 else 2
            digits = "".join(self.rng.choice("0123456789") for _ in range(tail))
            taken = self._take(e164[:-tail] + digits, _MOBILE_TYPES)
            if taken:
                return taken
        return self.new(phonenumbers.region_code_for_number(phonenumbers.parse(e164)))


@dataclass
class _Kit:
    """One operation's advertisement in one language: which variant of every part it wrote,
    and its own perks, tags and layout. Fixed once; each post renders it with small edits."""

    lang: str
    job: int  # the title it gives its main position (index in JOBS)
    choice: dict[str, int]  # KIT_PARTS name → index of the variant
    salary_part: int
    salary_form: int
    perks: list[str]
    tags: list[str]
    layout: str  # "block" (one part per line) | "inline" (one paragraph)
    bullet: str
    header: int | None  # index in HEADERS, or None: this operation writes no header line
    signature_form: int  # index in the kit's signatures
    label: int  # index in PHONE_LABELS it usually writes before a number
    optional: dict[str, float]  # how often the pitch, conditions, closing and tags appear
    middle: list[str]  # order of the parts between headline and call

    def signature(self) -> tuple[int, ...]:
        return tuple(self.choice[part] for part in tpl.KIT_PARTS)


@dataclass
class _Phase:
    """A stretch of an operation's life with one set of SIM cards (and usually handles)."""

    start: datetime
    phones: list[str]
    handles: list[str]  # as spelled
    accounts: list[str]  # reddit usernames
    link: str = "first"  # how it continues the previous phase: "overlap" | "handle" | "template"
    old: list[str] = field(default_factory=list)  # numbers of the previous phase


@dataclass
class _Op:
    """An operation while it is being built (mutable; frozen into Operation at the end)."""

    id: str
    profile: tpl.Profile
    city: str
    company: str
    jobs: list[str]
    languages: list[str]
    personas: list[tuple[str, str]]  # (display name, telegram username as spelled)
    salary: tuple[int, int]
    ages: tuple[int, int]
    hours: int
    start: datetime
    end: datetime
    kits: dict[str, _Kit]
    phases: list[_Phase] = field(default_factory=list)
    copy_of: _Op | None = None
    channel: Place | None = None
    posts: list[_Draft] = field(default_factory=list)

    def freeze(self) -> Operation:
        ordered = sorted(self.posts, key=lambda d: d.published_at)
        phones = _unique_in_order(p for d in ordered for p in d.phones)
        handles = _unique_in_order(h for d in ordered for h in d.handles)
        accounts = _unique_in_order(f"{d.platform}:{d.author_id}" for d in ordered)
        return Operation(self.id, self.profile.destination, list(self.languages), phones, handles, accounts,
                         self.city, self.company, list(self.jobs), self.copy_of.id if self.copy_of else None,
                         len(self.phases))


@dataclass
class _Draft:
    """A post before ids are given out."""

    platform: str
    place: Place
    author: str
    author_id: str
    signature: str | None
    published_at: datetime
    title: str | None
    text: str
    kind: str
    op: str | None
    group: str | None
    phones: list[str]
    handles: list[str]
    lang: str
    role: str = ""
    template: str | None = None
    contact: bool = False  # an ad that gives a number or an e-mail (and so can be shared usefully)


@dataclass
class _Employer:
    """An employer of ordinary ads: one HR number and one mailbox, whoever posts its ads."""

    key: str
    phone: str | None
    email: str


def _unique_in_order(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


_BASE_PLACES: tuple[Place, ...] = (
    Place("telegram", "vieclam_nuocngoai_24h", "Việc Làm Nước Ngoài 24h 🌏", "VN",
          "Kênh đăng tin tuyển dụng trong và ngoài nước. Tin do thành viên gửi, admin không chịu trách nhiệm.",
          "aggregator", ("vi",), True),
    Place("telegram", "asia_jobs_hub", "Asia Jobs Hub | Overseas Vacancies", None,
          "Job posts from recruiters across Southeast Asia, posted by members. Always verify before you travel.",
          "aggregator", tpl.LANGUAGES, True),
    Place("telegram", "kerjakosong_my", "Kerja Kosong Malaysia 🇲🇾 (Rasmi)", "MY",
          "Iklan kerja kosong yang disemak oleh admin. Majikan berdaftar sahaja.", "jobs", ("ms", "en", "zh"), True),
    Place("telegram", "scam_alert_sea", "Scam Alert SEA – Anti-Trafficking Watch", None,
          "Warnings about fake job offers and trafficking from NGOs, police and embassies in Southeast Asia.",
          "warnings", tpl.LANGUAGES, False),
    Place("reddit", "phjobs", "Jobs in the Philippines", "PH",
          "Job postings and career talk for the Philippines.", "subreddit", ("en", "tl")),
    Place("reddit", "VietnamJobs", "Vietnam Jobs", "VN",
          "Việc làm tại Việt Nam – job postings in Vietnam.", "subreddit", ("vi", "en")),
    Place("reddit", "indonesia_loker", "Loker Indonesia", "ID",
          "Info lowongan kerja se-Indonesia. Hati-hati loker bodong!", "subreddit", ("id",)),
    Place("reddit", "overseasjobs", "Overseas Jobs", None,
          "Jobs abroad: postings, agencies, experiences. Read rule 3 on recruitment fees before posting.",
          "subreddit", tpl.LANGUAGES),
)


def base36(value: int) -> str:
    """``value`` in base 36, as Reddit writes its ids."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while value:
        value, rest = divmod(value, 36)
        out = digits[rest] + out
    return out or "0"


class _Builder:
    """Builds one corpus. Every random choice goes through ``self.rng`` in a fixed order."""

    def __init__(self, seed: int, scale: int) -> None:
        self.rng = random.Random(seed)
        self.scale = max(1, int(scale))
        self.numbers = _Numbers(self.rng)
        self.names: set[str] = set()  # account and channel names taken, lower case
        self.places: list[Place] = list(_BASE_PLACES)
        self.drafts: list[_Draft] = []
        self.companies: set[str] = set()
        self.admins: dict[str, str] = {}
        self.cycle: list[str] = []
        self.kit_projections: dict[str, set[tuple[tuple[int, ...], tuple[int, ...]]]] = {}
        self.employers: dict[tuple[int, str, int], _Employer] = {}
        self.shared_ads = 0
        self._benign_places_of: dict[tuple[str, str, int], list[tuple[Place, float]]] = {}
        for place in self.places:
            self.names.add(place.name.lower())

    def build(self) -> Corpus:
        rng = self.rng
        ops = [self._operation(i) for i in range(OPERATIONS_PER_SCALE * self.scale)]
        originals = rng.sample(ops, COPYCATS_PER_SCALE * self.scale)
        ops += [self._operation(len(ops) + i, original) for i, original in enumerate(originals)]
        for op in ops[: OPERATION_CHANNELS_PER_SCALE * self.scale]:
            op.channel = self._operation_channel(op)
            self.places.append(op.channel)
        # Where an operation or a warning posts in a language: open channels and subreddits.
        self.open_places = {
            lang: [p for p in self.places if p.kind in ("aggregator", "subreddit") and lang in p.languages]
            for lang in tpl.LANGUAGES
        }
        total = POSTS_PER_SCALE * self.scale
        n_warnings = round(total * WARNING_SHARE)
        n_benign = round(total * BENIGN_SHARE)
        n_lures = total - n_warnings - n_benign
        n_lure_reposts = round(n_lures * REPOSTED_SHARE)
        n_shared = round(n_benign * SHARED_SHARE)
        # Operations that run their own channel post the most; copycats the least.
        busy = [2.0 if op.channel else 0.7 if op.copy_of else 1.0 for op in ops]
        for op, count in zip(ops, self._split(n_lures - n_lure_reposts, busy)):
            self._lures(op, count)
        self._benign(n_benign - n_shared)
        self._reposts(n_lure_reposts, n_shared)
        self._warnings(n_warnings, ops)
        return Corpus(self._publish(), [op.freeze() for op in ops], list(self.places))

    # -- small helpers -------------------------------------------------------------------

    def _moment(self, lo: datetime, hi: datetime) -> datetime:
        return lo + timedelta(seconds=self.rng.randint(0, max(0, int((hi - lo).total_seconds()))))

    def _claim(self, name: str) -> str:
        """``name``, or ``name`` with a number, not taken yet. People add a number or two to a
        taken name; when a name has been taken that often (large corpora), the numbers get longer,
        so that claiming stays fast and never runs out."""
        candidate, tries = name, 0
        while candidate.lower() in self.names:
            tries += 1
            high = 99 if tries <= 30 else 10 ** (2 + tries // 30)
            candidate = f"{name}{self.rng.randint(2, high)}"
        self.names.add(candidate.lower())
        return candidate

    def _weighted(self, choices: list[tuple[Place, float]]) -> Place:
        return self.rng.choices([c[0] for c in choices], [c[1] for c in choices])[0]

    def _split(self, total: int, bias: list[float]) -> list[int]:
        parts = len(bias)
        weights = [b * self.rng.uniform(0.6, 1.4) for b in bias]
        counts = [max(6, int(total * w / sum(weights))) for w in weights]
        i = 0
        while sum(counts) != total:
            step = 1 if sum(counts) < total else -1
            if counts[i % parts] + step >= 6:
                counts[i % parts] += step
            i += 1
        return counts

    # -- operations ----------------------------------------------------------------------

    def _operation(self, index: int, original: _Op | None = None) -> _Op:
        rng = self.rng
        if original:
            # A copycat imitates a successful operation: same destination, jobs and audience.
            profile, city, jobs = original.profile, original.city, list(original.jobs)
            languages = [original.languages[0]] + ([rng.choice(original.languages[1:])]
                                                   if len(original.languages) > 1 and rng.random() < 0.4 else [])
        else:
            if index % len(tpl.DESTINATION_CYCLE) == 0:
                self.cycle = list(tpl.DESTINATION_CYCLE)
                rng.shuffle(self.cycle)
            profile = next(p for p in tpl.PROFILES if p.destination == self.cycle[index % len(self.cycle)])
            candidates = list(profile.languages)
            languages = []
            for _ in range(rng.choice((1, 2, 2, 3))):
                pick = rng.choices(candidates, [len(candidates) - i for i in range(len(candidates))])[0]
                languages.append(pick)
                candidates.remove(pick)
            city, jobs = rng.choice(profile.cities), rng.sample(tpl.JOB_KINDS, rng.choice((1, 2)))
        company = self._company()
        personas = []
        for alias in rng.sample(tpl.ALIASES, rng.choice((3, 4, 4, 5))):
            display = f"{alias} {rng.choice(tpl.ROLES[languages[0]])}{rng.choice(('', ' 💼', ' ✅'))}"
            tag = rng.choice(tpl.HANDLE_TAGS)
            spelled = f"{alias}_{tag.upper() if rng.random() < 0.4 else tag}{rng.randint(1, 99)}"
            personas.append((display, self._claim(spelled if rng.random() < 0.6 else spelled.lower())))
        support = self._claim(f"{rng.choice(tpl.HANDLE_TAGS)}_{slug(company.split()[0])}{rng.randint(1, 999)}")
        personas.append((f"{company} HR", support))
        if original:
            low = max(800, min(2000, original.salary[0] + rng.choice((-100, 0, 100))))
            start = min(REFERENCE_NOW - timedelta(days=12), original.start + timedelta(days=rng.randint(3, 20)))
        else:
            low = rng.randrange(800, 2001, 100)
            start = REFERENCE_NOW - timedelta(seconds=rng.randint(25 * 86400, 58 * 86400))
        end = min(REFERENCE_NOW - timedelta(hours=1), start + timedelta(seconds=rng.randint(20 * 86400, 50 * 86400)))
        op = _Op(
            id=f"op-{index + 1:02d}", profile=profile, city=city, company=company, jobs=jobs, languages=languages,
            personas=personas, salary=(low, min(3000, low + rng.randrange(500, 1201, 100))),
            ages=(18, rng.choice((30, 35, 40))), hours=rng.choice((8, 9, 10, 12)), start=start, end=end, kits={},
            copy_of=original,
        )
        for lang in languages:
            copied = original.kits.get(lang) if original else None
            op.kits[lang] = self._kit(lang, jobs, copied)
        self._first_phase(op)
        return op

    def _company(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.5:
                first, second = rng.sample(tpl.COMPANY_SYLLABLES, 2)
                head = first + second.lower()
            else:
                head = rng.choice(tpl.COMPANY_HEADS)
            name = " ".join(w for w in (head, rng.choice(tpl.COMPANY_MIDDLES), rng.choice(tpl.COMPANY_TAILS)) if w)
            if name not in self.companies or len(self.companies) >= 5000:
                self.companies.add(name)
                return name

    def _kit(self, lang: str, jobs: list[str], copied: _Kit | None = None) -> _Kit:
        """An operation's own advertisement in ``lang``; a copycat's copies ``copied``'s perks,
        salary phrasing and header, sometimes its headline, and nothing else."""
        rng = self.rng
        kit = tpl.KITS[lang]
        # Every (MAX_SHARED_PARTS + 1) parts of every template written so far in this language: a
        # new template that repeats none of them shares at most MAX_SHARED_PARTS with each.
        taken = self.kit_projections.setdefault(lang, set())
        best: tuple[int, dict[str, int]] | None = None
        for _ in range(40):
            choice = {part: rng.randrange(len(getattr(kit, part))) for part in tpl.KIT_PARTS}
            if copied:
                for part in tpl.KIT_PARTS:  # its own wording, not the original's
                    options = [i for i in range(len(getattr(kit, part))) if i != copied.choice[part]]
                    choice[part] = rng.choice(options) if options else choice[part]
                if rng.random() < 0.5:
                    choice["openings"] = copied.choice["openings"]
            clashes = sum(1 for key in _projections(tuple(choice[p] for p in tpl.KIT_PARTS)) if key in taken)
            if best is None or clashes < best[0]:
                best = (clashes, choice)
            if not clashes:
                break
        assert best is not None
        choice = best[1]
        if copied:
            perks, header = list(copied.perks), copied.header
            salary_part, salary_form = copied.salary_part, copied.salary_form
        else:
            table = tpl.PERKS[lang]
            perks = [rng.choice(table[key]) for key in rng.sample(sorted(table), min(len(table), rng.randint(4, 5)))]
            salary_part, salary_form = rng.randrange(len(kit.salaries)), rng.randrange(len(tpl.SALARY[lang]))
            header = rng.randrange(len(tpl.HEADERS[lang])) if rng.random() < 0.6 else None
        middle = ["pitches", "salaries", "perks", "requirements", "conditions"]
        if rng.random() < 0.4:
            i = rng.randrange(len(middle) - 1)
            middle[i], middle[i + 1] = middle[i + 1], middle[i]
        made = _Kit(
            lang=lang, job=rng.randrange(len(tpl.JOBS[jobs[0]][lang])), choice=choice, salary_part=salary_part,
            salary_form=salary_form, perks=perks, tags=rng.sample(kit.tags, rng.randint(2, min(4, len(kit.tags)))),
            layout=rng.choice(("block", "block", "inline")), bullet=rng.choice(tpl.BULLETS), header=header,
            signature_form=rng.randrange(len(kit.signatures)), label=rng.randrange(len(tpl.PHONE_LABELS[lang])),
            # Most operations paste the whole advertisement every time; some trim a part now and then.
            optional={part: rng.choice((1.0, 1.0, 0.9, 0.7)) for part in ("pitches", "conditions", "closings")}
            | {"tags": rng.choice((0.0, 1.0, 1.0, 0.8))},
            middle=middle,
        )
        taken.update(_projections(made.signature()))
        return made

    def _revise(self, kit: _Kit) -> _Kit:
        """The same advertisement after an edit: one part rewritten (at a change of numbers)."""
        part = self.rng.choice(("pitches", "closings", "conditions", "requirements"))
        options = [i for i in range(len(getattr(tpl.KITS[kit.lang], part))) if i != kit.choice[part]]
        choice = dict(kit.choice)
        choice[part] = self.rng.choice(options) if options else choice[part]
        return _Kit(**{**kit.__dict__, "choice": choice})

    def _first_phase(self, op: _Op) -> None:
        """The SIM cards, handles and Reddit accounts an operation starts with."""
        rng = self.rng
        if op.copy_of and rng.random() < 0.5:
            first = self.numbers.sibling(op.copy_of.phases[0].phones[0])  # the same SIM seller
        else:
            first = self.numbers.new(rng.choice(op.profile.phone_regions))
        phones = [first] + ([self.numbers.new(rng.choice(self._phone_regions(op)))] if rng.random() < 0.4 else [])
        handles = [op.personas[0][1]] + ([op.personas[-1][1]] if rng.random() < 0.4 else [])
        accounts = [self._throwaway() for _ in range(rng.randint(1, 2))]
        op.phases = [_Phase(op.start, phones, handles, accounts)]

    def _phone_regions(self, op: _Op) -> list[str]:
        audiences = [r for r in (tpl.LANGUAGE_REGION[lang] for lang in op.languages) if r and r in tpl.MOBILE_PLANS]
        return audiences + list(op.profile.phone_regions)

    def _rotate(self, op: _Op, times: list[datetime]) -> list[int]:
        """Number rotation: cut the operation's posts (at ``times``) into phases of at least four
        posts, each with new SIM cards and often new handles and accounts, and return the phase
        of every post. Each phase continues the last through an overlap of numbers, a handle
        kept, or only the unchanged wording (which the linker must recognise)."""
        rng = self.rng
        days = (op.end - op.start).total_seconds() / 86400
        count = max(1, min(4, 1 + int(days / rng.uniform(10, 20)), len(times) // 4))
        cuts = sorted(rng.sample(range(4, len(times) - 3), count - 1)) if count > 1 else []
        cuts = [c for i, c in enumerate(cuts) if i == 0 or c - cuts[i - 1] >= 4]
        fresh = [username for _, username in op.personas if username not in op.phases[0].handles]
        for cut in cuts:
            before = op.phases[-1]
            link = rng.choices(("overlap", "handle", "template"), (35, 40, 25))[0]
            # New SIM cards: often the next ones of the same series.
            regions = self._phone_regions(op)
            phones = [self.numbers.sibling(p) if rng.random() < 0.5 else self.numbers.new(rng.choice(regions))
                      for p in before.phones]
            keep = link == "handle" or (link == "overlap" and rng.random() < 0.3)
            handles = [rng.choice(before.handles)] if keep else []
            if fresh and (not handles or rng.random() < 0.4):
                handles.append(fresh.pop(0))
            if not handles:  # no persona left: the old handle stays
                handles, link = [rng.choice(before.handles)], "handle"
            accounts = [self._throwaway()]
            if link != "template" and rng.random() < 0.3:
                accounts.append(rng.choice(before.accounts))
            op.phases.append(_Phase(times[cut], phones, handles, accounts, link, list(before.phones)))
        phase_of, current = [], 0
        for i in range(len(times)):
            while current + 1 < len(op.phases) and i >= cuts[current]:
                current += 1
            phase_of.append(current)
        return phase_of

    def _throwaway(self) -> str:
        rng = self.rng
        return self._claim(f"{rng.choice(tpl.THROWAWAY_PARTS)}{rng.choice(('_', ''))}{rng.randint(10, 9999)}")

    def _operation_channel(self, op: _Op) -> Place:
        lang = op.languages[0]
        pattern, title, description = tpl.CHANNEL_STYLES[lang]
        dest_names = tpl.COUNTRY_NAMES[op.profile.destination]
        city = tpl.CITY_NAMES.get(op.city, {}).get(lang, op.city)
        base = pattern.format(city=slug(op.city), dest=slug(dest_names[lang]) or slug(dest_names["en"]))[:22]
        name = self._claim(base + self.rng.choice(("", "_vip", "_official", f"_{self.rng.randint(10, 99)}")))
        return Place("telegram", name, title.format(City=city, Dest=dest_names[lang]), tpl.LANGUAGE_REGION[lang],
                     description, "operation", tuple(op.languages), False)

    # -- lures ---------------------------------------------------------------------------

    def _lures(self, op: _Op, count: int) -> None:
        rng = self.rng
        times = sorted(self._moment(op.start, op.end) for _ in range(count))
        phase_of = self._rotate(op, times)
        primary = op.languages[0]
        kits = dict(op.kits)
        for i, moment in enumerate(times):
            phase = op.phases[phase_of[i]]
            first_of_phase = i == 0 or phase_of[i - 1] != phase_of[i]
            last_of_phase = i + 1 == count or phase_of[i + 1] != phase_of[i]
            if first_of_phase and phase.link != "first" and phase.link != "template" and rng.random() < 0.3:
                kits[primary] = self._revise(kits[primary])  # the text is edited at the change of numbers
            # The first and last posts of a phase carry what links it to its neighbours.
            anchor = (first_of_phase or last_of_phase) and len(op.phases) > 1
            lang = primary if anchor else rng.choices(op.languages, [2] + [1] * (len(op.languages) - 1))[0]
            second = None
            if len(op.languages) > 1 and not anchor and rng.random() < BILINGUAL_RATE:
                lang, second = primary, rng.choice(op.languages[1:])
            phones: list[str] = []
            handles: list[str] = []
            notice = notice_phone = None  # a "new number" line, and the old number it gives
            role = "lure"
            draw = rng.random()
            if anchor and phase.link == "overlap" and first_of_phase:
                role = "rotation"
                if rng.random() < 0.5:
                    phones = [rng.choice(phase.old)] + phase.phones[:1]
                else:
                    old = rng.choice(phase.old)
                    notice = rng.choice(tpl.NEW_NUMBER[lang]).format(old=write_phone(rng, old, None))
                    phones = phase.phones[:1]
                    notice_phone = old
            elif not anchor and draw < SILENT_RATE and lang == primary and not second:
                role = "silent"  # in the language the operation writes most: its wording is known
            elif not anchor and draw < SILENT_RATE + HANDLE_ONLY_RATE:
                role, handles = "handle-only", [rng.choice(phase.handles)]
            else:
                phones = list(phase.phones) if rng.random() < 0.4 else [rng.choice(phase.phones)]
            if role in ("lure", "rotation") and (rng.random() < 0.45 or anchor):
                handles = [rng.choice(phase.handles)]
                # A kept handle is shown on both sides of the change.
                if anchor and phase_of[i] + 1 < len(op.phases) and op.phases[phase_of[i] + 1].link == "handle":
                    kept = [h for h in phase.handles if h in op.phases[phase_of[i] + 1].handles]
                    handles = kept[:1] or handles
                if anchor and first_of_phase and phase.link == "handle":
                    kept = [h for h in phase.handles if h in op.phases[phase_of[i] - 1].handles]
                    handles = kept[:1] or handles
            place = self._lure_place(op, lang)
            if role == "silent" and place.platform == "reddit" and rng.random() < 0.5:
                author = author_id = self._throwaway()  # a fresh account that posts once
                signature = None
            else:
                author, author_id, signature = self._lure_author(op, phase, place)
            facts = self._lure_facts(op, lang)
            title = rng.choice(tpl.LURE_TITLES[lang]).format_map(facts) if place.platform == "reddit" else None
            contact = None if role == "silent" else self._contact(op.kits[lang], lang, place, phones, handles)
            if second:
                role = "bilingual" if role == "lure" else role
                body = self._render(op, kits[lang], facts, None, call=False)
                other = self._render(op, kits[second], self._lure_facts(op, second), contact, silent=contact is None)
                text = f"{body}\n\n{other}"
            else:
                text = self._render(op, kits[lang], facts, contact, silent=contact is None)
            written_phones = list(phones)
            if notice and notice_phone:
                text = f"{notice}\n{text}"
                written_phones.insert(0, notice_phone)
            draft = _Draft(place.platform, place, author, author_id, signature, moment, title, text, "lure", op.id,
                           op.id, written_phones, [h.lower() for h in handles], lang, role,
                           f"{op.id}:{lang}" + (f"+{second}" if second else ""))
            op.posts.append(draft)
            self.drafts.append(draft)

    def _lure_place(self, op: _Op, lang: str) -> Place:
        # Own channel first, then the places whose audience reads this language at home.
        choices = [(op.channel, 8.0)] if op.channel else []
        home = tpl.LANGUAGE_REGION[lang]
        choices += [(p, 3.0 if p.region and p.region == home else 1.0) for p in self.open_places[lang]]
        return self._weighted(choices)

    def _lure_author(self, op: _Op, phase: _Phase, place: Place) -> tuple[str, str, str | None]:
        rng = self.rng
        if place.platform == "reddit":
            author = rng.choice(phase.accounts)
            return author, author, None
        if place.signed:
            spelled = {username: display for display, username in op.personas}
            username = rng.choice(phase.handles)
            return spelled[username], username.lower(), spelled[username]
        return place.title, place.name, None

    def _lure_facts(self, op: _Op, lang: str) -> dict[str, str]:
        rng = self.rng
        # An operation advertises its main position; now and then another of its jobs.
        main = tpl.JOBS[op.jobs[0]][lang][op.kits[lang].job]
        job = main if rng.random() < 0.75 else rng.choice(tpl.JOBS[rng.choice(op.jobs)][lang])
        city = tpl.CITY_NAMES.get(op.city, {}).get(lang, op.city)
        dest = tpl.COUNTRY_NAMES[op.profile.destination][lang]
        lo = max(800, op.salary[0] + rng.choice((-100, 0, 0, 100, 200)))
        hi = min(3000, max(lo + 300, op.salary[1] + rng.choice((-200, 0, 0, 100))))
        kit = op.kits[lang]
        form = tpl.SALARY[lang][kit.salary_form if rng.random() < 0.85 else rng.randrange(len(tpl.SALARY[lang]))]
        salary = form.format(lo=lo, hi=hi, thb=f"{lo * 33 // 1000 * 1000:,}", myr=f"{lo * 45 // 1000 * 100:,}",
                             idr=lo * 16 // 1000)
        return {"job": job, "job_up": job.upper(), "city": city, "city_up": city.upper(), "dest": dest,
                "dest_up": dest.upper(), "salary": salary, "company": op.company, "hours": str(op.hours),
                "age_lo": str(op.ages[0]), "age_hi": str(op.ages[1]), "n": str(rng.choice((5, 10, 15, 20, 30, 50))),
                "persona": op.personas[0][0].split()[0]}

    def _contact(self, kit: _Kit, lang: str, place: Place, phones: list[str], handles: list[str]) -> list[str] | None:
        rng = self.rng
        labels = tpl.PHONE_LABELS[lang]
        items = []
        for phone in phones:
            written = write_phone(rng, phone, place.region)
            label = labels[kit.label] if rng.random() < 0.7 else rng.choice(labels)
            items.append(f"📞 {written}" if rng.random() < 0.15 else f"{label} {written}")
        items += [rng.choice(tpl.HANDLE_FORMS.get(lang, tpl.HANDLE_FORMS["default"])).format(h=h) for h in handles]
        return items or None

    def _render(self, op: _Op, kit: _Kit, facts: dict[str, str], contact: list[str] | None, silent: bool = False,
                call: bool = True) -> str:
        """One post's text from the operation's template, with this post's small edits."""
        rng = self.rng
        words = tpl.KITS[kit.lang]
        lines = []
        if kit.header is not None and rng.random() < 0.6:
            lines.append(tpl.HEADERS[kit.lang][kit.header])
        lines.append(words.openings[kit.choice["openings"]].format_map(facts))
        perks = list(kit.perks)
        edit = rng.random()
        if edit < 0.25:
            rng.shuffle(perks)
        elif edit < 0.45 and len(perks) > 3:
            perks.pop(rng.randrange(len(perks)))
        elif edit < 0.55:
            table = tpl.PERKS[kit.lang]
            perks.insert(rng.randrange(len(perks) + 1), rng.choice(table[rng.choice(sorted(table))]))
        middle: list[str] = []
        for part in kit.middle:
            if part == "perks":
                middle.append("\n".join(f"{kit.bullet} {p}" for p in perks) if kit.layout == "block"
                              else tpl.INLINE_JOIN.get(kit.lang, ", ").join(perks))
            elif part == "salaries":
                middle.append(words.salaries[kit.salary_part].format_map(facts))
            elif rng.random() < kit.optional.get(part, 1.0):
                middle.append(getattr(words, part)[kit.choice[part]].format_map(facts))
        closing = words.closings[kit.choice["closings"]] if rng.random() < kit.optional["closings"] else None
        if kit.layout == "block":
            lines += middle
            body = "\n".join(lines)
        else:
            body = "\n".join(lines[:-1] + [words.sentence_end.join([lines[-1]] + middle)])
        body = self._edit(kit.lang, body)
        if silent:
            body += ("\n" if kit.layout == "block" else words.sentence_end) + words.silent_calls[
                (kit.choice["calls"] + (1 if rng.random() < 0.3 else 0)) % len(words.silent_calls)]
        elif call and contact:
            cta = words.calls[kit.choice["calls"]].format_map(facts)
            if kit.layout == "block":
                body += f"\n{cta}\n" + "\n".join(contact)
            else:
                body += words.sentence_end + cta + " " + rng.choice((" / ", " | ", ", ")).join(contact)
        if closing:
            body += "\n" + closing
        body += "\n" + words.signatures[kit.signature_form].format_map(facts)
        if rng.random() < kit.optional["tags"]:
            body += "\n" + " ".join(f"#{t}" for t in kit.tags)
        return body

    def _edit(self, lang: str, text: str) -> str:
        """A word changed or mistyped now and then, as people retyping an ad do."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            old, new = rng.choice(tpl.EDITS[lang])
            return text.replace(old, new, 1)
        if roll < 0.25 and lang in _LATIN:
            words = [m for m in re.finditer(r"[^\W\d_]{5,}", text)]
            if words:
                m = rng.choice(words)
                w = m.group(0)
                k = rng.randrange(1, len(w) - 2)
                return text[: m.start()] + w[:k] + w[k + 1] + w[k] + w[k + 2 :] + text[m.end() :]
        return text

    # -- ordinary job ads ----------------------------------------------------------------

    def _employer(self, template: tpl.Benign, index: int, identity: str, instance: int) -> _Employer:
        """The employer behind ``identity``; at larger scales a name stands for several
        employers (branches, namesakes), each with its own number."""
        key = (index, identity, instance)
        if key not in self.employers:
            slot = _identity_slot(template) or "company"
            # Names in Thai, Khmer or Burmese script have no ASCII letters for an account name.
            stem = slug(identity) or f"{template.region.lower()}_employer{index}{template.slots[slot].index(identity)}"
            name = f"{stem}-{instance}" if instance else stem
            phone = self.numbers.new(template.region, template.phone) if template.phone else None
            self.employers[key] = _Employer(name, phone, self._email(template, identity, instance))
        return self.employers[key]

    def _benign(self, count: int) -> None:
        rng = self.rng
        weights = [tpl.BENIGN_LANGUAGE_WEIGHTS[t.lang] / sum(1 for u in tpl.BENIGN if u.lang == t.lang) for t in tpl.BENIGN]
        with_identity = [i for i, t in enumerate(tpl.BENIGN) if _identity_slot(t)]
        made = 0
        for _ in range(ORGS_PER_SCALE * self.scale):
            if count - made < 2:
                break
            index = rng.choices(with_identity, [weights[i] for i in with_identity])[0]
            made += self._organisation(tpl.BENIGN[index], index, min(rng.randint(2, 4), count - made))
        while made < count:
            index = rng.choices(range(len(tpl.BENIGN)), weights)[0]
            template = tpl.BENIGN[index]
            slot = _identity_slot(template)
            employer = None
            values = self._benign_values(template)
            if slot:
                employer = self._employer(template, index, values[slot], rng.randrange(self.scale))
            place = self._weighted(self._benign_places(template))
            display, stem = rng.choice(tpl.NAMES.get(template.lang, tpl.NAMES["en"]))
            values["name"] = display
            if place.platform == "reddit":
                author = author_id = self._claim(f"{stem}_{rng.choice(tpl.REDDIT_WORDS)}")
                signature = None
            else:
                author = signature = display
                author_id = self._claim(f"{stem}{rng.randint(1, 99)}").lower()
            if employer:
                phone, values["email"] = employer.phone, employer.email
            else:
                phone = self.numbers.new(template.region, template.phone) if template.phone else None
            moment = self._moment(REFERENCE_NOW - WINDOW, REFERENCE_NOW - timedelta(days=2))
            self.drafts.append(self._benign_draft(template, values, place, author, author_id, signature, moment, phone,
                                                  f"org:{employer.key}" if employer else None))
            made += 1

    def _organisation(self, template: tpl.Benign, index: int, count: int) -> int:
        """A company posting ``count`` ads from one account, with the same contact details."""
        rng = self.rng
        slot = _identity_slot(template) or "company"
        identity = rng.choice(template.slots[slot])
        employer = self._employer(template, index, identity, rng.randrange(self.scale))
        key = employer.key.replace("-", "_")
        choices = self._benign_places(template)
        platform = rng.choice(sorted({p.platform for p, _ in choices}))
        choices = [c for c in choices if c[0].platform == platform]
        places = [self._weighted(choices) for _ in range(rng.choice((1, 2)))]
        if platform == "reddit":
            author = author_id = self._claim(f"{key[:16]}_{rng.choice(('hr', 'HR', 'official', 'careers'))}")
            signature = None
        else:
            author = signature = f"{identity} – HR"
            author_id = self._claim(f"{key[:20]}_hr")
        name = rng.choice(tpl.NAMES.get(template.lang, tpl.NAMES["en"]))[0]
        for _ in range(count):
            moment = self._moment(REFERENCE_NOW - WINDOW, REFERENCE_NOW - timedelta(days=2))
            fresh = self._benign_values(template, identity)  # the ad changes (ages, dates, ids), not the company
            fresh.update(email=employer.email, name=name)
            self.drafts.append(self._benign_draft(template, fresh, rng.choice(places), author, author_id, signature,
                                                  moment, employer.phone, f"org:{employer.key}"))
        return count

    def _benign_values(self, template: tpl.Benign, identity: str | None = None) -> dict[str, str]:
        """Slot values for one ad; the employer is ``identity`` when given."""
        rng = self.rng
        slot = _identity_slot(template)
        values = {name: rng.choice(options) for name, options in sorted(template.slots.items())}
        if slot and identity:
            values[slot] = identity
        identity = values.get(slot or "", "")
        values.setdefault("company", identity)
        values.setdefault("shop", identity)
        values.setdefault("district", "")
        values.setdefault("lic", "")
        ages = rng.choice(((18, 35), (18, 30), (20, 40), (22, 45)))
        values.update(age_lo=str(ages[0]), age_hi=str(ages[1]), email=self._email(template, identity),
                      jobid=rng.choice((f"2026-{rng.randint(1000, 9999)}", f"JB{rng.randint(10000, 99999)}",
                                        f"TD-{rng.randint(100, 999)}")))
        return values

    def _email(self, template: tpl.Benign, identity: str, instance: int = 0) -> str:
        stem = re.sub(r"(inc|ltd|sdnbhd|ph)$", "", slug(identity)) or f"jobs{self.rng.randint(10, 99)}"
        stem += str(instance) if instance else ""  # a namesake has its own domain
        local = {"vi": "tuyendung", "id": "hrd"}.get(template.lang) or self.rng.choice(("hr", "careers", "recruitment"))
        return f"{local}@{stem}.{tpl.EMAIL_TLD.get(template.region, 'com')}"

    def _benign_places(self, template: tpl.Benign) -> list[tuple[Place, float]]:
        key = (template.lang, template.region, len(self.places))
        if key not in self._benign_places_of:
            self._benign_places_of[key] = self._rank_benign_places(template)
        return self._benign_places_of[key]

    def _rank_benign_places(self, template: tpl.Benign) -> list[tuple[Place, float]]:
        usable = [p for p in self.places if p.kind in ("aggregator", "jobs", "subreddit") and template.lang in p.languages]
        # An ad belongs where its job is: the job's own country first, international places next.
        ranked = [(p, 3.0 if p.kind == "jobs" else 2.0) for p in usable if p.region == template.region]
        ranked += [(p, 1.0) for p in usable if p.region is None]
        return ranked or [(p, 1.0) for p in usable]

    def _benign_draft(self, template: tpl.Benign, values: dict[str, str], place: Place, author: str, author_id: str,
                      signature: str | None, moment: datetime, phone: str | None, group: str | None) -> _Draft:
        written = dict(values, phone=write_phone(self.rng, phone, place.region) if phone else "",
                       date=(moment + timedelta(days=self.rng.randint(7, 30))).strftime("%d/%m/%Y"))
        title = template.title.format_map(written) if place.platform == "reddit" else None
        text = template.text.format_map(written)
        return _Draft(place.platform, place, author, author_id, signature, moment, title, text, "benign", None, group,
                      [phone] if phone else [], [], template.lang, "ad",
                      contact=bool(phone) or values.get("email", "") in text)

    # -- reposts and shares --------------------------------------------------------------

    def _reposts(self, n_lures: int, n_ads: int) -> None:
        """Reposting channels copy lures and ads and add their footer; people share ads."""
        rng = self.rng
        lures = [d for d in self.drafts if d.kind == "lure" and d.role != "silent"]
        ads = [d for d in self.drafts if d.kind == "benign" and d.contact]
        by_lang: dict[str, int] = {"en": 0}
        for d in lures:
            if d.lang in tpl.REPOST_FOOTERS:
                by_lang[d.lang] = by_lang.get(d.lang, 0) + 1
        channels = []
        for _ in range(REPOST_CHANNELS_PER_SCALE * self.scale):
            lang = rng.choices(sorted(by_lang), [by_lang[k] + 0.1 for k in sorted(by_lang)])[0]
            stem, title, description = tpl.REPOST_CHANNELS[lang]
            name = self._claim(f"{stem}{rng.choice(('', '_vn', '_24h', '_daily', '_' + str(rng.randint(1, 99))))}")
            region = tpl.LANGUAGE_REGION[lang]
            place = Place("telegram", name, title, region, description, "reposts", (lang,), False)
            admin = self._claim(f"{stem[:12].rstrip('_')}_admin{rng.randint(1, 99)}")
            hotline = self.numbers.new(region or rng.choice(("TH", "KH", "PH")))
            self.places.append(place)
            channels.append((place, admin, hotline))
        # A channel copies what its readers can read: posts in its language, whose numbers (written
        # in a local format only where the audience is local) stay readable in the channel.
        # (Channels share regions and languages: each pool is built once per pair, so that the
        # corpus grows linearly with its scale.)
        def pools(drafts: list[_Draft]) -> list[list[_Draft]]:
            built: dict[tuple[str | None, str], list[_Draft]] = {}
            for place, _, _ in channels:
                key = (place.region, place.languages[0])
                if key not in built:
                    readable = [d for d in drafts if d.place.region in (None, place.region)]
                    built[key] = [d for d in readable if d.lang == key[1]] or readable or drafts
            return [built[(place.region, place.languages[0])] for place, _, _ in channels]

        lure_pools = pools(lures)
        ad_pools = pools(ads)
        for i in range(n_lures):
            place, admin, hotline = channels[i % len(channels)]
            self._repost(rng.choice(lure_pools[i % len(channels)]), place, admin, hotline)
        # Ads: half shared by people where they read them, half copied by the channels.
        for i in range(n_ads):
            if i % 2:
                place, admin, hotline = channels[i % len(channels)]
                self._repost(rng.choice(ad_pools[i % len(channels)]), place, admin, hotline)
            else:
                self._share(rng.choice(ads))

    def _group_of(self, original: _Draft) -> str | None:
        if original.group is None:
            self.shared_ads += 1
            original.group = f"ad:{self.shared_ads}"
        return original.group

    def _repost(self, original: _Draft, place: Place, admin: str, hotline: str) -> None:
        rng = self.rng
        lang = place.languages[0]
        footer = tpl.REPOST_FOOTERS[lang].format(handle=admin, phone=write_phone(rng, hotline, place.region))
        moment = min(REFERENCE_NOW - timedelta(minutes=5), original.published_at + timedelta(hours=rng.randint(1, 72)))
        text = "\n".join(part for part in (original.title, original.text) if part) + "\n\n" + footer
        draft = _Draft("telegram", place, place.title, place.name, None, moment, None, text, original.kind,
                       original.op, self._group_of(original) if original.kind == "benign" else original.group,
                       original.phones + [hotline], original.handles + [admin.lower()], original.lang, "repost",
                       original.template)
        self.drafts.append(draft)

    def _share(self, original: _Draft) -> None:
        """Someone shares an ad where they read it, copied as it was (numbers keep their format)."""
        rng = self.rng
        place, lang = original.place, original.lang
        display, stem = rng.choice(tpl.NAMES.get(lang, tpl.NAMES["en"]))
        if place.platform == "reddit":
            author = author_id = self._claim(f"{stem}_{rng.choice(tpl.REDDIT_WORDS)}")
            signature = None
            title = original.title
        else:
            author = signature = display
            author_id = self._claim(f"{stem}{rng.randint(1, 99)}").lower()
            title = None
        prefix = rng.choice(tpl.SHARE_PREFIXES.get(lang, tpl.SHARE_PREFIXES["en"]))
        moment = min(REFERENCE_NOW - timedelta(minutes=5), original.published_at + timedelta(hours=rng.randint(2, 96)))
        self.drafts.append(_Draft(place.platform, place, author, author_id, signature, moment, title,
                                  f"{prefix}\n{original.text}", "benign", None, self._group_of(original),
                                  list(original.phones), [], lang, "share"))

    # -- warnings ------------------------------------------------------------------------

    def _warnings(self, count: int, ops: list[_Op]) -> None:
        rng = self.rng
        quotable = [op for op in ops if any(d.phones for d in op.posts)]
        warnings_channel = next(p for p in self.places if p.kind == "warnings")
        for _ in range(count):
            chosen = rng.sample(quotable, 3 if rng.random() < 0.2 and len(quotable) > 2 else 2)
            # Warnings follow the scams they describe: after both operations have started posting.
            known = max(min(d.published_at for d in op.posts if d.phones) for op in chosen) + timedelta(days=1)
            moment = self._moment(min(known, REFERENCE_NOW - timedelta(hours=2)), REFERENCE_NOW - timedelta(hours=1))
            lang = rng.choice(_unique_in_order([lang for op in chosen for lang in op.languages] + ["en"]))
            others = self.open_places[lang]
            place = warnings_channel if rng.random() < 0.65 or not others else rng.choice(others)
            phones: list[str] = []
            handles: list[str] = []
            for op in chosen:
                seen = [d for d in op.posts if d.published_at <= moment]
                numbers = _unique_in_order(p for d in seen for p in d.phones) or op.freeze().phones
                phones += rng.sample(numbers, min(len(numbers), rng.randint(1, 2)))
                spelled = {h.lower(): h for _, h in op.personas}
                used = _unique_in_order(h for d in seen for h in d.handles) or op.freeze().handles
                if used and (not handles or rng.random() < 0.5):
                    handles.append(spelled[rng.choice(used)])
            if place.platform == "reddit":
                stem = rng.choice(tpl.NAMES.get(lang, tpl.NAMES["en"]))[1]
                author = author_id = self._claim(f"{stem}_{rng.choice(('psa', 'ofw', 'watch', 'real'))}")
                signature = None
            elif place.signed:
                if place.name not in self.admins:
                    self.admins[place.name] = self._claim(f"{place.name[:24]}_admin")
                author = signature = "Admin"
                author_id = self.admins[place.name]
            else:
                author, author_id, signature = place.title, place.name, None
            first = chosen[0]
            facts = {"dest": tpl.COUNTRY_NAMES[first.profile.destination][lang],
                     "city": tpl.CITY_NAMES.get(first.city, {}).get(lang, first.city),
                     "job": rng.choice(tpl.JOBS[rng.choice(first.jobs)][lang]), "n": str(rng.randint(8, 60)),
                     "numbers": ", ".join(write_phone(rng, p, place.region) for p in phones),
                     "handles": ", ".join(f"@{h}" for h in handles)}
            title = rng.choice(tpl.WARNING_TITLES[lang]).format_map(facts) if place.platform == "reddit" else None
            self.drafts.append(_Draft(place.platform, place, author, author_id, signature, moment, title,
                                      rng.choice(tpl.WARNINGS[lang]).format_map(facts), "warning", None, None, phones,
                                      [h.lower() for h in handles], lang, "warning"))

    # -- ids -----------------------------------------------------------------------------

    def _publish(self) -> list[SandboxPost]:
        """Give out native ids in publication order: Telegram counts per channel (with the gaps
        deleted messages leave), Reddit ids grow site-wide in base 36."""
        rng = self.rng
        next_id: dict[str, int] = {}
        reddit_counter = int("1k2x9a", 36) + rng.randint(0, 50_000)
        posts = []
        for d in sorted(self.drafts, key=lambda d: d.published_at):
            if d.platform == "telegram":
                current = next_id.get(d.place.name) or rng.randint(90, 900)
                next_id[d.place.name] = current + (1 if rng.random() < 0.8 else rng.randint(2, 4))
                native = str(current)
            else:
                reddit_counter += rng.randint(40, 4000)
                native = base36(reddit_counter)
            posts.append(SandboxPost(d.platform, d.place.name, native, d.author, d.author_id, d.signature,
                                     d.published_at, d.title, d.text, d.kind, d.op, d.group, d.phones, d.handles,
                                     d.lang, d.role, d.template))
        return posts


def _projections(signature: tuple[int, ...]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The (positions, values) of every MAX_SHARED_PARTS + 1 parts of a template signature."""
    return [(where, tuple(signature[i] for i in where))
            for where in itertools.combinations(range(len(signature)), MAX_SHARED_PARTS + 1)]


def _identity_slot(template: tpl.Benign) -> str | None:
    """The slot that names the employer (a company or a shop), if the template has one."""
    return next((s for s in ("company", "shop") if s in template.slots), None)
