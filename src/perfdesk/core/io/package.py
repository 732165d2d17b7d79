"""The data package file (``.pdpkg``, issue 19): a zip archive holding ``manifest.json``, ``data.sqlite`` (the
records, see :mod:`perfdesk.core.services.package_store`) and the evidence files under ``files/<sha256>``.

The manifest names the package (id, kind ``up``/``down``), the unit and year, the sender, the PerfDesk version and
schema revision that wrote it, the row counts, and the size and SHA-256 of every other part; its ``seal`` is the
SHA-256 of the manifest itself without the seal, so an edited manifest is told from a sound one. Reading checks,
before anything is believed: that the file is a whole zip archive, that it holds exactly the parts the manifest
lists (no other name, no name twice, none that would unpack beyond the limits of :mod:`.sheets`: a zip bomb is
refused from the directory alone), the seal, the format and schema, and every part's size and digest. Nothing is
ever extracted by a name read from the archive: evidence files are read by their digest only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io.sheets import MAX_TOTAL_BYTES, oversized_parts

FORMAT = 1
SUFFIX = ".pdpkg"
MANIFEST = "manifest.json"
DATA = "data.sqlite"
CHUNK = 4 * 2**20
FILES = "files/"
MAX_MANIFEST_BYTES = 16 * 2**20
MAX_PACKAGE_BYTES = 4 * MAX_TOTAL_BYTES  # evidence files (scans, photos) pack little: four times a workbook's limit
REQUIRED = ("format", "package_id", "kind", "unit_code", "unit_name", "year", "sender", "version", "schema",
            "created_at", "counts", "parts", "seal")
KINDS = ("up", "down")
_FILE_NAME = re.compile(FILES + "[0-9a-f]{64}")


@dataclass(frozen=True)
class Manifest:
    fields: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.fields["created_at"])


@dataclass(frozen=True)
class Package:
    """A package whose every part was found sound: its manifest, and its parts by name (evidence by digest)."""

    path: Path
    manifest: Manifest

    def file_bytes(self, sha256: str) -> bytes:
        name = FILES + sha256
        if name not in self.manifest.parts:
            raise KeyError(sha256)
        with zipfile.ZipFile(self.path) as zf:
            return zf.read(name)

    def extract(self, name: str, dest: Path) -> None:
        """Copy part ``name`` to ``dest`` (a name the manifest lists; never a path taken from the archive)."""
        if name not in self.manifest.parts:
            raise KeyError(name)
        with zipfile.ZipFile(self.path) as zf, zf.open(name) as source, dest.open("wb") as target:
            for block in iter(lambda: source.read(CHUNK), b""):
                target.write(block)


def _problem(path: Path, message: str) -> UserErrors:
    return UserErrors(UserError(message, str(path)))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal_of(manifest: Mapping[str, Any]) -> str:
    return digest(canonical({k: v for k, v in manifest.items() if k != "seal"}))


# -- writing --------------------------------------------------------------------------------------------------------
def write_package(path: Path, fields: dict[str, Any], data_file: Path, files: Mapping[str, Path]) -> Manifest:
    """Write the records in ``data_file`` and the evidence ``files`` ({sha256: file}) as a package at ``path``
    (through a temporary file, so a failure leaves nothing half-written). A file whose content no longer has its
    recorded digest is refused: the package would carry something other than the evidence recorded."""
    parts: dict[str, dict[str, Any]] = {}
    temp = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            parts[DATA] = _write_stream(zf, DATA, data_file)
            for sha, source in sorted(files.items()):
                parts[FILES + sha] = _write_file(zf, sha, source)
            manifest = {**fields, "format": FORMAT, "parts": parts}
            manifest["seal"] = seal_of(manifest)
            zf.writestr(MANIFEST, canonical(manifest))
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return Manifest(manifest)


def _write_stream(zf: zipfile.ZipFile, name: str, source: Path) -> dict[str, Any]:
    hasher, size = hashlib.sha256(), 0
    with source.open("rb") as stream, zf.open(name, "w", force_zip64=True) as target:
        for block in iter(lambda: stream.read(CHUNK), b""):
            hasher.update(block)
            target.write(block)
            size += len(block)
    return {"sha256": hasher.hexdigest(), "size": size}


def _write_file(zf: zipfile.ZipFile, sha: str, source: Path) -> dict[str, Any]:
    try:
        content = source.read_bytes()
    except OSError:
        content = None
    if content is None or digest(content) != sha:
        raise UserErrors(UserError(translate(
            "Package", "The evidence file {path} is missing or no longer the file that was attached (its content "
            "changed); no package was written.").format(path=source)))
    zf.writestr(FILES + sha, content, compress_type=zipfile.ZIP_STORED if _packed(source) else zipfile.ZIP_DEFLATED)
    return {"sha256": sha, "size": len(content)}


def _packed(source: Path) -> bool:
    """Formats already compressed: storing them costs nothing in size and saves the time."""
    return source.suffix.lower() in {".jpg", ".jpeg", ".png", ".pdf", ".zip", ".docx", ".xlsx", ".rar", ".7z"}


# -- reading --------------------------------------------------------------------------------------------------------
def read_package(path: str | Path, *, known_schemas: tuple[str, ...]) -> Package:
    """Verify the package at ``path``: every check of the module docstring (the records themselves are read by
    :mod:`perfdesk.core.services.package_store`). Any problem raises :class:`UserErrors` naming the file."""
    path = Path(path)
    damaged = translate("Package", "The package is damaged or incomplete (cut short while copying?): {detail}. "
                        "Ask the sender for the file again.")
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = _manifest(zf, path)
            _check_fields(manifest, path, known_schemas)
            _check_names(zf, manifest, path)
            if DATA not in manifest.parts:
                raise _problem(path, translate("Package", "The package's manifest is incomplete: the file was "
                                               "edited or damaged."))
            for name in manifest.parts:
                _verify_part(zf, name, manifest.parts[name], path)
    except FileNotFoundError:
        raise _problem(path, translate("Package", "No such file.")) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise _problem(path, damaged.format(detail=type(exc).__name__)) from None
    return Package(path, manifest)


def _manifest(zf: zipfile.ZipFile, path: Path) -> Manifest:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise _problem(path, translate("Package", "Not a PerfDesk data package (it has no manifest).")) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _problem(path, translate("Package", "The package's manifest is too large to be genuine."))
    try:
        fields = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _problem(path, translate("Package", "The package's manifest cannot be read: the file was edited "
                                       "or damaged.")) from None
    if not isinstance(fields, dict) or any(k not in fields for k in REQUIRED):
        raise _problem(path, translate("Package", "The package's manifest is incomplete: the file was edited or "
                                       "damaged."))
    return Manifest(fields)


def _check_fields(manifest: Manifest, path: Path, known_schemas: tuple[str, ...]) -> None:
    if seal_of(manifest.fields) != manifest.seal:
        raise _problem(path, translate("Package", "The package's manifest was changed after the package was "
                                       "written (its seal does not match); it is not imported."))
    if not isinstance(manifest.format, int) or manifest.format > FORMAT:
        raise _problem(path, translate("Package", "The package was written by a newer version of PerfDesk "
                                       "({version}); install that version to read it.").format(
                                           version=manifest.version))
    if manifest.schema not in known_schemas:
        raise _problem(path, translate("Package", "The package comes from a newer database schema ({schema}, "
                                       "PerfDesk {version}) than this one; install that version of PerfDesk to "
                                       "import it.").format(schema=manifest.schema, version=manifest.version))
    if manifest.kind not in KINDS or not isinstance(manifest.parts, dict):
        raise _problem(path, translate("Package", "The package's manifest is incomplete: the file was edited or "
                                       "damaged."))


def _check_names(zf: zipfile.ZipFile, manifest: Manifest, path: Path) -> None:
    infos = zf.infolist()
    names = [i.filename for i in infos]
    expected = set(manifest.parts) | {MANIFEST}
    if len(names) != len(set(names)) or set(names) != expected:
        extra = sorted((set(names) - expected) | {n for n in names if names.count(n) > 1})
        missing = sorted(expected - set(names))
        raise _problem(path, translate("Package", "The package does not hold the parts its manifest lists "
                                       "(unexpected: {extra}; missing: {missing}); it is not imported.").format(
                                           extra=", ".join(extra) or "-", missing=", ".join(missing) or "-"))
    odd = sorted(n for n in manifest.parts if n != DATA and not _FILE_NAME.fullmatch(n))
    if odd:
        raise _problem(path, translate("Package", "The package does not hold the parts its manifest lists "
                                       "(unexpected: {extra}; missing: {missing}); it is not imported.").format(
                                           extra=", ".join(odd[:5]), missing="-"))
    too_big = oversized_parts(infos)
    total = sum(i.file_size for i in infos)
    if too_big or total > MAX_PACKAGE_BYTES:
        raise _problem(path, translate("Package", "The package would unpack to {size} MB ({part}): it is damaged "
                                       "or built to exhaust memory, and was not read.").format(
                                           size=total // 2**20, part=too_big[0].filename if too_big else "-"))
    for name in names:
        declared = manifest.parts.get(name)
        if declared is not None and zf.getinfo(name).file_size != declared.get("size"):
            raise _problem(path, translate("Package", "Part {part} of the package is not the size its manifest "
                                           "records; the file was edited or damaged.").format(part=name))


def _verify_part(zf: zipfile.ZipFile, name: str, declared: Mapping[str, Any], path: Path) -> None:
    hasher = hashlib.sha256()
    with zf.open(name) as stream:
        for block in iter(lambda: stream.read(CHUNK), b""):
            hasher.update(block)
    if hasher.hexdigest() != declared.get("sha256"):
        raise _problem(path, translate("Package", "Part {part} of the package does not match its checksum; the "
                                       "file was edited or damaged.").format(part=name))
