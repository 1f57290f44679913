"""`redact restore`: a redacted folder back to its originals, byte for byte, from its vault.

Every file is looked up in the vault by its own hash, so a renamed or moved output still
restores, and an output changed since its redaction is refused rather than half restored. A
file that fails is reported and the others go on.
"""

from __future__ import annotations

from pathlib import Path

from redactor.files import batch, textio, tree
from redactor.files.vault import Vault, VaultError

LEGACY_MANIFEST = ".redact-manifest.json"  # what runs before the journal left behind


def folder(source: Path, target: Path, vault: Vault) -> list[tuple[str, str]]:
    """Restore every file of `source` into the same place under `target`; (path, reason) of
    each file that could not be restored."""
    batch.check_folders(source, target)
    failures = []
    for rel in batch.walk(source, batch.BatchOptions()):
        if isinstance(rel, tree.Skipped):
            if rel.error:
                failures.append((rel.path, rel.reason))
            continue
        if Path(rel).name in (batch.MANIFEST, LEGACY_MANIFEST) or textio.same_file(
            source / rel, vault.path
        ):
            continue  # the batch's own bookkeeping, and a vault kept beside its outputs
        try:
            restored = vault.restore(textio.read_bytes(source / rel))
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            textio.check_output(target / rel, [source / rel])
            textio.write_bytes_atomic(target / rel, restored)
        except (VaultError, textio.InputError, OSError) as e:
            failures.append((rel, getattr(e, "reason", None) or str(e)))
    return failures
