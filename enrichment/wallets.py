"""Crypto wallet addresses with verified checksums: Bitcoin (base58check, bech32/bech32m),
Ethereum (EIP-55 mixed case) and TRON (base58check) — the USDT chains scam operations use.

An address whose checksum fails is a typo or a made-up string and is never reported: a wrong
address would link unrelated posts.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {char: index for index, char in enumerate(_B58_ALPHABET)}

# Each pattern starts with the character an address starts with and then looks behind it for the
# start of the word ("(?<![A-Za-z0-9])" first would make the regex engine stop at every position).
_BTC_BASE58 = re.compile(r"[13](?<![A-Za-z0-9].)[1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])")
_BTC_BECH32 = re.compile(r"(?:bc1|BC1)(?<![A-Za-z0-9]...)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}(?![A-Za-z0-9])")
_ETH = re.compile(r"0(?<![A-Za-z0-9]0)x[0-9a-fA-F]{40}(?![A-Za-z0-9])")
_TRON = re.compile(r"T(?<![A-Za-z0-9]T)[1-9A-HJ-NP-Za-km-z]{33}(?![A-Za-z0-9])")


def base58check_payload(address: str) -> bytes | None:
    """The payload (version byte + data) of a base58check string, or None if the checksum fails."""
    number = 0
    for char in address:
        if char not in _B58_INDEX:
            return None
        number = number * 58 + _B58_INDEX[char]
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    raw = b"\x00" * (len(address) - len(address.lstrip("1"))) + raw
    if len(raw) < 5:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return payload


_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_CONST, _BECH32M_CONST = 1, 0x2BC830A3


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            checksum ^= generator[bit] if (top >> bit) & 1 else 0
    return checksum


def bech32_valid(address: str) -> bool:
    """A segwit address (bech32 for v0, bech32m for v1+) with a valid checksum."""
    if address.lower() != address and address.upper() != address:
        return False
    address = address.lower()
    hrp, _, data = address.rpartition("1")
    if hrp != "bc" or len(data) < 6:
        return False
    values = [_BECH32_CHARSET.find(char) for char in data]
    if -1 in values:
        return False
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    const = _bech32_polymod(expanded + values)
    version = values[0]
    return (version == 0 and const == _BECH32_CONST) or (version > 0 and const == _BECH32M_CONST)


# Keccak-256 (the pre-standard padding Ethereum uses; hashlib's sha3_256 pads differently).
_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_MASK = (1 << 64) - 1


def _keccak_f(state: list[list[int]]) -> None:
    for round_constant in _RC:
        c = [state[x][0] ^ state[x][1] ^ state[x][2] ^ state[x][3] ^ state[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _MASK) for x in range(5)]
        for x in range(5):
            for y in range(5):
                state[x][y] ^= d[x]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                rot = _ROT[x][y]
                value = state[x][y]
                b[y][(2 * x + 3 * y) % 5] = ((value << rot) | (value >> (64 - rot))) & _MASK if rot else value
        for x in range(5):
            for y in range(5):
                state[x][y] = b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y])
        state[0][0] ^= round_constant


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as used by Ethereum."""
    rate = 136
    padded = bytearray(data) + b"\x01"
    padded += b"\x00" * (-len(padded) % rate)
    padded[-1] |= 0x80
    state = [[0] * 5 for _ in range(5)]
    for offset in range(0, len(padded), rate):
        block = padded[offset : offset + rate]
        for i in range(rate // 8):
            state[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        _keccak_f(state)
    out = b"".join(state[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out


def eth_valid(address: str) -> bool:
    """All-lower or all-upper hex is valid (no checksum); mixed case must match EIP-55."""
    body = address[2:]
    if body == body.lower() or body == body.upper():
        return True
    digest = keccak256(body.lower().encode()).hex()
    return all(
        (char.upper() if int(digest[i], 16) >= 8 else char.lower()) == char
        for i, char in enumerate(body)
    )


def find_wallets(text: str) -> list[dict[str, Any]]:
    """Wallet identifiers in ``text``: ``btc:…``, ``eth:0x…`` (lower case), ``tron:T…``."""
    found: dict[str, dict[str, Any]] = {}

    def add(value: str, raw: str) -> None:
        found.setdefault(value, {"kind": "wallet", "value": value, "raw": raw, "channel": None})

    if "0x" in text:
        for match in _ETH.finditer(text):
            if eth_valid(match.group(0)):
                add("eth:" + match.group(0).lower(), match.group(0))
    for match in _BTC_BECH32.finditer(text) if "bc1" in text or "BC1" in text else ():
        if bech32_valid(match.group(0)):
            add("btc:" + match.group(0).lower(), match.group(0))
    for match in _BTC_BASE58.finditer(text):
        payload = base58check_payload(match.group(0))
        if payload is not None and len(payload) == 21 and payload[0] in (0x00, 0x05):
            add("btc:" + match.group(0), match.group(0))
    for match in _TRON.finditer(text):
        payload = base58check_payload(match.group(0))
        if payload is not None and len(payload) == 21 and payload[0] == 0x41:
            add("tron:" + match.group(0), match.group(0))
    return list(found.values())
