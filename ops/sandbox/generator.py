"""A seeded corpus of job-lure posts, ordinary job ads and warnings, with ground truth.

``generate_corpus(seed, scale)`` builds the content the sandbox platforms serve: recruitment
operations that post lures across Telegram channels and subreddits with rotating phone numbers
and Telegram handles, companies and individuals posting ordinary jobs, and warnings that quote
the identifiers of several operations at once. Every post records which operation (or company)
it really belongs to, so crawls, enrichment and clustering can be scored against the truth.

The same seed gives the same corpus (given the same phonenumbers metadata): one
``random.Random(seed)`` drives every choice, and the clock is a fixed reference time, never the
wall clock.
"""

from __future__ import annotations

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
OPERATION_CHANNELS_PER_SCALE = 3
BENIGN_SHARE = 0.35
WARNING_SHARE = 0.08
ORGS_PER_SCALE = 5

_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
_LANDLINE_TYPES = (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


@dataclass(frozen=True)
class Place:
    """A Telegram channel or a subreddit. ``region`` is the audience's country (ISO 3166 alpha-2),
    where numbers may be written in local format; None for international places."""

    platform: str
    name: str
    title: str
    region: str | None
    description: str
    kind: str = "aggregator"  # "operation" | "aggregator" | "jobs" | "warnings" | "subreddit"
    languages: tuple[str, ...] = ()
    signed: bool = False  # telegram: every message shows its poster's signature


@dataclass(frozen=True)
class SandboxPost:
    """One post as published, with its ground truth (``kind``, ``op``, ``group``, ``phones``, ``handles``)."""

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


@dataclass(frozen=True)
class Operation:
    """A recruitment operation; ``phones``/``handles``/``accounts`` are those its posts really use
    (accounts as ``"telegram:<author_id>"`` or ``"reddit:<username>"``)."""

    id: str
    destination: str
    languages: list[str]
    phones: list[str]
    handles: list[str]
    accounts: list[str]
    city: str = ""
    company: str = ""
    jobs: list[str] = field(default_factory=list)


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
    """Build the corpus for ``seed``: about 300 posts and 8 operations per unit of ``scale``."""
    return _Builder(seed, scale).build()


def slug(text: str) -> str:
    """ASCII letters and digits of ``text``, lower case ("Sao Việt" -> "saoviet")."""
    folded = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]", "", folded.encode("ascii", "ignore").decode().lower())


def write_phone(rng: random.Random, e164: str, place_region: str | None) -> str:
    """``e164`` written the way a poster would: international forms anywhere, the national
    form only where the audience shares the number's country (a parser needs that region)."""
    number = phonenumbers.parse(e164)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    forms = [international, international.replace(" ", "-"), e164]
    if place_region and phonenumbers.region_code_for_number(number) == place_region:
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        forms = [national, national, re.sub(r"\D", "", national), international]
    return rng.choice(forms)


