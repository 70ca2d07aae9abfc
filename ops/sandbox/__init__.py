"""The sandbox platforms: local imitations of Telegram's channel previews and Reddit's JSON API,
filled from a seeded corpus with ground truth (see DESIGN.md, "The sandbox platforms").

``generate_corpus`` (generator.py) builds the corpus; ``Sandbox`` (server.py) serves it on
127.0.0.1; ``python -m ops.sandbox`` runs it by hand.
"""

from ops.sandbox.generator import Corpus, Operation, Place, SandboxPost, generate_corpus
from ops.sandbox.server import Sandbox

__all__ = ["Corpus", "Operation", "Place", "Sandbox", "SandboxPost", "generate_corpus"]
