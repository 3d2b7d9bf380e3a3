"""Files an attacker (or a broken export) hands to jitdesk's importers: a zip bomb dressed
as a price list, XML with entity tricks, a CSV with an absurd header."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
ROW = b'<row><c t="inlineStr"><is><t>X-1</t></is></c><c><v>1</v></c></row>'


def workbook_members(rows: list[list[object]]) -> dict[str, bytes]:
    """The files inside a small, valid .xlsx with these rows on its first sheet."""
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _deflated_repeat(head: bytes, chunk: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """Raw deflate of head + chunk * times + tail without compressing it all: after a full
    flush the compressor starts afresh, so every copy of `chunk` compresses to the same
    bytes. Returns (stream, crc32, uncompressed size)."""

    def part(data: bytes, final: bool) -> bytes:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(
            zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH
        )

    block = part(chunk, final=False)
    stream = part(head, final=False) + block * times + part(tail, final=True)
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return stream, crc, len(head) + len(chunk) * times + len(tail)


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive of already deflated members: (name, raw deflate, crc32, size)."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, crc, size in members:
        offset = out.tell()
        encoded = name.encode()
        common = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(data), size)
        out.write(b"PK\x03\x04" + common + struct.pack("<HH", len(encoded), 0) + encoded + data)
        central.write(
            b"PK\x01\x02"
            + struct.pack("<H", 20)
            + common
            + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, offset)
            + encoded
        )
    directory = central.getvalue()
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), out.tell(), 0
    )
    return out.getvalue() + directory + end


def xlsx_bomb(path: Path, xml_mib: int = 600) -> Path:
    """A price list of about 2 MB whose first sheet unpacks to `xml_mib` MiB of rows (and
    declares no dimension, so a reader cannot know how far it goes)."""
    members = workbook_members([["Supplier SKU", "Unit cost"], ["X-1", 1]])
    packed = []
    for name, data in members.items():
        if name == SHEET:
            data = re.sub(rb"<dimension[^>]*/>", b"", data)
            head, _, rest = data.partition(b"</sheetData>")
            chunk = ROW * 4096
            times = xml_mib * 1024 * 1024 // len(chunk)
            packed.append((name, *_deflated_repeat(head, chunk, times, b"</sheetData>" + rest)))
        else:
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            raw = compressor.compress(data) + compressor.flush()
            packed.append((name, raw, zlib.crc32(data), len(data)))
    path.write_bytes(_zip(packed))
    return path


def xlsx_with_entities(path: Path, kind: str) -> Path:
    """A price list whose first sheet declares entities: "xxe" reads a local file, "laughs"
    expands to a billion 'lol's."""
    members = workbook_members([["Supplier SKU", "Unit cost"], ["X-1", 1]])
    if kind == "xxe":
        doctype = b'<!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
        text = b"&e;"
    else:
        entities = b'<!ENTITY l0 "lol">' + b"".join(
            b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10)
        )
        doctype = b"<!DOCTYPE worksheet [" + entities + b"]>"
        text = b"&l9;"
    sheet = members[SHEET].replace(b"<t>X-1</t>", b"<t>" + text + b"</t>", 1)
    members[SHEET] = b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + sheet
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def csv_wide_header(path: Path, columns: int = 100_000) -> Path:
    header = ",".join(["name"] + [f"extra column {i}" for i in range(columns - 1)])
    path.write_text(header + "\nAnn" + "," * (columns - 1) + "\n", encoding="utf-8")
    return path
