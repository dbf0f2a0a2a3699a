# Type stubs of the native module (crates/parallax-py/src/lib.rs). The public
# functions are in parallax/__init__.py, which wraps these.

import os

__version__: str

class Document:
    """One article, as the engine reads it.

    >>> Document("Storm in Lisbon\\n\\nThe storm hit Lisbon.", id="a", outlet="The Daily Bugle").outlet
    'The Daily Bugle'
    """

    def __init__(
        self,
        text: str,
        id: str = "",
        title: str | None = None,
        outlet: str | None = None,
        date: str | None = None,
        url: str | None = None,
    ) -> None: ...
    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def date(self) -> str | None:
        """The publication date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    @staticmethod
    def _from_json(state: str) -> Document: ...
    def __reduce__(self) -> tuple[object, tuple[str]]: ...

def read(data: bytes, name: str) -> list[Document]: ...
def extract_json(doc: Document) -> str: ...
def analyze_json(docs: list[Document]) -> str: ...
def features_json(doc: Document) -> str: ...
def publish_json(out: str | os.PathLike[str], stories: list[list[Document]]) -> str: ...
