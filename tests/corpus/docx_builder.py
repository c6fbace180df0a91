"""The smallest WordprocessingML package (a ``.docx``), built with the standard library.

Shared by the Word-table corpus (``tables_harness.py``) and the tests of the ``.docx`` reader:
the package parts (content types, the package relationship) and the document wrapper are the
same for both; each builds its own body (paragraphs, tables, merged cells).

>>> import io, zipfile
>>> data = word_document("<w:p/>")
>>> sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())
['[Content_Types].xml', '_rels/.rels', 'word/document.xml']
"""

from __future__ import annotations

import io
import zipfile

#: The WordprocessingML namespace, bound to the prefix ``w`` in the document.
W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def word_document(body: str, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ``.docx`` whose ``w:body`` holds *body* (WordprocessingML, prefix ``w``)."""
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NAMESPACE}"><w:body>{body}</w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)
    return out.getvalue()