class _Numbers:
    """Hands out valid, never-repeated phone numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, region: str, kind: str = "mobile") -> str:
        prefixes, lengths = (tpl.MOBILE_PLANS if kind == "mobile" else tpl.LANDLINE_PLANS)[region]
        wanted = _MOBILE_TYPES if kind == "mobile" else _LANDLINE_TYPES
        code = phonenumbers.country_code_for_region(region)
        for _ in range(1000):
            prefix = self.rng.choice(prefixes)
            length = self.rng.choice(lengths)
            digits = prefix + "".join(self.rng.choice("0123456789") for _ in range(length - len(prefix)))
            number = phonenumbers.parse(f"+{code}{digits}")
            e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
            if e164 not in self.used and phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted:
                self.used.add(e164)
                return e164
        raise RuntimeError(f"no valid {kind} number for {region} after 1000 tries")


@dataclass
class _Op:
    """An operation while it is being built (mutable; frozen into Operation at the end)."""

    id: str
    profile: tpl.Profile
    city: str
    company: str
    jobs: list[str]
    languages: list[str]
    pool: list[str]
    personas: list[tuple[str, str]]  # (display name, telegram username as spelled)
    handles: list[str]  # as spelled in texts
    reddit_accounts: list[str]
    salary: tuple[int, int]
    ages: tuple[int, int]
    hours: int
    start: datetime
    end: datetime
    families: dict[str, int]  # lure template family used in each language
    channel: Place | None = None
    posts: list[_Draft] = field(default_factory=list)

    def freeze(self) -> Operation:
        ordered = sorted(self.posts, key=lambda d: d.published_at)
        phones = _unique_in_order(p for d in ordered for p in d.phones)
        handles = _unique_in_order(h for d in ordered for h in d.handles)
        accounts = _unique_in_order(f"{d.platform}:{d.author_id}" for d in ordered)
        return Operation(self.id, self.profile.destination, list(self.languages), phones, handles, accounts,
                         self.city, self.company, list(self.jobs))


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
        self.family_turn: dict[str, int] = {}
        self.companies: set[str] = set()
        self.admins: dict[str, str] = {}
        self.cycle: list[str] = []
        for place in self.places:
            self.names.add(place.name.lower())

    def build(self) -> Corpus:
        ops = [self._operation(i) for i in range(OPERATIONS_PER_SCALE * self.scale)]
        for op in ops[: OPERATION_CHANNELS_PER_SCALE * self.scale]:
            op.channel = self._operation_channel(op)
            self.places.append(op.channel)
        total = POSTS_PER_SCALE * self.scale
        n_warnings = round(total * WARNING_SHARE)
        n_benign = round(total * BENIGN_SHARE)
        # Operations that run their own channel post the most: they fill it every day or two.
        busy = [1.6 if op.channel else 1.0 for op in ops]
        for op, count in zip(ops, self._split(total - n_warnings - n_benign, busy)):
            self._lures(op, count)
        self._benign(n_benign)
        self._warnings(n_warnings, ops)
        return Corpus(self._publish(), [op.freeze() for op in ops], list(self.places))

    # -- small helpers -------------------------------------------------------------------

    def _moment(self, lo: datetime, hi: datetime) -> datetime:
        return lo + timedelta(seconds=self.rng.randint(0, max(0, int((hi - lo).total_seconds()))))

    def _claim(self, name: str) -> str:
        candidate = name
        while candidate.lower() in self.names:
            candidate = f"{name}{self.rng.randint(2, 99)}"
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

    def _operation(self, index: int) -> _Op:
        rng = self.rng
        if index % len(tpl.DESTINATION_CYCLE) == 0:
            self.cycle = list(tpl.DESTINATION_CYCLE)
            rng.shuffle(self.cycle)
        profile = next(p for p in tpl.PROFILES if p.destination == self.cycle[index % len(self.cycle)])
        candidates = list(profile.languages)
        languages: list[str] = []
        for _ in range(rng.choice((1, 2, 2, 3))):
            pick = rng.choices(candidates, [len(candidates) - i for i in range(len(candidates))])[0]
            languages.append(pick)
            candidates.remove(pick)
        company = self._company()
        audiences = [r for r in (tpl.LANGUAGE_REGION[lang] for lang in languages) if r and r in tpl.MOBILE_PLANS]
        pool = [self.numbers.new(rng.choice(profile.phone_regions))]
        pool += [self.numbers.new(rng.choice(audiences + list(profile.phone_regions))) for _ in range(rng.randint(2, 4))]
        rng.shuffle(pool)
        personas = []
        for alias in rng.sample(tpl.ALIASES, rng.choice((2, 2, 3))):
            display = f"{alias} {rng.choice(tpl.ROLES[languages[0]])}{rng.choice(('', ' 💼', ' ✅'))}"
            tag = rng.choice(tpl.HANDLE_TAGS)
            spelled = f"{alias}_{tag.upper() if rng.random() < 0.4 else tag}{rng.randint(1, 99)}"
            personas.append((display, self._claim(spelled if rng.random() < 0.6 else spelled.lower())))
        support = self._claim(f"{rng.choice(tpl.HANDLE_TAGS)}_{slug(company.split()[0])}{rng.randint(1, 999)}")
        accounts = [self._claim(f"{rng.choice(tpl.THROWAWAY_PARTS)}{rng.choice(('_', ''))}{rng.randint(10, 9999)}")
                    for _ in range(rng.randint(2, 4))]
        low = rng.randrange(800, 2001, 100)
        start = REFERENCE_NOW - timedelta(seconds=rng.randint(25 * 86400, 58 * 86400))
        end = min(REFERENCE_NOW - timedelta(hours=1), start + timedelta(seconds=rng.randint(20 * 86400, 50 * 86400)))
        for lang in languages:
            self.family_turn[lang] = self.family_turn.get(lang, -1) + 1
        return _Op(
            id=f"op-{index + 1:02d}", profile=profile, city=rng.choice(profile.cities), company=company,
            jobs=rng.sample(tpl.JOB_KINDS, rng.choice((1, 2))), languages=languages, pool=pool, personas=personas,
            handles=[p[1] for p in personas] + [support], reddit_accounts=accounts,
            salary=(low, min(3000, low + rng.randrange(500, 1201, 100))), ages=(18, rng.choice((30, 35, 40))),
            hours=rng.choice((8, 9, 10, 12)), start=start, end=end,
            families={lang: self.family_turn[lang] % len(tpl.LURES[lang]) for lang in languages},
        )

    def _company(self) -> str:
        while True:
            name = f"{self.rng.choice(tpl.COMPANY_HEADS)} {self.rng.choice(tpl.COMPANY_TAILS)}"
            if name not in self.companies or len(self.companies) >= len(tpl.COMPANY_HEADS) * len(tpl.COMPANY_TAILS):
                self.companies.add(name)
                return name

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
        handle_only = [i > 0 and rng.random() < 0.15 for i in range(count)]
        numbered = [i for i in range(count) if not handle_only[i]]
        phones: list[list[str]] = [[] for _ in range(count)]
        handles: list[list[str]] = [[] for _ in range(count)]
        # Rotation: the j-th numbered post uses the pool number at j*k/m, and the post just before a
        # change of number shows both, so consecutive posts always share one.
        k, m = len(op.pool), len(numbered)
        for j, i in enumerate(numbered):
            here = j * k // m
            after = (j + 1) * k // m if j + 1 < m else here
            phones[i] = [op.pool[here]]
            if after != here:
                phones[i].append(op.pool[after])
            elif here + 1 < k and rng.random() < 0.2:
                phones[i].append(op.pool[here + 1])
        for i in range(count):
            if handle_only[i] or rng.random() < 0.45:
                handles[i] = [rng.choice(op.handles)]
        # A handle-only post joins its operation through the handle alone: a numbered post shows it too.
        shown = {h for i in numbered for h in handles[i]}
        for h in _unique_in_order(h for i in range(count) if handle_only[i] for h in handles[i]):
            if h not in shown:
                handles[rng.choice(numbered)].append(h)
                shown.add(h)
        if not shown:  # warnings quote a handle of every operation
            handles[numbered[0]].append(op.handles[-1])
        for i, moment in enumerate(times):
            lang = rng.choices(op.languages, [2] + [1] * (len(op.languages) - 1))[0]
            # Own channel first, then the places whose audience reads this language at home.
            choices = [(op.channel, 8.0)] if op.channel else []
            choices += [(p, 3.0 if p.region and p.region == tpl.LANGUAGE_REGION[lang] else 1.0)
                        for p in self.places if p.kind in ("aggregator", "subreddit") and lang in p.languages]
            place = self._weighted(choices)
            if place.platform == "reddit":
                author = author_id = rng.choice(op.reddit_accounts)
                signature = None
            elif place.signed:
                author, username = rng.choice(op.personas)
                author_id, signature = username.lower(), author
            else:
                author, author_id, signature = place.title, place.name, None
            facts = self._lure_facts(op, lang)
            title = rng.choice(tpl.LURE_TITLES[lang]).format_map(facts) if place.platform == "reddit" else None
            text = self._lure_text(op, lang, place, facts, phones[i], handles[i])
            draft = _Draft(place.platform, place, author, author_id, signature, moment, title, text, "lure", op.id,
                           op.id, list(phones[i]), [h.lower() for h in handles[i]], lang)
            op.posts.append(draft)
            self.drafts.append(draft)

    def _lure_facts(self, op: _Op, lang: str) -> dict[str, str]:
        rng = self.rng
        job = rng.choice(tpl.JOBS[rng.choice(op.jobs)][lang])
        city = tpl.CITY_NAMES.get(op.city, {}).get(lang, op.city)
        dest = tpl.COUNTRY_NAMES[op.profile.destination][lang]
        lo = max(800, op.salary[0] + rng.choice((-100, 0, 0, 100, 200)))
        hi = min(3000, max(lo + 300, op.salary[1] + rng.choice((-200, 0, 0, 100))))
        salary = rng.choice(tpl.SALARY[lang]).format(
            lo=lo, hi=hi, thb=f"{lo * 33 // 1000 * 1000:,}", myr=f"{lo * 45 // 1000 * 100:,}", idr=lo * 16 // 1000)
        return {"job": job, "job_up": job.upper(), "city": city, "city_up": city.upper(), "dest": dest,
                "dest_up": dest.upper(), "salary": salary}

    def _lure_text(self, op: _Op, lang: str, place: Place, facts: dict[str, str], phones: list[str],
                   handles: list[str]) -> str:
        rng = self.rng
        table = tpl.PERKS[lang]
        perks = [rng.choice(table[key]) for key in rng.sample(sorted(table), rng.randint(3, len(table)))]
        bullet = rng.choice(tpl.BULLETS)
        items = [self._phone_item(lang, place.region, p) for p in phones]
        items += [rng.choice(tpl.HANDLE_FORMS.get(lang, tpl.HANDLE_FORMS["default"])).format(h=h) for h in handles]
        values = dict(
            facts, hdr=rng.choice(tpl.HEADERS[lang]) + "\n" if rng.random() < 0.5 else "",
            perks="\n".join(f"{bullet} {p}" for p in perks), perks_inline=tpl.INLINE_JOIN.get(lang, ", ").join(perks),
            contact="\n".join(items), contact_inline=rng.choice((" / ", " | ", ", ")).join(items),
            company=op.company, n=rng.choice((5, 10, 15, 20, 30, 50)), hours=op.hours, age_lo=op.ages[0],
            age_hi=op.ages[1],
        )
        return tpl.LURES[lang][op.families[lang]].format_map(values)

    def _phone_item(self, lang: str, region: str | None, e164: str) -> str:
        written = write_phone(self.rng, e164, region)
        if self.rng.random() < 0.15:
            return f"📞 {written}"
        return f"{self.rng.choice(tpl.PHONE_LABELS[lang])} {written}"

    # -- ordinary job ads ----------------------------------------------------------------

    def _benign(self, count: int) -> None:
        rng = self.rng
        weights = [tpl.BENIGN_LANGUAGE_WEIGHTS[t.lang] / sum(1 for u in tpl.BENIGN if u.lang == t.lang) for t in tpl.BENIGN]
        with_identity = [i for i, t in enumerate(tpl.BENIGN) if _identity_slot(t)]
        taken: set[str] = set()  # companies that post repeatedly; one-off ads do not borrow their names
        made = 0
        for _ in range(ORGS_PER_SCALE * self.scale):
            open_ = [i for i in with_identity if set(tpl.BENIGN[i].slots[_identity_slot(tpl.BENIGN[i]) or ""]) - taken]
            if not open_ or count - made < 2:
                break
            index = rng.choices(open_, [weights[i] for i in open_])[0]
            made += self._organisation(tpl.BENIGN[index], index, min(rng.randint(2, 4), count - made), taken)
        while made < count:
            template = tpl.BENIGN[rng.choices(range(len(tpl.BENIGN)), weights)[0]]
            values = self._benign_values(template, taken)
            place = self._weighted(self._benign_places(template))
            display, stem = rng.choice(tpl.NAMES.get(template.lang, tpl.NAMES["en"]))
            values["name"] = display
            if place.platform == "reddit":
                author = author_id = self._claim(f"{stem}_{rng.choice(tpl.REDDIT_WORDS)}")
                signature = None
            else:
                author = signature = display
                author_id = self._claim(f"{stem}{rng.randint(1, 99)}").lower()
            phone = self.numbers.new(template.region, template.phone) if template.phone else None
            moment = self._moment(REFERENCE_NOW - WINDOW, REFERENCE_NOW - timedelta(hours=1))
            self.drafts.append(self._benign_draft(template, values, place, author, author_id, signature, moment, phone, None))
            made += 1

    def _organisation(self, template: tpl.Benign, index: int, count: int, taken: set[str]) -> int:
        """A company posting ``count`` ads from one account, with the same contact details."""
        rng = self.rng
        slot = _identity_slot(template) or "company"
        identity = rng.choice([v for v in template.slots[slot] if v not in taken])
        taken.add(identity)
        values = self._benign_values(template, taken, identity)
        # Names in Thai, Khmer or Burmese script have no ASCII letters for an account name.
        key = slug(identity) or f"{template.region.lower()}_employer{index}{template.slots[slot].index(identity)}"
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
        phone = self.numbers.new(template.region, template.phone) if template.phone else None
        values["name"] = rng.choice(tpl.NAMES.get(template.lang, tpl.NAMES["en"]))[0]
        for _ in range(count):
            moment = self._moment(REFERENCE_NOW - WINDOW, REFERENCE_NOW - timedelta(hours=1))
            fresh = self._benign_values(template, taken, identity)  # the ad changes (ages, dates, ids), not the company
            fresh.update(email=values["email"], name=values["name"])
            self.drafts.append(self._benign_draft(template, fresh, rng.choice(places), author, author_id, signature,
                                                  moment, phone, f"org:{key}"))
        return count

    def _benign_values(self, template: tpl.Benign, taken: set[str], identity: str | None = None) -> dict[str, str]:
        """Slot values for one ad; the employer is ``identity``, else preferably not one of ``taken``."""
        rng = self.rng
        slot = _identity_slot(template)
        for _ in range(6):
            values = {name: rng.choice(options) for name, options in sorted(template.slots.items())}
            if slot and identity:
                values[slot] = identity
            if not slot or values[slot] not in taken or identity:
                break
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

    def _email(self, template: tpl.Benign, identity: str) -> str:
        stem = re.sub(r"(inc|ltd|sdnbhd|ph)$", "", slug(identity)) or f"jobs{self.rng.randint(10, 99)}"
        local = {"vi": "tuyendung", "id": "hrd"}.get(template.lang) or self.rng.choice(("hr", "careers", "recruitment"))
        return f"{local}@{stem}.{tpl.EMAIL_TLD.get(template.region, 'com')}"

    def _benign_places(self, template: tpl.Benign) -> list[tuple[Place, float]]:
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
        return _Draft(place.platform, place, author, author_id, signature, moment, title,
                      template.text.format_map(written), "benign", None, group, [phone] if phone else [], [],
                      template.lang)

    # -- warnings ------------------------------------------------------------------------

    def _warnings(self, count: int, ops: list[_Op]) -> None:
        rng = self.rng
        quotable = [op for op in ops if op.posts]
        warnings_channel = next(p for p in self.places if p.kind == "warnings")
        for _ in range(count):
            chosen = rng.sample(quotable, 3 if rng.random() < 0.2 and len(quotable) > 2 else 2)
            # Warnings follow the scams they describe: after both operations have started posting.
            known = max(min(d.published_at for d in op.posts) for op in chosen) + timedelta(days=1)
            moment = self._moment(min(known, REFERENCE_NOW - timedelta(hours=2)), REFERENCE_NOW - timedelta(hours=1))
            lang = rng.choice(_unique_in_order([lang for op in chosen for lang in op.languages] + ["en"]))
            others = [p for p in self.places if p.kind in ("aggregator", "subreddit") and lang in p.languages]
            place = warnings_channel if rng.random() < 0.65 or not others else rng.choice(others)
            phones: list[str] = []
            handles: list[str] = []
            for op in chosen:
                seen = [d for d in op.posts if d.published_at <= moment]
                numbers = _unique_in_order(p for d in seen for p in d.phones) or op.freeze().phones
                phones += rng.sample(numbers, min(len(numbers), rng.randint(1, 2)))
                spelled = {h.lower(): h for h in op.handles}
                used = _unique_in_order(h for d in seen for h in d.handles) or op.freeze().handles
                if not handles or rng.random() < 0.5:
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
            facts = {"dest": tpl.COUNTRY_NAMES[chosen[0].profile.destination][lang],
                     "job": rng.choice(tpl.JOBS[rng.choice(chosen[0].jobs)][lang]),
                     "numbers": ", ".join(write_phone(rng, p, place.region) for p in phones),
                     "handles": ", ".join(f"@{h}" for h in handles)}
            title = rng.choice(tpl.WARNING_TITLES[lang]).format_map(facts) if place.platform == "reddit" else None
            self.drafts.append(_Draft(place.platform, place, author, author_id, signature, moment, title,
                                      rng.choice(tpl.WARNINGS[lang]).format_map(facts), "warning", None, None, phones,
                                      [h.lower() for h in handles], lang))

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
                                     d.lang))
        return posts


def _identity_slot(template: tpl.Benign) -> str | None:
    """The slot that names the employer (a company or a shop), if the template has one."""
    return next((s for s in ("company", "shop") if s in template.slots), None)
