"""Small, valid text PDFs written by hand, so the documents factories make (tests, demo) are real and searchable offline.

The text is set in the standard Helvetica font (WinAnsi encoding covers Dutch and French
accents), wrapped to the page width and split over as many A4 pages as it needs.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842
MARGIN, LEADING, WRAP = 56, 15, 88


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _lines(title: str, paragraphs: list[str]) -> list[tuple[str, str]]:
    lines = [("title", title), ("text", "")]
    for paragraph in paragraphs:
        lines += [("text", line) for line in textwrap.wrap(paragraph, WRAP)] + [("text", "")]
    return lines


def simple_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A PDF whose first line is ``title`` (large) followed by the paragraphs."""
    per_page = (PAGE_HEIGHT - 2 * MARGIN) // LEADING
    lines = _lines(title, paragraphs)
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    objects: list[bytes] = []  # object n is objects[n - 1]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # pages tree, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page_lines in pages:
        stream = [b"BT", f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td".encode()]
        for kind, text in page_lines:
            font = b"/F2 16 Tf" if kind == "title" else b"/F1 11 Tf"
            stream += [font, b"(" + _escape(text) + b") Tj", f"0 -{LEADING} Td".encode()]
        stream.append(b"ET")
        content = b"\n".join(stream)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_id = len(objects)
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_id} 0 R >>"
            ).encode()
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    info_id = len(objects) + 1
    objects.append(b"<< /Title (" + _escape(title) + b") /Producer (LEVL demo content) >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
