"""MinHash signatures of many shingle sets at once, vectorised with numpy.

Each of ``num_perm`` hash functions is a multiply-shift hash (the high 32 bits of ``a·h + b`` modulo
2^64, ``a`` odd) of the shingle's CRC-32, and a document's signature is the minimum per function, as
in datasketch's MinHash — but computed for a whole batch of documents with a few array operations
instead of one Python object per document. CRC-32 is deterministic across processes and runs,
which matters because the store keeps LSH band hashes. At a million templates this is the
difference between minutes and seconds. datasketch stays the reference: a test checks that these
signatures estimate Jaccard similarity as well as datasketch's MinHash with as many permutations.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

_MAX_HASH = np.uint32((1 << 32) - 1)
_SHIFT = np.uint64(32)
#: Shingles hashed per numpy step (rows × permutations × 8 bytes of working memory).
_CHUNK = 65536


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    generator = np.random.RandomState(seed)
    a = generator.randint(0, np.iinfo(np.uint64).max, size=num_perm, dtype=np.uint64) | np.uint64(1)
    b = generator.randint(0, np.iinfo(np.uint64).max, size=num_perm, dtype=np.uint64)
    return a, b


def _permuted(values: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Every hash function applied to every shingle hash (rows × functions): the high 32 bits
    of ``a·h + b`` modulo 2^64."""
    with np.errstate(over="ignore"):
        return ((values[:, None] * a[None, :] + b[None, :]) >> _SHIFT).astype(np.uint32)


def signatures(documents: Sequence[Iterable[str]], num_perm: int = 64, seed: int = 1) -> np.ndarray:
    """One row of ``num_perm`` uint32 minimum hashes per document (an empty document gets the
    signature of the empty string)."""
    a, b = _permutations(num_perm, seed)
    hashes: list[int] = []
    owners: list[int] = []
    for index, shingles in enumerate(documents):
        before = len(hashes)
        hashes.extend(zlib.crc32(s.encode()) for s in shingles)
        if len(hashes) == before:
            hashes.append(0)
        owners.extend([index] * (len(hashes) - before))
    out = np.full((len(documents), num_perm), _MAX_HASH, dtype=np.uint32)
    if not documents:
        return out
    values = np.asarray(hashes, dtype=np.uint64)
    who = np.asarray(owners, dtype=np.int64)
    for start in range(0, len(values), _CHUNK):
        permuted = _permuted(values[start : start + _CHUNK], a, b)
        owner = who[start : start + _CHUNK]
        # Rows are grouped by document: reduce each run of equal owners to its minimum.
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        minima = np.minimum.reduceat(permuted, starts, axis=0)
        docs = owner[starts]
        out[docs] = np.minimum(out[docs], minima)
    return out


#: The signature every template gets at enrichment: ``NUM_PERM`` minimum hashes in ``BANDS`` bands
#: (LinkPolicy's defaults; a policy with other numbers computes its own).
NUM_PERM = 64
BANDS = 16


def band_hashes(signatures: np.ndarray, bands: int) -> np.ndarray:
    """One 64-bit hash per band per signature (rows × bands)."""
    rows = signatures.shape[1] // bands
    view = signatures[:, : rows * bands].astype(np.uint64).reshape(len(signatures), bands, rows)
    mixed = np.zeros((len(signatures), bands), dtype=np.uint64)
    for r in range(rows):
        mixed = (mixed * np.uint64(0x100000001B3)) ^ view[:, :, r]
    return mixed


def signed_bands(shingles: Iterable[str], num_perm: int = NUM_PERM, bands: int = BANDS, seed: int = 1) -> str:
    """``encode_bands`` of one document's band hashes: the same values as ``signatures`` and
    ``band_hashes`` give for a batch, computed without the batch machinery (enrichment signs
    one post at a time)."""
    a, b = _permutations(num_perm, seed)
    hashes = [zlib.crc32(s.encode()) for s in shingles] or [0]
    row = _permuted(np.asarray(hashes, dtype=np.uint64), a, b).min(axis=0)
    return encode_bands(band_hashes(row[None, :], bands)[0])


def encode_bands(row: np.ndarray) -> str:
    """A row of band hashes as the hex string a post's ``template.bands`` carries."""
    return row.astype(">u8").tobytes().hex()


def decode_bands(text: str, bands: int) -> np.ndarray | None:
    """The band hashes of ``encode_bands``, or None when ``text`` is not ``bands`` of them."""
    try:
        raw = bytes.fromhex(text)
    except (TypeError, ValueError):
        return None
    if len(raw) != 8 * bands:
        return None
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64)

